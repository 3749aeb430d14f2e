#pragma once

#include "forms/FormBodyPaginator.h"
#include "forms/FormLayout.h"
#include "forms/FormSpec.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QTextDocument>

class QPagedPaintDevice;
class QPainter;

namespace mamori::ui {

// One form laid out on one paged device: the page geometry in device pixels (from millimetres
// and the device's resolution), the body document laid out for that device, and its page slices.
// Built before painting because every footer prints the page count.
class FormPage final : public FormLayout {
public:
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK JP"); }

    // `paper`: the sheet's size in device pixels, with (0,0) at its top-left corner.
    FormPage(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper);
    FormPage(const FormPage&) = delete;
    FormPage& operator=(const FormPage&) = delete;

    int pageCount() const override { return static_cast<int>(m_slices.size()); }
    void paint(QPainter& painter) override;

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(qreal points, bool bold = false) const;
    qreal lineHeight(const QFont& f) const;
    QFont titleFont() const { return font(16, true); }
    qreal titleTop(int page) const;
    qreal bodyTop(int page) const;
    qreal bodyBottom() const;

    void paintHeader(QPainter& p, int page) const;
    void paintSealBoxes(QPainter& p) const;
    void paintFooter(QPainter& p, int page) const;
    void paintBody(QPainter& p, int page);
    void paintDocumentPart(QPainter& p, qreal docTop, qreal docBottom, qreal y);

    const FormSpec& m_form;
    QPagedPaintDevice& m_device;
    QSizeF m_paper;
    qreal m_dotsPerMm = 1;
    QTextDocument m_body;
    QList<FormBodySlice> m_slices;
};

} // namespace mamori::ui
