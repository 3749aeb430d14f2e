#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mamori {

class Clock;

// Per-account back-off after failed passwords, kept in a small file in the case folder so that
// it survives restarts. Keyed by the slot id (a salted hash), so it reveals no login.
// Policy: the first 3 failures cost nothing; after that each attempt must wait
// 2^(failures-3) seconds after the last failure, at most 5 minutes.
class LoginThrottle {
public:
    static QString fileName() { return QStringLiteral("attempts.json"); }
    LoginThrottle(const QString& caseDir, const Clock& clock);

    // Seconds to wait before the next attempt for this slot is allowed (0 = now).
    int secondsUntilAllowed(const QByteArray& slotId) const;
    void recordFailure(const QByteArray& slotId);
    void recordSuccess(const QByteArray& slotId);
    static int delayForFailures(int failures);

private:
    QString m_path;
    const Clock& m_clock;
};

} // namespace mamori
