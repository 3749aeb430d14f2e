#include "TestCase.h"

#include "accounts/AccountService.h"
#include "casefile/CaseLock.h"
#include "casefile/LoginThrottle.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QtTest>
#include <unistd.h>

using namespace mamori;
using namespace mamori::test;

namespace {
// Every file in the folder with its bytes: "writes nothing when it fails" is checked against this.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(QDir(dir).filePath(name));
        f.open(QIODevice::ReadOnly);
        out.insert(name, crypto::sha256(f.readAll()));
    }
    return out;
}

ErrorCode openError(const QString& dir, const QString& login, const QString& password, TempCase* tc = nullptr,
                    QString* message = nullptr)
{
    try {
        CaseFile::open(dir, login, pw(password), tc ? tc->options() : CaseOpenOptions{});
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.code();
    }
    return ErrorCode::Internal; // opened: the caller expected a failure
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

class TestCaseFileOpen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensWithTheRightPassword()
    {
        TempCase tc;
        CaseFile& f = tc.reopen();
        QCOMPARE(f.session().login(), kAdminLogin);
        QVERIFY(f.session().hasRole(Role::SystemAdmin));
        QVERIFY(!f.db().cipherVersion().isEmpty());
    }
    void loginIsCaseAndWidthInsensitive()
    {
        TempCase tc;
        tc.close();
        // Full-width ＡＤＭＩＮ as typed with a Japanese IME.
        QVERIFY(CaseFile::open(tc.dir(), QStringLiteral("ＡＤＭＩＮ"), pw(kAdminPassword), tc.options()));
    }
    void unknownAccount()
    {
        TempCase tc;
        tc.close();
        const auto before = snapshot(tc.dir());
        QCOMPARE(openError(tc.dir(), QStringLiteral("nobody"), kAdminPassword, &tc), ErrorCode::UnknownAccount);
        QCOMPARE(snapshot(tc.dir()), before);
    }
    void wrongPasswordWritesOnlyTheThrottle()
    {
        TempCase tc;
        tc.close();
        auto before = snapshot(tc.dir());
        QString message;
        QCOMPARE(openError(tc.dir(), kAdminLogin, QStringLiteral("wrong-password!"), &tc, &message), ErrorCode::WrongPassword);
        QVERIFY(message.contains(QStringLiteral("password")));
        auto after = snapshot(tc.dir());
        QVERIFY(after.remove(LoginThrottle::fileName()));
        QCOMPARE(after, before);
        QVERIFY(!QFile::exists(QDir(tc.dir()).filePath(CaseLock::fileName())));
    }
    void emptyPasswordAndLogin()
    {
        TempCase tc;
        tc.close();
        QCOMPARE(openError(tc.dir(), kAdminLogin, QString(), &tc), ErrorCode::WrongPassword);
        QCOMPARE(openError(tc.dir(), QStringLiteral("  "), kAdminPassword, &tc), ErrorCode::UnknownAccount);
    }
    void missingFolder()
    {
        QTemporaryDir tmp;
        QCOMPARE(openError(tmp.filePath(QStringLiteral("nothing.mamori")), kAdminLogin, kAdminPassword), ErrorCode::NotFound);
    }
    void notACaseFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("empty folder") << "empty";
        QTest::newRow("folder of other files") << "other";
        QTest::newRow("a plain file") << "file";
        QTest::newRow("foreign json as slot file") << "json";
    }
    void notACaseFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir tmp;
        QString dir = tmp.filePath(QStringLiteral("x.mamori"));
        if (kind == QLatin1String("file")) {
            writeFile(dir, "hello");
        } else {
            QDir().mkpath(dir);
            if (kind == QLatin1String("other"))
                writeFile(QDir(dir).filePath(QStringLiteral("notes.txt")), "memo");
            if (kind == QLatin1String("json"))
                writeFile(QDir(dir).filePath(KeySlotFile::fileName()), "{\"format\":\"keepass\"}");
        }
        QCOMPARE(openError(dir, kAdminLogin, kAdminPassword), ErrorCode::NotACaseFile);
    }
    void damaged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("slot file missing") << "slots-missing";
        QTest::newRow("slot file truncated") << "slots-truncated";
        QTest::newRow("slot file edited") << "slots-edited";
        QTest::newRow("database missing") << "db-missing";
        QTest::newRow("database zero bytes") << "db-empty";
        QTest::newRow("database truncated") << "db-truncated";
        QTest::newRow("database overwritten") << "db-garbage";
    }
    void damaged()
    {
        QFETCH(QString, kind);
        TempCase tc;
        tc.close();
        const QString slots = QDir(tc.dir()).filePath(KeySlotFile::fileName());
        const QString db = QDir(tc.dir()).filePath(CaseFile::databaseFileName());
        QFile s(slots);
        s.open(QIODevice::ReadOnly);
        const QByteArray slotBytes = s.readAll();
        s.close();
        if (kind == QLatin1String("slots-missing"))
            QFile::remove(slots);
        else if (kind == QLatin1String("slots-truncated"))
            writeFile(slots, slotBytes.left(slotBytes.size() - 40));
        else if (kind == QLatin1String("slots-edited"))
            writeFile(slots, QByteArray(slotBytes).replace("\"p\": 1", "\"p\": 3"));
        else if (kind == QLatin1String("db-missing"))
            QFile::remove(db);
        else if (kind == QLatin1String("db-empty"))
            writeFile(db, QByteArray());
        else if (kind == QLatin1String("db-truncated"))
            QFile::resize(db, QFileInfo(db).size() - 100);
        else if (kind == QLatin1String("db-garbage"))
            writeFile(db, crypto::randomBytes(static_cast<int>(QFileInfo(db).size())));
        const auto before = snapshot(tc.dir());
        QString message;
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc, &message), ErrorCode::Damaged);
        QVERIFY(!message.isEmpty());
        auto after = snapshot(tc.dir());
        after.remove(LoginThrottle::fileName());
        QCOMPARE(after, before);
    }
    void newerSchema()
    {
        TempCase tc;
        tc.file().db().exec("PRAGMA user_version = 99");
        tc.close();
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc), ErrorCode::NewerVersion);
    }
    void newerSlotFormat()
    {
        TempCase tc;
        tc.close();
        const QString slots = QDir(tc.dir()).filePath(KeySlotFile::fileName());
        QFile s(slots);
        s.open(QIODevice::ReadOnly);
        QByteArray bytes = s.readAll();
        s.close();
        writeFile(slots, bytes.replace("\"version\": 1", "\"version\": 2"));
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc), ErrorCode::NewerVersion);
    }
    void secondInstanceIsLocked()
    {
        TempCase tc; // still open: holds the lock
        QString message;
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc, &message), ErrorCode::Locked);
        QVERIFY(message.contains(QString::number(QCoreApplication::applicationPid())));
        const LockOwner o = CaseLock::owner(tc.dir());
        QVERIFY(o.locked);
        QVERIFY(!o.stale);
        QCOMPARE(o.pid, QCoreApplication::applicationPid());
        tc.close();
        QVERIFY(!QFile::exists(QDir(tc.dir()).filePath(CaseLock::fileName())));
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options()));
    }
    void staleLockOfDeadProcessIsBrokenAutomatically()
    {
        TempCase tc;
        tc.close();
        // QLockFile's format: pid, application name, host name.
        writeFile(QDir(tc.dir()).filePath(CaseLock::fileName()),
                  QByteArray::number(999999) + "\nmamori\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        QVERIFY(CaseLock::owner(tc.dir()).stale);
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options()));
    }
    void lockFromAnotherComputerCanBeBroken()
    {
        TempCase tc;
        tc.close();
        writeFile(QDir(tc.dir()).filePath(CaseLock::fileName()), "4242\nmamori\nother-pc-17\n");
        QString message;
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc, &message), ErrorCode::Locked);
        QVERIFY(message.contains(QStringLiteral("other-pc-17")));
        QVERIFY(CaseLock::breakLock(tc.dir()));
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options()));
    }
    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions");
        TempCase tc;
        tc.close();
        QFile::setPermissions(tc.dir(), QFile::ReadOwner | QFile::ExeOwner);
        QCOMPARE(openError(tc.dir(), kAdminLogin, kAdminPassword, &tc), ErrorCode::ReadOnly);
        QFile::setPermissions(tc.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    void backoffAfterRepeatedFailuresSurvivesRestart()
    {
        TempCase tc;
        tc.close();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(openError(tc.dir(), kAdminLogin, QStringLiteral("wrong-password!"), &tc), ErrorCode::WrongPassword);
        // The 5th attempt, even with the right password, must wait; a new LoginThrottle (a
        // restarted process) reads the same state from the folder.
        try {
            CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options());
            QFAIL("expected Throttled");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Throttled);
            QCOMPARE(e.retryAfterSeconds(), 2);
        }
        tc.clock().advanceSeconds(3);
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options()));
        // Success resets the counter.
        KeySlotFile slots;
        KeySlotFile::load(QDir(tc.dir()).filePath(KeySlotFile::fileName()), slots);
        QCOMPARE(LoginThrottle(tc.dir(), tc.clock()).secondsUntilAllowed(slots.slotIdForLogin(kAdminLogin)), 0);
    }
    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(LoginThrottle::delayForFailures(3), 0);
        QCOMPARE(LoginThrottle::delayForFailures(4), 2);
        QCOMPARE(LoginThrottle::delayForFailures(6), 8);
        QCOMPARE(LoginThrottle::delayForFailures(40), 300);
    }
    void recoveryCodeOpensAndResetsAnAccount()
    {
        TempCase tc;
        const SecureBytes code = tc.recoveryCode();
        tc.close();
        auto f = CaseFile::openWithRecoveryCode(tc.dir(), code, tc.options());
        QVERIFY(f->session().isRecovery());
        QVERIFY(!f->session().can(Permission::ReadPersonalData));
        QVERIFY(!f->session().can(Permission::ViewJournal));
        const qint64 admin = *f->accounts().idForLogin(kAdminLogin);
        f->accounts().resetPassword(f->session(), admin, pw(QStringLiteral("brand-new-password")));
        f.reset();
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(QStringLiteral("brand-new-password")), tc.options()));
    }
    void wrongRecoveryCode()
    {
        TempCase tc;
        tc.close();
        try {
            CaseFile::openWithRecoveryCode(tc.dir(), pw(QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000")), tc.options());
            QFAIL("expected WrongPassword");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::WrongPassword);
        }
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::openWithRecoveryCode(tc.dir(), pw(QStringLiteral("short")), tc.options()));
    }
    void createRefusesNonEmptyFolderAndCleansUpOnFailure()
    {
        QTemporaryDir tmp;
        writeFile(tmp.filePath(QStringLiteral("keep.txt")), "x");
        CaseFile::CreateOptions o;
        o.dir = tmp.path();
        o.adminLogin = kAdminLogin;
        o.adminName = QStringLiteral("管理者");
        o.kdf = Argon2Kdf::cheapForTests();
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::create(o, pw(kAdminPassword)));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
        o.dir = tmp.filePath(QStringLiteral("new.mamori"));
        try {
            CaseFile::create(o, pw(QStringLiteral("short")));
            QFAIL("expected WeakPassword");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::WeakPassword);
            QCOMPARE(e.field(), QStringLiteral("password"));
        }
        QVERIFY(!QFileInfo::exists(o.dir));
    }
    void refusesPlainSqlite() { QVERIFY(linkedSqliteIsSqlCipher()); }
};

QTEST_GUILESS_MAIN(TestCaseFileOpen)
#include "tst_casefile_open.moc"
