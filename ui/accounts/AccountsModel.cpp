#include "accounts/AccountsModel.h"

#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

#include <QBrush>
#include <QPalette>

namespace mamori::ui {

AccountsModel::AccountsModel(CaseFile& file, QObject* parent)
    : QAbstractTableModel(parent), m_file(file) {}

void AccountsModel::reload() {
    beginResetModel();
    m_accounts.clear();
    try {
        m_titles = m_file.accounts().titles();
        m_sectionNames.clear();
        for (const mamori::Section& s : m_file.sections().list())
            m_sectionNames.insert(s.id, s.name);
        m_accounts = m_file.accounts().list(m_file.session());
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

int AccountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::rolesText(const Account& account) const {
    QStringList parts;
    for (const RoleAssignment& r : account.roles) {
        const QString title = RoleTitles::titleOr(m_titles, r.role);
        parts << (r.sectionId ? tr("%1 (%2)").arg(title, m_sectionNames.value(*r.sectionId))
                              : title);
    }
    return parts.join(tr(", "));
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& a = m_accounts.at(index.row());
    if (role == AccountIdRole)
        return a.id;
    if (role == Qt::ForegroundRole)
        return a.disabled ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Login:
        return a.login;
    case Name:
        return a.displayName;
    case Section:
        return a.sectionName;
    case Roles:
        return rolesText(a);
    case Status:
        return a.disabled ? tr("Disabled") : tr("Active");
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Section:
        return tr("Section");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

int AccountsModel::rowForLogin(const QString& login) const {
    for (int i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].login == login)
            return i;
    return -1;
}

} // namespace mamori::ui
