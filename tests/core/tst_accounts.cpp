#include "TestCase.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/KeySlotFile.h"
#include "settings/CaseSettings.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestAccounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addedAccountOpensTheFile()
    {
        TempCase tc;
        const qint64 sec = tc.addSection(QStringLiteral("0301"), QStringLiteral("福祉課"));
        tc.addAccount(QStringLiteral("fukushi.kacho"), Role::UnitManager, sec, QStringLiteral("kacho-password-1"));
        CaseFile& f = tc.reopen(QStringLiteral("fukushi.kacho"), QStringLiteral("kacho-password-1"));
        QVERIFY(f.session().hasRole(Role::UnitManager));
        QCOMPARE(f.session().roles().first().sectionId, std::optional<qint64>(sec));
    }
    void validation_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("withSection");
        QTest::addColumn<QString>("field");
        QTest::newRow("login with space") << "a b" << "氏名" << "long-enough-pass" << true << "login";
        QTest::newRow("login too short") << "a" << "氏名" << "long-enough-pass" << true << "login";
        QTest::newRow("empty name") << "okname" << "  " << "long-enough-pass" << true << "name";
        QTest::newRow("short password") << "okname" << "氏名" << "short" << true << "password";
        QTest::newRow("password contains login") << "okname" << "氏名" << "xx-okname-yy-zz" << true << "password";
        QTest::newRow("scoped role without section") << "okname" << "氏名" << "long-enough-pass" << false << "roles";
        QTest::newRow("duplicate login") << "admin" << "氏名" << "long-enough-pass" << true << "login";
    }
    void validation()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, withSection);
        QFETCH(QString, field);
        TempCase tc;
        const qint64 sec = tc.addSection(QStringLiteral("01"), QStringLiteral("課"));
        const int slots = tc.file().keySlots().slotCount();
        NewAccount a{login, name, sec, {{Role::Staff, withSection ? std::optional<qint64>(sec) : std::nullopt}}};
        try {
            tc.file().accounts().add(tc.admin(), a, pw(password));
            QFAIL("expected a validation error");
        } catch (const Error& e) {
            QCOMPARE(e.field(), field);
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(tc.file().keySlots().slotCount(), slots); // nothing half-saved
    }
    void minimumLengthIsConfigurable()
    {
        TempCase tc;
        tc.file().settings().set(tc.admin(), CaseSetting::MinPasswordLength, 16);
        NewAccount a{QStringLiteral("user1"), QStringLiteral("利用者"), std::nullopt, {{Role::Auditor, std::nullopt}}};
        QVERIFY_THROWS_EXCEPTION(Error, tc.file().accounts().add(tc.admin(), a, pw(QStringLiteral("fifteen-chars!!"))));
        tc.file().accounts().add(tc.admin(), a, pw(QStringLiteral("sixteen-chars!!!")));
    }
    void disableRemovesTheSlot()
    {
        TempCase tc;
        const qint64 id = tc.addAccount(QStringLiteral("auditor"), Role::Auditor);
        tc.file().accounts().disable(tc.admin(), id);
        QVERIFY(tc.file().accounts().list(tc.admin()).last().disabled || tc.file().accounts().get(tc.admin(), id).disabled);
        tc.close();
        try {
            CaseFile::open(tc.dir(), QStringLiteral("auditor"), pw(kAdminPassword), tc.options());
            QFAIL("a disabled account must not open the file");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::AccountDisabled);
        }
        // Re-enabled by a password reset.
        auto admin = CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options());
        admin->accounts().resetPassword(admin->session(), id, pw(QStringLiteral("welcome-back-123")));
        admin.reset();
        QVERIFY(CaseFile::open(tc.dir(), QStringLiteral("auditor"), pw(QStringLiteral("welcome-back-123")), tc.options()));
    }
    void lastAdminCannotBeDisabledOrDemoted()
    {
        TempCase tc;
        const qint64 other = tc.addAccount(QStringLiteral("admin2"), Role::SystemAdmin);
        const qint64 me = *tc.file().accounts().idForLogin(kAdminLogin);
        QVERIFY_THROWS_EXCEPTION(Error, tc.file().accounts().disable(tc.admin(), me)); // not yourself
        tc.file().accounts().disable(tc.admin(), other);
        try {
            tc.file().accounts().setRoles(tc.admin(), me, {{Role::Auditor, std::nullopt}});
            QFAIL("expected Conflict");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
        }
        QVERIFY(tc.file().session().hasRole(Role::SystemAdmin));
    }
    void changeOwnPasswordRewrapsOneSlot()
    {
        TempCase tc;
        tc.addAccount(QStringLiteral("other"), Role::Auditor, std::nullopt, QStringLiteral("auditor-secret-1"));
        QVERIFY_THROWS_EXCEPTION(Error, tc.file().accounts().changeOwnPassword(tc.admin(), pw(QStringLiteral("not-the-current")),
                                                                                pw(QStringLiteral("next-password-123"))));
        tc.file().accounts().changeOwnPassword(tc.admin(), pw(kAdminPassword), pw(QStringLiteral("next-password-123")));
        tc.close();
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options()));
        QVERIFY(CaseFile::open(tc.dir(), kAdminLogin, pw(QStringLiteral("next-password-123")), tc.options()));
        QVERIFY(CaseFile::open(tc.dir(), QStringLiteral("other"), pw(QStringLiteral("auditor-secret-1")), tc.options()));
    }
    void presetsReproduceTheSeeds()
    {
        const auto shiraoka = RoleTitles::preset(QStringLiteral("shiraoka"));
        QCOMPARE(shiraoka.value(Role::ExecutiveOwner), QStringLiteral("総括保護管理者"));
        QCOMPARE(shiraoka.value(Role::UnitManager), QStringLiteral("保護管理者"));
        QVERIFY(!shiraoka.contains(Role::ProgramCoordinator));
        const auto muko = RoleTitles::preset(QStringLiteral("muko"));
        QCOMPARE(muko.value(Role::ExecutiveOwner), QStringLiteral("最高総括責任者"));
        QCOMPARE(muko.value(Role::ProgramCoordinator), QStringLiteral("総括責任者"));
        QCOMPARE(muko.value(Role::UnitManager), QStringLiteral("保護責任者"));
        QCOMPARE(muko.value(Role::Handler), QStringLiteral("事務取扱担当者"));
        QVERIFY(!muko.contains(Role::UnitAssistant));
        QVERIFY_THROWS_EXCEPTION(Error, RoleTitles::preset(QStringLiteral("tokyo")));
        TempCase tc(QStringLiteral("muko"));
        QCOMPARE(tc.file().accounts().titles().value(Role::ProgramCoordinator), QStringLiteral("総括責任者"));
    }
    void recoverySessionMayOnlyManageAccounts()
    {
        const Session r = Session::recovery();
        for (Permission p : allPermissions())
            QCOMPARE(r.can(p), p == Permission::ManageAccounts || p == Permission::ViewAccounts);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
