#pragma once

#include "accounts/Session.h"

namespace mamori {

class CaseFile;

// The demo's officers and sections, looked up by the logins and codes DemoCase gave them, so
// that each part of the demo acts as the officer who would really do it.
class DemoSessions {
public:
    // The demo account `login` as a session (DemoCase gives each account one role).
    static Session as(CaseFile& file, const char* login);
    static qint64 sectionId(CaseFile& file, const char* code);
    // The staff record named `name` in `section` (DemoCustody wrote most of them); added when missing.
    static qint64 person(CaseFile& file, const char* staffNo, const char* name, const char* kana, qint64 section,
                         std::optional<qint64> account = std::nullopt);
};

} // namespace mamori
