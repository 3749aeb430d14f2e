#include "incidents/ReportDeadlines.h"

#include "incidents/JapaneseHolidays.h"

namespace mamori {

namespace {
int ordinal(const MonthDay& md)
{
    return md.month * 100 + md.day;
}
} // namespace

QList<ClosedRange> ReportRules::yearEndClosure()
{
    QList<ClosedRange> ranges;
    ranges.append(ClosedRange{MonthDay{12, 29}, MonthDay{1, 3}});
    return ranges;
}

bool ReportDeadlines::inClosedRange(const QDate& date) const
{
    const int d = date.month() * 100 + date.day();
    for (const ClosedRange& r : m_rules.closedRanges) {
        const int from = ordinal(r.from);
        const int to = ordinal(r.to);
        const bool inside = from <= to ? (d >= from && d <= to) : (d >= from || d <= to);
        if (inside)
            return true;
    }
    return false;
}

bool ReportDeadlines::isClosedDay(const QDate& date) const
{
    if (m_rules.closedOnWeekends && date.dayOfWeek() >= Qt::Saturday)
        return true;
    if (m_rules.closedOnNationalHolidays && JapaneseHolidays::isHoliday(date))
        return true;
    return inClosedRange(date);
}

QDate ReportDeadlines::nextOpenDay(const QDate& date) const
{
    if (!date.isValid())
        return {};
    QDate d = date;
    // A year has far fewer closed days than this; the bound only guards against rules that
    // close every day (a range covering the whole year).
    for (int i = 0; i < 366 && isClosedDay(d); ++i)
        d = d.addDays(1);
    return isClosedDay(d) ? QDate() : d;
}

QDate ReportDeadlines::nthDay(const QDate& awareOn, int n)
{
    return awareOn.isValid() ? awareOn.addDays(n - 1) : QDate();
}

QDate ReportDeadlines::preliminaryDue(const QDate& awareOn) const
{
    return nextOpenDay(nthDay(awareOn, m_rules.preliminaryDay));
}

QDate ReportDeadlines::finalDue(const QDate& awareOn, bool improperPurpose) const
{
    return nextOpenDay(nthDay(awareOn, improperPurpose ? m_rules.finalDayImproperPurpose : m_rules.finalDay));
}

} // namespace mamori
