#include "custody/CarryOutActions.h"

#include "accounts/Session.h"

namespace mamori::ui {

CarryOutActions CarryOutActions::of(const Session& session, const CarryOut& c) {
    CarryOutActions a;
    const bool writes = session.can(Permission::WritePersonalData, c.sectionId);
    const bool manager = session.roles().contains(RoleAssignment{Role::UnitManager, c.sectionId});
    const bool out = c.state == CarryOutState::Out || c.state == CarryOutState::Overdue;
    a.decide = writes && manager && c.state == CarryOutState::Requested && c.requestedByAccount != session.accountId();
    a.markOut = writes && c.state == CarryOutState::Approved;
    a.markReturned = writes && out;
    a.markLost = writes && out;
    a.close = writes && c.state == CarryOutState::Returned;
    return a;
}

bool CarryOutActions::canRequest(const Session& session) {
    return !session.scope(Permission::WritePersonalData).isEmpty();
}

} // namespace mamori::ui
