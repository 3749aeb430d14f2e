#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace mamori {

// One day off under the Act on National Holidays (国民の祝日に関する法律).
struct JapaneseHoliday {
    enum class Kind {
        National,   // 国民の祝日 (Art. 2), including one-off days set by special acts
        Substitute, // 振替休日 (Art. 3(2)): the next non-holiday after a holiday on a Sunday
        Citizens,   // 国民の休日 (Art. 3(3)): a day sandwiched between two national holidays
    };
    QDate date;
    QString name; // the legal name in Japanese, e.g. 春分の日, 振替休日
    Kind kind = Kind::National;
    bool operator==(const JapaneseHoliday&) const = default;
};

// Japan's national holidays computed by rule, so that deadlines stay right in years no list was
// shipped for. The rules follow the Act as amended (Happy Monday days from 2000/2003, 昭和の日
// from 2007, 山の日 from 2016, 天皇誕生日 on 2/23 from 2020, the Olympic moves of 2020 and 2021,
// the 2019 enthronement days). The equinoxes use the standard approximation formula, which
// matches the dates the National Astronomical Observatory announces for 1900–2150: outside
// supportedFrom()..supportedTo() no holidays are known and the lists are empty.
class JapaneseHolidays {
public:
    static int supportedFrom() { return 1949; }
    static int supportedTo() { return 2150; }

    // Every holiday of `year`, in date order.
    static QList<JapaneseHoliday> inYear(int year);
    static bool isHoliday(const QDate& date);
    // The holiday's name, or an empty string when `date` is no holiday.
    static QString nameOf(const QDate& date);

    // 春分日 / 秋分日; an invalid date outside supportedFrom()..supportedTo().
    static QDate vernalEquinox(int year);
    static QDate autumnalEquinox(int year);
};

} // namespace mamori
