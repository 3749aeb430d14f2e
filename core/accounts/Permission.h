#pragma once

#include "accounts/Role.h"

#include <QString>

namespace mamori {

// What a session may do. Checked in core by every service call (Session::require); the UI only
// mirrors these to hide what would be refused anyway.
enum class Permission {
    ManageAccounts,     // add, disable, reset password, change roles
    ViewAccounts,       // see the account list (officers' names)
    ViewJournal,
    VerifyJournal,
    ManageSettings,     // case-file policy: auto-lock, password length, export threshold, dates
    ManageOrganisation, // sections and role titles
    ReadPersonalData,   // section-scoped
    WritePersonalData,  // section-scoped
    ExportPersonalData, // section-scoped
    Backup,
};

QString permissionKey(Permission p);
QList<Permission> allPermissions();

// The permission matrix of the domain brief's roles, as data. `sameSection` is whether the
// target section is the role's own (ignored for city-wide roles; for a section-scoped
// permission on a city-wide record pass sameSection=false). `adminReadsPersonalData` is the
// case-file setting that lets SYSTEM_ADMIN read personal data (off by default, seed 000 Art. 20).
bool roleGrants(Role role, Permission p, bool sameSection, bool adminReadsPersonalData);

} // namespace mamori
