#pragma once

#include "accounts/Permission.h"
#include "accounts/Role.h"

#include <QList>
#include <QString>
#include <optional>

namespace mamori {

// Who is acting. Every service call takes one; core decides from it what is allowed.
class Session {
public:
    Session() = default;
    Session(qint64 accountId, QString login, QString displayName, QList<RoleAssignment> roles,
            bool adminReadsPersonalData);
    // The identity used after opening with the recovery code: may reset accounts, nothing else.
    static Session recovery();

    qint64 accountId() const { return m_accountId; }
    const QString& login() const { return m_login; }
    const QString& displayName() const { return m_displayName; }
    const QList<RoleAssignment>& roles() const { return m_roles; }
    bool isRecovery() const { return m_recovery; }
    bool hasRole(Role role) const;

    // `section`: the section of the record concerned; nullopt for city-wide actions.
    bool can(Permission p, std::optional<qint64> section = std::nullopt) const;
    // Sections in which a section-scoped permission is held; `all` set when it reaches the city.
    struct Scope {
        bool all = false;
        QList<qint64> sections;
        bool isEmpty() const { return !all && sections.isEmpty(); }
    };
    Scope scope(Permission p) const;

private:
    qint64 m_accountId = 0;
    QString m_login;
    QString m_displayName;
    QList<RoleAssignment> m_roles;
    bool m_adminReadsPersonalData = false;
    bool m_recovery = false;
};

} // namespace mamori
