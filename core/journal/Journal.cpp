#include "journal/Journal.h"

#include "accounts/Session.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QtEndian>

#include <array>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace mamori {

namespace {
const QByteArray kGenesis(32, '\0');

void appendField(QByteArray& out, QByteArrayView utf8)
{
    char len[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), len);
    out.append(len, 4);
    out.append(utf8.data(), utf8.size());
}

void appendField(std::vector<char>& out, QByteArrayView utf8)
{
    char len[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), len);
    out.insert(out.end(), len, len + 4);
    out.insert(out.end(), utf8.data(), utf8.data() + utf8.size());
}

QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

JournalEntry readEntry(const Statement& s)
{
    JournalEntry e;
    e.seq = s.int64(0);
    e.at = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    e.accountId = s.int64(2);
    e.login = s.text(3);
    e.action = s.text(4);
    e.entity = s.text(5);
    e.entityId = s.text(6);
    e.summary = s.text(7);
    e.hash = s.blob(8);
    return e;
}
} // namespace

// The canonical layout, written once: every field length-prefixed (4 bytes, big endian).
template <typename Out>
void writeCanonical(Out& out, qint64 seq, QByteArrayView at, qint64 accountId, QByteArrayView login,
                    QByteArrayView action, QByteArrayView entity, QByteArrayView entityId, QByteArrayView summary)
{
    char digits[24];
    auto number = [&](qint64 v) {
        const auto r = std::to_chars(digits, digits + sizeof digits, v);
        appendField(out, QByteArrayView(digits, r.ptr - digits));
    };
    number(seq);
    appendField(out, at);
    number(accountId);
    appendField(out, login);
    appendField(out, action);
    appendField(out, entity);
    appendField(out, entityId);
    appendField(out, summary);
}

QByteArray JournalEntry::canonicalBytes() const
{
    QByteArray out;
    out.reserve(128 + summary.size() * 3);
    writeCanonical(out, seq, isoMs(at).toUtf8(), accountId, login.toUtf8(), action.toUtf8(), entity.toUtf8(),
                   entityId.toUtf8(), summary.toUtf8());
    return out;
}

Journal::Journal(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

qint64 Journal::append(const Session& actor, const QString& action, const QString& entity,
                       const QString& entityId, const QString& summary)
{
    JournalEntry e;
    QByteArray prev = kGenesis;
    {
        Statement head = m_db.prepare("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1");
        if (head.next()) {
            e.seq = head.int64(0) + 1;
            prev = head.blob(1);
        } else {
            e.seq = 1;
        }
    }
    // Millisecond precision, as stored, so the hash recomputes from the stored text.
    const QDateTime now = m_clock.now().toUTC();
    e.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    e.accountId = actor.accountId();
    e.login = actor.login();
    e.action = action;
    // Empty, never NULL: the columns are NOT NULL and the canonical bytes treat both alike.
    e.entity = entity.isNull() ? QLatin1String("") : entity;
    e.entityId = entityId.isNull() ? QLatin1String("") : entityId;
    e.summary = summary.isNull() ? QLatin1String("") : summary;
    // Each text is converted to UTF-8 once and used for both the hash and the row.
    const QByteArray at = isoMs(e.at).toUtf8(), login = e.login.toUtf8(), act = e.action.toUtf8(),
                     ent = e.entity.toUtf8(), entId = e.entityId.toUtf8(), sum = e.summary.toUtf8();
    QByteArray hashed = prev;
    writeCanonical(hashed, e.seq, at, e.accountId, login, act, ent, entId, sum);
    e.hash = crypto::sha256(hashed);

    Statement ins = m_db.prepare(
        "INSERT INTO journal(seq, at, account_id, login, action, entity, entity_id, summary, hash) "
        "VALUES(?,?,?,?,?,?,?,?,?)");
    ins.bind(1, e.seq).bindUtf8(2, at).bind(3, e.accountId).bindUtf8(4, login).bindUtf8(5, act);
    ins.bindUtf8(6, ent).bindUtf8(7, entId).bindUtf8(8, sum).bind(9, e.hash);
    ins.run();
    return e.seq;
}

QByteArray Journal::headHash()
{
    Statement s = m_db.prepare("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1");
    return s.next() ? s.blob(0) : kGenesis;
}

qint64 Journal::count()
{
    Statement s = m_db.prepare("SELECT count(*) FROM journal");
    return s.next() ? s.int64(0) : 0;
}

QList<JournalEntry> Journal::page(const JournalFilter& filter, qint64 beforeSeq, int limit)
{
    return query(filter, beforeSeq, limit, false);
}

QList<JournalEntry> Journal::pageAscending(const JournalFilter& filter, qint64 afterSeq, int limit)
{
    return query(filter, afterSeq, limit, true);
}

QList<JournalEntry> Journal::query(const JournalFilter& filter, qint64 boundSeq, int limit, bool ascending)
{
    QString sql = QStringLiteral(
        "SELECT seq, at, account_id, login, action, entity, entity_id, summary, hash FROM journal WHERE 1");
    if (ascending)
        sql += QStringLiteral(" AND seq > :bound");
    else if (boundSeq > 0)
        sql += QStringLiteral(" AND seq < :bound");
    if (!filter.login.isEmpty())
        sql += QStringLiteral(" AND login = :login");
    if (!filter.action.isEmpty())
        sql += QStringLiteral(" AND action = :action");
    if (!filter.entity.isEmpty())
        sql += QStringLiteral(" AND entity = :entity");
    if (filter.from.isValid())
        sql += QStringLiteral(" AND at >= :from");
    if (filter.to.isValid())
        sql += QStringLiteral(" AND at <= :to");
    sql += ascending ? QStringLiteral(" ORDER BY seq ASC LIMIT :limit")
                     : QStringLiteral(" ORDER BY seq DESC LIMIT :limit");
    Statement s = m_db.prepare(sql);
    // Named parameters are numbered in order of first appearance.
    int i = 1;
    if (ascending || boundSeq > 0)
        s.bind(i++, boundSeq);
    if (!filter.login.isEmpty())
        s.bind(i++, filter.login);
    if (!filter.action.isEmpty())
        s.bind(i++, filter.action);
    if (!filter.entity.isEmpty())
        s.bind(i++, filter.entity);
    if (filter.from.isValid())
        s.bind(i++, isoMs(filter.from));
    if (filter.to.isValid())
        s.bind(i++, isoMs(filter.to));
    s.bind(i, limit);
    QList<JournalEntry> out;
    out.reserve(limit);
    while (s.next())
        out.append(readEntry(s));
    return out;
}

namespace {
// Rows read from the database, laid out for hashing: each item's bytes are
// previous stored hash (32) || canonical bytes, so one SHA-256 call checks one entry.
struct VerifyBatch {
    std::vector<char> bytes;
    struct Item {
        qint64 seq;
        std::size_t offset, length;
        std::array<unsigned char, 32> stored;
    };
    std::vector<Item> items;
};

// A bounded hand-over from the reading thread to the hashing thread.
class BatchQueue {
public:
    void push(std::unique_ptr<VerifyBatch> b)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_queue.size() < 4; });
        m_queue.push_back(std::move(b));
        m_notEmpty.notify_one();
    }
    // nullptr = no more batches
    std::unique_ptr<VerifyBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_queue.empty(); });
        auto b = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return b;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::unique_ptr<VerifyBatch>> m_queue;
};
} // namespace

VerifyResult Journal::verify(const std::function<void(qint64)>& progress)
{
    VerifyResult r;
    r.integrity = m_db.integrityCheck();

    // Every entry is checked against the *stored* hash of its predecessor, so entries are
    // independent: this thread decrypts and lays out rows while a second one hashes them.
    // Together the checks prove the same as walking the chain: the first entry whose bytes or
    // predecessor changed fails, and a missing row shows as a gap in seq.
    BatchQueue queue;
    std::atomic<qint64> firstBadHash{std::numeric_limits<qint64>::max()};
    std::thread hasher([&] {
        crypto::Sha256 h;
        while (auto batch = queue.pop()) {
            for (const VerifyBatch::Item& item : batch->items) {
                h.reset();
                h.update(batch->bytes.data() + item.offset, item.length);
                const QByteArray computed = h.finish();
                if (std::memcmp(computed.constData(), item.stored.data(), 32) != 0) {
                    qint64 seen = firstBadHash.load();
                    while (item.seq < seen && !firstBadHash.compare_exchange_weak(seen, item.seq)) {
                    }
                    break; // later entries of this batch cannot be earlier
                }
            }
        }
    });

    constexpr std::size_t kBatchRows = 8192;
    std::array<unsigned char, 32> prev{};
    qint64 expectedSeq = 1;
    qint64 gapAt = 0;
    auto batch = std::make_unique<VerifyBatch>();
    try {
        Statement s = m_db.prepare(
            "SELECT seq, at, account_id, login, action, entity, entity_id, summary, hash FROM journal ORDER BY seq");
        while (s.next()) {
            const qint64 seq = s.int64(0);
            if (seq != expectedSeq) {
                gapAt = expectedSeq;
                break;
            }
            if (firstBadHash.load() < seq)
                break; // already broken earlier: nothing later can change the answer
            VerifyBatch::Item item{};
            item.seq = seq;
            item.offset = batch->bytes.size();
            batch->bytes.insert(batch->bytes.end(), prev.begin(), prev.end());
            writeCanonical(batch->bytes, seq, s.rawText(1), s.int64(2), s.rawText(3), s.rawText(4), s.rawText(5),
                           s.rawText(6), s.rawText(7));
            item.length = batch->bytes.size() - item.offset;
            const QByteArrayView stored = s.rawBlob(8);
            std::memcpy(item.stored.data(), stored.data(), std::min<qsizetype>(32, stored.size()));
            if (stored.size() != 32)
                item.stored.fill(0xFF); // cannot match any digest
            prev = item.stored;
            batch->items.push_back(item);
            ++expectedSeq;
            ++r.checked;
            if (batch->items.size() == kBatchRows) {
                queue.push(std::move(batch));
                batch = std::make_unique<VerifyBatch>();
                if (progress)
                    progress(r.checked);
            }
        }
    } catch (...) {
        queue.push(nullptr);
        hasher.join();
        throw;
    }
    if (!batch->items.empty())
        queue.push(std::move(batch));
    queue.push(nullptr);
    hasher.join();

    const qint64 badHash = firstBadHash.load();
    qint64 firstBroken = gapAt;
    if (badHash != std::numeric_limits<qint64>::max() && (firstBroken == 0 || badHash < firstBroken))
        firstBroken = badHash;
    if (firstBroken != 0) {
        r.ok = false;
        r.firstBrokenSeq = firstBroken;
        r.checked = firstBroken;
    }
    if (r.integrity != QLatin1String("ok"))
        r.ok = false;
    r.headHash = QByteArray(reinterpret_cast<const char*>(prev.data()), 32);
    if (r.checked == 0)
        r.headHash = kGenesis;
    return r;
}

QString Journal::shortHash(const QByteArray& hash)
{
    return QString::fromLatin1(hash.left(16).toHex());
}

} // namespace mamori
