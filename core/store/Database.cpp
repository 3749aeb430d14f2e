#include "store/Database.h"

#include "common/Error.h"
#include "search/SearchFunction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlcipher/sqlite3.h>

namespace mamori {

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    return bindUtf8(index, value.toUtf8());
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUtf8(int index, QByteArrayView utf8)
{
    // A non-null pointer even for "", so an empty text never becomes NULL.
    static const char empty = '\0';
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : &empty, static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        // Ready to run again with new bindings (a statement reused inside one scope).
        sqlite3_reset(m_stmt);
        return false;
    }
    m_db->throwLastError("step");
}

void Statement::run()
{
    while (next()) {
    }
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString Statement::text(int col) const
{
    if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL)
        return {};
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::rawText(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::rawBlob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    return QByteArrayView(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL)
        return {};
    const void* p = sqlite3_column_blob(m_stmt, col);
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::optional<qint64> Statement::optionalInt64(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<qint64>(int64(col));
}

QDateTime Statement::dateTime(int col) const
{
    return isNull(col) ? QDateTime() : QDateTime::fromString(text(col), Qt::ISODate);
}

QString storedTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

std::unique_ptr<Database> Database::open(const QString& path, const SecureBytes& rawKey, OpenMode mode,
                                         const CipherSettings& settings)
{
    std::unique_ptr<Database> db(new Database);
    // One connection per thread (NOMUTEX): no mutex on every bind and column call.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray native = QFileInfo(path).absoluteFilePath().toUtf8();
    if (sqlite3_open_v2(native.constData(), &db->m_db, flags, nullptr) != SQLITE_OK) {
        const QString msg = db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : QString();
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Database", "The database could not be opened."), msg);
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    db->applyKey(rawKey);
    for (const QString& pragma : settings.pragmas())
        db->exec(pragma);
    // The first read proves the key. With the key already verified by the key slot, a failure
    // here means the database file itself is damaged.
    const int rc = sqlite3_exec(db->m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xFF;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::Database", "The database of the case file is damaged or unreadable."));
        db->throwLastError("open");
    }
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");
    db->exec("PRAGMA foreign_keys = ON");
    // Temporary tables and sort spills stay in memory: nothing of the data lands in /tmp.
    db->exec("PRAGMA temp_store = MEMORY");
    db->exec("PRAGMA busy_timeout = 5000");
    // 32 MiB of page cache instead of SQLite's 2 MiB: a filter over a city's 100,000 carry-outs
    // reads thousands of rows, and with the small cache each read decrypts its page again.
    db->setCacheKiB(kCacheKiB);
    installSearchFunction(db->m_db);
    return db;
}

void Database::applyKey(const SecureBytes& rawKey)
{
    // sqlite3_key with a blob literal x'..' makes SQLCipher use the bytes as the raw key
    // (no passphrase KDF). The buffer is wiped before it goes out of scope and never logged.
    SecureBytes literal;
    const unsigned char prefix[] = {'x', '\''};
    literal.append(prefix, 2);
    const SecureBytes hex = rawKey.toHex();
    literal.append(hex.data(), hex.size());
    const unsigned char suffix[] = {'\''};
    literal.append(suffix, 1);
    if (sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
        throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::Database", "The database key could not be applied."));
}

Database::~Database()
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Statement Database::prepare(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throwLastError("prepare");
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(this, it->second);
}

Statement Database::prepare(const QString& sql)
{
    return prepare(sql.toUtf8().constData());
}

void Database::exec(const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        throwLastError("exec");
    }
}

void Database::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::cipherVersion()
{
    Statement s = prepare("PRAGMA cipher_version");
    return s.next() ? s.text(0) : QString();
}

void Database::setCacheKiB(int kib)
{
    exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

QString Database::integrityCheck()
{
    Statement s = prepare("PRAGMA integrity_check");
    return s.next() ? s.text(0) : QStringLiteral("no answer");
}

void Database::checkpoint()
{
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Database::throwLastError(const char* context) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString detail = QStringLiteral("%1: %2 (%3)")
                               .arg(QString::fromLatin1(context), QString::fromUtf8(sqlite3_errmsg(m_db)))
                               .arg(rc);
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Database", "The disk is full. Nothing was saved."), detail);
    case SQLITE_READONLY:
        throw Error(ErrorCode::ReadOnly, QCoreApplication::translate("mamori::Database", "The case file is read-only."), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::Database", "The database of the case file is damaged."), detail);
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_NOTNULL)
            throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::Database", "Database error."), detail);
        throw Error(ErrorCode::AlreadyExists, QCoreApplication::translate("mamori::Database", "The record conflicts with an existing one."), detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Database", "The case file could not be read or written."), detail);
    default:
        throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::Database", "Database error."), detail);
    }
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_joined = db.inTransaction();
    if (!m_joined) {
        db.exec("BEGIN IMMEDIATE");
        db.m_poisoned = false;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_joined) {
        m_db.m_poisoned = true;
        return;
    }
    // Errors are swallowed here: we are already unwinding from the failure that matters.
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_db.m_poisoned = false;
}

void Transaction::commit()
{
    if (m_joined) {
        m_done = true;
        return;
    }
    if (m_db.m_poisoned) {
        // ~Transaction rolls back.
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("mamori::Database",
                                                "An operation inside this batch failed; the whole batch was undone."));
    }
    m_db.exec("COMMIT");
    m_done = true;
}

bool linkedSqliteIsSqlCipher()
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_stmt* stmt = nullptr;
    bool ok = false;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        ok = sqlite3_column_bytes(stmt, 0) > 0;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

} // namespace mamori
