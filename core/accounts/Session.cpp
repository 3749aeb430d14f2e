#include "accounts/Session.h"

namespace mamori {

Session::Session(qint64 accountId, QString login, QString displayName, QList<RoleAssignment> roles,
                 bool adminReadsPersonalData)
    : m_accountId(accountId), m_login(std::move(login)), m_displayName(std::move(displayName)),
      m_roles(std::move(roles)), m_adminReadsPersonalData(adminReadsPersonalData)
{
}

Session Session::recovery()
{
    Session s;
    s.m_login = QStringLiteral("(recovery)");
    s.m_displayName = s.m_login;
    s.m_recovery = true;
    return s;
}

bool Session::hasRole(Role role) const
{
    for (const RoleAssignment& r : m_roles)
        if (r.role == role)
            return true;
    return false;
}

bool Session::can(Permission p, std::optional<qint64> section) const
{
    if (m_recovery)
        return p == Permission::ManageAccounts || p == Permission::ViewAccounts;
    for (const RoleAssignment& r : m_roles) {
        const bool same = section.has_value() && r.sectionId.has_value() && *section == *r.sectionId;
        if (roleGrants(r.role, p, same, m_adminReadsPersonalData))
            return true;
    }
    return false;
}

Session::Scope Session::scope(Permission p) const
{
    Scope s;
    if (m_recovery)
        return s;
    for (const RoleAssignment& r : m_roles) {
        // A grant that holds for a different section reaches the whole city.
        if (roleGrants(r.role, p, false, m_adminReadsPersonalData)) {
            s.all = true;
            s.sections.clear();
            return s;
        }
        if (r.sectionId && roleGrants(r.role, p, true, m_adminReadsPersonalData) &&
            !s.sections.contains(*r.sectionId))
            s.sections.append(*r.sectionId);
    }
    return s;
}

} // namespace mamori
