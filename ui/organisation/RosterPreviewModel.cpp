#include "organisation/RosterPreviewModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace mamori::ui {

RosterPreviewModel::RosterPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void RosterPreviewModel::setEntries(QList<Entry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.line < b.line; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void RosterPreviewModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RosterPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RosterPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterPreviewModel::resultText(const Entry& e) const {
    switch (e.outcome) {
    case Outcome::Create:
        return e.newSection ? tr("New person, new section") : tr("New person");
    case Outcome::Update:
        return e.newSection ? tr("Update, new section") : tr("Update");
    case Outcome::Refused:
        return tr("Refused: %1").arg(e.reason);
    }
    return {};
}

QVariant RosterPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == OutcomeRole)
        return static_cast<int>(e.outcome);
    if (role == Qt::ForegroundRole && e.outcome == Outcome::Refused)
        return QBrush(QColor(180, 0, 0));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return e.line;
    case Result:
        return resultText(e);
    case StaffNo:
        return e.row.staffNo;
    case Name:
        return e.row.name;
    case Kana:
        return e.row.kana;
    case Section:
        return e.row.section;
    case Employment:
        return e.outcome == Outcome::Refused ? QString() : employmentLabel(e.row.employment);
    case Email:
        return e.row.email;
    default:
        return {};
    }
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Result:
        return tr("Result");
    case StaffNo:
        return tr("Staff number");
    case Name:
        return tr("Name");
    case Kana:
        return tr("Kana");
    case Section:
        return tr("Section");
    case Employment:
        return tr("Employment");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

} // namespace mamori::ui
