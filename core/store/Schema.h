#pragma once

namespace mamori {

class Database;

// The versioned schema. Version N is reached by applying migrations 1..N in order; each
// migration runs in the same transaction as the version bump, so a crash leaves the file at
// the old version, never half-way.
class Schema {
public:
    static int currentVersion();
    // Reads the version stored in the file (0 for an empty database).
    static int storedVersion(Database& db);
    // Migrates forward to `target` (default: current). Throws NewerVersion when the file is
    // newer than this build knows.
    static void migrate(Database& db, int target = -1);
};

} // namespace mamori
