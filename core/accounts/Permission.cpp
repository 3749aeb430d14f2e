#include "accounts/Permission.h"

namespace mamori {

QString permissionKey(Permission p)
{
    switch (p) {
    case Permission::ManageAccounts: return QStringLiteral("manage-accounts");
    case Permission::ViewAccounts: return QStringLiteral("view-accounts");
    case Permission::ViewJournal: return QStringLiteral("view-journal");
    case Permission::VerifyJournal: return QStringLiteral("verify-journal");
    case Permission::ManageSettings: return QStringLiteral("manage-settings");
    case Permission::ManageOrganisation: return QStringLiteral("manage-organisation");
    case Permission::ReadPersonalData: return QStringLiteral("read-personal-data");
    case Permission::WritePersonalData: return QStringLiteral("write-personal-data");
    case Permission::ExportPersonalData: return QStringLiteral("export-personal-data");
    case Permission::Backup: return QStringLiteral("backup");
    }
    return {};
}

QList<Permission> allPermissions()
{
    return {Permission::ManageAccounts,     Permission::ViewAccounts,      Permission::ViewJournal,
            Permission::VerifyJournal,      Permission::ManageSettings,    Permission::ManageOrganisation,
            Permission::ReadPersonalData,   Permission::WritePersonalData, Permission::ExportPersonalData,
            Permission::Backup};
}

namespace {
// Where a grant reaches: nowhere, the role's own section, or the whole city.
enum Reach { No, Own, All };

Reach reach(Role role, Permission p, bool adminReadsPersonalData)
{
    using P = Permission;
    switch (role) {
    case Role::SystemAdmin: // seed 000 Art. 4(4), 20: runs the system, not the data
        switch (p) {
        case P::ManageAccounts: case P::ViewAccounts: case P::ViewJournal: case P::VerifyJournal:
        case P::ManageSettings: case P::ManageOrganisation: case P::Backup:
            return All;
        case P::ReadPersonalData:
            return adminReadsPersonalData ? All : No;
        default:
            return No;
        }
    case Role::ExecutiveOwner: // decides key matters, receives audits (000 Art. 3; 002 Art. 3)
        switch (p) {
        case P::ManageAccounts: return No;
        default: return All;
        }
    case Role::ProgramCoordinator: // 002 Art. 4: files reports, compiles statements
        switch (p) {
        case P::ManageAccounts: case P::ManageSettings: case P::Backup: return No;
        default: return All;
        }
    case Role::Auditor: // audits everything, changes nothing (000 Art. 6, 40)
        switch (p) {
        case P::ViewAccounts: case P::ViewJournal: case P::VerifyJournal: case P::ReadPersonalData:
        case P::ExportPersonalData:
            return All;
        default: return No;
        }
    case Role::UnitManager: // 000 Art. 4, 9-41; 002 Art. 5
        switch (p) {
        case P::ViewAccounts: case P::VerifyJournal: return All;
        case P::ReadPersonalData: case P::WritePersonalData: case P::ExportPersonalData: return Own;
        default: return No;
        }
    case Role::UnitAssistant: // 000 Art. 5: assists the manager
        switch (p) {
        case P::ViewAccounts: case P::VerifyJournal: return All;
        case P::ReadPersonalData: case P::WritePersonalData: return Own;
        default: return No;
        }
    case Role::Handler: // access rights within the section only (000 Art. 9; 002 Art. 7)
        switch (p) {
        case P::ReadPersonalData: case P::WritePersonalData: return Own;
        default: return No;
        }
    case Role::Staff:
        return No;
    }
    return No;
}
} // namespace

bool roleGrants(Role role, Permission p, bool sameSection, bool adminReadsPersonalData)
{
    switch (reach(role, p, adminReadsPersonalData)) {
    case All: return true;
    case Own: return sameSection;
    case No: return false;
    }
    return false;
}

} // namespace mamori
