#pragma once

#include "common/Error.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <functional>

namespace mamori::ui {

// The part of a paged, sortable register list that does not depend on the row type: paging
// state, the sort the view asked for, and the signals. Views and ListCsvExport talk to this.
//
// Rows come in pages of kPageSize as the view scrolls (canFetchMore()/fetchMore()), each page
// read by the core service with ORDER BY/LIMIT/OFFSET, so a list of 100,000 records opens by
// reading one page. Clicking a header calls sort(), which starts over from the first page.
class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    // data() with this role gives the text written to CSV (ISO dates, keys rather than labels
    // where a spreadsheet needs them); a model that does not answer it exports DisplayRole.
    static constexpr int ExportRole = Qt::UserRole + 100;

    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Ignored for columns isSortable() refuses (the view's indicator stays where it was).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    virtual bool isSortable(int column) const;

    // How many rows match the filter, read with each reload (-1 when the model cannot tell).
    qint64 totalCount() const { return m_total; }
    // Drops the loaded rows and reads the count and the first page again, e.g. after the filter
    // changed or a record was edited.
    void reload();

    // The CSV header (default: each column's header text).
    virtual QStringList exportHeader() const;
    // Reads every row matching the filter, in the current order, `batch` rows at a time, and
    // hands each to `sink` as one text per column. Does not touch the loaded rows. May throw.
    virtual qint64 exportRows(const std::function<void(const QStringList&)>& sink, int batch) = 0;

Q_SIGNALS:
    // Reading failed (e.g. permission withdrawn, disk gone); the model stops fetching.
    void loadFailed(const QString& message);
    // After every reload, with the new total.
    void reloaded(qint64 total);

protected:
    // Row storage lives in the typed subclass (PagedTableModel<Row>).
    // Reads the next page and adds it: with insert signals, or silently inside a model reset.
    virtual void appendNextPage(bool insideReset) = 0;
    virtual void resetRows() = 0;      // forgets all rows (inside a model reset)
    virtual qint64 readCount() { return -1; }
    void setAtEnd(bool atEnd) { m_atEnd = atEnd; }
    // The order before the first reload (no reading; the view's sort indicator should follow).
    void setInitialSort(int column, Qt::SortOrder order) {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    // Runs `read`; on an Error emits loadFailed and stops paging instead of throwing through
    // the view's layout code. Returns whether `read` succeeded.
    bool guarded(const std::function<void()>& read);

private:
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_total = -1;
    bool m_atEnd = false;
    bool m_loading = false; // views and testers may ask for more from inside our own signals
};

// A paged list of `Row`s. A subclass supplies readPage() (one page through its core service,
// with its own filter and sortColumn()/sortOrder()), cell() for what each column shows, and
// columnCount()/headerData(); paging, reloading and CSV rows are done here. The subclass calls
// reload() at the end of its constructor (the base cannot: the virtuals are not ready yet).
template <typename Row>
class PagedTableModel : public PagedModelBase {
public:
    using PagedModelBase::PagedModelBase;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    const Row& row(int i) const { return m_rows.at(i); }
    const QList<Row>& rows() const { return m_rows; }

    qint64 exportRows(const std::function<void(const QStringList&)>& sink, int batch) override {
        qint64 done = 0;
        for (;;) {
            const QList<Row> page = readPage(static_cast<int>(done), batch);
            for (const Row& r : page) {
                QStringList cells;
                for (int c = 0; c < columnCount(); ++c) {
                    QVariant v = cell(r, c, ExportRole);
                    if (!v.isValid())
                        v = cell(r, c, Qt::DisplayRole);
                    cells << v.toString();
                }
                sink(cells);
            }
            done += page.size();
            if (page.size() < batch)
                return done;
        }
    }

protected:
    // Rows [offset, offset + limit) of the filtered, sorted list. May throw mamori::Error.
    virtual QList<Row> readPage(int offset, int limit) = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;

    void appendNextPage(bool insideReset) override {
        QList<Row> page;
        if (!guarded([&] { page = readPage(static_cast<int>(m_rows.size()), kPageSize); }))
            return;
        setAtEnd(page.size() < kPageSize);
        if (page.isEmpty())
            return;
        if (insideReset) {
            m_rows.append(page);
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    void resetRows() override { m_rows.clear(); }

private:
    QList<Row> m_rows;
};

} // namespace mamori::ui
