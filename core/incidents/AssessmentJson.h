#pragma once

#include "incidents/Reportability.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace mamori {

// The JSON form of a reportability check, shared by `mamori-cli incident assess` and the GUI.
//
// Input: one object with `aware_at` (YYYY-MM-DD, required, not after `today`), `persons`
// (integer >= 0, required) and the booleans of inputKeys() (default false). Anything else — a
// missing or mistyped key, a negative or fractional count, an impossible date, an unknown key,
// text that is not one JSON object — throws InvalidArgument whose field() is the key.
//
// Output: {"appi": R, "my_number": R}, R = {"reportable", "grounds", "preliminary_due",
// "final_due", "notify_individuals"}; dates YYYY-MM-DD or null.
class AssessmentJson {
public:
    static QStringList inputKeys();
    static IncidentFacts parseFacts(const QByteArray& json, const QDate& today);
    static IncidentFacts factsFromObject(const QJsonObject& object, const QDate& today);
    static QJsonObject toJson(const Assessment& assessment);
    static QJsonObject toJson(const RegimeAssessment& regime);
};

} // namespace mamori
