#pragma once

#include <QString>

class QIODevice;

namespace mamori {

class CaseFile;
class Session;

// One-file backups. The file holds a consistent snapshot of the database (already encrypted by
// SQLCipher, page by page) and the key-slot file, framed and checksummed:
//   "MAMORI-BACKUP\n" | u32 version | u32 slotsLen | slots | u64 dbLen | db | SHA-256 of all before
// Nothing in it is readable without a password or the recovery code.
class Backup {
public:
    static constexpr quint32 kVersion = 1;
    // Requires Permission::Backup; journals the backup. Throws IoError when `out` fails (disk
    // full): the caller's device then holds an incomplete stream that restore() refuses.
    static void write(CaseFile& file, const Session& actor, QIODevice& out);
    // Atomic: writes through QSaveFile, so a failure leaves no partial file behind.
    static void writeToFile(CaseFile& file, const Session& actor, const QString& path);
    // Restores into `dir`, which must not exist or be empty. Verifies the checksum while
    // writing into a temporary sibling folder, then renames it; nothing is left on failure.
    static void restore(const QString& backupPath, const QString& dir);
};

} // namespace mamori
