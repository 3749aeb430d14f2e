#include "forms/FormBodyDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace mamori::ui {

namespace {
// Tables in a form body are ruled grids (the look of a paper ledger), whatever the HTML said,
// and never wider than the text width.
void ruleTables(QTextFrame* frame, int selfRuled = -1) {
    int index = 0;
    for (QTextFrame* child : frame->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(child);
        if (table && index++ == selfRuled) {
            // The cells stand where collapsed rules of one CSS pixel would put them.
            QTextTableFormat f = table->format();
            f.setBorderCollapse(false);
            f.setBorder(0);
            f.setCellSpacing(0);
            f.setCellPadding(std::max<qreal>(f.cellPadding(), 0) + 0.5);
            f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(f);
        } else if (table) {
            QTextTableFormat f = table->format();
            f.setBorderCollapse(true);
            f.setBorder(std::max<qreal>(f.border(), 1));
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            f.setBorderBrush(Qt::black);
            f.setCellSpacing(0);
            if (f.width().type() != QTextLength::PercentageLength || f.width().rawValue() > 100)
                f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(f);
        }
        ruleTables(child);
    }
}
} // namespace

QString FormBodyDocument::keepIdeographicSpaces(const QString& html) {
    static const QRegularExpression run(QStringLiteral("(\u3000+)"));
    QString out = html;
    return out.replace(run, QStringLiteral("<span style=\"white-space:pre-wrap\">\\1</span>"));
}

std::unique_ptr<QTextDocument> FormBodyDocument::create(const QString& html, int selfRuledTable) const {
    auto doc = std::make_unique<QTextDocument>();
    // Without the paint device the layout would measure with the screen's resolution and the
    // text would come out a third of its size on a 300 dpi PDF.
    doc->documentLayout()->setPaintDevice(&m_device);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(m_font);
    doc->setDefaultStyleSheet(
        QStringLiteral("th { background-color: #eeeeee; }"
                       "h1, h2, h3, h4 { margin-top: 8px; margin-bottom: 4px; }"));
    // One layout only, at the end: Qt lays a document out on every change, and a long table
    // costs a good share of a second each time. A null page size keeps it from laying out while
    // the HTML goes in and the tables get their rules; setting the width lays it all out once.
    doc->setPageSize(QSizeF(0, 0));
    doc->setHtml(html);
    ruleTables(doc->rootFrame(), selfRuledTable);
    doc->setTextWidth(m_textWidth);
    return doc;
}

} // namespace mamori::ui
