#include "custody/files/AccessRightNames.h"

#include "accounts/AccountService.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/PersonService.h"

#include <QCoreApplication>

namespace mamori::ui {

AccessRightsModel::Names loadAccessRightNames(CaseFile& file, bool withFiles) {
    AccessRightsModel::Names names;
    const Session& s = file.session();
    names.accounts.insert(s.accountId(), s.displayName());
    if (s.can(Permission::ViewAccounts)) {
        for (const Account& a : file.accounts().list(s))
            names.accounts.insert(a.id, a.displayName);
    }
    try {
        for (const Person& p : file.people().list(s)) {
            names.people.insert(p.id, QCoreApplication::translate("mamori::ui::AccessRightsModel",
                                                                  "%1  %2")
                                          .arg(p.staffNo, p.name));
            if (p.accountId && !names.accounts.contains(*p.accountId))
                names.accounts.insert(*p.accountId, p.name);
        }
        if (withFiles) {
            for (const PersonalInfoFile& f : file.files().list(s))
                names.files.insert(f.id, QCoreApplication::translate(
                                             "mamori::ui::AccessRightsModel", "%1  %2")
                                             .arg(f.fileNo, f.name));
        }
    } catch (const Error&) {
        // Nothing readable: the list shows ids, and core refuses the rest anyway.
    }
    return names;
}

} // namespace mamori::ui
