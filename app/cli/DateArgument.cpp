#include "DateArgument.h"

#include "CliError.h"

#include <QTimeZone>

namespace mamori::cli {

QDateTime DateArgument::parse(const QString& text, Bound bound, const QString& option)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10) {
        return bound == Bound::Start ? day.startOfDay(QTimeZone::systemTimeZone())
                                     : day.endOfDay(QTimeZone::systemTimeZone());
    }
    // Accept "2025-11-23 09:00" as well as the T form.
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid() || iso.size() <= 10)
        throw CliError::usage(tr("--%1 takes a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][Z]), not \"%2\".")
                                  .arg(option, text));
    return at;
}

} // namespace mamori::cli
