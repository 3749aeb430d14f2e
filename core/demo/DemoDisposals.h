#pragma once

namespace mamori {

class CaseFile;

// The demo's disposal ledger (廃棄記録簿): in-house shredding and overwriting, and contractors'
// dissolution and disk destruction with their certificates and photos, in every state from
// planned to recorded. Adds the staff records (people) it needs. Runs as the demo accounts of
// DemoCase, so it must be called after they exist.
class DemoDisposals {
public:
    static void add(CaseFile& file);
};

} // namespace mamori
