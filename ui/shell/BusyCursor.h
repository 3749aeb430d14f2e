#pragma once

#include <QCoreApplication>
#include <QGuiApplication>

namespace mamori::ui {

// A wait cursor for the length of a scope, around calls that block: key derivation is
// calibrated to about half a second.
class BusyCursor {
public:
    enum class Show { Later, Now };
    // Show::Now lets the window system draw the cursor before the blocking call starts; use it
    // only where no other timers could run (the unlock window and the creation wizard).
    explicit BusyCursor(Show show = Show::Later) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        if (show == Show::Now)
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace mamori::ui
