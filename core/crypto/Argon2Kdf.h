#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace mamori {

// Argon2id parameters, stored with each key slot so that a slot keeps opening after the
// calibration of a later slot changed.
struct KdfParams {
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 2;
    QByteArray salt; // 16 random bytes per slot

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& o, KdfParams& out);
    bool operator==(const KdfParams&) const = default;
};

class Argon2Kdf {
public:
    // Parameters that take about targetMs on this machine (memory fixed at 64 MiB, time cost
    // raised until the target is met). Salt is left empty: each slot draws its own.
    static KdfParams calibrate(int targetMs = 500);
    // The one cheap setting for tests and demo files: a few milliseconds per derivation.
    // Honoured for new slots when MAMORI_INSECURE_FAST_KDF=1 is set (test suites only).
    static KdfParams cheapForTests();
    // What a new slot uses: calibrated, or cheap when the test switch above is set.
    static KdfParams defaultForNewSlot();
    static SecureBytes derive(const SecureBytes& password, const KdfParams& params);
};

} // namespace mamori
