#pragma once

#include "accounts/Role.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

struct Account {
    qint64 id = 0;
    QString login;
    QString displayName;
    std::optional<qint64> sectionId;
    QString sectionName;
    QList<RoleAssignment> roles;
    bool disabled = false;
    QDateTime createdAt;
    QDateTime passwordChangedAt;
};

struct NewAccount {
    QString login;
    QString displayName;
    std::optional<qint64> sectionId;
    QList<RoleAssignment> roles;
};

// Officer accounts. Each account has a key slot; adding one wraps the data key under its
// password, disabling removes the slot (the record and its journal history stay).
class AccountService {
public:
    explicit AccountService(CaseFile& file) : m_file(file) {}

    QList<Account> list(const Session& actor);
    Account get(const Session& actor, qint64 id);
    std::optional<qint64> idForLogin(const QString& login);
    Account add(const Session& actor, const NewAccount& account, const SecureBytes& password);
    void disable(const Session& actor, qint64 id);
    void setRoles(const Session& actor, qint64 id, const QList<RoleAssignment>& roles);
    // The account holder changes their own password (the current one is checked again).
    void changeOwnPassword(const Session& actor, const SecureBytes& current, const SecureBytes& next);
    // An administrator (or the recovery session) sets a new password; re-enables the account.
    void resetPassword(const Session& actor, qint64 id, const SecureBytes& next);

    QMap<Role, QString> titles();

    // Validation shared with case creation and the UI; throw InvalidArgument / WeakPassword.
    static void validateNewLogin(const QString& login);
    static void validateDisplayName(const QString& name);
    static void validatePassword(const SecureBytes& password, const QString& login, int minLength);

    // Used by CaseFile::create inside its transaction.
    qint64 insertAccountRow(const QString& login, const QString& displayName, std::optional<qint64> sectionId,
                            const QList<RoleAssignment>& roles);

private:
    void validateRoles(const QList<RoleAssignment>& roles);
    void writeRoles(qint64 id, const QList<RoleAssignment>& roles);
    int activeAdminCount();
    CaseFile& m_file;
};

QString describeRoles(const QList<RoleAssignment>& roles);

} // namespace mamori
