#include "TestCase.h"

#include "accounts/AccountService.h"
#include "accounts/Permission.h"
#include "settings/CaseSettings.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// The whole permission matrix, one row per (role, permission, same section?). Changing a grant
// means changing this table on purpose.
class TestPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("own");   // granted for the role's own section
        QTest::addColumn<bool>("other"); // granted for another section / city-wide
        using P = Permission;
        struct Row { Role r; P p; bool own; bool other; };
        const Row rows[] = {
            // SYSTEM_ADMIN runs the system, not the data (seed 000 Art. 20)
            {Role::SystemAdmin, P::ManageAccounts, true, true}, {Role::SystemAdmin, P::ViewAccounts, true, true},
            {Role::SystemAdmin, P::ViewJournal, true, true}, {Role::SystemAdmin, P::VerifyJournal, true, true},
            {Role::SystemAdmin, P::ManageSettings, true, true}, {Role::SystemAdmin, P::ManageOrganisation, true, true},
            {Role::SystemAdmin, P::ReadPersonalData, false, false}, {Role::SystemAdmin, P::WritePersonalData, false, false},
            {Role::SystemAdmin, P::ExportPersonalData, false, false}, {Role::SystemAdmin, P::Backup, true, true},
            {Role::ExecutiveOwner, P::ManageAccounts, false, false}, {Role::ExecutiveOwner, P::ViewAccounts, true, true},
            {Role::ExecutiveOwner, P::ViewJournal, true, true}, {Role::ExecutiveOwner, P::VerifyJournal, true, true},
            {Role::ExecutiveOwner, P::ManageSettings, true, true}, {Role::ExecutiveOwner, P::ManageOrganisation, true, true},
            {Role::ExecutiveOwner, P::ReadPersonalData, true, true}, {Role::ExecutiveOwner, P::WritePersonalData, true, true},
            {Role::ExecutiveOwner, P::ExportPersonalData, true, true}, {Role::ExecutiveOwner, P::Backup, true, true},
            {Role::ProgramCoordinator, P::ManageAccounts, false, false}, {Role::ProgramCoordinator, P::ViewAccounts, true, true},
            {Role::ProgramCoordinator, P::ViewJournal, true, true}, {Role::ProgramCoordinator, P::VerifyJournal, true, true},
            {Role::ProgramCoordinator, P::ManageSettings, false, false}, {Role::ProgramCoordinator, P::ManageOrganisation, true, true},
            {Role::ProgramCoordinator, P::ReadPersonalData, true, true}, {Role::ProgramCoordinator, P::WritePersonalData, true, true},
            {Role::ProgramCoordinator, P::ExportPersonalData, true, true}, {Role::ProgramCoordinator, P::Backup, false, false},
            {Role::Auditor, P::ManageAccounts, false, false}, {Role::Auditor, P::ViewAccounts, true, true},
            {Role::Auditor, P::ViewJournal, true, true}, {Role::Auditor, P::VerifyJournal, true, true},
            {Role::Auditor, P::ManageSettings, false, false}, {Role::Auditor, P::ManageOrganisation, false, false},
            {Role::Auditor, P::ReadPersonalData, true, true}, {Role::Auditor, P::WritePersonalData, false, false},
            {Role::Auditor, P::ExportPersonalData, true, true}, {Role::Auditor, P::Backup, false, false},
            {Role::UnitManager, P::ManageAccounts, false, false}, {Role::UnitManager, P::ViewAccounts, true, true},
            {Role::UnitManager, P::ViewJournal, false, false}, {Role::UnitManager, P::VerifyJournal, true, true},
            {Role::UnitManager, P::ManageSettings, false, false}, {Role::UnitManager, P::ManageOrganisation, false, false},
            {Role::UnitManager, P::ReadPersonalData, true, false}, {Role::UnitManager, P::WritePersonalData, true, false},
            {Role::UnitManager, P::ExportPersonalData, true, false}, {Role::UnitManager, P::Backup, false, false},
            {Role::UnitAssistant, P::ManageAccounts, false, false}, {Role::UnitAssistant, P::ViewAccounts, true, true},
            {Role::UnitAssistant, P::ViewJournal, false, false}, {Role::UnitAssistant, P::VerifyJournal, true, true},
            {Role::UnitAssistant, P::ManageSettings, false, false}, {Role::UnitAssistant, P::ManageOrganisation, false, false},
            {Role::UnitAssistant, P::ReadPersonalData, true, false}, {Role::UnitAssistant, P::WritePersonalData, true, false},
            {Role::UnitAssistant, P::ExportPersonalData, false, false}, {Role::UnitAssistant, P::Backup, false, false},
            {Role::Handler, P::ManageAccounts, false, false}, {Role::Handler, P::ViewAccounts, false, false},
            {Role::Handler, P::ViewJournal, false, false}, {Role::Handler, P::VerifyJournal, false, false},
            {Role::Handler, P::ManageSettings, false, false}, {Role::Handler, P::ManageOrganisation, false, false},
            {Role::Handler, P::ReadPersonalData, true, false}, {Role::Handler, P::WritePersonalData, true, false},
            {Role::Handler, P::ExportPersonalData, false, false}, {Role::Handler, P::Backup, false, false},
        };
        for (const Row& row : rows)
            QTest::addRow("%s %s", qPrintable(roleKey(row.r)), qPrintable(permissionKey(row.p)))
                << row.r << row.p << row.own << row.other;
        for (Permission p : allPermissions())
            QTest::addRow("STAFF %s", qPrintable(permissionKey(p))) << Role::Staff << p << false << false;
    }
    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, own);
        QFETCH(bool, other);
        const std::optional<qint64> sec = isSectionScoped(role) ? std::optional<qint64>(1) : std::nullopt;
        const Session s(7, QStringLiteral("u"), QStringLiteral("u"), {{role, sec}}, false);
        QCOMPARE(s.can(permission, 1), own);
        QCOMPARE(s.can(permission, 2), other);
    }
    void matrixCoversEveryPair()
    {
        // 8 roles x 10 permissions: a new role or permission must be added to the table above.
        QCOMPARE(allRoles().size() * allPermissions().size(), 80);
    }
    void adminMayReadPersonalDataOnlyWhenTheCaseAllowsIt()
    {
        const Session off(1, QStringLiteral("a"), QStringLiteral("a"), {{Role::SystemAdmin, std::nullopt}}, false);
        const Session on(1, QStringLiteral("a"), QStringLiteral("a"), {{Role::SystemAdmin, std::nullopt}}, true);
        QVERIFY(!off.can(Permission::ReadPersonalData, 3));
        QVERIFY(on.can(Permission::ReadPersonalData, 3));
        QVERIFY(!on.can(Permission::WritePersonalData, 3));
    }
    void scopeListsOwnSections()
    {
        const Session s(1, QStringLiteral("m"), QStringLiteral("m"),
                        {{Role::UnitManager, 4}, {Role::Handler, 9}}, false);
        const Session::Scope read = s.scope(Permission::ReadPersonalData);
        QVERIFY(!read.all);
        QCOMPARE(read.sections, (QList<qint64>{4, 9}));
        QCOMPARE(s.scope(Permission::ExportPersonalData).sections, QList<qint64>{4});
        const Session auditor(2, QStringLiteral("k"), QStringLiteral("k"), {{Role::Auditor, std::nullopt}}, false);
        QVERIFY(auditor.scope(Permission::ReadPersonalData).all);
    }
    void serviceCallsEnforceInCore_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("mayAddAccounts");
        QTest::addColumn<bool>("mayChangeSettings");
        QTest::newRow("SYSTEM_ADMIN") << Role::SystemAdmin << true << true;
        QTest::newRow("EXECUTIVE_OWNER") << Role::ExecutiveOwner << false << true;
        QTest::newRow("AUDITOR") << Role::Auditor << false << false;
        QTest::newRow("UNIT_MANAGER") << Role::UnitManager << false << false;
        QTest::newRow("STAFF") << Role::Staff << false << false;
    }
    void serviceCallsEnforceInCore()
    {
        QFETCH(Role, role);
        QFETCH(bool, mayAddAccounts);
        QFETCH(bool, mayChangeSettings);
        TempCase tc;
        const qint64 sec = tc.addSection(QStringLiteral("01"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("actor"), role, sec);
        CaseFile& f = tc.reopen(QStringLiteral("actor"));
        NewAccount a{QStringLiteral("newbie"), QStringLiteral("新人"), sec, {{Role::Staff, sec}}};
        bool added = true;
        try {
            f.accounts().add(f.session(), a, pw(QStringLiteral("a-long-password-1")));
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
            added = false;
        }
        QCOMPARE(added, mayAddAccounts);
        bool changed = true;
        try {
            f.settings().set(f.session(), CaseSetting::AutoLockMinutes, 5);
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
            changed = false;
        }
        QCOMPARE(changed, mayChangeSettings);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
