#pragma once

#include "lists/ListFilter.h"
#include "lists/PagedTableModel.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>

namespace mamori::ui {

// A register list whose core service returns the whole readable list in one journaled read
// (people, handling areas, the file register: hundreds to a few thousand rows in a city).
// Each reload reads it once, then filters and sorts in memory; pages and the CSV export are
// slices of that snapshot, so scrolling and exporting never read (and journal) again.
template <typename Row>
class SnapshotListModel : public PagedTableModel<Row> {
public:
    using PagedTableModel<Row>::PagedTableModel;

    void setFilter(const ListFilter& filter) {
        m_filter = filter;
        this->reload();
    }
    const ListFilter& filter() const { return m_filter; }
    // Rows read in the last reload, before filtering.
    qsizetype snapshotSize() const { return m_snapshotSize; }

protected:
    // The whole list from core (journaled there). May throw mamori::Error.
    virtual QList<Row> readAll() = 0;
    virtual bool matches(const Row& row, const ListFilter& filter) const = 0;
    // What a column sorts by: its display text unless the subclass knows better (numbers).
    virtual QVariant sortKey(const Row& row, int column) const {
        return this->cell(row, column, Qt::DisplayRole);
    }

    qint64 readCount() override {
        const QList<Row> all = readAll();
        m_snapshotSize = all.size();
        m_rows.clear();
        for (const Row& r : all)
            if (matches(r, m_filter))
                m_rows.append(r);
        const int column = this->sortColumn();
        const bool descending = this->sortOrder() == Qt::DescendingOrder;
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
            const int c = compare(sortKey(a, column), sortKey(b, column));
            return descending ? c > 0 : c < 0;
        });
        return m_rows.size();
    }

    QList<Row> readPage(int offset, int limit) override { return m_rows.mid(offset, limit); }

    // Free text matches when every word is in one of `fields` (case-insensitive).
    static bool textMatches(const QString& text, const QStringList& fields) {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& w : words) {
            bool found = false;
            for (const QString& f : fields)
                found = found || f.contains(w, Qt::CaseInsensitive);
            if (!found)
                return false;
        }
        return true;
    }

private:
    static int compare(const QVariant& a, const QVariant& b) {
        const bool numbers = a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString &&
                             a.canConvert<qlonglong>() && b.canConvert<qlonglong>();
        if (numbers) {
            const qlonglong x = a.toLongLong();
            const qlonglong y = b.toLongLong();
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        return QString::localeAwareCompare(a.toString(), b.toString());
    }

    ListFilter m_filter;
    QList<Row> m_rows;
    qsizetype m_snapshotSize = 0;
};

} // namespace mamori::ui
