#include "common/FieldErrorLabel.h"

namespace mamori::ui {

FieldErrorLabel::FieldErrorLabel(const QString& name, QWidget* parent) : QLabel(parent) {
    setObjectName(name + QStringLiteral("Error"));
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
