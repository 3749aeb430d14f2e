#pragma once

#include "forms/FormSpec.h"

#include <QToolButton>

#include <functional>

class QAction;

namespace mamori::ui {

// The "Print" button of a screen: a menu of the forms that screen prints (a ledger of what is
// listed, the form of the selected record, its label…), each to preview and print, or to save as
// PDF. A form is built only when chosen, through core (so the read and the print are journaled
// then, not when the screen opens); core's refusal (no permission, a form that does not apply to
// the record) is shown in a message box and nothing is printed.
class FormPrintButton : public QToolButton {
    Q_OBJECT

public:
    using Builder = std::function<mamori::FormSpec()>;
    using Condition = std::function<bool()>;

    explicit FormPrintButton(QWidget* parent = nullptr);

    // Adds a form. `name` identifies it (object names of its actions: print_<name>, pdf_<name>);
    // `available`, if given, is asked on refresh() whether the form applies now (e.g. a record
    // is selected).
    void addForm(const QString& name, const QString& text, Builder build, Condition available = {});
    // Enables each form as its condition says; the button is enabled while any form is.
    void refresh();
    QStringList formNames() const;
    bool isAvailable(const QString& name) const;
    // Builds the form and writes it to `path` (what "Save as PDF…" does after asking for the path).
    // False, with the message in lastError() and shown in a box, when core or the disk refused.
    bool writePdf(const QString& name, const QString& path);
    QString lastError() const { return m_lastError; }

private:
    struct Form {
        QString name;
        QString text;
        Builder build;
        Condition available;
        QAction* print = nullptr;
        QAction* pdf = nullptr;
    };
    const Form* find(const QString& name) const;
    void preview(const Form& form);
    void saveAs(const Form& form);
    void fail(const QString& message);

    QList<Form> m_forms;
    QMenu* m_pdfMenu = nullptr;
    QAction* m_separator = nullptr; // the preview entries go above it
    QString m_lastError;
};

} // namespace mamori::ui
