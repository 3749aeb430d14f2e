#pragma once

#include <QLabel>

namespace mamori::ui {

// The message under an input that core (Error::field()) or the editor found wrong. Hidden while
// empty, so a valid form shows no gaps. Which Error::field() it answers to is kept by
// FieldErrors, so one editor can name its labels after its own inputs.
class FieldErrorLabel : public QLabel {
    Q_OBJECT

public:
    // The object name becomes "<name>Error" (tests and screen readers find the line by it).
    explicit FieldErrorLabel(const QString& name, QWidget* parent = nullptr);
    void showError(const QString& message);
    void clearError();
};

} // namespace mamori::ui
