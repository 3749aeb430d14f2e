#pragma once

#include <QDateTime>

namespace mamori {

// The time source of core. Tests and the auto-lock use a FakeClock so that nothing depends on
// the wall clock or on sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    static const Clock& system();
};

class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2025, 11, 23), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace mamori
