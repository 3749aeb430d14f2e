// `roster import` and `person list` run as a separate process.
#include "CliRunner.h"
#include "TestCase.h"

#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
QStringList asAdmin(const TempCase& tc)
{
    return {QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), kAdminLogin, QStringLiteral("--password-stdin")};
}

QString roster(const QString& name)
{
    return fixturePath(QStringLiteral("roster/") + name);
}

CliResult import(TempCase& tc, const QStringList& args)
{
    tc.close(); // the CLI needs the lock
    return runCli(asAdmin(tc) + QStringList{QStringLiteral("roster"), QStringLiteral("import")} + args, {kAdminPassword});
}

qint64 count(CaseFile& file, const char* sql)
{
    Statement s = file.db().prepare(sql);
    return s.next() ? s.int64(0) : -1;
}
} // namespace

class TestCliRoster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dryRunWritesNothing()
    {
        TempCase tc;
        const qint64 journal = tc.file().journal().count();
        const CliResult r = import(tc, {roster(QStringLiteral("cp932.csv")), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("Would import: 3 new, 0 updated")), qPrintable(r.outText()));
        CaseFile& file = tc.reopen();
        QCOMPARE(count(file, "SELECT COUNT(*) FROM people"), 0);
        QCOMPARE(count(file, "SELECT COUNT(*) FROM sections"), 0);
        // Only the CLI's open and close (and this reopen) reached the journal.
        JournalFilter creates;
        creates.action = JournalAction::Create;
        creates.entity = QStringLiteral("person");
        QVERIFY(file.journal().page(creates, 0, 10).isEmpty());
        QVERIFY(file.journal().count() > journal);
    }
    void refusedRowsAreListedAndTheRestImported()
    {
        TempCase tc;
        const CliResult r = import(tc, {roster(QStringLiteral("broken-rows.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("Imported: 2 new, 0 updated.")), qPrintable(r.outText()));
        QVERIFY(r.outText().contains(QStringLiteral("Refused: 6 rows.")));
        for (int line : {3, 4, 5, 6, 7, 8})
            QVERIFY2(r.outText().contains(QStringLiteral("line %1: ").arg(line)), qPrintable(r.outText()));
        QVERIFY(!r.outText().contains(QStringLiteral("line 9:")));
        QCOMPARE(count(tc.reopen(), "SELECT COUNT(*) FROM people"), 2);
    }
    void allOrNothingImportsNothing()
    {
        TempCase tc;
        const CliResult r = import(tc, {roster(QStringLiteral("broken-rows.csv")), QStringLiteral("--all-or-nothing"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject report = r.outJson().object();
        QCOMPARE(report.value(QStringLiteral("written")).toBool(), false);
        const QJsonArray refused = report.value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 6);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        QCOMPARE(r.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid-argument"));
        CaseFile& file = tc.reopen();
        QCOMPARE(count(file, "SELECT COUNT(*) FROM people"), 0);
        QCOMPARE(count(file, "SELECT COUNT(*) FROM sections"), 0);
    }
    void cp932IsDetectedOrForced()
    {
        TempCase tc;
        CliResult r = import(tc, {roster(QStringLiteral("cp932.csv")), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("not valid UTF-8")), qPrintable(r.errText()));
        r = import(tc, {roster(QStringLiteral("cp932.csv")), QStringLiteral("--encoding"), QStringLiteral("cp932"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().object().value(QStringLiteral("encoding")).toString(), QStringLiteral("cp932"));
        QCOMPARE(r.outJson().object().value(QStringLiteral("created")).toInt(), 3);
        // The same file again updates instead of adding.
        r = import(tc, {roster(QStringLiteral("cp932.csv")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().object().value(QStringLiteral("updated")).toInt(), 3);
        QCOMPARE(count(tc.reopen(), "SELECT COUNT(*) FROM people"), 3);
    }
    void malformedFiles()
    {
        TempCase tc;
        CliResult r = import(tc, {roster(QStringLiteral("unterminated-quote.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("Line 2: a quoted field is never closed.")), qPrintable(r.errText()));
        r = import(tc, {roster(QStringLiteral("no-such-file.csv"))});
        QCOMPARE(r.exitCode, 6);
        r = import(tc, {roster(QStringLiteral("cp932.csv")), QStringLiteral("--encoding"), QStringLiteral("latin1")});
        QCOMPARE(r.exitCode, 1);
    }
    void personListJson()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        tc.addAccount(QStringLiteral("kacho"), Role::UnitManager, section);
        Person p;
        p.staffNo = QStringLiteral("L001");
        p.name = QStringLiteral("一覧 太郎");
        p.kana = QStringLiteral("イチラン タロウ");
        p.sectionId = section;
        p.employment = EmploymentType::Dispatched;
        tc.file().people().add(tc.admin(), p);
        p.staffNo = QStringLiteral("L002");
        p.sectionId = other;
        tc.file().people().add(tc.admin(), p);
        tc.close();
        const QStringList asManager = {QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), QStringLiteral("kacho"),
                                       QStringLiteral("--password-stdin")};
        CliResult r = runCli(asManager + QStringList{QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")},
                             {kAdminPassword});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray people = r.outJson().array();
        QCOMPARE(people.size(), 1); // only the manager's own section
        const QJsonObject first = people.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("staff_no")).toString(), QStringLiteral("L001"));
        QCOMPARE(first.value(QStringLiteral("employment")).toString(), QStringLiteral("DISPATCHED"));
        QCOMPARE(first.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0101"));
        r = runCli(asManager + QStringList{QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--section"),
                                           QStringLiteral("0102")},
                   {kAdminPassword});
        QCOMPARE(r.exitCode, 5);
        // The administrator runs the organisation but does not read personal data by default.
        r = runCli(asAdmin(tc) + QStringList{QStringLiteral("person"), QStringLiteral("list")}, {kAdminPassword});
        QCOMPARE(r.exitCode, 5);
    }
    void staffCannotImport()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("shokuin"), Role::Staff, section);
        tc.close();
        const CliResult r = runCli({QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), QStringLiteral("shokuin"),
                                    QStringLiteral("--password-stdin"), QStringLiteral("roster"), QStringLiteral("import"),
                                    roster(QStringLiteral("cp932.csv"))},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(count(tc.reopen(), "SELECT COUNT(*) FROM people"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRoster)
#include "tst_cli_roster.moc"
