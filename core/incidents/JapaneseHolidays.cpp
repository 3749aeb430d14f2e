#include "incidents/JapaneseHolidays.h"

#include <algorithm>

namespace mamori {

namespace {

using Kind = JapaneseHoliday::Kind;

// The n-th Monday of a month (Happy Monday system, 2000 and 2003 amendments).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toMonday = (8 - first.dayOfWeek()) % 7;
    return first.addDays(toMonday + 7 * (n - 1));
}

// The equinox day by the approximation formula used by the National Astronomical Observatory's
// almanac: floor(c + 0.242194 (Y - 1980) - leap days since the reference year). The leap term
// truncates toward zero, as the published formula's INT does: that matters before 1980.
int equinoxDay(int year, double c1900, double c1980, double c2100)
{
    const double c = year < 1980 ? c1900 : (year < 2100 ? c1980 : c2100);
    const int leap = year < 1980 ? (year - 1983) / 4 : (year - 1980) / 4;
    return static_cast<int>(c + 0.242194 * (year - 1980) - leap);
}

// Art. 2 of the Act (and the special acts of one-off days), before substitutes and sandwiches.
QList<JapaneseHoliday> nationalHolidays(int year)
{
    QList<JapaneseHoliday> out;
    auto add = [&](const QDate& date, const QString& name) { out.append({date, name, Kind::National}); };

    add(QDate(year, 1, 1), QStringLiteral("元日"));
    add(year < 2000 ? QDate(year, 1, 15) : nthMonday(year, 1, 2), QStringLiteral("成人の日"));
    if (year >= 1967)
        add(QDate(year, 2, 11), QStringLiteral("建国記念の日"));
    if (year >= 2020)
        add(QDate(year, 2, 23), QStringLiteral("天皇誕生日"));
    add(JapaneseHolidays::vernalEquinox(year), QStringLiteral("春分の日"));
    if (year <= 1988)
        add(QDate(year, 4, 29), QStringLiteral("天皇誕生日"));
    else if (year <= 2006)
        add(QDate(year, 4, 29), QStringLiteral("みどりの日"));
    else
        add(QDate(year, 4, 29), QStringLiteral("昭和の日"));
    add(QDate(year, 5, 3), QStringLiteral("憲法記念日"));
    if (year >= 2007)
        add(QDate(year, 5, 4), QStringLiteral("みどりの日"));
    add(QDate(year, 5, 5), QStringLiteral("こどもの日"));

    // 2020 and 2021: moved around the Tokyo Olympics by the special measures act.
    if (year == 2020)
        add(QDate(2020, 7, 23), QStringLiteral("海の日"));
    else if (year == 2021)
        add(QDate(2021, 7, 22), QStringLiteral("海の日"));
    else if (year >= 2003)
        add(nthMonday(year, 7, 3), QStringLiteral("海の日"));
    else if (year >= 1996)
        add(QDate(year, 7, 20), QStringLiteral("海の日"));

    if (year == 2020)
        add(QDate(2020, 8, 10), QStringLiteral("山の日"));
    else if (year == 2021)
        add(QDate(2021, 8, 8), QStringLiteral("山の日"));
    else if (year >= 2016)
        add(QDate(year, 8, 11), QStringLiteral("山の日"));

    if (year >= 2003)
        add(nthMonday(year, 9, 3), QStringLiteral("敬老の日"));
    else if (year >= 1966)
        add(QDate(year, 9, 15), QStringLiteral("敬老の日"));
    add(JapaneseHolidays::autumnalEquinox(year), QStringLiteral("秋分の日"));

    if (year == 2020)
        add(QDate(2020, 7, 24), QStringLiteral("スポーツの日"));
    else if (year == 2021)
        add(QDate(2021, 7, 23), QStringLiteral("スポーツの日"));
    else if (year >= 2020)
        add(nthMonday(year, 10, 2), QStringLiteral("スポーツの日"));
    else if (year >= 2000)
        add(nthMonday(year, 10, 2), QStringLiteral("体育の日"));
    else if (year >= 1966)
        add(QDate(year, 10, 10), QStringLiteral("体育の日"));

    add(QDate(year, 11, 3), QStringLiteral("文化の日"));
    add(QDate(year, 11, 23), QStringLiteral("勤労感謝の日"));
    if (year >= 1989 && year <= 2018)
        add(QDate(year, 12, 23), QStringLiteral("天皇誕生日"));

    // One-off days set by special acts.
    static const struct {
        int y, m, d;
        const char16_t* name;
    } special[] = {
        {1959, 4, 10, u"皇太子明仁親王の結婚の儀"},
        {1989, 2, 24, u"昭和天皇の大喪の礼"},
        {1990, 11, 12, u"即位礼正殿の儀"},
        {1993, 6, 9, u"皇太子徳仁親王の結婚の儀"},
        {2019, 5, 1, u"天皇の即位の日"},
        {2019, 10, 22, u"即位礼正殿の儀の行われる日"},
    };
    for (const auto& s : special)
        if (s.y == year)
            add(QDate(s.y, s.m, s.d), QString::fromUtf16(s.name));

    std::sort(out.begin(), out.end(), [](const JapaneseHoliday& a, const JapaneseHoliday& b) { return a.date < b.date; });
    return out;
}

bool contains(const QList<JapaneseHoliday>& list, const QDate& date)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const JapaneseHoliday& h) { return h.date == date; });
}

} // namespace

QDate JapaneseHolidays::vernalEquinox(int year)
{
    if (year < 1900 || year > 2150)
        return {};
    return QDate(year, 3, equinoxDay(year, 20.8357, 20.8431, 21.8510));
}

QDate JapaneseHolidays::autumnalEquinox(int year)
{
    if (year < 1900 || year > 2150)
        return {};
    return QDate(year, 9, equinoxDay(year, 23.2588, 23.2488, 24.2488));
}

QList<JapaneseHoliday> JapaneseHolidays::inYear(int year)
{
    if (year < supportedFrom() || year > supportedTo())
        return {};
    const QList<JapaneseHoliday> national = nationalHolidays(year);
    QList<JapaneseHoliday> extra;

    // 振替休日 (Art. 3(2)), in force from 1973-04-12. Until 2006 only the Monday after; since
    // 2007 the nearest following day that is not a national holiday (5/3 on a Sunday → 5/6).
    const QDate substitutesFrom(1973, 4, 12);
    for (const JapaneseHoliday& h : national) {
        if (h.date.dayOfWeek() != Qt::Sunday || h.date < substitutesFrom)
            continue;
        QDate next = h.date.addDays(1);
        if (year >= 2007)
            while (contains(national, next))
                next = next.addDays(1);
        if (!contains(national, next) && !contains(extra, next))
            extra.append({next, QStringLiteral("振替休日"), Kind::Substitute});
    }

    // 国民の休日 (Art. 3(3)), in force from 1985-12-27: a day whose day before and day after are
    // national holidays. Until 2006 Sundays and substitute holidays were excluded.
    const QDate citizensFrom(1985, 12, 27);
    for (const JapaneseHoliday& h : national) {
        const QDate day = h.date.addDays(1);
        if (day < citizensFrom || day.year() != year || !contains(national, day.addDays(1)) || contains(national, day)
            || contains(extra, day))
            continue;
        if (year < 2007 && day.dayOfWeek() == Qt::Sunday)
            continue;
        extra.append({day, QStringLiteral("国民の休日"), Kind::Citizens});
    }

    QList<JapaneseHoliday> all = national + extra;
    std::sort(all.begin(), all.end(), [](const JapaneseHoliday& a, const JapaneseHoliday& b) { return a.date < b.date; });
    return all;
}

bool JapaneseHolidays::isHoliday(const QDate& date)
{
    return date.isValid() && contains(inYear(date.year()), date);
}

QString JapaneseHolidays::nameOf(const QDate& date)
{
    if (!date.isValid())
        return {};
    for (const JapaneseHoliday& h : inYear(date.year()))
        if (h.date == date)
            return h.name;
    return {};
}

} // namespace mamori
