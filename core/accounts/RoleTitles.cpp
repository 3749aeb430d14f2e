#include "accounts/RoleTitles.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace mamori {

QStringList RoleTitles::presetNames()
{
    return {QStringLiteral("shiraoka"), QStringLiteral("muko")};
}

QMap<Role, QString> RoleTitles::preset(const QString& name)
{
    if (name == QLatin1String("shiraoka")) // seed 000 Art. 3-6, 9, 4(4)
        return {{Role::ExecutiveOwner, QStringLiteral("総括保護管理者")},
                {Role::UnitManager, QStringLiteral("保護管理者")},
                {Role::UnitAssistant, QStringLiteral("保護担当者")},
                {Role::Auditor, QStringLiteral("監査責任者")},
                {Role::Handler, QStringLiteral("取扱職員")},
                {Role::Staff, QStringLiteral("職員")},
                {Role::SystemAdmin, QStringLiteral("情報システム管理者")}};
    if (name == QLatin1String("muko")) // seed 002 Art. 3-8
        return {{Role::ExecutiveOwner, QStringLiteral("最高総括責任者")},
                {Role::ProgramCoordinator, QStringLiteral("総括責任者")},
                {Role::UnitManager, QStringLiteral("保護責任者")},
                {Role::Auditor, QStringLiteral("監査責任者")},
                {Role::Handler, QStringLiteral("事務取扱担当者")},
                {Role::Staff, QStringLiteral("職員")},
                {Role::SystemAdmin, QStringLiteral("システム管理者")}};
    throw Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate("mamori::RoleTitles", "Unknown title preset \"%1\" (use shiraoka or muko).")
                    .arg(name))
        .withField(QStringLiteral("preset"));
}

QString RoleTitles::titleOr(const QMap<Role, QString>& titles, Role role)
{
    return titles.value(role, roleKey(role));
}

} // namespace mamori
