#pragma once

#include "forms/FormLayout.h"
#include "forms/FormSpec.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QFontMetricsF;
class QPagedPaintDevice;
class QPainter;

namespace mamori::ui {

// A sheet of labels on A4 portrait: labelColumns x labelRows labels per page, placed like the
// common label stock (2 x 6 of 86.4 x 42.3 mm with 18.6 / 21.6 mm margins; other grids share
// the same margins), each with its QR code on the left and the kind, control number, section and
// short description on the right. The form's header (title, organisation, document number, date)
// and footer (journal head, page x/y) go in the sheet's top and bottom margins. A dashed outline
// marks where to cut plain paper; on die-cut stock it falls on the cuts.
class LabelSheetPage final : public FormLayout {
public:
    LabelSheetPage(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper);

    int pageCount() const override;
    void paint(QPainter& painter) override;

    // Where label `index` of its page lies, in device pixels; and the square its QR code
    // (quiet zone included) takes inside it. Public for the tests of the layout.
    QRectF labelRect(int index) const;
    QRectF qrRect(const QRectF& label) const;

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(qreal points, bool bold = false) const;
    int perPage() const { return m_columns * m_rows; }

    void paintMargins(QPainter& p, int page) const;
    void paintLabel(QPainter& p, const FormLabel& label, const QRectF& rect) const;
    void paintQr(QPainter& p, const QrCode& qr, const QRectF& square) const;

    const FormSpec& m_form;
    QPagedPaintDevice& m_device;
    QSizeF m_paper;
    qreal m_dotsPerMm = 1;
    int m_columns = 2;
    int m_rows = 6;
};

} // namespace mamori::ui
