#pragma once

#include "custody/CarryOutService.h"

namespace mamori {
class Session;
}

namespace mamori::ui {

// Which workflow steps a screen offers for one carry-out: by its state AND by what the session
// may do. This only decides which buttons are enabled; core checks everything again and its
// refusal is what the user sees when the two disagree (e.g. the requester's linked person).
struct CarryOutActions {
    bool decide = false;   // approve or reject: the section's UNIT_MANAGER, not the requester
    bool markOut = false;  // APPROVED, may write the section's data
    bool markReturned = false; // OUT or OVERDUE
    bool markLost = false;     // OUT or OVERDUE
    bool close = false;        // RETURNED

    static CarryOutActions of(const mamori::Session& session, const mamori::CarryOut& c);
    // Whether the session may file a new request in any section.
    static bool canRequest(const mamori::Session& session);
};

} // namespace mamori::ui
