#pragma once

#include "incidents/ReportRules.h"

#include <QDate>
#include <utility>

namespace mamori {

// The PPC report deadlines counted from the awareness date (BRIEF §4): day 1 is the awareness
// date itself, weekends and holidays count, and a due day that falls on a closed day moves to the
// next open day.
class ReportDeadlines {
public:
    explicit ReportDeadlines(ReportRules rules = {}) : m_rules(std::move(rules)) {}
    const ReportRules& rules() const { return m_rules; }

    // Saturday, Sunday, a national holiday or a day of a closed range, as the rules say.
    bool isClosedDay(const QDate& date) const;
    // `date` itself when open, else the first open day after it.
    QDate nextOpenDay(const QDate& date) const;
    // Day `n` counting the awareness date as day 1, before any move.
    static QDate nthDay(const QDate& awareOn, int n);

    QDate preliminaryDue(const QDate& awareOn) const;
    QDate finalDue(const QDate& awareOn, bool improperPurpose) const;

private:
    bool inClosedRange(const QDate& date) const;
    ReportRules m_rules;
};

} // namespace mamori
