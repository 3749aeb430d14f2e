#pragma once

#include <QList>

class QWidget;

namespace mamori::ui {

// Closes what is open on top of the main window when the application locks: popups (menus,
// completers), then every visible top-level window except `keep`. Dialogs are rejected, so a
// modal dialog's exec() returns Rejected and the code that opened it unwinds normally.
class DialogCloser {
public:
    // Returns how many windows were closed.
    static int closeAll(const QList<QWidget*>& keep);
};

} // namespace mamori::ui
