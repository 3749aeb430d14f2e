#pragma once

#include "incidents/ReportRules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

// What the rules of BRIEF §3 look at. The GUI's investigation facts and `incident assess` both
// come down to this.
struct IncidentFacts {
    QDate awareOn;                       // day 1 of every deadline
    qint64 persons = 0;                  // 本人の数
    bool sensitive = false;              // 要配慮個人情報
    bool ordinanceSensitive = false;     // 条例要配慮個人情報
    bool ordinanceDefinesSensitive = false; // the city's ordinance defines such categories
    bool propertyDamageRisk = false;     // 財産的被害のおそれ
    bool improperPurpose = false;        // 不正の目的
    bool advancedEncryption = false;     // 高度な暗号化等: excludes the data from both rules
    bool myNumber = false;               // 特定個人情報 involved
    bool myNumberSystem = false;         // from the 情報提供ネットワークシステム or a number-use system
    bool publicExposure = false;         // viewable electronically by unspecified persons
    bool operator==(const IncidentFacts&) const = default;
};

enum class Regime { Appi, MyNumber };
// "appi", "my_number"
QString regimeKey(Regime r);

// One ground that makes an event reportable.
struct ReportGround {
    QString id;         // "appi-43-1" … "appi-43-5", "mynumber-2-1" … "mynumber-2-4"
    QString legalBasis; // the article it rests on, in Japanese, as printed on forms
    bool operator==(const ReportGround&) const = default;
};

// The verdict of one regime. Dates are invalid (null) when the event is not reportable.
struct RegimeAssessment {
    Regime regime = Regime::Appi;
    bool reportable = false;
    QList<ReportGround> grounds; // in the order of the rule's items
    QDate preliminaryDue;
    QDate finalDue;
    // APPI Art. 68(2) / My Number rule Art. 5: the individuals are notified whenever the event is
    // reportable. The exceptions (notice impracticable and a substitute measure taken; data exempt
    // from disclosure) are recorded per group in the incident, not decided here.
    bool notifyIndividuals = false;
    QStringList groundIds() const;
};

struct Assessment {
    RegimeAssessment appi;
    RegimeAssessment myNumber;
    bool anyReportable() const { return appi.reportable || myNumber.reportable; }
};

// Rule A (APPI, public bodies: Enforcement Rules Art. 43) and Rule B (My Number Act Art. 29-4,
// PPC rule Art. 2), each evaluated on its own. Pure: no case file, no clock.
class Reportability {
public:
    static Assessment assess(const IncidentFacts& facts, const ReportRules& rules = {});
    static RegimeAssessment assessAppi(const IncidentFacts& facts, const ReportRules& rules = {});
    static RegimeAssessment assessMyNumber(const IncidentFacts& facts, const ReportRules& rules = {});

    static QStringList groundIds(Regime regime);
    // The legal basis of a ground id (Japanese), empty for an unknown id.
    static QString legalBasis(const QString& groundId);
    // A one-line translated description of a ground, for the GUI and forms.
    static QString describe(const QString& groundId, const ReportRules& rules = {});
    // The ground whose presence doubles the final-report period (the improper-purpose item).
    static QString improperPurposeGround(Regime regime);
};

} // namespace mamori
