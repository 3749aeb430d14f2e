#pragma once

#include "journal/JournalEntry.h"

#include <QList>
#include <functional>

namespace mamori {

class Clock;
class Database;
class Session;

// The tamper-evident journal (seed 000 Art. 18-19). Entries are appended in the same
// transaction as the change they record and hash-chained: editing or deleting any row, even
// with the data key, breaks the chain at that row, and the head hash printed on every form
// anchors the chain on paper.
class Journal {
public:
    Journal(Database& db, const Clock& clock);

    // Appends one entry (inside the caller's transaction if one is open). Returns its seq.
    qint64 append(const Session& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QString& summary);

    QByteArray headHash();
    qint64 count();
    // Newest first, keyset-paged: entries with seq < beforeSeq (0 = from the newest).
    QList<JournalEntry> page(const JournalFilter& filter, qint64 beforeSeq, int limit);
    // Oldest first from seq > afterSeq; used by exports and `journal list`.
    QList<JournalEntry> pageAscending(const JournalFilter& filter, qint64 afterSeq, int limit);
    // Recomputes the whole chain; progress(checked) is called every 65536 entries.
    VerifyResult verify(const std::function<void(qint64)>& progress = {});

    // Hex of the first 16 bytes: what the status bar and form footers show.
    static QString shortHash(const QByteArray& hash);

private:
    QList<JournalEntry> query(const JournalFilter& filter, qint64 boundSeq, int limit, bool ascending);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mamori
