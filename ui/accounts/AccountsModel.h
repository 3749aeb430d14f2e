#pragma once

#include "accounts/AccountService.h"
#include "accounts/Role.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The officers' accounts, one row each, with roles shown under the city's own titles
// (AccountService::titles()) and the section they apply to.
class AccountsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Login, Name, Section, Roles, Status, ColumnCount };
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    explicit AccountsModel(mamori::CaseFile& file, QObject* parent = nullptr);

    // Reads the list again (core journals every listing). Throws mamori::Error, e.g.
    // PermissionDenied; the rows are then left empty.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const mamori::Account& account(int row) const { return m_accounts.at(row); }
    // -1 when no row has that login.
    int rowForLogin(const QString& login) const;
    // "保護管理者（市民課）、取扱職員（市民課）": titles with the section of section-scoped roles.
    QString rolesText(const mamori::Account& account) const;

private:
    mamori::CaseFile& m_file;
    QList<mamori::Account> m_accounts;
    QMap<mamori::Role, QString> m_titles;
    QMap<qint64, QString> m_sectionNames;
};

} // namespace mamori::ui
