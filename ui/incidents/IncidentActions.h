#pragma once

#include "incidents/IncidentService.h"

namespace mamori {
class Session;
}

namespace mamori::ui {

// Which steps the editor offers for one incident: by its stage (IncidentWorkflow::allows) AND
// by what the session's roles reach (IncidentWorkflow::reach; for escalation, the sender of the
// next step of the chain). This only decides which buttons are enabled; core checks everything
// again and its refusal is what the user sees when the two disagree.
struct IncidentActions {
    bool contain = false;
    bool escalate = false; // the next step of the chain is the session's to record
    bool recordFacts = false;
    bool assess = false;
    bool fileReport = false;
    bool recordNotice = false;
    bool decidePublication = false;
    bool recordPrevention = false;
    bool close = false; // offered even while something is missing: core's refusal lists it

    static IncidentActions of(const mamori::Session& session, const mamori::Incident& incident,
                              const QList<mamori::EscalationTarget>& chain);
    // Whether the session holds a role that reaches `action` on an incident of `sectionId`.
    static bool reaches(const mamori::Session& session, mamori::IncidentAction action, qint64 sectionId);
};

} // namespace mamori::ui
