#pragma once

#include <QLabel>

namespace mamori::ui {

// The message under an input that core (Error::field()) or the dialog found wrong. Hidden while
// empty, so a valid form shows no gaps.
class FieldErrorLabel : public QLabel {
    Q_OBJECT

public:
    // `field`: the Error::field() name it answers to; the object name becomes "<field>Error".
    FieldErrorLabel(const QString& field, QWidget* parent = nullptr);
    const QString& field() const { return m_field; }
    void showError(const QString& message);
    void clearError();

private:
    QString m_field;
};

} // namespace mamori::ui
