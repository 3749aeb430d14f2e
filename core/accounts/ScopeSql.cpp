#include "accounts/ScopeSql.h"

#include <QStringList>

namespace mamori {

QString scopeSql(const Session::Scope& scope, const QString& column)
{
    if (scope.all)
        return QStringLiteral("1");
    QStringList ids;
    for (qint64 id : scope.sections)
        ids << QString::number(id);
    return QStringLiteral("%1 IN (%2)").arg(column, ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(',')));
}

} // namespace mamori
