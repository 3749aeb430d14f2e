#include "journal/Journal.h"

#include "accounts/Session.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QtEndian>

#include <array>
#include <charconv>
#include <cstring>
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

Journal::Journal(Database& db, const Clock& clock, ConnectionFactory readerFactory)
    : m_db(db), m_clock(clock), m_readerFactory(std::move(readerFactory))
{
}

qint64 Journal::append(const Session& actor, const QString& action, const QString& entity,
                       const QString& entityId, const QString& summary)
{
    // Its own transaction, or the caller's: reading the head and inserting the next entry must
    // be one atomic step, and an entry recorded outside any change (a view) commits at once.
    Transaction tx(m_db);
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
    tx.commit();
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
// Checks entries lo..hi against the stored hash of each predecessor. Returns the first broken
// seq (a changed entry, or a missing row shown as a gap), or 0.
struct RangeResult {
    qint64 firstBroken = 0;
    qint64 checked = 0;
    QByteArray lastHash;
};

RangeResult verifyRange(Database& db, qint64 lo, qint64 hi)
{
    RangeResult r;
    std::array<unsigned char, 32> prev{};
    if (lo > 1) {
        Statement p = db.prepare("SELECT hash FROM journal WHERE seq = ?");
        p.bind(1, lo - 1);
        if (!p.next() || p.rawBlob(0).size() != 32) {
            r.firstBroken = lo - 1;
            return r;
        }
        std::memcpy(prev.data(), p.rawBlob(0).data(), 32);
    }
    crypto::Sha256 h;
    std::vector<char> buf;
    buf.reserve(1024);
    qint64 expected = lo;
    Statement s = db.prepare("SELECT seq, at, account_id, login, action, entity, entity_id, summary, hash "
                             "FROM journal WHERE seq BETWEEN ? AND ? ORDER BY seq");
    s.bind(1, lo).bind(2, hi);
    while (s.next()) {
        const qint64 seq = s.int64(0);
        if (seq != expected) {
            r.firstBroken = expected;
            return r;
        }
        buf.assign(prev.begin(), prev.end());
        writeCanonical(buf, seq, s.rawText(1), s.int64(2), s.rawText(3), s.rawText(4), s.rawText(5), s.rawText(6),
                       s.rawText(7));
        h.reset();
        h.update(buf.data(), buf.size());
        const QByteArray computed = h.finish();
        const QByteArrayView stored = s.rawBlob(8);
        ++r.checked;
        if (stored.size() != 32 || std::memcmp(computed.constData(), stored.data(), 32) != 0) {
            r.firstBroken = seq;
            return r;
        }
        std::memcpy(prev.data(), stored.data(), 32);
        ++expected;
    }
    if (expected != hi + 1)
        r.firstBroken = expected; // rows missing at the end of the range
    r.lastHash = QByteArray(reinterpret_cast<const char*>(prev.data()), 32);
    return r;
}
} // namespace

VerifyResult Journal::verify()
{
    // The database check first (it revisits pages and gains from the connection's large cache),
    // then the chain.
    const QString integrity = m_db.integrityCheck();
    VerifyResult r = verifyChain();
    r.integrity = integrity;
    r.ok = r.ok && integrity == QLatin1String("ok");
    return r;
}

VerifyResult Journal::verifyChain()
{
    VerifyResult r;
    r.integrity = QStringLiteral("ok");
    // The walk reads each page once: the small cache of a sequential scan, the usual one after.
    struct ScanCache {
        Database& db;
        explicit ScanCache(Database& d) : db(d) { db.setCacheKiB(Database::kScanCacheKiB); }
        ~ScanCache()
        {
            try {
                db.setCacheKiB(Database::kCacheKiB);
            } catch (...) {
                // Only the cache stays small: never a reason to end the process from a destructor.
            }
        }
    } scanCache(m_db);
    qint64 last = 0;
    {
        Statement m = m_db.prepare("SELECT max(seq) FROM journal");
        if (m.next())
            last = m.int64(0);
    }
    // Every entry is checked against the *stored* hash of its predecessor, so the two halves of
    // the journal are independent: a second thread with its own connection decrypts and hashes
    // the newer half while this one does the older. Together they prove what walking the whole
    // chain proves: the first entry whose bytes or predecessor changed fails, and a missing row
    // shows as a gap.
    RangeResult older, newer;
    if (m_readerFactory && last >= 2) {
        const qint64 mid = last / 2;
        std::exception_ptr failure;
        std::thread second([&] {
            try {
                std::unique_ptr<Database> reader = m_readerFactory();
                reader->setCacheKiB(Database::kScanCacheKiB);
                newer = verifyRange(*reader, mid + 1, last);
            } catch (...) {
                failure = std::current_exception();
            }
        });
        try {
            older = verifyRange(m_db, 1, mid);
        } catch (...) {
            second.join();
            throw;
        }
        second.join();
        if (failure)
            std::rethrow_exception(failure);
    } else if (last >= 1) {
        newer = verifyRange(m_db, 1, last);
    }
    r.checked = older.checked + newer.checked;
    for (qint64 broken : {older.firstBroken, newer.firstBroken}) {
        if (broken != 0 && (r.firstBrokenSeq == 0 || broken < r.firstBrokenSeq))
            r.firstBrokenSeq = broken;
    }
    r.ok = r.firstBrokenSeq == 0 && r.integrity == QLatin1String("ok");
    r.headHash = last == 0 ? kGenesis : newer.lastHash;
    return r;
}

QString Journal::shortHash(const QByteArray& hash)
{
    return QString::fromLatin1(hash.left(16).toHex());
}

} // namespace mamori
