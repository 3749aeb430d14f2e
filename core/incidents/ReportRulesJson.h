#pragma once

#include "incidents/ReportRules.h"

#include <QJsonObject>

namespace mamori {

// A case file's reporting rules as stored (incident_settings 'report_rules') and as the CLI
// prints and reads them:
//   {"preliminary_day": 5, "final_day": 30, "final_day_improper_purpose": 60,
//    "appi_persons_threshold": 100, "my_number_persons_threshold": 100,
//    "closed_on_weekends": true, "closed_on_national_holidays": true,
//    "closed_ranges": ["12-29/01-03"]}
// A key left out keeps the product's default.
class ReportRulesJson {
public:
    static QJsonObject toJson(const ReportRules& rules);
    // InvalidArgument naming the key (as the field) for an unknown key, a mistyped value or a
    // rule that makes no sense (a final report due before the preliminary one, day 0, 2/30).
    static ReportRules fromJson(const QJsonObject& json, const ReportRules& base = {});
    static void validate(const ReportRules& rules);
    // One rule's value as JSON text (5, true, ["12-29/01-03"]), for the journal and the CLI table.
    static QString valueText(const QJsonValue& value);
};

} // namespace mamori
