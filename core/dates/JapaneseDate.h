#pragma once

#include "settings/CaseSettings.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mamori {

// Dates as Japanese forms print them. 和暦 comes from ICU's Japanese calendar
// (ja_JP@calendar=japanese), so era boundaries are ICU's, not ours; the first year of an era is
// written 元年 (令和元年5月1日), as on official documents.
class JapaneseDate {
public:
    static QString format(const QDate& date, DateStyle style);           // 令和7年11月23日 / 2025年11月23日
    static QString formatDateTime(const QDateTime& t, DateStyle style);  // ... 14時05分 (local time)
    // Era name alone, e.g. 令和 (for headers that print 令和　年　月　日 blanks).
    static QString eraName(const QDate& date);
};

} // namespace mamori
