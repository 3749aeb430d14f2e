#include "common/FieldErrors.h"

#include "common/FieldErrorLabel.h"

#include "common/Error.h"

#include <QMessageBox>

namespace mamori::ui {

FieldErrorLabel* FieldErrors::add(const QString& field, FieldErrorLabel* label) {
    m_labels.insert(field, label);
    return label;
}

FieldErrorLabel* FieldErrors::label(const QString& field) const {
    return m_labels.value(field);
}

QString FieldErrors::text(const QString& field) const {
    const FieldErrorLabel* l = label(field);
    return l ? l->text() : QString();
}

void FieldErrors::clear() {
    for (FieldErrorLabel* l : std::as_const(m_labels))
        l->clearError();
}

bool FieldErrors::show(const QString& field, const QString& message) {
    FieldErrorLabel* l = label(field);
    if (!l)
        return false;
    l->showError(message);
    return true;
}

bool FieldErrors::show(const Error& e) {
    return show(e.field(), e.message());
}

void FieldErrors::showOrInBox(const Error& e, QWidget* window, const QString& boxName) {
    if (show(e))
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, window->windowTitle(), e.message(),
                                QMessageBox::Ok, window);
    box->setObjectName(boxName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mamori::ui
