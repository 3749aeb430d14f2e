#pragma once

#include "casefile/CaseFile.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <memory>

namespace mamori::bench {

// The 1,000,000-entry case file shared by bench_verify_rate and bench_journal_view. Building it
// takes about a minute, so it is made once and kept between runs in $XDG_CACHE_HOME (or /tmp)
// with a fixed, publicly known password: it holds synthetic journal entries only, never
// personal data. Delete the folder to force a rebuild.
class JournalCaseCache {
public:
    static constexpr qint64 kEntries = 1'000'000;

    static QString path();
    static QString login();
    static SecureBytes password();

    // Makes sure the cached file exists and holds at least kEntries journal entries, building
    // it (progress on stderr) when it does not. Returns true when an existing file was reused.
    // A file that is locked by another process is an error, never rebuilt under its feet.
    static bool ensure();
    static std::unique_ptr<CaseFile> open();

private:
    static bool isUsable(const QString& dir);
    static void build(const QString& dir);
};

} // namespace mamori::bench
