#pragma once

#include "forms/FormBodyPaginator.h"
#include "forms/FormSplitPaginator.h"
#include "forms/FormLayout.h"
#include "forms/FormSpec.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace mamori::ui {

// One form laid out on one paged device: the page geometry in device pixels (from millimetres
// and the device's resolution), the body laid out for that device, and each page's part of it.
// A body with a long table gets a document per page (FormSplitPaginator), any other one
// document cut into page slices (FormBodyPaginator).
// Built before painting because every footer prints the page count.
class FormPage final : public FormLayout {
public:
    static QString fontFamily() { return QStringLiteral("Noto Sans CJK JP"); }

    // `paper`: the sheet's size in device pixels, with (0,0) at its top-left corner.
    FormPage(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper);
    FormPage(const FormPage&) = delete;
    FormPage& operator=(const FormPage&) = delete;

    int pageCount() const override { return static_cast<int>(m_pages.size()); }
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
    void paintDocumentPart(QPainter& p, const QTextDocument& doc, qreal docTop, qreal docBottom,
                           qreal y, const FormTableRules* rules = nullptr);

    const FormSpec& m_form;
    QPagedPaintDevice& m_device;
    QSizeF m_paper;
    qreal m_dotsPerMm = 1;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::vector<std::unique_ptr<FormTableRules>> m_rules;
    QList<FormBodyPage> m_pages;
};

} // namespace mamori::ui
