#pragma once

#include <QList>

class QPainter;
class QTextDocument;
class QTextTable;

namespace mamori::ui {

// The ruled grid of a table laid out without borders (FormBodyDocument::create with a
// self-ruled table), drawn by the form instead of by Qt. Qt's collapsed borders look up the
// neighbours of every cell edge, and on a long ledger that took half the layout and two thirds
// of the drawing time; the table is laid out with half a rule more padding instead, so that its
// cells stand where they stood between rules, and the rules are drawn here from the cells'
// positions: one line per row boundary and per column boundary.
class FormTableRules {
public:
    // The table must have no cells spanning rows or columns (FormSplitPaginator checks).
    FormTableRules(const QTextDocument& doc, const QTextTable& table);

    // Paints the rules within [top, bottom] (document coordinates; the painter maps them).
    void paint(QPainter& p, qreal top, qreal bottom) const;

    const QList<qreal>& rows() const { return m_rows; }
    const QList<qreal>& columns() const { return m_columns; }

private:
    QList<qreal> m_rows;    // y of each horizontal rule, top to bottom
    QList<qreal> m_columns; // x of each vertical rule, left to right
    qreal m_width = 1;
};

} // namespace mamori::ui
