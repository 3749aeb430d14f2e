#include "custody/areas/AreasModel.h"

#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

namespace mamori::ui {

AreasModel::AreasModel(CaseFile& file, QObject* parent)
    : SnapshotListModel<HandlingArea>(parent), m_file(file) {
    reload();
}

QList<HandlingArea> AreasModel::readAll() {
    m_sectionNames.clear();
    for (const mamori::Section& s : m_file.sections().list())
        m_sectionNames.insert(s.id, s.name);
    return m_file.areas().list(m_file.session(), filter().sectionId);
}

bool AreasModel::matches(const HandlingArea& a, const ListFilter& f) const {
    if (f.sectionId && a.sectionId != *f.sectionId)
        return false;
    return textMatches(f.text, {a.areaCode, m_sectionNames.value(a.sectionId), a.building, a.floor,
                                a.room, a.remarks});
}

QVariant AreasModel::cell(const HandlingArea& a, int column, int role) const {
    if (role == Qt::UserRole)
        return a.id;
    if (role == ExportRole && column == Layout)
        return a.layoutMime;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportRole)
        return {};
    switch (column) {
    case Code:
        return a.areaCode;
    case Section:
        return m_sectionNames.value(a.sectionId);
    case Building:
        return a.building;
    case Floor:
        return a.floor;
    case Room:
        return a.room;
    case Layout:
        return a.layoutMime.isEmpty() ? QString() : tr("Yes");
    case Remarks:
        return role == Qt::DisplayRole ? a.remarks.section(QLatin1Char('\n'), 0, 0) : a.remarks;
    default:
        return {};
    }
}

int AreasModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreasModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotListModel<HandlingArea>::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Area code");
    case Section:
        return tr("Section");
    case Building:
        return tr("Building");
    case Floor:
        return tr("Floor");
    case Room:
        return tr("Room");
    case Layout:
        return tr("Layout image");
    case Remarks:
        return tr("Remarks");
    default:
        return {};
    }
}

int AreasModel::rowForId(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i)
        if (row(i).id == id)
            return i;
    return -1;
}

} // namespace mamori::ui
