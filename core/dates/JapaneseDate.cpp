#include "dates/JapaneseDate.h"

#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace mamori {

namespace {
QString toQString(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// ICU builds a date format from the locale's data (number formats, era names): about a
// millisecond each, which made a 1,000-row ledger spend most of its time here. One formatter per
// pattern and calendar is kept per thread (a SimpleDateFormat may not be shared between threads).
icu::SimpleDateFormat* formatter(const char* pattern, bool japaneseCalendar)
{
    thread_local std::map<std::pair<std::string, bool>, std::unique_ptr<icu::SimpleDateFormat>> cache;
    std::unique_ptr<icu::SimpleDateFormat>& slot = cache[{pattern, japaneseCalendar}];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(japaneseCalendar ? "ja_JP@calendar=japanese" : "ja_JP@calendar=gregorian");
        const icu::UnicodeString pat = icu::UnicodeString::fromUTF8(pattern);
        // "y=jpanyear" makes ICU print the first year of an era as 元.
        auto fmt = japaneseCalendar
                       ? std::make_unique<icu::SimpleDateFormat>(pat, icu::UnicodeString("y=jpanyear"), locale, status)
                       : std::make_unique<icu::SimpleDateFormat>(pat, locale, status);
        if (U_FAILURE(status))
            return nullptr;
        fmt->setTimeZone(*icu::TimeZone::getGMT());
        slot = std::move(fmt);
    }
    return slot.get();
}

// Formats a civil date (no time zone involved): noon UTC of that day, formatted in UTC.
QString icuFormat(const QDate& date, const char* pattern, bool japaneseCalendar)
{
    icu::SimpleDateFormat* fmt = formatter(pattern, japaneseCalendar);
    if (!fmt)
        return date.toString(Qt::ISODate);
    const UDate when = static_cast<UDate>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    icu::UnicodeString out;
    fmt->format(when, out);
    return toQString(out);
}
} // namespace

QString JapaneseDate::format(const QDate& date, DateStyle style)
{
    if (!date.isValid())
        return QString();
    return style == DateStyle::Wareki ? icuFormat(date, "GGGGy年M月d日", true) : icuFormat(date, "y年M月d日", false);
}

QString JapaneseDate::formatDateTime(const QDateTime& t, DateStyle style)
{
    if (!t.isValid())
        return QString();
    const QDateTime local = t.toLocalTime();
    return format(local.date(), style) + QStringLiteral(" ") +
           QStringLiteral("%1時%2分").arg(local.time().hour(), 2, 10, QLatin1Char('0')).arg(local.time().minute(), 2, 10, QLatin1Char('0'));
}

QString JapaneseDate::eraName(const QDate& date)
{
    return icuFormat(date, "GGGG", true);
}

} // namespace mamori
