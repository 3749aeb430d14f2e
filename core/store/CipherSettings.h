#pragma once

#include <QString>
#include <QStringList>

namespace mamori {

// Every SQLCipher setting Mamori relies on, written explicitly on each open. SQLCipher 3.4
// (Debian 12) and 4.x have different defaults; pinning them here is what lets one case file open
// on both. Values are the SQLCipher 3 format with 4096-byte pages; a 4.x library is told to use
// the SHA-1 HMAC/KDF of that format. Pragmas unknown to 3.4 are ignored by it.
struct CipherSettings {
    int pageSize = 4096;
    int kdfIterations = 64000;       // unused for raw keys, pinned so 3.x and 4.x agree
    int fastKdfIterations = 2;       // derives the HMAC key from the raw key
    bool useHmac = true;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA1");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");

    // Statements to run right after the key pragma, before any other access.
    QStringList pragmas() const;
    static CipherSettings current() { return {}; }
};

} // namespace mamori
