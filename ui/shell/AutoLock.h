#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace mamori {
class CaseSettings;
class Clock;
} // namespace mamori

namespace mamori::ui {

// Locks the application after CaseSettings::autoLockMinutes() without user input (seed 000
// Art. 30), and on Ctrl+L from any window, modal dialogs included.
//
// An application-wide event filter notes the time of every mouse, key, wheel and touch event;
// a timer compares the idle time with the case setting. Time comes from an injectable Clock so
// that tests advance a FakeClock instead of sleeping. AutoLock only asks for the lock
// (lockRequested); Application does the locking.
class AutoLock : public QObject {
    Q_OBJECT
public:
    AutoLock(const CaseSettings& settings, const Clock& clock, QObject* parent = nullptr);
    ~AutoLock() override;

    qint64 idleSeconds() const;
    // Minutes read from the case file at each check, so a change in Settings applies at once.
    int limitMinutes() const;
    // How often the idle time is checked (milliseconds).
    int checkInterval() const { return m_timer.interval(); }

    // Stops watching for good (the file is about to close); no lockRequested() after this.
    void stop();

public Q_SLOTS:
    void resetIdle();
    // Emits lockRequested() once when the idle time has reached the limit.
    void check();

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestLock();

    const CaseSettings& m_settings;
    const Clock& m_clock;
    QDateTime m_lastActivity;
    QTimer m_timer;
    bool m_requested = false;
};

} // namespace mamori::ui
