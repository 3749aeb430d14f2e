#pragma once

#include "lists/ListFilter.h"
#include "lists/PagedTableModel.h"

#include "custody/CarryOutService.h"
#include "settings/CaseSettings.h"

#include <QHash>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The carry-out ledger (持出簿) as a paged, sortable list: CarryOutService::page() reads each
// page with the sort as SQL ORDER BY, so 100,000 entries open by reading 200. Newest planned
// departure first by default. Overdue entries are shown in red.
//
// The session must be able to read some section's personal data (the view checks that first);
// otherwise the reads are refused by core and the list stays empty (loadFailed).
class CarryOutListModel : public PagedTableModel<mamori::CarryOut> {
    Q_OBJECT

public:
    enum Column { ControlNo, State, Section, ItemType, Description, RecordCount, PlannedOut, PlannedReturn,
                  Destination, ColumnCount };
    // The carry-out's id, for any column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CarryOutListModel(mamori::CaseFile& file, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isSortable(int column) const override;

    // Starts over with `filter` (state keys are carryOutStateKey()s, including "OVERDUE").
    void setFilter(const ListFilter& filter);
    const ListFilter& filter() const { return m_filter; }
    // The filter as core takes it: what the printed ledger and labels of the list select.
    mamori::CarryOutFilter coreFilter() const;
    // The row showing carry-out `id` among the loaded rows, -1 when not loaded.
    int rowOf(qint64 id) const;

protected:
    QList<mamori::CarryOut> readPage(int offset, int limit) override;
    qint64 readCount() override;
    QVariant cell(const mamori::CarryOut& row, int column, int role) const override;

private:
    void loadSections();

    mamori::CaseFile& m_file;
    ListFilter m_filter;
    mamori::DateStyle m_dateStyle;
    QHash<qint64, QString> m_sectionNames;
};

} // namespace mamori::ui
