#include "organisation/EmploymentType.h"

namespace mamori {

QList<EmploymentType> allEmploymentTypes()
{
    return {EmploymentType::Regular, EmploymentType::FiscalYear, EmploymentType::Dispatched, EmploymentType::Temporary};
}

QString employmentKey(EmploymentType type)
{
    switch (type) {
    case EmploymentType::Regular: return QStringLiteral("REGULAR");
    case EmploymentType::FiscalYear: return QStringLiteral("FISCAL_YEAR");
    case EmploymentType::Dispatched: return QStringLiteral("DISPATCHED");
    case EmploymentType::Temporary: return QStringLiteral("TEMPORARY");
    }
    return QString();
}

std::optional<EmploymentType> employmentFromKey(const QString& key)
{
    for (EmploymentType t : allEmploymentTypes())
        if (employmentKey(t) == key)
            return t;
    return std::nullopt;
}

QString employmentLabel(EmploymentType type)
{
    switch (type) {
    case EmploymentType::Regular: return QStringLiteral("正規");
    case EmploymentType::FiscalYear: return QStringLiteral("会計年度任用");
    case EmploymentType::Dispatched: return QStringLiteral("派遣");
    case EmploymentType::Temporary: return QStringLiteral("臨時");
    }
    return QString();
}

std::optional<EmploymentType> employmentFromCsvWord(const QString& word)
{
    const QString w = word.trimmed();
    for (EmploymentType t : allEmploymentTypes())
        if (employmentLabel(t) == w || employmentKey(t).compare(w, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

} // namespace mamori
