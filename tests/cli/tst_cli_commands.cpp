// The happy path of every mamori-cli command, run as a separate process.
#include "CliRunner.h"
#include "TestCase.h"

#include "accounts/AccountService.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
const QString kNewPassword = QStringLiteral("another-long-passphrase");

// The global options that open a TempCase as its administrator with the password on stdin.
QStringList asAdmin(const TempCase& tc)
{
    return {QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), kAdminLogin, QStringLiteral("--password-stdin")};
}

QString secretText(const SecureBytes& bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

bool opens(const QString& dir, const QString& login, const QString& password)
{
    try {
        CaseFile::open(dir, login, pw(password));
        return true;
    } catch (const Error&) {
        return false;
    }
}

QJsonObject accountByLogin(const QJsonArray& accounts, const QString& login)
{
    for (const QJsonValue& v : accounts)
        if (v.toObject().value(QStringLiteral("login")).toString() == login)
            return v.toObject();
    return {};
}
} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initShowsTheRecoveryCodeOnceAndTheCaseOpens()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("city.mamori"));
        const CliResult r = runCli({QStringLiteral("init"), dir, QStringLiteral("--admin"), QStringLiteral("kanri"),
                                    QStringLiteral("--name"), QStringLiteral("管理 花子"), QStringLiteral("--preset"),
                                    QStringLiteral("muko"), QStringLiteral("--organisation"), QStringLiteral("向日市"),
                                    QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.outJson().object();
        const QString code = o.value(QStringLiteral("recovery_code")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")).match(code).hasMatch(), qPrintable(code));
        QCOMPARE(o.value(QStringLiteral("case")).toString(), QFileInfo(dir).absoluteFilePath());
        QVERIFY(!r.all().contains(kAdminPassword));

        auto file = CaseFile::open(dir, QStringLiteral("kanri"), pw(kAdminPassword));
        QCOMPARE(file->accounts().titles().value(Role::SystemAdmin), QStringLiteral("システム管理者"));
        file.reset();
        QVERIFY(CaseFile::openWithRecoveryCode(dir, SecureBytes::fromString(code)));
    }
    void initInTextModePrintsTheCode()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c.mamori"));
        const CliResult r = runCli({QStringLiteral("init"), dir, QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--name"),
                                    QStringLiteral("管理 太郎"), QStringLiteral("--password-stdin")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 0);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}")).match(r.outText());
        QVERIFY2(m.hasMatch(), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("shown only this once")));
        QVERIFY(CaseFile::openWithRecoveryCode(dir, SecureBytes::fromString(m.captured(0))));
    }
    void initWritesTheRecoverySheet()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c.mamori"));
        const QString pdf = tmp.filePath(QStringLiteral("recovery.pdf"));
        const CliResult r = runCli({QStringLiteral("init"), dir, QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--name"),
                                    QStringLiteral("管理 太郎"), QStringLiteral("--recovery-sheet"), pdf,
                                    QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().object().value(QStringLiteral("recovery_sheet")).toString(), pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 1000);
    }
    void sectionAddAndList()
    {
        TempCase tc;
        tc.close();
        QCOMPARE(runCli(asAdmin(tc) + QStringList{QStringLiteral("section"), QStringLiteral("add"), QStringLiteral("0201"),
                                                   QStringLiteral("市民課")},
                        {kAdminPassword}).exitCode,
                 0);
        const CliResult list = runCli(asAdmin(tc) + QStringList{QStringLiteral("section"), QStringLiteral("list"), QStringLiteral("--json")},
                                      {kAdminPassword});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sections = list.outJson().array();
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0201"));
        QCOMPARE(sections.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("市民課"));
        const CliResult text = runCli(asAdmin(tc) + QStringList{QStringLiteral("section"), QStringLiteral("list")}, {kAdminPassword});
        QVERIFY(text.outText().contains(QStringLiteral("0201  市民課")));
    }
    void userAddListAndDisable()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0301"), QStringLiteral("福祉課"));
        tc.close();
        const CliResult add = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tanaka"),
                                                                QStringLiteral("--name"), QStringLiteral("田中 一郎"),
                                                                QStringLiteral("--role"), QStringLiteral("unit-manager@0301"),
                                                                QStringLiteral("--role"), QStringLiteral("AUDITOR"),
                                                                QStringLiteral("--section"), QStringLiteral("0301")},
                                     {kAdminPassword, kNewPassword});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(!add.all().contains(kNewPassword));
        QVERIFY(opens(tc.dir(), QStringLiteral("tanaka"), kNewPassword));

        const CliResult list = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")},
                                      {kAdminPassword});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject tanaka = accountByLogin(list.outJson().array(), QStringLiteral("tanaka"));
        QCOMPARE(tanaka.value(QStringLiteral("name")).toString(), QStringLiteral("田中 一郎"));
        QCOMPARE(tanaka.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0301"));
        QCOMPARE(tanaka.value(QStringLiteral("disabled")).toBool(true), false);
        const QJsonArray roles = tanaka.value(QStringLiteral("roles")).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("UNIT_MANAGER"));
        QCOMPARE(roles.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("保護管理者"));
        QCOMPARE(roles.at(0).toObject().value(QStringLiteral("section")).toString(), QStringLiteral("0301"));
        QVERIFY(roles.at(1).toObject().value(QStringLiteral("section")).isNull());

        const CliResult text = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("list")}, {kAdminPassword});
        QVERIFY(text.outText().contains(QStringLiteral("保護管理者 (福祉課), 監査責任者")));

        QCOMPARE(runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("tanaka")},
                        {kAdminPassword}).exitCode,
                 0);
        QVERIFY(!opens(tc.dir(), QStringLiteral("tanaka"), kNewPassword));
        const CliResult after = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")},
                                       {kAdminPassword});
        QCOMPARE(accountByLogin(after.outJson().array(), QStringLiteral("tanaka")).value(QStringLiteral("disabled")).toBool(), true);
    }
    void userChangesOwnPassword()
    {
        TempCase tc;
        tc.close();
        const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("passwd")},
                                   {kAdminPassword, kNewPassword});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.all().contains(kNewPassword));
        QVERIFY(opens(tc.dir(), kAdminLogin, kNewPassword));
        QVERIFY(!opens(tc.dir(), kAdminLogin, kAdminPassword));
    }
    void adminResetsAnotherPassword()
    {
        TempCase tc;
        tc.addAccount(QStringLiteral("suzuki"), Role::Auditor);
        tc.close();
        const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("suzuki")},
                                   {kAdminPassword, kNewPassword});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(opens(tc.dir(), QStringLiteral("suzuki"), kNewPassword));
        QVERIFY(opens(tc.dir(), kAdminLogin, kAdminPassword));
    }
    void recoveryCodeResetsTheAdministratorsPassword()
    {
        TempCase tc;
        tc.close();
        const QStringList recovery{QStringLiteral("--case"), tc.dir(), QStringLiteral("--recovery-code-stdin")};
        // Typed from paper: lower case, spaces instead of hyphens.
        const QString typed = secretText(tc.recoveryCode()).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        const CliResult r = runCli(recovery + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), kAdminLogin},
                                   {typed, kNewPassword});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.all().contains(typed));
        QVERIFY(opens(tc.dir(), kAdminLogin, kNewPassword));
    }
    void verifyAnIntactCase()
    {
        TempCase tc;
        tc.close();
        const CliResult text = runCli(asAdmin(tc) + QStringList{QStringLiteral("verify")}, {kAdminPassword});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("Database integrity: ok")));
        QVERIFY(text.outText().contains(QStringLiteral("the hash chain is intact")));
        const CliResult json = runCli(asAdmin(tc) + QStringList{QStringLiteral("verify"), QStringLiteral("--json")}, {kAdminPassword});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.outJson().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QVERIFY(o.value(QStringLiteral("first_broken_entry")).isNull());
        QVERIFY(o.value(QStringLiteral("checked")).toInteger() >= 4);
        QCOMPARE(o.value(QStringLiteral("head_hash")).toString().size(), 64);
    }
    void verifyNamesTheFirstTamperedEntry()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0101"), QStringLiteral("総務課"));
        tc.addSection(QStringLiteral("0102"), QStringLiteral("人事課"));
        const QList<JournalEntry> third = tc.file().journal().pageAscending({}, 2, 1);
        QCOMPARE(third.size(), 1);
        QCOMPARE(third.at(0).seq, 3);
        tc.file().db().exec("UPDATE journal SET summary = 'nothing happened' WHERE seq = 3");
        tc.close();

        const CliResult text = runCli(asAdmin(tc) + QStringList{QStringLiteral("verify")}, {kAdminPassword});
        QCOMPARE(text.exitCode, 11);
        QVERIFY2(text.outText().contains(QStringLiteral("broken at entry 3")), text.out.constData());
        QVERIFY(text.errText().startsWith(QStringLiteral("mamori-cli: ")));
        QVERIFY(text.errText().contains(QStringLiteral("entry 3")));

        const CliResult json = runCli(asAdmin(tc) + QStringList{QStringLiteral("verify"), QStringLiteral("--json")}, {kAdminPassword});
        QCOMPARE(json.exitCode, 11);
        const QJsonObject o = json.outJson().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("first_broken_entry")).toInteger(), 3);
        QCOMPARE(json.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("verify-failed"));
    }
    void journalListJsonAndFilters()
    {
        TempCase tc;
        // The case was created on 2025-11-23 (entries 1 and 2); the CLI runs later, on the real clock.
        tc.clock().set(QDateTime(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC));
        tc.addSection(QStringLiteral("0101"), QStringLiteral("総務課"));
        tc.clock().set(QDateTime(QDate(2025, 12, 15), QTime(12, 0), Qt::UTC));
        tc.addSection(QStringLiteral("0102"), QStringLiteral("人事課"));
        tc.clock().advanceSeconds(3600);
        tc.close();

        const CliResult all = runCli(asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")},
                                     {kAdminPassword});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray entries = all.outJson().array();
        QVERIFY(entries.size() >= 6);
        qint64 previous = 0;
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"seq", "at", "login", "action", "entity", "entity_id", "summary", "hash"})
                QVERIFY2(e.contains(QString::fromLatin1(key)), key);
            QVERIFY(e.value(QStringLiteral("seq")).toInteger() > previous);
            previous = e.value(QStringLiteral("seq")).toInteger();
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(e.value(QStringLiteral("hash")).toString()).hasMatch());
            QVERIFY(QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("seq")).toInteger(), 1);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2025-12-01T12:00:00.000Z"));

        auto summaries = [&](const QStringList& filter) {
            const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")} + filter,
                                       {kAdminPassword});
            QStringList out;
            for (const QJsonValue& v : r.outJson().array())
                out << v.toObject().value(QStringLiteral("summary")).toString();
            return out;
        };
        const QStringList since = summaries({QStringLiteral("--since"), QStringLiteral("2025-12-10")});
        QVERIFY(since.contains(QStringLiteral("code 0102")));
        QVERIFY(!since.contains(QStringLiteral("code 0101")));
        QVERIFY(!since.contains(QStringLiteral("first administrator; roles SYSTEM_ADMIN")));
        const QStringList until = summaries({QStringLiteral("--until"), QStringLiteral("2025-12-05")});
        QCOMPARE(until, (QStringList{QStringLiteral("case file created, preset shiraoka"),
                                     QStringLiteral("first administrator; roles SYSTEM_ADMIN"), QStringLiteral("code 0101")}));
        const QStringList days = summaries({QStringLiteral("--since"), QStringLiteral("2025-12-01"), QStringLiteral("--until"),
                                            QStringLiteral("2025-12-05")});
        QCOMPARE(days, (QStringList{QStringLiteral("code 0101")}));
        const QStringList window = summaries({QStringLiteral("--since"), QStringLiteral("2025-12-15T11:59:00Z"), QStringLiteral("--until"),
                                              QStringLiteral("2025-12-15 12:00:00Z")});
        QCOMPARE(window, (QStringList{QStringLiteral("code 0102")}));
        const QStringList created = summaries({QStringLiteral("--action"), QStringLiteral("create"), QStringLiteral("--user"),
                                               QStringLiteral("ADMIN"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(created.size(), 3);
        QCOMPARE(created.at(2), QStringLiteral("code 0101"));

        const CliResult text = runCli(asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--action"),
                                                                 QStringLiteral("create")},
                                      {kAdminPassword});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.outText().count(QLatin1Char('\n')), 1 + 4);
        QVERIFY(text.outText().contains(QStringLiteral("section 2")));
    }
    void journalListStreamsPastOnePage()
    {
        TempCase tc;
        {
            Transaction tx(tc.file().db());
            for (int i = 0; i < 2500; ++i)
                tc.file().journal().append(tc.admin(), JournalAction::View, QStringLiteral("test"), QString::number(i), QString());
            tx.commit();
        }
        const qint64 total = tc.file().journal().count();
        tc.close();
        const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = r.outJson().array();
        // Everything up to the close, plus this run's own "open".
        QCOMPARE(entries.size(), total + 2);
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).toObject().value(QStringLiteral("seq")).toInteger(), i + 1);
        const CliResult limited = runCli(asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"),
                                                                    QStringLiteral("--limit"), QStringLiteral("1001")},
                                         {kAdminPassword});
        QCOMPARE(limited.outJson().array().size(), 1001);
    }
    void backupAndRestoreRoundTrip()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.close();
        QTemporaryDir tmp;
        const QString backup = tmp.filePath(QStringLiteral("case.mamori-backup"));
        const CliResult b = runCli(asAdmin(tc) + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), backup}, {kAdminPassword});
        QCOMPARE(b.exitCode, 0);
        QVERIFY(QFileInfo(backup).size() > 0);

        const QString restored = tmp.filePath(QStringLiteral("restored.mamori"));
        const CliResult r = runCli({QStringLiteral("restore"), backup, restored});
        QCOMPARE(r.exitCode, 0);
        auto file = CaseFile::open(restored, kAdminLogin, pw(kAdminPassword));
        QVERIFY(file->sections().byCode(QStringLiteral("0201")));
        file.reset();
        const CliResult v = runCli({QStringLiteral("--case"), restored, QStringLiteral("--user"), kAdminLogin,
                                    QStringLiteral("--password-stdin"), QStringLiteral("verify")},
                                   {kAdminPassword});
        QCOMPARE(v.exitCode, 0);
    }
    void demoPrintsTheLogins()
    {
        QTemporaryDir tmp;
        const CliResult text = runCli({QStringLiteral("demo"), tmp.filePath(QStringLiteral("demo.mamori"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("fukushicho")));
        QVERIFY(text.outText().contains(QStringLiteral("高橋 正彦")));
        QVERIFY(text.outText().contains(QStringLiteral("総括保護管理者")));
        QVERIFY(text.outText().contains(QStringLiteral("mamori-demo-2026")));

        const QString dir = tmp.filePath(QStringLiteral("demo2.mamori"));
        const CliResult json = runCli({QStringLiteral("demo"), dir, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.outJson().object();
        const QJsonArray logins = o.value(QStringLiteral("logins")).toArray();
        QCOMPARE(logins.size(), 11);
        QCOMPARE(logins.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("admin"));
        QVERIFY(!logins.at(0).toObject().value(QStringLiteral("role")).toString().isEmpty());
        QVERIFY(opens(dir, logins.at(3).toObject().value(QStringLiteral("login")).toString(), o.value(QStringLiteral("password")).toString()));
    }
    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        const auto row = [](const QStringList& args, const QString& usage) {
            QTest::newRow(qPrintable(args.join(QLatin1Char(' ')))) << args << usage;
        };
        row({QStringLiteral("--help")}, QStringLiteral("<command>"));
        for (const QString& c : {QStringLiteral("init"), QStringLiteral("verify"), QStringLiteral("backup"), QStringLiteral("restore"),
                                 QStringLiteral("demo")})
            row({c, QStringLiteral("--help")}, c);
        for (const QString& s : {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("disable"), QStringLiteral("passwd")})
            row({QStringLiteral("user"), s, QStringLiteral("--help")}, QStringLiteral("user ") + s);
        for (const QString& s : {QStringLiteral("add"), QStringLiteral("list")})
            row({QStringLiteral("section"), s, QStringLiteral("--help")}, QStringLiteral("section ") + s);
        row({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--help")}, QStringLiteral("journal list"));
        for (const QString& g : {QStringLiteral("user"), QStringLiteral("section"), QStringLiteral("journal")})
            row({g, QStringLiteral("--help")}, g + QStringLiteral(" <subcommand>"));
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        const QString firstLine = r.outText().section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QStringLiteral("Usage: mamori-cli ")), qPrintable(firstLine));
        QVERIFY2(firstLine.contains(usage), qPrintable(firstLine));
        QVERIFY(r.err.isEmpty());
    }
    void exitCodesInHelpMatchExitCodesMd()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        const QString help = r.outText();
        const QString section = help.mid(help.indexOf(QStringLiteral("Exit codes:")));
        QMap<int, QString> fromHelp;
        const QRegularExpression helpLine(QStringLiteral("^\\s+(\\d+)  (.+)$"), QRegularExpression::MultilineOption);
        for (auto it = helpLine.globalMatch(section); it.hasNext();) {
            const auto m = it.next();
            fromHelp.insert(m.captured(1).toInt(), m.captured(2));
        }
        QFile md(QDir(qEnvironmentVariable("MAMORI_SOURCE_DIR")).filePath(QStringLiteral("app/cli/EXIT_CODES.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QMap<int, QString> fromMd;
        const QRegularExpression mdRow(QStringLiteral("^\\|\\s*(\\d+)\\s*\\|[^|]*\\|\\s*([^|]+?)\\s*\\|"), QRegularExpression::MultilineOption);
        for (auto it = mdRow.globalMatch(QString::fromUtf8(md.readAll())); it.hasNext();) {
            const auto m = it.next();
            fromMd.insert(m.captured(1).toInt(), m.captured(2));
        }
        QCOMPARE(fromHelp.size(), 14);
        QCOMPARE(fromMd, fromHelp);
    }
    void versionAndLanguage()
    {
        const CliResult r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("mamori-cli " MAMORI_VERSION));
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--version")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
