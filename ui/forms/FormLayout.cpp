#include "forms/FormLayout.h"

#include "forms/FormPage.h"
#include "forms/LabelSheetPage.h"

namespace mamori::ui {

std::unique_ptr<FormLayout> FormLayout::create(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper)
{
    if (!form.labels.isEmpty())
        return std::make_unique<LabelSheetPage>(form, device, paper);
    return std::make_unique<FormPage>(form, device, paper);
}

} // namespace mamori::ui
