#include "shell/DialogCloser.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <algorithm>

namespace mamori::ui {

int DialogCloser::closeAll(const QList<QWidget*>& keep) {
    int closed = 0;
    // Popups first: an open menu grabs input and would swallow the close of its window.
    for (int guard = 0; guard < 32; ++guard) {
        QWidget* popup = QApplication::activePopupWidget();
        if (!popup)
            break;
        popup->close();
        ++closed;
    }
    // Children before parents: a modal dialog opened from another dialog is rejected first, so
    // nested exec() loops unwind from the top.
    QWidgetList tops = QApplication::topLevelWidgets();
    const auto depth = [](const QWidget* w) {
        int d = 0;
        for (const QObject* p = w->parent(); p; p = p->parent())
            ++d;
        return d;
    };
    std::stable_sort(tops.begin(), tops.end(),
                     [&](const QWidget* a, const QWidget* b) { return depth(a) > depth(b); });
    QList<QPointer<QWidget>> windows;
    for (QWidget* w : std::as_const(tops)) {
        if (w->isVisible() && !keep.contains(w) && w->windowType() != Qt::Desktop)
            windows.append(w);
    }
    for (const QPointer<QWidget>& w : windows) {
        if (!w || !w->isVisible())
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->reject();
        // Dialogs that refuse reject() (a wizard in mid-step) and plain windows are closed.
        if (w && w->isVisible())
            w->close();
        if (w && w->isVisible())
            w->hide();
        ++closed;
    }
    return closed;
}

} // namespace mamori::ui
