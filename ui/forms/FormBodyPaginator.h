#pragma once

#include <QList>

class QTextDocument;

namespace mamori::ui {

// One page's share of the form body, in document coordinates (device pixels). Breaks fall on
// the centre line of a table rule, so the painter draws each slice a hair (a rule's width)
// beyond its bounds and a table cut between two rows keeps its ruling line on both pages.
struct FormBodySlice {
    qreal top = 0;
    qreal bottom = 0;
    // The table header rows repeated above the slice when the page starts inside a table;
    // empty when repeatBottom <= repeatTop.
    qreal repeatTop = 0;
    qreal repeatBottom = 0;
    bool repeatsHeader() const { return repeatBottom > repeatTop; }
    qreal height() const { return bottom - top + (repeatsHeader() ? repeatBottom - repeatTop : 0); }
};

// Cuts a laid-out QTextDocument into page slices. Forms draw their own header and footer on
// every page, so QTextDocument's built-in pagination cannot be used; this breaks between text
// lines and between table rows (never through one, unless a single row is taller than a page)
// and repeats <thead> rows on the pages a table continues on.
class FormBodyPaginator {
public:
    // The document must already be laid out at its final width on the target paint device.
    static QList<FormBodySlice> paginate(QTextDocument& doc, qreal firstPageHeight,
                                         qreal pageHeight);
};

} // namespace mamori::ui
