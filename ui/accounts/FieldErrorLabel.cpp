#include "accounts/FieldErrorLabel.h"

namespace mamori::ui {

FieldErrorLabel::FieldErrorLabel(const QString& field, QWidget* parent)
    : QLabel(parent), m_field(field) {
    setObjectName(field + QStringLiteral("Error"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(180, 0, 0));
    setPalette(p);
    hide();
}

void FieldErrorLabel::showError(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLabel::clearError() {
    clear();
    hide();
}

} // namespace mamori::ui
