#pragma once

#include "journal/JournalEntry.h"

#include <QList>
#include <functional>
#include <memory>

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
    // Opens another connection to the same database, for a second verifying thread. Without
    // one, verify runs on one thread.
    using ConnectionFactory = std::function<std::unique_ptr<Database>()>;
    Journal(Database& db, const Clock& clock, ConnectionFactory readerFactory = {});

    // Appends one entry: inside the caller's transaction if one is open (so it commits or rolls
    // back with the change it records), else in a transaction of its own. Returns its seq.
    qint64 append(const Session& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QString& summary);

    QByteArray headHash();
    qint64 count();
    // Newest first, keyset-paged: entries with seq < beforeSeq (0 = from the newest).
    QList<JournalEntry> page(const JournalFilter& filter, qint64 beforeSeq, int limit);
    // Oldest first from seq > afterSeq; used by exports and `journal list`.
    QList<JournalEntry> pageAscending(const JournalFilter& filter, qint64 afterSeq, int limit);
    // Runs PRAGMA integrity_check and recomputes the whole chain. Call it outside a
    // transaction: the second thread reads what is committed.
    VerifyResult verify();
    // The chain alone, without PRAGMA integrity_check (result.integrity stays "ok"): what
    // verify() adds to the database check, and what bench_verify_rate times.
    VerifyResult verifyChain();

    // Hex of the first 16 bytes: what the status bar and form footers show.
    static QString shortHash(const QByteArray& hash);

private:
    QList<JournalEntry> query(const JournalFilter& filter, qint64 boundSeq, int limit, bool ascending);
    Database& m_db;
    const Clock& m_clock;
    ConnectionFactory m_readerFactory;
};

} // namespace mamori
