#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mamori {

// Canonical roles of the domain brief §2. The city's own titles (副市長, 課長, ...) are data
// bound to these in RoleTitles.
enum class Role {
    ExecutiveOwner,     // 総括保護管理者 / 最高総括責任者
    ProgramCoordinator, // 総括責任者 (Muko only)
    UnitManager,        // 保護管理者 / 保護責任者: one section
    UnitAssistant,      // 保護担当者 (Shiraoka only): one section
    Auditor,            // 監査責任者
    Handler,            // staff with access rights / 事務取扱担当者: one section
    Staff,              // 職員: one section
    SystemAdmin,        // 情報システムの管理者
};

QList<Role> allRoles();
// "UNIT_MANAGER" etc., as stored in the case file and accepted by mamori-cli.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
// Roles that apply to one section only; the others are city-wide.
bool isSectionScoped(Role role);

struct RoleAssignment {
    Role role;
    std::optional<qint64> sectionId; // set exactly when isSectionScoped(role)
    bool operator==(const RoleAssignment&) const = default;
};

} // namespace mamori
