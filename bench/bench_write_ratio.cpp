// bench_write_ratio: what core costs on a bulk import. N journaled inserts through core
// (SectionService::add: validation, permission check, the row, and its journal entry with the
// SHA-256 chain link) inside one core Transaction, against the same rows — each section row
// and its journal row — inserted with raw SQLCipher prepared statements in one transaction,
// into the same schema (Schema::migrate: same tables and indexes), same page size and cipher
// settings. Target: raw/core >= 0.5.
// For context it also times the section rows alone (no journal rows): that ratio shows what
// the journal itself costs and is printed as information.
#include "BenchOutput.h"
#include "Metric.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "crypto/Crypto.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <sqlcipher/sqlite3.h>

using namespace mamori;
using namespace mamori::bench;

namespace {

// The same table as Schema migration 1, so both sides maintain the same row and UNIQUE index.
constexpr const char* kSectionsTable = R"sql(
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
)sql";

struct Rows {
    QStringList codes;
    QStringList names;
};

Rows makeRows(int n) {
    Rows r;
    r.codes.reserve(n);
    r.names.reserve(n);
    for (int i = 1; i <= n; ++i) {
        r.codes.append(QStringLiteral("S%1").arg(i, 6, 10, QLatin1Char('0')));
        r.names.append(QStringLiteral("第%1課").arg(i));
    }
    return r;
}

void check(sqlite3* db, int rc, int expected, const char* what) {
    if (rc != expected)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                 QString::fromUtf8(sqlite3_errmsg(db))));
}

// The baseline: a Database opened exactly as core opens one (same CipherSettings, WAL,
// synchronous=FULL), then plain sqlite3 calls with a single prepared statement.
double timeRaw(const QString& path, const Rows& rows, bool withJournalRows) {
    const std::unique_ptr<Database> db =
        Database::open(path, crypto::randomSecureBytes(32), Database::OpenMode::Create);
    if (withJournalRows)
        Schema::migrate(*db);
    else
        db->exec(kSectionsTable);
    sqlite3* h = db->handle();
    sqlite3_stmt* stmt = nullptr;
    sqlite3_stmt* journal = nullptr;
    check(h,
          sqlite3_prepare_v2(h, "INSERT INTO sections(code, name, created_at) VALUES(?, ?, ?)", -1,
                             &stmt, nullptr),
          SQLITE_OK, "prepare");
    if (withJournalRows)
        check(h,
              sqlite3_prepare_v2(h,
                                 "INSERT INTO journal(seq, at, account_id, login, action, entity, "
                                 "entity_id, summary, hash) VALUES(?,?,1,'benchadmin','create','section',?,?,?)",
                                 -1, &journal, nullptr),
              SQLITE_OK, "prepare journal");
    const QByteArray hash(32, '\x5a'); // a stand-in digest: the raw side computes none
    QElapsedTimer t;
    t.start();
    check(h, sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK, "begin");
    for (qsizetype i = 0; i < rows.codes.size(); ++i) {
        const QByteArray code = rows.codes[i].toUtf8();
        const QByteArray name = rows.names[i].toUtf8();
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(stmt, 1, code.constData(), static_cast<int>(code.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, name.constData(), static_cast<int>(name.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, at.constData(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
        check(h, sqlite3_step(stmt), SQLITE_DONE, "insert");
        sqlite3_reset(stmt);
        if (journal) {
            const QByteArray id = QByteArray::number(sqlite3_last_insert_rowid(h));
            const QByteArray summary = "code " + code;
            sqlite3_bind_int64(journal, 1, i + 1);
            sqlite3_bind_text(journal, 2, at.constData(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(journal, 3, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(journal, 4, summary.constData(), static_cast<int>(summary.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(journal, 5, hash.constData(), 32, SQLITE_TRANSIENT);
            check(h, sqlite3_step(journal), SQLITE_DONE, "insert journal");
            sqlite3_reset(journal);
        }
    }
    check(h, sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK, "commit");
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    sqlite3_finalize(stmt);
    sqlite3_finalize(journal);
    Statement count = db->prepare("SELECT count(*) FROM sections");
    if (!count.next() || count.int64(0) != rows.codes.size())
        throw Error(ErrorCode::Internal, QStringLiteral("baseline: wrong number of rows"));
    return ms;
}

// Through core: a fresh case file, every section added by SectionService::add as the
// administrator, all inside one Transaction as a bulk import runs.
double timeCore(const QString& dir, const Rows& rows) {
    CaseFile::CreateOptions o;
    o.dir = dir;
    o.adminLogin = QStringLiteral("benchadmin");
    o.adminName = QStringLiteral("ベンチ 管理者");
    o.organisationName = QStringLiteral("ベンチ市");
    o.kdf = Argon2Kdf::cheapForTests();
    CaseFile::Created created =
        CaseFile::create(o, SecureBytes::fromString(QStringLiteral("write-ratio-bench-2025")));
    CaseFile& file = *created.file;
    const qint64 journalBefore = file.journal().count();
    SectionService& sections = file.sections();
    const Session& admin = file.session();
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(file.db());
        for (qsizetype i = 0; i < rows.codes.size(); ++i)
            sections.add(admin, rows.codes[i], rows.names[i]);
        tx.commit();
    }
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (file.journal().count() - journalBefore != rows.codes.size())
        throw Error(ErrorCode::Internal, QStringLiteral("core: wrong number of journal entries"));
    return ms;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    // Key derivation is not what is measured: every slot here uses the cheap test setting.
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    QCoreApplication app(argc, argv);
    int n = 100'000;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--n"))
            n = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
    }
    try {
        const QTemporaryDir tmp;
        if (!tmp.isValid())
            throw Error(ErrorCode::IoError, QStringLiteral("no temporary directory"));
        const Rows rows = makeRows(n);
        printLine(QStringLiteral("write_ratio: %1 sections, %2 round(s), median reported; page "
                                 "size 4096, same cipher settings")
                      .arg(n)
                      .arg(rounds));
        QList<double> raw, rowsOnly, core;
        for (int r = 0; r < rounds; ++r) {
            // Alternating keeps a slow spell of a busy machine from landing on one side only.
            raw.append(timeRaw(QDir(tmp.path()).filePath(QStringLiteral("raw%1.db").arg(r)), rows, true));
            rowsOnly.append(
                timeRaw(QDir(tmp.path()).filePath(QStringLiteral("rows%1.db").arg(r)), rows, false));
            core.append(
                timeCore(QDir(tmp.path()).filePath(QStringLiteral("core%1.mamori").arg(r)), rows));
            printLine(QStringLiteral("  round %1: raw rows+journal rows %2 ms, raw rows only %3 ms, core %4 ms")
                          .arg(r + 1)
                          .arg(raw.last(), 0, 'f', 1)
                          .arg(rowsOnly.last(), 0, 'f', 1)
                          .arg(core.last(), 0, 'f', 1));
        }
        const double rawMs = median(raw);
        const double coreMs = median(core);
        const double rowsOnlyMs = median(rowsOnly);
        printLine(QStringLiteral("raw SQLCipher inserts: %1 ms, core journaled inserts: %2 ms")
                      .arg(rawMs, 0, 'f', 1)
                      .arg(coreMs, 0, 'f', 1));
        Metric(QStringLiteral("write_raw_ms"), rawMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("write_core_ms"), coreMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("write_raw_us_per_insert"), rawMs * 1000.0 / n, QStringLiteral("us"))
            .printInfo();
        Metric(QStringLiteral("write_core_us_per_insert"), coreMs * 1000.0 / n,
               QStringLiteral("us"))
            .printInfo();
        Metric(QStringLiteral("write_rows_only_ms"), rowsOnlyMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("write_ratio_vs_rows_without_journal"), rowsOnlyMs / coreMs,
               QStringLiteral("ratio"))
            .printInfo();
        Metric(QStringLiteral("write_ratio"), rawMs / coreMs, QStringLiteral("ratio"))
            .requireAtLeast(0.5);
    } catch (const Error& e) {
        printProgress(
            QStringLiteral("bench_write_ratio could not run: %1 %2").arg(e.message(), e.detail()));
        return 1;
    }
    return 0;
}
