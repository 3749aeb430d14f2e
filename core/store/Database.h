#pragma once

#include "crypto/SecureBytes.h"
#include "store/CipherSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace mamori {

class Database;

// A prepared statement borrowed from the database's cache; it is reset (bindings cleared) when
// the handle goes out of scope, so callers never finalize or leak statements.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value);   // a null QString binds NULL
    Statement& bind(int index, const QByteArray& value); // blob; a null array binds NULL
    Statement& bind(int index, const char* utf8);
    Statement& bindUtf8(int index, QByteArrayView utf8); // text already in UTF-8, copied once
    Statement& bindNull(int index);

    // Steps once: true if a row is available. Throws on error.
    bool next();
    // Runs a statement that returns no rows.
    void run();

    qint64 int64(int col) const;
    int int32(int col) const { return static_cast<int>(int64(col)); }
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;
    // A nullable integer column (an optional reference): NULL is nullopt.
    std::optional<qint64> optionalInt64(int col) const;
    // A time stored by storedTime(); NULL is an invalid QDateTime.
    QDateTime dateTime(int col) const;
    // Zero-copy view of a text column, valid until the next step.
    QByteArrayView rawText(int col) const;
    QByteArrayView rawBlob(int col) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Database* m_db;
    sqlite3_stmt* m_stmt;
};

// How core stores a point in time: ISO 8601 in UTC, so that text order is time order.
QString storedTime(const QDateTime& t);

// RAII connection to one SQLCipher database. All access to the case file goes through here.
// Statements that carry key material have their own API (applyKey) and are never logged or put
// into error messages.
class Database {
public:
    enum class OpenMode { OpenExisting, Create };
    // Opens and keys the database, applies CipherSettings and the connection pragmas, and
    // proves the key by reading the schema. Throws Error(Damaged) if the file cannot be read
    // with that key (SQLITE_NOTADB), Error(IoError) otherwise.
    static std::unique_ptr<Database> open(const QString& path, const SecureBytes& rawKey,
                                          OpenMode mode,
                                          const CipherSettings& settings = CipherSettings::current());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Cached prepared statement (by SQL text).
    Statement prepare(const char* sql);
    Statement prepare(const QString& sql);
    void exec(const char* sql);
    void exec(const QString& sql);
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    // Returns "" when the linked library is plain SQLite rather than SQLCipher.
    QString cipherVersion();
    // "ok" or the first problem reported by PRAGMA integrity_check.
    QString integrityCheck();
    void checkpoint();
    sqlite3* handle() const { return m_db; }

    // The page cache a connection gets (PRAGMA cache_size, in KiB when negative): large enough
    // that a filter over a city's 100,000 carry-outs reads its rows decrypted once, not again on
    // every pass.
    static constexpr int kCacheKiB = 32768;
    // SQLite's own default, for a walk over the whole file that reads each page once (the journal
    // verification): a large cache only adds the cost of filling it.
    static constexpr int kScanCacheKiB = 2000;
    void setCacheKiB(int kib);

    [[noreturn]] void throwLastError(const char* context) const;

private:
    Database() = default;
    void applyKey(const SecureBytes& rawKey);
    friend class Transaction;
    bool m_poisoned = false; // a joined Transaction failed: the outer one must roll back
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT. Inside an open transaction a Transaction joins it, so service
// calls compose into one atomic bulk operation without the cost of a SAVEPOINT per call (a
// savepoint makes SQLCipher encrypt a sub-journal copy of every page each call touches: 5x
// slower bulk imports). The price of joining is all-or-nothing: if a joined Transaction ends
// without commit() (its operation failed half-way), the outer one refuses to commit and rolls
// back, so a half-done change — say, a row without its journal entry — can never be committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_joined = false;
    bool m_done = false;
};

// Returns true when the linked sqlite3 is SQLCipher (PRAGMA cipher_version answers).
bool linkedSqliteIsSqlCipher();

} // namespace mamori
