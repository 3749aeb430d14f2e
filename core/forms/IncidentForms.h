#pragma once

#include "forms/FormSpec.h"
#include "incidents/IncidentService.h"

namespace mamori {

class CaseFile;
class Session;

// The printed forms of a leak incident (issue 4; seed 000 Art. 37–39, seed 002 Art. 13). Each
// reads the incident through IncidentService::get (ReadPersonalData for its section; the view is
// journaled) and journals the print (entity "incident"). Forms are Japanese, dated in the case
// file's date style.
class IncidentForms {
public:
    // 事案報告書 to the head of the body: the facts, containment, each step of the escalation
    // chain, the latest assessment of both regimes, the PPC reports, notices, publication and
    // prevention measures, with seal boxes for the section's unit manager and every officer of
    // the case file's escalation chain.
    static FormSpec incidentReport(CaseFile& file, const Session& actor, qint64 id);
    // 個人情報保護委員会への漏えい等報告 (速報 or 確報) from the filed report(s) of that kind: one
    // clearly numbered section per regime when both the APPI and the My Number report were filed.
    // Refused (Conflict, field "kind") while no report of that kind has been filed.
    static FormSpec ppcReport(CaseFile& file, const Session& actor, qint64 id, ReportKind kind);
    // 本人への通知: one letter per group notified (each starting on a new page), addressed to
    // 「（対象者）様」 (individuals' names are not stored); one letter for all affected persons
    // while no group has been recorded yet. My Number cases add how to ask for a new number
    // (番号法第7条第2項).
    static FormSpec noticeLetter(CaseFile& file, const Session& actor, qint64 id);

    // The head of the body as addressed on forms: the organisation's name with 長 (白岡市 →
    // 白岡市長); the chain's title for the head (市長) when the case file names no organisation.
    static QString headOfBody(CaseFile& file);
};

} // namespace mamori
