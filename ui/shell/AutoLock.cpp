#include "shell/AutoLock.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "settings/CaseSettings.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace mamori::ui {

namespace {
// Checked every few seconds: the limit is whole minutes, so this is precise enough and cheap.
constexpr int kCheckIntervalMs = 5000;

bool isUserActivity(QEvent::Type t) {
    switch (t) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}
} // namespace

AutoLock::AutoLock(const CaseSettings& settings, const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(clock), m_lastActivity(clock.now()) {
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
    m_timer.start();
    QCoreApplication::instance()->installEventFilter(this);
}

AutoLock::~AutoLock() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

qint64 AutoLock::idleSeconds() const {
    return m_lastActivity.secsTo(m_clock.now());
}

int AutoLock::limitMinutes() const {
    try {
        return m_settings.autoLockMinutes();
    } catch (const Error&) {
        // The file went away under us: the shortest limit the setting allows locks soonest.
        return CaseSettings::def(CaseSetting::AutoLockMinutes).min;
    }
}

void AutoLock::resetIdle() {
    m_lastActivity = m_clock.now();
}

void AutoLock::stop() {
    m_requested = true;
    m_timer.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::check() {
    if (m_requested)
        return;
    if (idleSeconds() >= qint64(limitMinutes()) * 60)
        requestLock();
}

void AutoLock::requestLock() {
    // Once per AutoLock: Application destroys this object as part of locking.
    if (m_requested)
        return;
    m_requested = true;
    m_timer.stop();
    Q_EMIT lockRequested();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type t = event->type();
    if (isUserActivity(t)) {
        // Only window-system input counts: a widget repainting or a timer is not the user.
        if (event->spontaneous() || t == QEvent::KeyPress || t == QEvent::KeyRelease)
            m_lastActivity = m_clock.now();
        if (t == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_L)) {
                // Reaches us only when no shortcut took it, i.e. inside a modal dialog, where
                // the main window's Lock action is blocked.
                requestLock();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mamori::ui
