#pragma once

#include "custody/files/AccessRightsModel.h"

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The names an access-rights list shows: people the actor may read, the accounts that granted
// rights (through the person linked to the account, or the account list when the actor may
// see it) and, when asked, the files. Reading people is journaled by core.
AccessRightsModel::Names loadAccessRightNames(mamori::CaseFile& file, bool withFiles);

} // namespace mamori::ui
