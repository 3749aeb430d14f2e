#pragma once

#include "forms/FormSpec.h"

#include <QSizeF>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace mamori::ui {

// A form laid out on one paged device, ready to paint: a body form (FormPage) or a label sheet
// (LabelSheetPage). Laid out before painting because every footer prints the page count.
class FormLayout {
public:
    virtual ~FormLayout() = default;
    virtual int pageCount() const = 0;
    // Paints every page; the painter must be active on the device, mapping the paper's top-left
    // corner to (0,0).
    virtual void paint(QPainter& painter) = 0;

    // The layout the form asks for. `paper`: the sheet's size in device pixels.
    static std::unique_ptr<FormLayout> create(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper);
};

} // namespace mamori::ui
