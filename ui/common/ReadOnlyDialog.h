#pragma once

#include <QCoreApplication>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace mamori::ui {

// Turns an editor dialog into a viewer for someone who may read a record but not change it (an
// auditor, a reader of another section): text stays selectable and lists scrollable, but no
// input takes a change, the buttons that would act are disabled, and the dialog's own buttons
// become a single Close. Core refuses such a write anyway; this keeps the screen from offering it.
class ReadOnlyDialog {
    Q_DECLARE_TR_FUNCTIONS(ReadOnlyDialog)

public:
    // `keep`: a widget left as it is (with its children), e.g. a panel with its own permission rules.
    static void apply(QDialog* dialog, QDialogButtonBox* buttons, QWidget* keep = nullptr);
};

} // namespace mamori::ui
