#pragma once

#include "forms/FormBodyPaginator.h"
#include "forms/FormTableRules.h"
#include "forms/FormTableSplit.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace mamori::ui {

// One page of a form body: the part of `document` (one of the body's documents) to draw, and
// the rules of its self-ruled table, if it has one.
struct FormBodyPage {
    const QTextDocument* document = nullptr;
    FormBodySlice slice;
    const FormTableRules* rules = nullptr;
};

// Paginates a body split at the rows of its long table (FormTableSplit) with one document per
// page: each holds the table's <thead> and the rows from the first one not printed yet, laid
// out and cut by FormBodyPaginator like a whole body; the rows that fit its first slice make
// the page, and the next page's document starts after them. The last document also holds the
// text after the table and gives all its slices. So every page shows its header rows as part
// of its own table and no row is cut, as on the whole body.
class FormSplitPaginator {
public:
    // Lays out a page's HTML; the table at `selfRuledTable` among the top-level tables is the
    // split one, laid out for FormTableRules (FormBodyDocument::create).
    using DocumentFactory =
        std::function<std::unique_ptr<QTextDocument>(const QString& html, int selfRuledTable)>;
    struct Result {
        std::vector<std::unique_ptr<QTextDocument>> documents;
        std::vector<std::unique_ptr<FormTableRules>> rules;
        QList<FormBodyPage> pages;
    };

    // Nullopt when a page would hold no row of the table (a row taller than a page, or text
    // before the table longer than the first page): the whole body is then paginated instead,
    // which cuts such a row between its lines. A table with columns of no set width gets
    // nullopt too: Qt would size them by each page's content and the columns would move
    // from page to page; so does a table with cells spanning rows or columns, which
    // FormTableRules does not rule.
    static std::optional<Result> paginate(const FormTableSplit& split, const DocumentFactory& create,
                                          qreal firstPageHeight, qreal pageHeight);
};

} // namespace mamori::ui
