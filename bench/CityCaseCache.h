#pragma once

#include "casefile/CaseFile.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <memory>

namespace mamori::bench {

// The city-sized case file of issue 3's targets: 1,500 people in 80 sections, 200 handling
// areas, 2,000 register files, 100,000 carry-outs (every state), 50,000 disposals with 5,000
// certificate attachments and 1,000 leak incidents (60 open, a third of those reportable). Everything goes through core's services, so rows, journal entries
// and indexes are what an office that used Mamori for years would have. Building takes a few
// minutes, so it is made once and kept in $XDG_CACHE_HOME (or /tmp) under a fixed, public
// password: the data is generated and fictitious. Delete the folder to force a rebuild.
class CityCaseCache {
public:
    static constexpr int kSections = 80;
    static constexpr int kPeople = 1500;
    static constexpr int kAreas = 200;
    static constexpr int kFiles = 2000;
    static constexpr int kCarryOuts = 100'000;
    static constexpr int kDisposals = 50'000;
    static constexpr int kAttachments = 5'000;
    static constexpr int kIncidents = 1'000;
    static constexpr int kOpenIncidents = 60; // the newest ones, at every stage

    static QString path();
    // Accounts of the generated file: the administrator, a city-wide handler and a city-wide
    // manager (UNIT_MANAGER of every section), who reads everything in the benchmarks.
    static QString adminLogin();
    static QString managerLogin();
    static QString handlerLogin();
    static SecureBytes password();

    // Builds the cached file when it is missing or incomplete; true when an existing one was reused.
    static bool ensure();
    static std::unique_ptr<CaseFile> open(const QString& login);

private:
    static bool isUsable(const QString& dir);
    static int storedVersion(const QString& dir);
    static void writeVersion(const QString& dir);
    static void build(const QString& dir);
};

} // namespace mamori::bench
