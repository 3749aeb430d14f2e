#include "custody/files/AccessRightsModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace mamori::ui {

AccessRightsModel::AccessRightsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AccessRightsModel::setRights(const QList<FileAccessRight>& rights, const Names& names,
                                  const QDate& today) {
    m_all = rights;
    m_names = names;
    m_today = today;
    refilter();
}

void AccessRightsModel::setOverdueOnly(bool on) {
    if (on == m_overdueOnly)
        return;
    m_overdueOnly = on;
    refilter();
}

void AccessRightsModel::refilter() {
    beginResetModel();
    m_shown.clear();
    for (const FileAccessRight& r : std::as_const(m_all))
        if (!m_overdueOnly || r.isOverdue(m_today))
            m_shown.append(r);
    endResetModel();
}

int AccessRightsModel::overdueCount() const {
    int n = 0;
    for (const FileAccessRight& r : m_all)
        n += r.isOverdue(m_today) ? 1 : 0;
    return n;
}

QString AccessRightsModel::operationLabel(const QString& operation) {
    if (operation == QLatin1String("read"))
        return tr("read");
    if (operation == QLatin1String("update"))
        return tr("update");
    if (operation == QLatin1String("export"))
        return tr("export");
    if (operation == QLatin1String("print"))
        return tr("print");
    return operation;
}

QString AccessRightsModel::operationsText(const QStringList& operations) {
    QStringList labels;
    for (const QString& op : operations)
        labels.append(operationLabel(op));
    return labels.join(tr(", "));
}

QString AccessRightsModel::statusText(const FileAccessRight& r) const {
    if (r.revokedOn)
        return tr("Revoked on %1").arg(r.revokedOn->toString(Qt::ISODate));
    if (r.isOverdue(m_today))
        return tr("Review overdue by %n day(s)", nullptr,
                  static_cast<int>(r.reviewDue.daysTo(m_today)));
    return tr("Active");
}

int AccessRightsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int AccessRightsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessRightsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileAccessRight& r = m_shown.at(index.row());
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case RightIdRole:
        return r.id;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(160, 0, 0));
        if (r.revokedOn)
            return QBrush(QColor(120, 120, 120));
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(255, 228, 225))) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case File:
        return m_names.files.value(r.fileId, QString::number(r.fileId));
    case Person:
        return m_names.people.value(r.personId, QString::number(r.personId));
    case Operations:
        return operationsText(r.operations);
    case GrantedBy:
        return m_names.accounts.value(r.grantedBy, tr("account %1").arg(r.grantedBy));
    case GrantedOn:
        return r.grantedOn.toString(Qt::ISODate);
    case ReviewDue:
        return r.reviewDue.toString(Qt::ISODate);
    case Status:
        return statusText(r);
    default:
        return {};
    }
}

QVariant AccessRightsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Person:
        return tr("Person");
    case Operations:
        return tr("Operations");
    case GrantedBy:
        return tr("Granted by");
    case GrantedOn:
        return tr("Granted on");
    case ReviewDue:
        return tr("Review due");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace mamori::ui
