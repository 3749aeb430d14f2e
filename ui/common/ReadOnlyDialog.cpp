#include "common/ReadOnlyDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QListWidget>
#include <QTableWidget>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>

namespace mamori::ui {

namespace {
bool inside(const QWidget* w, const QWidget* ancestor) {
    return ancestor && (w == ancestor || ancestor->isAncestorOf(w));
}
} // namespace

void ReadOnlyDialog::apply(QDialog* dialog, QDialogButtonBox* buttons, QWidget* keep) {
    const QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (inside(w, keep) || inside(w, buttons))
            continue;
        // Text inputs stay enabled, read-only, so their text can be selected and copied.
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            line->setReadOnly(true);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            plain->setReadOnly(true);
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            text->setReadOnly(true);
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            spin->setReadOnly(true); // dates and numbers included
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            // Still scrollable and selectable, but its check boxes no longer toggle.
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setFlags(list->item(i)->flags() & ~Qt::ItemIsUserCheckable);
            list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (QTableWidgetItem* item = table->item(r, c))
                        item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEditable));
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (qobject_cast<QComboBox*>(w) || (qobject_cast<QAbstractButton*>(w) && !qobject_cast<QTabBar*>(w->parentWidget()))) {
            w->setEnabled(false);
        }
    }
    // Close has the reject role: the dialog's own rejected() connection closes it.
    buttons->setStandardButtons(QDialogButtonBox::Close);
    dialog->setWindowTitle(tr("%1 (read only)").arg(dialog->windowTitle()));
}

} // namespace mamori::ui
