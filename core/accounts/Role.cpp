#include "accounts/Role.h"

namespace mamori {

QList<Role> allRoles()
{
    return {Role::ExecutiveOwner, Role::ProgramCoordinator, Role::UnitManager, Role::UnitAssistant,
            Role::Auditor,        Role::Handler,            Role::Staff,       Role::SystemAdmin};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::ExecutiveOwner: return QStringLiteral("EXECUTIVE_OWNER");
    case Role::ProgramCoordinator: return QStringLiteral("PROGRAM_COORDINATOR");
    case Role::UnitManager: return QStringLiteral("UNIT_MANAGER");
    case Role::UnitAssistant: return QStringLiteral("UNIT_ASSISTANT");
    case Role::Auditor: return QStringLiteral("AUDITOR");
    case Role::Handler: return QStringLiteral("HANDLER");
    case Role::Staff: return QStringLiteral("STAFF");
    case Role::SystemAdmin: return QStringLiteral("SYSTEM_ADMIN");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles())
        if (roleKey(r) == key.trimmed().toUpper())
            return r;
    return std::nullopt;
}

bool isSectionScoped(Role role)
{
    return role == Role::UnitManager || role == Role::UnitAssistant || role == Role::Handler ||
           role == Role::Staff;
}

} // namespace mamori
