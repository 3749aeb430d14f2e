#include "forms/FormSplitPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace mamori::ui {

namespace {
// A page's first guess; more rows are laid out when they all fit.
constexpr int kFirstGuess = 24;

QTextTable* topLevelTable(QTextDocument& doc, int index) {
    int seen = 0;
    for (QTextFrame* frame : doc.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame); table && seen++ == index)
            return table;
    return nullptr;
}

bool noCellSpans(const QTextTable& table) {
    for (int r = 0; r < table.rows(); ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (cell.rowSpan() != 1 || cell.columnSpan() != 1)
                return false;
        }
    }
    return true;
}

bool everyColumnHasAWidth(const QTextTable& table) {
    const QList<QTextLength> widths = table.format().columnWidthConstraints();
    return widths.size() == table.columns() &&
           std::none_of(widths.cbegin(), widths.cend(), [](const QTextLength& w) {
               return w.type() == QTextLength::VariableLength;
           });
}

// Body rows of the table, from the first, whose content ends above `bottom`. A row taller than
// a page is cut between its lines by FormBodyPaginator, and does not count.
int rowsAbove(const QTextDocument& doc, const QTextTable& table, qreal bottom) {
    const int header = std::clamp(table.format().headerRowCount(), 0, table.rows());
    int n = 0;
    for (int r = header; r < table.rows(); ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextBlock last = table.cellAt(r, c).lastCursorPosition().block();
            if (doc.documentLayout()->blockBoundingRect(last).bottom() > bottom)
                return n;
        }
        ++n;
    }
    return n;
}
} // namespace

std::optional<FormSplitPaginator::Result> FormSplitPaginator::paginate(const FormTableSplit& split,
                                                                     const DocumentFactory& create,
                                                                     qreal firstPageHeight,
                                                                     qreal pageHeight) {
    Result result;
    const int total = split.rowCount();
    int first = 0;
    int count = std::min(total, kFirstGuess);
    while (true) {
        const int tableIndex = first == 0 ? split.tablesBefore() : 0;
        std::unique_ptr<QTextDocument> doc = create(split.html(first, count), tableIndex);
        QTextTable* table = topLevelTable(*doc, tableIndex);
        if (!table || !everyColumnHasAWidth(*table) || !noCellSpans(*table))
            return std::nullopt;
        const bool firstPage = result.pages.isEmpty();
        const QList<FormBodySlice> slices =
            FormBodyPaginator::paginate(*doc, firstPage ? firstPageHeight : pageHeight, pageHeight);
        const int fitted = std::min(count, rowsAbove(*doc, *table, slices.first().bottom));
        const bool reachesEnd = first + count == total;
        if (fitted == count && !reachesEnd) {
            // The page has room for more rows than were laid out.
            count = std::min(total - first, count + count / 2 + 1);
            continue;
        }
        if (fitted == 0)
            return std::nullopt;
        if (fitted == count) {
            // The table ends on this page: the rest of this document is the rest of the body.
            result.rules.push_back(std::make_unique<FormTableRules>(*doc, *table));
            for (const FormBodySlice& s : slices)
                result.pages.append({doc.get(), s, result.rules.back().get()});
            result.documents.push_back(std::move(doc));
            return result;
        }
        result.rules.push_back(std::make_unique<FormTableRules>(*doc, *table));
        result.pages.append({doc.get(), slices.first(), result.rules.back().get()});
        result.documents.push_back(std::move(doc));
        first += fitted;
        // Pages of a ledger hold about as many rows as the one before: lay out a few more, for
        // pages of shorter rows. Each row laid out and left over costs as much as one printed.
        count = std::min(total - first, fitted + 3);
    }
}

} // namespace mamori::ui
