#pragma once

#include "forms/FormSpec.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace mamori::ui {

// Lays a FormSpec out as a Japanese government form on A4 (portrait, or landscape for wide
// ledgers): organisation and classification top left, document number and date top right, the
// seal boxes (押印欄) under the date on page 1, the centred title, the body over as many pages
// as it needs, and on every page a footer with the journal head and "x / y ページ". A form with
// labels is a label sheet instead (LabelSheetPage). The same painting serves PDF, printing and
// the print preview.
class FormRenderer {
    Q_DECLARE_TR_FUNCTIONS(mamori::ui::FormRenderer)

public:
    // A4 PDF via QPdfWriter. Returns false and sets *error (translated) on failure; writes
    // through a temporary file renamed into place, so no partial PDF is left behind. *pages
    // receives the number of pages written.
    static bool writePdf(const mamori::FormSpec& form, const QString& path,
                         QString* error = nullptr, int* pages = nullptr);
    // Paints on any QPrinter (used by preview), whatever its page margins.
    static void print(const mamori::FormSpec& form, QPrinter* printer);
    // QPrintPreviewDialog on an A4 printer in the form's orientation; modal.
    static void preview(const mamori::FormSpec& form, QWidget* parent);
    static int pageCount(const mamori::FormSpec& form);
};

} // namespace mamori::ui
