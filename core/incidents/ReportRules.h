#pragma once

#include <QList>

namespace mamori {

// A month and day, for closed days that recur every year.
struct MonthDay {
    int month = 1;
    int day = 1;
    bool operator==(const MonthDay&) const = default;
};

// A range of closed days that recurs every year, inclusive; `to` before `from` wraps over the
// new year (12/29–1/3).
struct ClosedRange {
    MonthDay from;
    MonthDay to;
    bool operator==(const ClosedRange&) const = default;
};

// The numbers of the PPC reporting rules, kept as data: the brief marks the day-counting
// convention, the 30/60-day split and the closed days as unconfirmed [R], and a city may set
// them differently in its case file. Defaults are the product's definition (issue 4).
struct ReportRules {
    // Counted with the awareness date as day 1.
    int preliminaryDay = 5;            // 速報
    int finalDay = 30;                 // 確報
    int finalDayImproperPurpose = 60;  // 確報 when appi-43-3 / mynumber-2-2 applies
    // "More than N persons" (百人を超える): 101 persons are reportable, 100 are not.
    int appiPersonsThreshold = 100;
    int myNumberPersonsThreshold = 100;
    // A due day on any of these moves to the next day that is none of them.
    bool closedOnWeekends = true;
    bool closedOnNationalHolidays = true;
    QList<ClosedRange> closedRanges = yearEndClosure();
    bool operator==(const ReportRules&) const = default;

    // 12/29–1/3 (年末年始), the days city halls are closed.
    static QList<ClosedRange> yearEndClosure();
};

} // namespace mamori
