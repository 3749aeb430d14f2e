#include "custody/CarryOutListModel.h"

#include "custody/CarryOutLabels.h"

#include "casefile/CaseFile.h"
#include "dates/JapaneseDate.h"
#include "organisation/SectionService.h"

#include <QBrush>
#include <QColor>

namespace mamori::ui {

CarryOutListModel::CarryOutListModel(CaseFile& file, QObject* parent)
    : PagedTableModel<CarryOut>(parent), m_file(file), m_dateStyle(file.settings().dateStyle()) {
    setInitialSort(PlannedOut, Qt::DescendingOrder);
    loadSections();
    reload();
}

void CarryOutListModel::loadSections() {
    m_sectionNames.clear();
    for (const mamori::Section& s : m_file.sections().list())
        m_sectionNames.insert(s.id, s.name);
}

int CarryOutListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CarryOutListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel<CarryOut>::headerData(section, orientation, role);
    switch (section) {
    case ControlNo: return tr("Control No.");
    case State: return tr("State");
    case Section: return tr("Section");
    case ItemType: return tr("Item");
    case Description: return tr("Description");
    case RecordCount: return tr("Records");
    case PlannedOut: return tr("Planned departure");
    case PlannedReturn: return tr("Planned return");
    case Destination: return tr("Destination");
    default: return {};
    }
}

bool CarryOutListModel::isSortable(int column) const {
    return column != Description && column != Destination && column >= 0 && column < ColumnCount;
}

void CarryOutListModel::setFilter(const ListFilter& filter) {
    m_filter = filter;
    m_dateStyle = m_file.settings().dateStyle();
    loadSections();
    reload();
}

int CarryOutListModel::rowOf(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i)
        if (row(i).id == id)
            return i;
    return -1;
}

CarryOutFilter CarryOutListModel::coreFilter() const {
    CarryOutFilter f;
    if (!m_filter.state.isEmpty())
        f.state = carryOutStateFromKey(m_filter.state);
    f.sectionId = m_filter.sectionId;
    f.from = m_filter.from;
    f.to = m_filter.to;
    f.overdueOnly = m_filter.overdueOnly;
    f.text = m_filter.text;
    return f;
}

QList<CarryOut> CarryOutListModel::readPage(int offset, int limit) {
    CarryOutSortKey key = CarryOutSortKey::PlannedOut;
    switch (sortColumn()) {
    case ControlNo: key = CarryOutSortKey::ControlNo; break;
    case State: key = CarryOutSortKey::State; break;
    case Section: key = CarryOutSortKey::Section; break;
    case ItemType: key = CarryOutSortKey::ItemType; break;
    case RecordCount: key = CarryOutSortKey::RecordCount; break;
    case PlannedReturn: key = CarryOutSortKey::PlannedReturn; break;
    default: break;
    }
    return m_file.carryOuts().page(m_file.session(), coreFilter(), key, sortOrder() == Qt::DescendingOrder, offset,
                                   limit);
}

qint64 CarryOutListModel::readCount() {
    return m_file.carryOuts().count(m_file.session(), coreFilter());
}

QVariant CarryOutListModel::cell(const CarryOut& c, int column, int role) const {
    if (role == IdRole)
        return c.id;
    if (role == Qt::ForegroundRole)
        return c.state == CarryOutState::Overdue || c.state == CarryOutState::Lost ? QVariant(QBrush(QColor(180, 0, 0)))
                                                                                   : QVariant();
    if (role == Qt::TextAlignmentRole)
        return column == RecordCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == ExportRole) {
        // Spreadsheets sort ISO dates; the rest exports as shown.
        if (column == PlannedOut)
            return c.plannedOutOn.toString(Qt::ISODate);
        if (column == PlannedReturn)
            return c.plannedReturnOn.toString(Qt::ISODate);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ControlNo: return c.controlNo;
    case State: return CarryOutLabels::state(c.state);
    case Section: return m_sectionNames.value(c.sectionId);
    case ItemType: return CarryOutLabels::itemType(c.itemType);
    case Description: return c.description;
    case RecordCount: return c.recordCount;
    // Formatted on demand: only the visible rows pay for ICU's calendar.
    case PlannedOut: return JapaneseDate::format(c.plannedOutOn, m_dateStyle);
    case PlannedReturn: return JapaneseDate::format(c.plannedReturnOn, m_dateStyle);
    case Destination: return c.destination;
    default: return {};
    }
}

} // namespace mamori::ui
