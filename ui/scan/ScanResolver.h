#pragma once

#include <QString>

class QWidget;

namespace mamori::ui {

// One kind of control number the scan field understands (carry-outs "CO-…", disposal batches
// "DS-…", …). ScanField asks each registered resolver in turn whether it accepts a code and lets
// the first that does open the record. To add a kind: implement this and register it with
// ScanField::addResolver() where the main window builds the scan field.
class ScanResolver {
public:
    virtual ~ScanResolver() = default;
    // Whether `code` is of this kind. The code arrives trimmed, half-width and upper case.
    virtual bool accepts(const QString& code) const = 0;
    // Opens the record with this code over `window` (window-modal, open() not exec()).
    // Throws mamori::Error (NotFound, PermissionDenied…) with a message fit for the scan field.
    virtual void open(const QString& code, QWidget* window) = 0;
    // What codes of this kind look like, for the "unknown code" message, e.g. "CO-2025-000123".
    virtual QString example() const = 0;
};

} // namespace mamori::ui
