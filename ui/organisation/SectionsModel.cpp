#include "organisation/SectionsModel.h"

#include "casefile/CaseFile.h"

namespace mamori::ui {

SectionsModel::SectionsModel(CaseFile& file, QObject* parent)
    : QAbstractTableModel(parent), m_file(file) {}

void SectionsModel::reload() {
    beginResetModel();
    m_sections = m_file.sections().list();
    endResetModel();
}

int SectionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sections.size());
}

int SectionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section& s = m_sections.at(index.row());
    if (role == SectionIdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return index.column() == Code ? s.code : s.name;
}

QVariant SectionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Section");
    default:
        return {};
    }
}

int SectionsModel::rowForId(qint64 id) const {
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].id == id)
            return i;
    return -1;
}

} // namespace mamori::ui
