#pragma once

#include "crypto/SecureBytes.h"
#include "forms/FormSpec.h"

namespace mamori {

class CaseFile;
class Session;

// The forms of the foundation. Later issues add their own builders beside these.
class StandardForms {
public:
    // 職員アカウント一覧: every account with its roles (as the city's titles), section and
    // status. Requires ViewAccounts; journaled as a print.
    static FormSpec accountList(CaseFile& file, const Session& actor);
    // 復旧用シート: the recovery code and how to use it, for the fireproof safe (seed 000 Art. 12).
    // Built once, at creation: the code is not stored anywhere else.
    static FormSpec recoverySheet(CaseFile& file, const SecureBytes& recoveryCode);
};

} // namespace mamori
