#pragma once

#include "accounts/Role.h"

#include <QList>
#include <QString>
#include <optional>

namespace mamori {

// The stored stage of an incident (BRIEF §5.1). Reports, notices and the publication decision
// are records kept beside the stage, not stages of their own: with two regimes reported in
// parallel a single "PRELIM_SUBMITTED" could not say which; what is still due is computed
// (IncidentService::missingForClose) instead.
enum class IncidentState { UnitNotified, Contained, Escalated, Investigating, Assessed, Prevention, Closed };
QList<IncidentState> allIncidentStates();
// "UNIT_NOTIFIED", "CONTAINED", "ESCALATED", "INVESTIGATING", "ASSESSED", "PREVENTION", "CLOSED"
QString incidentStateKey(IncidentState s);
std::optional<IncidentState> incidentStateFromKey(const QString& key);

// What can be done to an incident.
enum class IncidentAction {
    Report,           // anyone: opens the incident (staff → unit manager, 000 Art. 37(1); 002 Art. 13(1))
    Contain,          // record a containment action (000 Art. 37(2))
    Escalate,         // record the next step of the escalation chain
    RecordFacts,      // investigation facts (002 Art. 13(3))
    Assess,           // evaluate Rule A and Rule B on the current facts
    FileReport,       // 速報 / 確報 to the PPC, on behalf of the head of the body
    RecordNotice,     // notice to individuals or the substitute measure
    DecidePublication,// 公表 (000 Art. 39)
    RecordPrevention, // recurrence prevention measures (000 Art. 37(5))
    Close,
};
QList<IncidentAction> allIncidentActions();
// "report", "contain", ... as journaled and shown in refusals.
QString incidentActionKey(IncidentAction a);

// The state machine as data, so that the table of transitions can be tested cell by cell.
class IncidentWorkflow {
public:
    // Whether `action` may be taken in `state`.
    static bool allows(IncidentAction action, IncidentState state);
    // The state after `action` in `state` (the same state when the action records without
    // moving the incident on). Only meaningful when allows() is true.
    static IncidentState after(IncidentAction action, IncidentState state);

    // Where a role may take an action: nowhere, on incidents of its own section, or on every
    // incident. Escalate is not in this table: each step of the chain belongs to the role that
    // received the step before (see IncidentService::escalate).
    enum class Reach { None, OwnSection, All };
    static Reach reach(Role role, IncidentAction action);
};

} // namespace mamori
