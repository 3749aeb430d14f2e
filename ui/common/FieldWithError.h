#pragma once

class QWidget;

namespace mamori::ui {

class FieldErrorLabel;

// An input with its error line underneath, as one form row: what every editor puts in its
// QFormLayout so that a message appears right under the field it concerns.
QWidget* fieldWithError(QWidget* input, FieldErrorLabel* error, QWidget* parent);

} // namespace mamori::ui
