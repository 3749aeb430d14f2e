#include "forms/FormBodyPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace mamori::ui {

namespace {

// A stretch of the body that must not be cut: one text line, or one table row from rule to rule.
struct Unit {
    qreal top;
    qreal bottom;
};

// A top-level table as the paginator needs it: where its header rows end, so pages it continues
// on can repeat them.
struct TableSpan {
    qreal top = 0;
    qreal bottom = 0;
    qreal headerBottom = 0; // rule under the last <thead> row; == top when there is no header
};

void addLines(const QTextDocument& doc, const QTextBlock& block, QList<Unit>& units) {
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return;
    // blockBoundingRect is in document coordinates (it adds the cell and frame offsets); the
    // lines are relative to the layout's own bounding rect.
    const QRectF blockRect = doc.documentLayout()->blockBoundingRect(block);
    const qreal origin = blockRect.top() - layout->boundingRect().top();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        units.append({origin + line.y(), origin + line.y() + line.height()});
    }
}

// The content of one cell, from its first to its last block (nested tables included).
QList<QTextBlock> cellBlocks(const QTextTableCell& cell) {
    QList<QTextBlock> out;
    const QTextBlock last = cell.lastCursorPosition().block();
    for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
        out.append(b);
        if (b == last)
            break;
    }
    return out;
}

// Rows of a top-level table as units whose edges are the centre lines between the rows' content.
TableSpan addTable(const QTextDocument& doc, QTextTable* table, qreal pageHeight,
                   QList<Unit>& units) {
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const int rows = table->rows();
    QList<Unit> content; // per row: top of its highest block, bottom of its lowest
    QList<QList<QTextBlock>> blocks;
    for (int r = 0; r < rows; ++r) {
        Unit u{std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest()};
        QList<QTextBlock> rowBlocks;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (!cell.isValid() || cell.row() != r || cell.column() != c)
                continue; // covered by a span that starts elsewhere
            for (const QTextBlock& b : cellBlocks(cell)) {
                const QRectF rect = layout->blockBoundingRect(b);
                u.top = std::min(u.top, rect.top());
                u.bottom = std::max(u.bottom, rect.bottom());
                rowBlocks.append(b);
            }
        }
        content.append(u);
        blocks.append(rowBlocks);
    }
    // The outer edges. frameBoundingRect() cannot be used: for a table it adds the offset of
    // cell (0,0) and so starts at the first row's text, below the top rule. Instead go out from
    // the text by padding and rule width, in device units: the layout scales these CSS pixels,
    // and the gap between two rows (padding, rule, padding) tells by how much.
    const QTextTableFormat format = table->format();
    const qreal padding = std::max<qreal>(format.cellPadding(), 0);
    const qreal rule = std::max<qreal>(format.border(), 0);
    qreal scale = 1;
    if (rows >= 2 && 2 * padding + rule > 0)
        scale = (content[1].top - content[0].bottom) / (2 * padding + rule);
    else if (const QPaintDevice* device = layout->paintDevice())
        scale = device->logicalDpiY() / 96.0;
    const qreal edge = (padding + 1.5 * rule) * std::max<qreal>(scale, 0);
    TableSpan span;
    span.top = content.first().top - edge;
    span.bottom = content.last().bottom + edge;
    span.headerBottom = span.top;
    for (int r = 0; r < rows; ++r) {
        const qreal top = r == 0 ? span.top : (content[r - 1].bottom + content[r].top) / 2;
        const qreal bottom =
            r == rows - 1 ? span.bottom : (content[r].bottom + content[r + 1].top) / 2;
        if (bottom - top <= pageHeight) {
            units.append({top, bottom});
        } else {
            for (const QTextBlock& b : blocks[r])
                addLines(doc, b, units);
        }
        if (r < format.headerRowCount() && r < rows - 1)
            span.headerBottom = bottom;
    }
    return span;
}

// Moves a page break up until it cuts no unit, unless a unit starting at the page top is taller
// than the page (then it has to be cut).
qreal settleBreak(const QList<Unit>& units, qreal start, qreal end) {
    bool moved = true;
    while (moved) {
        moved = false;
        for (const Unit& u : units) {
            if (u.top < end && end < u.bottom && u.top > start) {
                end = u.top;
                moved = true;
            }
        }
    }
    return end;
}

} // namespace

QList<FormBodySlice> FormBodyPaginator::paginate(QTextDocument& doc, qreal firstPageHeight,
                                                 qreal pageHeight) {
    QList<Unit> units;
    QList<TableSpan> tables;
    for (QTextFrame* frame : doc.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame); table && table->rows() > 0)
            tables.append(addTable(doc, table, pageHeight, units));
    // A block styled "page-break-before: always" starts a new page: letters printed one per
    // addressee group, or a second report, each begin on a page of their own.
    QList<qreal> forcedBreaks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (QTextCursor(b).currentTable())
            continue;
        addLines(doc, b, units);
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            forcedBreaks.append(doc.documentLayout()->blockBoundingRect(b).top());
    }

    const qreal total = doc.documentLayout()->documentSize().height();
    QList<FormBodySlice> slices;
    qreal start = 0;
    do {
        FormBodySlice s;
        s.top = start;
        qreal available = slices.isEmpty() ? firstPageHeight : pageHeight;
        for (const TableSpan& t : tables) {
            if (t.headerBottom > t.top && start >= t.headerBottom && start < t.bottom &&
                t.headerBottom - t.top < available / 2) {
                s.repeatTop = t.top;
                s.repeatBottom = t.headerBottom;
                available -= t.headerBottom - t.top;
                break;
            }
        }
        qreal end = start + available;
        if (end >= total) {
            end = total;
        } else {
            end = settleBreak(units, start, end);
            if (end <= start)
                end = start + available;
        }
        for (qreal forced : forcedBreaks)
            if (forced > start && forced < end)
                end = forced;
        s.bottom = end;
        slices.append(s);
        start = end;
    } while (start < total);
    return slices;
}

} // namespace mamori::ui
