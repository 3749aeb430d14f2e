#include "store/CipherSettings.h"

namespace mamori {

QStringList CipherSettings::pragmas() const
{
    return {
        QStringLiteral("PRAGMA cipher_page_size = %1").arg(pageSize),
        QStringLiteral("PRAGMA kdf_iter = %1").arg(kdfIterations),
        QStringLiteral("PRAGMA fast_kdf_iter = %1").arg(fastKdfIterations),
        QStringLiteral("PRAGMA cipher_use_hmac = %1").arg(useHmac ? QStringLiteral("ON") : QStringLiteral("OFF")),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = %1").arg(hmacAlgorithm),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = %1").arg(kdfAlgorithm),
    };
}

} // namespace mamori
