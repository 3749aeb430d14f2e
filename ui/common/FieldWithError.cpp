#include "common/FieldWithError.h"

#include "common/FieldErrorLabel.h"

#include <QVBoxLayout>

namespace mamori::ui {

QWidget* fieldWithError(QWidget* input, FieldErrorLabel* error, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    v->addWidget(error);
    return box;
}

} // namespace mamori::ui
