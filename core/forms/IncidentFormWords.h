#pragma once

#include "incidents/IncidentService.h"

#include <QString>

namespace mamori {

struct ReportRules;

// The Japanese words the incident forms print. Forms are Japanese only, whatever the language of
// the program, so these are not translated (the GUI has its own tr() labels).
class IncidentFormWords {
public:
    static QString leakType(LeakType t);                 // 漏えい / 滅失 / 毀損
    static QString leakEvent(const IncidentDetails& d);  // 漏えい（おそれ）
    static QString medium(LeakMedium m);                 // 紙媒体 / 電子媒体 / 紙媒体及び電子媒体
    static QString contactMethod(ContactMethod m);       // 対面 / 電話 / ...
    static QString state(IncidentState s);
    static QString reportKind(ReportKind k);             // 速報 / 確報
    static QString publicationDecision(PublicationDecision d);
    static QString measureStatus(MeasureStatus s);
    // The regime as a report names it, with its statute.
    static QString regimeTitle(Regime r);
    // The law the regime's report is made under: 個人情報の保護に関する法律第68条第1項 / 番号法第29条の4第1項.
    static QString regimeBasis(Regime r);
    // The situation a ground describes, in the words of the rule it rests on.
    static QString ground(const QString& groundId, const ReportRules& rules);
};

} // namespace mamori
