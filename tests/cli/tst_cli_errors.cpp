// Every error exit of mamori-cli: the exit code, the one-line message on stderr (or the JSON
// error object), and that nothing is left behind or echoed.
#include "CliRunner.h"
#include "TestCase.h"

#include "casefile/KeySlotFile.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
QStringList as(const TempCase& tc, const QString& login)
{
    return {QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), login, QStringLiteral("--password-stdin")};
}

QStringList asAdmin(const TempCase& tc)
{
    return as(tc, kAdminLogin);
}

QStringList verifyArgs(const QString& dir)
{
    return {QStringLiteral("--case"), dir, QStringLiteral("--user"), kAdminLogin, QStringLiteral("--password-stdin"),
            QStringLiteral("verify")};
}

// One line on stderr, "mamori-cli: ...", containing `text`.
void expectErrorLine(const CliResult& r, const QString& text)
{
    const QString err = r.errText();
    QVERIFY2(err.startsWith(QStringLiteral("mamori-cli: ")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(text), qPrintable(err));
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

class TestCliErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongPassword()
    {
        TempCase tc;
        tc.close();
        const CliResult r = runCli(verifyArgs(tc.dir()), {QStringLiteral("not-the-password")});
        QCOMPARE(r.exitCode, 3);
        expectErrorLine(r, QStringLiteral("The password is not correct."));
        QVERIFY(!r.all().contains(QStringLiteral("not-the-password")));
        QVERIFY(r.out.isEmpty());

        const CliResult json = runCli(verifyArgs(tc.dir()) + QStringList{QStringLiteral("--json")}, {QStringLiteral("not-the-password")});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject e = json.errJson().object();
        QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("wrong-password"));
        QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("The password is not correct."));
    }
    void unknownUser()
    {
        TempCase tc;
        tc.close();
        const CliResult r = runCli(as(tc, QStringLiteral("nobody")) + QStringList{QStringLiteral("verify")}, {kAdminPassword});
        QCOMPARE(r.exitCode, 3);
        expectErrorLine(r, QStringLiteral("There is no account with that login"));
    }
    void passwordOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString dir = QStringLiteral("/tmp/x.mamori");
        QTest::newRow("--password VALUE") << QStringList{QStringLiteral("--case"), dir, QStringLiteral("--user"), kAdminLogin,
                                                         QStringLiteral("--password"), QStringLiteral("s3cret-Value"), QStringLiteral("verify")};
        QTest::newRow("--password=VALUE") << QStringList{QStringLiteral("--case"), dir, QStringLiteral("--user"), kAdminLogin,
                                                         QStringLiteral("--password=s3cret-Value"), QStringLiteral("verify")};
        QTest::newRow("after the command") << QStringList{QStringLiteral("init"), dir, QStringLiteral("--admin"), kAdminLogin,
                                                          QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("-password"),
                                                          QStringLiteral("s3cret-Value")};
        QTest::newRow("--recovery-code") << QStringList{QStringLiteral("--case"), dir, QStringLiteral("--recovery-code=s3cret-Value"),
                                                        QStringLiteral("user"), QStringLiteral("passwd"), kAdminLogin};
    }
    void passwordOnTheCommandLineIsRefused()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args, {kAdminPassword});
        QCOMPARE(r.exitCode, 1);
        expectErrorLine(r, QStringLiteral("never taken as arguments"));
        QVERIFY(!r.all().contains(QStringLiteral("s3cret-Value")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/x.mamori")));
    }
    void noPasswordWithoutStdinOrTerminal()
    {
        TempCase tc;
        tc.close();
        // stdin is a pipe, not a terminal, and --password-stdin was not given.
        const CliResult r = runCli({QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), kAdminLogin, QStringLiteral("verify")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 1);
        expectErrorLine(r, QStringLiteral("--password-stdin"));
        // Standard input ends before the password.
        const CliResult empty = runCli(verifyArgs(tc.dir()));
        QCOMPARE(empty.exitCode, 1);
        expectErrorLine(empty, QStringLiteral("Standard input ended"));
    }
    void notACaseFile()
    {
        QTemporaryDir tmp;
        const CliResult empty = runCli(verifyArgs(tmp.path()), {kAdminPassword});
        QCOMPARE(empty.exitCode, 6);
        expectErrorLine(empty, QStringLiteral("is not a Mamori case file"));
        QVERIFY(entries(tmp.path()).isEmpty());
        const CliResult missing = runCli(verifyArgs(tmp.filePath(QStringLiteral("missing"))), {kAdminPassword});
        QCOMPARE(missing.exitCode, 6);
        expectErrorLine(missing, QStringLiteral("does not exist"));
        const CliResult json = runCli(verifyArgs(tmp.path()) + QStringList{QStringLiteral("--json")}, {kAdminPassword});
        QCOMPARE(json.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("not-a-case-file"));
    }
    void damaged()
    {
        TempCase tc;
        tc.close();
        QVERIFY(QFile::resize(QDir(tc.dir()).filePath(CaseFile::databaseFileName()), 5000));
        const CliResult r = runCli(verifyArgs(tc.dir()), {kAdminPassword});
        QCOMPARE(r.exitCode, 7);
        expectErrorLine(r, QStringLiteral("damaged"));
    }
    void newerVersion()
    {
        TempCase tc;
        tc.close();
        QFile slots(QDir(tc.dir()).filePath(KeySlotFile::fileName()));
        QVERIFY(slots.open(QIODevice::ReadOnly));
        QJsonObject body = QJsonDocument::fromJson(slots.readAll()).object();
        slots.close();
        body.insert(QStringLiteral("version"), KeySlotFile::kFormatVersion + 1);
        QVERIFY(slots.open(QIODevice::WriteOnly | QIODevice::Truncate));
        slots.write(QJsonDocument(body).toJson());
        slots.close();
        const CliResult r = runCli(verifyArgs(tc.dir()), {kAdminPassword});
        QCOMPARE(r.exitCode, 8);
        expectErrorLine(r, QStringLiteral("newer version"));
    }
    void lockedByAnotherInstance()
    {
        TempCase tc; // holds the case file open, and so its lock, in this process
        const CliResult r = runCli(verifyArgs(tc.dir()), {kAdminPassword});
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.errText().startsWith(QStringLiteral("mamori-cli: ")), r.err.constData());
        const CliResult json = runCli(verifyArgs(tc.dir()) + QStringList{QStringLiteral("--json")}, {kAdminPassword});
        QCOMPARE(json.exitCode, 9);
        QCOMPARE(json.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("locked"));
    }
    void throttledAfterRepeatedWrongPasswords()
    {
        TempCase tc;
        tc.close();
        // The first three failures cost nothing; after that each attempt must wait at least a
        // second after the last failure, doubling. Attempts follow each other at once, so the
        // refusal comes by the fifth attempt at the latest however slow the machine.
        for (int attempt = 1; attempt <= 3; ++attempt)
            QCOMPARE(runCli(verifyArgs(tc.dir()), {QStringLiteral("wrong-password-%1").arg(attempt)}).exitCode, 3);
        CliResult r;
        for (int attempt = 4; attempt <= 12 && r.exitCode != 4; ++attempt) {
            r = runCli(verifyArgs(tc.dir()) + QStringList{QStringLiteral("--json")}, {QStringLiteral("wrong-password")});
            QVERIFY(r.exitCode == 3 || r.exitCode == 4);
        }
        QCOMPARE(r.exitCode, 4);
        const QJsonObject e = r.errJson().object();
        QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("throttled"));
        QVERIFY(e.value(QStringLiteral("retry_after")).toInt() > 0);
    }
    void permissionDenied()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("shokuin"), Role::Staff, section);
        tc.close();
        for (const QStringList& command : {QStringList{QStringLiteral("user"), QStringLiteral("list")}, QStringList{QStringLiteral("verify")},
                                           QStringList{QStringLiteral("journal"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("section"), QStringLiteral("add"), QStringLiteral("9"), QStringLiteral("x")}}) {
            const CliResult r = runCli(as(tc, QStringLiteral("shokuin")) + command, {kAdminPassword});
            QCOMPARE(r.exitCode, 5);
            expectErrorLine(r, QStringLiteral("permission"));
        }
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("b.bak"));
        const CliResult backup = runCli(as(tc, QStringLiteral("shokuin")) + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), out},
                                        {kAdminPassword});
        QCOMPARE(backup.exitCode, 5);
        QVERIFY(!QFileInfo::exists(out));
    }
    void recoveryCodeOnlyResetsPasswords()
    {
        TempCase tc;
        tc.close();
        const QString code = QString::fromLatin1(reinterpret_cast<const char*>(tc.recoveryCode().data()),
                                                 static_cast<qsizetype>(tc.recoveryCode().size()));
        const QStringList recovery{QStringLiteral("--case"), tc.dir(), QStringLiteral("--recovery-code-stdin")};
        const CliResult list = runCli(recovery + QStringList{QStringLiteral("user"), QStringLiteral("list")}, {code});
        QCOMPARE(list.exitCode, 5);
        expectErrorLine(list, QStringLiteral("recovery code only"));
        const CliResult own = runCli(recovery + QStringList{QStringLiteral("user"), QStringLiteral("passwd")}, {code});
        QCOMPARE(own.exitCode, 1);
        const CliResult wrong = runCli(recovery + QStringList{QStringLiteral("user"), QStringLiteral("passwd"), kAdminLogin},
                                       {QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"), QStringLiteral("new-long-password")});
        QCOMPARE(wrong.exitCode, 3);
        expectErrorLine(wrong, QStringLiteral("recovery code is not correct"));
        const CliResult both = runCli(recovery + QStringList{QStringLiteral("--user"), kAdminLogin, QStringLiteral("verify")}, {code});
        QCOMPARE(both.exitCode, 1);
    }
    void invalidInput()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.close();
        const CliResult weak = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sato"),
                                                                 QStringLiteral("--name"), QStringLiteral("佐藤"), QStringLiteral("--role"),
                                                                 QStringLiteral("AUDITOR")},
                                      {kAdminPassword, QStringLiteral("short")});
        QCOMPARE(weak.exitCode, 2);
        expectErrorLine(weak, QStringLiteral("at least 12 characters"));
        QVERIFY(!weak.all().contains(QStringLiteral("short")));
        const CliResult noSection = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sato"),
                                                                      QStringLiteral("--name"), QStringLiteral("佐藤"), QStringLiteral("--role"),
                                                                      QStringLiteral("HANDLER@9999")},
                                           {kAdminPassword, QStringLiteral("long-enough-password")});
        QCOMPARE(noSection.exitCode, 2);
        expectErrorLine(noSection, QStringLiteral("no section with the code 9999"));
        const CliResult scoped = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sato"),
                                                                   QStringLiteral("--name"), QStringLiteral("佐藤"), QStringLiteral("--role"),
                                                                   QStringLiteral("HANDLER")},
                                        {kAdminPassword, QStringLiteral("long-enough-password")});
        QCOMPARE(scoped.exitCode, 2);
        expectErrorLine(scoped, QStringLiteral("applies to one section"));
        const CliResult duplicate = runCli(asAdmin(tc) + QStringList{QStringLiteral("section"), QStringLiteral("add"), QStringLiteral("0201"),
                                                                      QStringLiteral("別の課")},
                                           {kAdminPassword});
        QCOMPARE(duplicate.exitCode, 2);
        const CliResult json = runCli({QStringLiteral("init"), tc.dir(), QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--name"),
                                       QStringLiteral("x"), QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                      {kAdminPassword});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(json.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("already-exists"));
        QVERIFY(json.out.isEmpty());
        const CliResult lastAdmin = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("disable"), kAdminLogin},
                                           {kAdminPassword});
        QCOMPARE(lastAdmin.exitCode, 2);
        const CliResult badLogin = runCli({QStringLiteral("init"), QStringLiteral("/tmp/never.mamori"), QStringLiteral("--admin"),
                                           QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("x")});
        QCOMPARE(badLogin.exitCode, 2);
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/never.mamori")));
    }
    void unknownAccountToDisable()
    {
        TempCase tc;
        tc.close();
        const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ghost")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 6);
        expectErrorLine(r, QStringLiteral("no account with the login ghost"));
    }
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Name a command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("user"), QStringLiteral("delete")} << QStringLiteral("user delete");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("journal")} << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--colour"), QStringLiteral("x")}
                                        << QStringLiteral("colour");
        QTest::newRow("missing DIR") << QStringList{QStringLiteral("demo")} << QStringLiteral("Missing argument: DIR");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                        << QStringLiteral("Unexpected argument: c");
        QTest::newRow("init without --admin") << QStringList{QStringLiteral("init"), QStringLiteral("/tmp/never.mamori")}
                                              << QStringLiteral("--admin");
        QTest::newRow("no --case") << QStringList{QStringLiteral("verify")} << QStringLiteral("--case DIR");
        QTest::newRow("no --user") << QStringList{QStringLiteral("--case"), QStringLiteral("/tmp"), QStringLiteral("verify")}
                                   << QStringLiteral("--user LOGIN");
        QTest::newRow("bad --since") << QStringList{QStringLiteral("--case"), QStringLiteral("/tmp"), QStringLiteral("--user"), kAdminLogin,
                                                    QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--since"),
                                                    QStringLiteral("last tuesday")}
                                     << QStringLiteral("\"last tuesday\"");
        QTest::newRow("bad --limit") << QStringList{QStringLiteral("--case"), QStringLiteral("/tmp"), QStringLiteral("--user"), kAdminLogin,
                                                    QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}
                                     << QStringLiteral("--limit");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("--case"), QStringLiteral("/tmp"), QStringLiteral("--user"), kAdminLogin,
                                                     QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"),
                                                     QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("BOSS")}
                                      << QStringLiteral("Unknown role BOSS");
        QTest::newRow("backup without --out") << QStringList{QStringLiteral("--case"), QStringLiteral("/tmp"), QStringLiteral("--user"),
                                                             kAdminLogin, QStringLiteral("backup")}
                                              << QStringLiteral("--out FILE");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--version")}
                                          << QStringLiteral("Unknown language fr");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        expectErrorLine(r, message);
        QVERIFY(r.out.isEmpty());
    }
    void restoreIntoANonEmptyFolderFails()
    {
        TempCase tc;
        QTemporaryDir tmp;
        const QString backup = tmp.filePath(QStringLiteral("b.bak"));
        tc.close();
        QCOMPARE(runCli(asAdmin(tc) + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), backup}, {kAdminPassword}).exitCode, 0);
        const QStringList before = entries(tc.dir());
        const CliResult r = runCli({QStringLiteral("restore"), backup, tc.dir()});
        QCOMPARE(r.exitCode, 2);
        expectErrorLine(r, QStringLiteral("already exists and is not empty"));
        QCOMPARE(entries(tc.dir()), before);
    }
    void restoreOfATruncatedBackupLeavesNothing()
    {
        TempCase tc;
        QTemporaryDir tmp;
        const QString backup = tmp.filePath(QStringLiteral("b.bak"));
        tc.close();
        QCOMPARE(runCli(asAdmin(tc) + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), backup}, {kAdminPassword}).exitCode, 0);
        QVERIFY(QFile::resize(backup, QFileInfo(backup).size() / 2));
        const QString target = tmp.filePath(QStringLiteral("restored.mamori"));
        const CliResult r = runCli({QStringLiteral("restore"), backup, target});
        QCOMPARE(r.exitCode, 7);
        expectErrorLine(r, QStringLiteral("not a complete Mamori backup"));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("b.bak")});
        const CliResult missing = runCli({QStringLiteral("restore"), tmp.filePath(QStringLiteral("none.bak")), target});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(!QFileInfo::exists(target));
    }
    void backupIntoAMissingFolderFails()
    {
        TempCase tc;
        tc.close();
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("no-such-folder"));
        const CliResult r = runCli(asAdmin(tc) + QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                                                              folder + QStringLiteral("/b.bak")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 10);
        expectErrorLine(r, QStringLiteral("could not be created"));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(entries(tmp.path()).isEmpty());
    }
    void journalListIntoAClosedPipeStopsAndClosesTheCase()
    {
        TempCase tc;
        {
            Transaction tx(tc.file().db());
            for (int i = 0; i < 3000; ++i)
                tc.file().journal().append(tc.admin(), JournalAction::View, QStringLiteral("test"), QString::number(i), QString());
            tx.commit();
        }
        tc.close();
        // `mamori-cli journal list | head -c 100`: the reader goes away after the first bytes.
        QProcess process;
        QProcess head;
        process.setStandardOutputProcess(&head);
        head.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("100")});
        process.start(QStringLiteral(MAMORI_CLI), asAdmin(tc) + QStringList{QStringLiteral("journal"), QStringLiteral("list")});
        QVERIFY(head.waitForStarted(-1));
        QVERIFY(process.waitForStarted(-1));
        process.write(kAdminPassword.toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(-1));
        QVERIFY(head.waitForFinished(-1));
        QCOMPARE(head.readAllStandardOutput().size(), 100);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 10);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("output could not be written")));
        // The case was closed properly: not locked, and the close is journaled.
        CaseFile& file = tc.reopen();
        const QList<JournalEntry> last = file.journal().page({}, 0, 2);
        QCOMPARE(last.at(1).action, JournalAction::Close);
    }
    void recoverySheetIntoAMissingFolderFailsBeforeCreating()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("c.mamori"));
        const CliResult r = runCli({QStringLiteral("init"), dir, QStringLiteral("--admin"), kAdminLogin, QStringLiteral("--name"),
                                    QStringLiteral("x"), QStringLiteral("--recovery-sheet"), tmp.filePath(QStringLiteral("none/sheet.pdf")),
                                    QStringLiteral("--password-stdin")},
                                   {kAdminPassword});
        QCOMPARE(r.exitCode, 10);
        QVERIFY(entries(tmp.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
