#include "forms/FormTableRules.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace mamori::ui {

FormTableRules::FormTableRules(const QTextDocument& doc, const QTextTable& table) {
    const QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const int rowCount = table.rows();
    const int columnCount = table.columns();
    if (rowCount == 0 || columnCount == 0)
        return;
    // A CSS pixel on the device: the rule is one, as the HTML's border="1".
    const qreal scale = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    m_width = scale;
    const qreal padding = std::max<qreal>(table.format().cellPadding(), 0) * scale;

    // Rows: cells are as tall as their row's tallest content plus the padding above and below,
    // so the boundary lies midway between one row's lowest text and the next row's highest.
    QList<qreal> tops, bottoms;
    for (int r = 0; r < rowCount; ++r) {
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = std::numeric_limits<qreal>::lowest();
        for (int c = 0; c < columnCount; ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
            bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
        tops.append(top);
        bottoms.append(bottom);
    }
    m_rows.append(tops.first() - padding);
    for (int r = 1; r < rowCount; ++r)
        m_rows.append((bottoms[r - 1] + tops[r]) / 2);
    m_rows.append(bottoms.last() + padding);

    // Columns: each cell's text starts one padding right of its left edge; the last cell's
    // block is as wide as the cell's text area.
    for (int c = 0; c < columnCount; ++c) {
        const QTextBlock first = table.cellAt(0, c).firstCursorPosition().block();
        m_columns.append(layout->blockBoundingRect(first).left() - padding);
    }
    const QTextBlock last = table.cellAt(0, columnCount - 1).firstCursorPosition().block();
    m_columns.append(layout->blockBoundingRect(last).right() + padding);
}

void FormTableRules::paint(QPainter& p, qreal top, qreal bottom) const {
    if (m_rows.isEmpty())
        return;
    p.save();
    p.setPen(QPen(Qt::black, m_width, Qt::SolidLine, Qt::SquareCap));
    const qreal left = m_columns.first();
    const qreal right = m_columns.last();
    for (qreal y : m_rows)
        if (y >= top - m_width && y <= bottom + m_width)
            p.drawLine(QPointF(left, y), QPointF(right, y));
    const qreal from = std::max(top - m_width, m_rows.first());
    const qreal to = std::min(bottom + m_width, m_rows.last());
    if (from < to)
        for (qreal x : m_columns)
            p.drawLine(QPointF(x, from), QPointF(x, to));
    p.restore();
}

} // namespace mamori::ui
