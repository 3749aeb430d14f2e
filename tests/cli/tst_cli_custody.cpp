// `area list` and `file list` run as a separate process on data prepared through core.
#include "CliRunner.h"
#include "TestCase.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
CliResult run(TempCase& tc, const QString& login, const QStringList& args)
{
    tc.close(); // the CLI needs the lock
    const QStringList session{QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")};
    return runCli(session + args, {kAdminPassword});
}

// Two sections, each with an area and a file; the own section's file has one right whose review
// is long past and one far in the future, so that the real clock of the CLI sorts them.
void prepare(TempCase& tc)
{
    const qint64 own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
    const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, other);
    const Session manager(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
    const Session otherManager(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, other}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = own;
    const qint64 person = file.people().add(tc.admin(), p).id;

    HandlingArea a;
    a.areaCode = QStringLiteral("A-01");
    a.sectionId = own;
    a.building = QStringLiteral("本庁舎");
    a.floor = QStringLiteral("1F");
    const HandlingArea area = file.areas().create(manager, a);
    file.areas().setMeasures(manager, area.id, {{AreaMeasure::EntryControl, true, QString()}});
    file.areas().setHandlers(manager, area.id, {person});
    a.areaCode = QStringLiteral("B-01");
    a.sectionId = other;
    file.areas().create(otherManager, a);

    PersonalInfoFile f;
    f.fileNo = QStringLiteral("F-01");
    f.name = QStringLiteral("住民基本台帳ファイル");
    f.sectionId = own;
    f.purpose = QStringLiteral("住民の居住関係の公証");
    f.personCount = 45000;
    f.containsMyNumber = true;
    f.handlingAreaId = area.id;
    const PersonalInfoFile mine = file.files().create(manager, f);
    file.files().grant(manager, mine.id, person, {QStringLiteral("read"), QStringLiteral("print")}, QDate(2019, 4, 1),
                       QDate(2020, 3, 31));
    file.files().grant(manager, mine.id, person, {QStringLiteral("update")}, QDate(2019, 4, 1), QDate(2999, 3, 31));
    f.fileNo = QStringLiteral("G-01");
    f.sectionId = other;
    f.personCount = 10;
    f.handlingAreaId.reset();
    const PersonalInfoFile theirs = file.files().create(otherManager, f);
    file.files().grant(otherManager, theirs.id, person, {QStringLiteral("read")}, QDate(2019, 4, 1), QDate(2020, 3, 31));
}
} // namespace

class TestCliCustody : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void areaList()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringLiteral("mgr"), {QStringLiteral("area"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray areas = r.outJson().array();
        QCOMPARE(areas.size(), 1); // the other section's area is not the manager's to read
        const QJsonObject area = areas.first().toObject();
        QCOMPARE(area.value(QStringLiteral("area_code")).toString(), QStringLiteral("A-01"));
        QCOMPARE(area.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0101"));
        QCOMPARE(area.value(QStringLiteral("measures_in_place")).toArray(), QJsonArray{QStringLiteral("ENTRY_CONTROL")});
        QCOMPARE(area.value(QStringLiteral("handlers")).toInt(), 1);
        QCOMPARE(area.value(QStringLiteral("files")).toInt(), 1);

        const CliResult text = run(tc, QStringLiteral("mgr"), {QStringLiteral("area"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("本庁舎")), qPrintable(text.outText()));
        const CliResult other = run(tc, QStringLiteral("mgr"),
                                    {QStringLiteral("area"), QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("0102")});
        QVERIFY(other.exitCode != 0);
        QVERIFY(other.out.isEmpty());
        // The listing was journaled in the case file.
        CaseFile& file = tc.reopen();
        JournalFilter views;
        views.entity = QStringLiteral("area");
        views.action = JournalAction::View;
        views.login = QStringLiteral("mgr");
        QVERIFY(!file.journal().page(views, 0, 100).isEmpty());
    }
    void fileList()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringLiteral("mgr"),
                                {QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("0101"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray files = r.outJson().array();
        QCOMPARE(files.size(), 1);
        const QJsonObject f = files.first().toObject();
        QCOMPARE(f.value(QStringLiteral("file_no")).toString(), QStringLiteral("F-01"));
        QCOMPARE(f.value(QStringLiteral("person_count")).toInt(), 45000);
        QCOMPARE(f.value(QStringLiteral("needs_publication")).toBool(), true);
        QCOMPARE(f.value(QStringLiteral("contains_my_number")).toBool(), true);
        QCOMPARE(f.value(QStringLiteral("file_type")).toString(), QStringLiteral("COMPUTERISED"));
        QCOMPARE(f.value(QStringLiteral("handling_area")).toString(), QStringLiteral("A-01"));

        const CliResult mgr2 = run(tc, QStringLiteral("mgr2"), {QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(mgr2.exitCode, 0);
        QCOMPARE(mgr2.outJson().array().size(), 1);
        QCOMPARE(mgr2.outJson().array().first().toObject().value(QStringLiteral("needs_publication")).toBool(), false);
        QVERIFY(mgr2.outJson().array().first().toObject().value(QStringLiteral("handling_area")).isNull());

        // The administrator does not read personal data by default.
        const CliResult admin = run(tc, kAdminLogin, {QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(admin.exitCode != 0);
        QCOMPARE(admin.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("permission-denied"));
    }
    void overdueReviews()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringLiteral("mgr"),
                                {QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("--overdue-reviews"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray overdue = r.outJson().array();
        QCOMPARE(overdue.size(), 1); // not the future review, not the other section's
        const QJsonObject right = overdue.first().toObject();
        QCOMPARE(right.value(QStringLiteral("file_no")).toString(), QStringLiteral("F-01"));
        QCOMPARE(right.value(QStringLiteral("staff_no")).toString(), QStringLiteral("P001"));
        QCOMPARE(right.value(QStringLiteral("review_due")).toString(), QStringLiteral("2020-03-31"));
        QCOMPARE(right.value(QStringLiteral("operations")).toArray(),
                 (QJsonArray{QStringLiteral("read"), QStringLiteral("print")}));

        const CliResult text = run(tc, QStringLiteral("mgr"), {QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("--overdue-reviews")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("2020-03-31")) && !text.outText().contains(QStringLiteral("2999-03-31")),
                 qPrintable(text.outText()));
    }
    void search()
    {
        TempCase tc;
        prepare(tc);
        // "基本台帳" is inside both files' names; mgr reads only the own section's.
        const CliResult r = run(tc, QStringLiteral("mgr"), {QStringLiteral("search"), QStringLiteral("基本台帳"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = r.outJson().array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        QCOMPARE(hits.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("F-01 住民基本台帳ファイル"));
        const CliResult person = run(tc, QStringLiteral("mgr"), {QStringLiteral("search"), QStringLiteral("ハナコ")});
        QCOMPARE(person.exitCode, 0);
        QVERIFY2(person.outText().contains(QStringLiteral("試験 花子")), qPrintable(person.outText()));
        const CliResult nothing = run(tc, QStringLiteral("mgr"), {QStringLiteral("search")});
        QCOMPARE(nothing.exitCode, 1); // usage
        QVERIFY2(nothing.errText().contains(QStringLiteral("Give the words to search for.")), qPrintable(nothing.errText()));
        for (const QString& limit : {QStringLiteral("0"), QStringLiteral("10001"), QStringLiteral("many")}) {
            const CliResult bad = run(tc, QStringLiteral("mgr"),
                                      {QStringLiteral("search"), QStringLiteral("台帳"), QStringLiteral("--limit"), limit});
            QCOMPARE(bad.exitCode, 1); // usage
            QVERIFY2(bad.errText().contains(QStringLiteral("--limit takes a number from 1 to 10000.")), qPrintable(bad.errText()));
        }
        const CliResult punctuation = run(tc, QStringLiteral("mgr"), {QStringLiteral("search"), QStringLiteral("・"), QStringLiteral("--json")});
        QVERIFY(punctuation.exitCode != 0);
        QCOMPARE(punctuation.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid-argument"));
        QCOMPARE(punctuation.errJson().object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Type at least one letter, digit, kana or kanji to search for."));
    }
};

QTEST_GUILESS_MAIN(TestCliCustody)
#include "tst_cli_custody.moc"
