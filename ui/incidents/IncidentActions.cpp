#include "incidents/IncidentActions.h"

#include "accounts/Session.h"

namespace mamori::ui {

bool IncidentActions::reaches(const Session& session, IncidentAction action, qint64 sectionId) {
    if (session.isRecovery())
        return false;
    for (const RoleAssignment& r : session.roles()) {
        const IncidentWorkflow::Reach reach = IncidentWorkflow::reach(r.role, action);
        if (reach == IncidentWorkflow::Reach::All ||
            (reach == IncidentWorkflow::Reach::OwnSection && r.sectionId == sectionId))
            return true;
    }
    return false;
}

namespace {
// The sender of escalation step `step` is a role, section-scoped or not (EscalationChain).
bool holds(const Session& session, Role role, qint64 sectionId) {
    if (session.isRecovery())
        return false;
    for (const RoleAssignment& r : session.roles())
        if (r.role == role && (!isSectionScoped(role) || r.sectionId == sectionId))
            return true;
    return false;
}
} // namespace

IncidentActions IncidentActions::of(const Session& session, const Incident& i, const QList<EscalationTarget>& chain) {
    const auto may = [&](IncidentAction a) {
        return IncidentWorkflow::allows(a, i.state) && reaches(session, a, i.sectionId);
    };
    IncidentActions a;
    a.contain = may(IncidentAction::Contain);
    const int next = static_cast<int>(i.escalations.size()) + 1;
    a.escalate = IncidentWorkflow::allows(IncidentAction::Escalate, i.state) && next <= chain.size() &&
                 holds(session, EscalationChain::senderOf(chain, next), i.sectionId);
    a.recordFacts = may(IncidentAction::RecordFacts);
    a.assess = may(IncidentAction::Assess);
    a.fileReport = may(IncidentAction::FileReport);
    a.recordNotice = may(IncidentAction::RecordNotice);
    a.decidePublication = may(IncidentAction::DecidePublication);
    a.recordPrevention = may(IncidentAction::RecordPrevention);
    a.close = may(IncidentAction::Close);
    return a;
}

} // namespace mamori::ui
