#include "crypto/Argon2Kdf.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <argon2.h>

namespace mamori {

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id")},
                       {QStringLiteral("t"), static_cast<qint64>(timeCost)},
                       {QStringLiteral("m"), static_cast<qint64>(memoryKiB)},
                       {QStringLiteral("p"), static_cast<qint64>(parallelism)},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

bool KdfParams::fromJson(const QJsonObject& o, KdfParams& out)
{
    if (o.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id"))
        return false;
    const qint64 t = o.value(QStringLiteral("t")).toInteger();
    const qint64 m = o.value(QStringLiteral("m")).toInteger();
    const qint64 p = o.value(QStringLiteral("p")).toInteger();
    // Bounds keep a damaged or hostile slot file from asking for terabytes of memory.
    if (t < 1 || t > 1000 || m < 8 || m > 4 * 1024 * 1024 || p < 1 || p > 64)
        return false;
    out.timeCost = static_cast<quint32>(t);
    out.memoryKiB = static_cast<quint32>(m);
    out.parallelism = static_cast<quint32>(p);
    out.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    return out.salt.size() >= 16;
}

SecureBytes Argon2Kdf::derive(const SecureBytes& password, const KdfParams& params)
{
    SecureBytes key(32);
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism,
                                     password.data(), password.size(), params.salt.constData(),
                                     static_cast<std::size_t>(params.salt.size()), key.data(),
                                     key.size());
    if (rc != ARGON2_OK)
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("mamori::Argon2Kdf", "Key derivation failed: %1")
                        .arg(QString::fromLatin1(argon2_error_message(rc))));
    return key;
}

KdfParams Argon2Kdf::calibrate(int targetMs)
{
    KdfParams p;
    p.timeCost = 1;
    p.salt = QByteArray(16, '\x5a');
    const SecureBytes probe = SecureBytes::fromString(QStringLiteral("calibration"));
    QElapsedTimer timer;
    timer.start();
    derive(probe, p);
    const qint64 one = std::max<qint64>(1, timer.elapsed());
    p.timeCost = static_cast<quint32>(std::clamp<qint64>(targetMs / one, 1, 100));
    p.salt.clear();
    return p;
}

KdfParams Argon2Kdf::cheapForTests()
{
    KdfParams p;
    p.timeCost = 1;
    p.memoryKiB = 64;
    p.parallelism = 1;
    return p;
}

KdfParams Argon2Kdf::defaultForNewSlot()
{
    if (qEnvironmentVariableIntValue("MAMORI_INSECURE_FAST_KDF") == 1)
        return cheapForTests();
    static const KdfParams calibrated = calibrate();
    return calibrated;
}

} // namespace mamori
