#include "search/SearchResultsModel.h"

namespace mamori::ui {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit>& hits,
                                 const QHash<qint64, QString>& sectionNames) {
    beginResetModel();
    m_hits = hits;
    m_sectionNames = sectionNames;
    endResetModel();
}

void SearchResultsModel::clear() {
    setHits({}, {});
}

QString SearchResultsModel::kindText(const QString& entity) {
    if (entity == QLatin1String("person"))
        return tr("Person");
    if (entity == QLatin1String("area"))
        return tr("Handling area");
    if (entity == QLatin1String("file"))
        return tr("Personal-information file");
    if (entity == QLatin1String("carry_out"))
        return tr("Carry-out");
    if (entity == QLatin1String("disposal"))
        return tr("Disposal");
    if (entity == QLatin1String("incident"))
        return tr("Incident");
    // A kind indexed by a newer core than this screen knows: its key still says what it is.
    return entity;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& h = m_hits.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Kind:
            return kindText(h.entity);
        case Title:
            return h.title;
        case Section:
            return m_sectionNames.value(h.sectionId);
        default:
            return {};
        }
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Record");
    case Section:
        return tr("Section");
    default:
        return {};
    }
}

} // namespace mamori::ui
