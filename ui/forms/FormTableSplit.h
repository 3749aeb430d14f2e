#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mamori::ui {

// A form body whose first long top-level table is taken apart at its rows, so that each page
// can be laid out as a document of its own: the text before the table, the table's start tag
// and <thead>, its body rows one by one, and the text after it. Laying out and drawing a
// 1,000-row ledger as one QTextDocument costs seconds, since Qt's cost per table cell grows
// with the size of the document; documents of a page's rows stay small (bench_ledger_pdf).
class FormTableSplit {
public:
    // Nullopt when the body has no top-level table of at least `minRows` body rows, or when
    // that table holds another table (its rows could not be told apart from the inner ones).
    static std::optional<FormTableSplit> find(const QString& html, int minRows);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // Top-level tables before the split one: its index among the root frame's tables in the
    // document of html(0, n).
    int tablesBefore() const { return m_tablesBefore; }
    // A body of the rows [first, first + count): the table with its <thead>, preceded by the
    // text before the table when first == 0 and followed by the text after it when the rows
    // reach the last one.
    QString html(int first, int count) const;

private:
    QString m_before;
    QString m_open; // the <table ...> start tag
    QString m_head; // <thead>...</thead>, or empty
    QStringList m_rows;
    QString m_after;
    int m_tablesBefore = 0;
};

} // namespace mamori::ui
