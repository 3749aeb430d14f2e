#pragma once

#include "crypto/SecureBytes.h"

namespace mamori {

// The recovery code printed on the recovery sheet (seed 000 Art. 12: kept in the fireproof
// safe). 32 Crockford base32 characters (160 bits), shown as 8 groups of 4. Input is
// normalised the Crockford way: case, spaces, hyphens and full-width forms are ignored, and the
// look-alikes O→0, I/L→1 are folded, so a code read aloud or retyped from paper still opens.
class RecoveryCode {
public:
    static SecureBytes generate();           // "ABCD-EFGH-..." form
    static SecureBytes normalise(const SecureBytes& typed);
    static bool looksValid(const SecureBytes& typed);
};

} // namespace mamori
