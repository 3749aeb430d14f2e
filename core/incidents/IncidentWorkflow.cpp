#include "incidents/IncidentWorkflow.h"

namespace mamori {

QList<IncidentState> allIncidentStates()
{
    return {IncidentState::UnitNotified, IncidentState::Contained,  IncidentState::Escalated, IncidentState::Investigating,
            IncidentState::Assessed,     IncidentState::Prevention, IncidentState::Closed};
}

QString incidentStateKey(IncidentState s)
{
    switch (s) {
    case IncidentState::UnitNotified: return QStringLiteral("UNIT_NOTIFIED");
    case IncidentState::Contained: return QStringLiteral("CONTAINED");
    case IncidentState::Escalated: return QStringLiteral("ESCALATED");
    case IncidentState::Investigating: return QStringLiteral("INVESTIGATING");
    case IncidentState::Assessed: return QStringLiteral("ASSESSED");
    case IncidentState::Prevention: return QStringLiteral("PREVENTION");
    case IncidentState::Closed: break;
    }
    return QStringLiteral("CLOSED");
}

std::optional<IncidentState> incidentStateFromKey(const QString& key)
{
    for (IncidentState s : allIncidentStates())
        if (incidentStateKey(s) == key)
            return s;
    return std::nullopt;
}

QList<IncidentAction> allIncidentActions()
{
    return {IncidentAction::Report,       IncidentAction::Contain,      IncidentAction::Escalate,
            IncidentAction::RecordFacts,  IncidentAction::Assess,       IncidentAction::FileReport,
            IncidentAction::RecordNotice, IncidentAction::DecidePublication, IncidentAction::RecordPrevention,
            IncidentAction::Close};
}

QString incidentActionKey(IncidentAction a)
{
    switch (a) {
    case IncidentAction::Report: return QStringLiteral("report");
    case IncidentAction::Contain: return QStringLiteral("contain");
    case IncidentAction::Escalate: return QStringLiteral("escalate");
    case IncidentAction::RecordFacts: return QStringLiteral("record-facts");
    case IncidentAction::Assess: return QStringLiteral("assess");
    case IncidentAction::FileReport: return QStringLiteral("file-report");
    case IncidentAction::RecordNotice: return QStringLiteral("record-notice");
    case IncidentAction::DecidePublication: return QStringLiteral("decide-publication");
    case IncidentAction::RecordPrevention: return QStringLiteral("record-prevention");
    case IncidentAction::Close: break;
    }
    return QStringLiteral("close");
}

namespace {
int rank(IncidentState s)
{
    return static_cast<int>(s);
}

// Open and at least at `from`.
bool openFrom(IncidentState s, IncidentState from)
{
    return s != IncidentState::Closed && rank(s) >= rank(from);
}
} // namespace

bool IncidentWorkflow::allows(IncidentAction action, IncidentState s)
{
    switch (action) {
    case IncidentAction::Report: return false; // creates an incident; never applies to one
    // Containment goes on for as long as it takes, from the first report.
    case IncidentAction::Contain: return openFrom(s, IncidentState::UnitNotified);
    // The chain is told once the damage is contained; later steps follow in any open stage.
    case IncidentAction::Escalate: return openFrom(s, IncidentState::Contained);
    // Facts can change at any time after escalation ("any state can loop back to ASSESSED").
    case IncidentAction::RecordFacts: return openFrom(s, IncidentState::Escalated);
    case IncidentAction::Assess: return openFrom(s, IncidentState::Investigating);
    case IncidentAction::FileReport:
    case IncidentAction::RecordNotice:
    case IncidentAction::DecidePublication:
    case IncidentAction::RecordPrevention: return openFrom(s, IncidentState::Assessed);
    // Closing is checked against what is missing (IncidentService::missingForClose), which
    // lists every step still due whatever the stage.
    case IncidentAction::Close: return s != IncidentState::Closed;
    }
    return false;
}

IncidentState IncidentWorkflow::after(IncidentAction action, IncidentState s)
{
    switch (action) {
    case IncidentAction::Report: return IncidentState::UnitNotified;
    case IncidentAction::Contain: return s == IncidentState::UnitNotified ? IncidentState::Contained : s;
    case IncidentAction::Escalate: return s == IncidentState::Contained ? IncidentState::Escalated : s;
    case IncidentAction::RecordFacts: return s == IncidentState::Escalated ? IncidentState::Investigating : s;
    case IncidentAction::Assess: return s == IncidentState::Investigating ? IncidentState::Assessed : s;
    case IncidentAction::RecordPrevention: return s == IncidentState::Assessed ? IncidentState::Prevention : s;
    case IncidentAction::Close: return IncidentState::Closed;
    case IncidentAction::FileReport:
    case IncidentAction::RecordNotice:
    case IncidentAction::DecidePublication: break;
    }
    return s;
}

IncidentWorkflow::Reach IncidentWorkflow::reach(Role role, IncidentAction action)
{
    using A = IncidentAction;
    if (action == A::Report)
        return Reach::All; // anyone who notices a leak must be able to say so (000 Art. 37(1))
    switch (role) {
    case Role::ExecutiveOwner:     // 総括保護管理者 / 最高総括責任者: directs the response (002 Art. 13)
    case Role::ProgramCoordinator: // 総括責任者: files the PPC report and the notices (002 Art. 13(6),(8))
        switch (action) {
        case A::Contain: return Reach::None; // the section contains; the officers above are told
        case A::Escalate: return Reach::None; // by the chain, see IncidentService
        default: return Reach::All;
        }
    case Role::UnitManager: // 保護管理者 / 保護責任者: first response in the section (000 Art. 37; 002 Art. 13)
        switch (action) {
        case A::Contain: case A::RecordFacts: case A::Assess: case A::RecordNotice: case A::RecordPrevention:
            return Reach::OwnSection;
        default: return Reach::None;
        }
    case Role::UnitAssistant:
    case Role::Auditor:
    case Role::Handler:
    case Role::Staff:
    case Role::SystemAdmin: break;
    }
    return Reach::None;
}

} // namespace mamori
