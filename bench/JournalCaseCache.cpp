#include "JournalCaseCache.h"

#include "BenchOutput.h"

#include "accounts/Session.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <array>

namespace mamori::bench {

namespace {

constexpr qint64 kEntriesPerTransaction = 50'000;
constexpr int kActors = 20;

// A plausible spread of what officers do all day: mostly looking at records, some edits,
// a few exports and prints, the odd denial. Summaries name fields and ids, as core's do.
struct EntryShape {
    const QString* action;
    int weight;
};

QString randomFields(QRandomGenerator& rng) {
    static const std::array<const char*, 8> fields = {"status",      "due_date", "handler_id",
                                                      "area_id",     "note",     "category",
                                                      "returned_at", "purpose"};
    QStringList picked;
    const int n = 1 + static_cast<int>(rng.bounded(3));
    for (int i = 0; i < n; ++i)
        picked.append(
            QString::fromLatin1(fields[rng.bounded(static_cast<quint32>(fields.size()))]));
    return QStringLiteral("fields ") + picked.join(QStringLiteral(", "));
}

} // namespace

QString JournalCaseCache::path() {
    const QString name = QStringLiteral("mamori-bench-journal-1m.mamori");
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdg.isEmpty() && QDir().mkpath(xdg))
        return QDir(xdg).filePath(name);
    return QDir(QStringLiteral("/tmp")).filePath(name);
}

QString JournalCaseCache::login() {
    return QStringLiteral("benchadmin");
}

SecureBytes JournalCaseCache::password() {
    return SecureBytes::fromString(QStringLiteral("journal-view-fixture-2025"));
}

bool JournalCaseCache::ensure() {
    const QString dir = path();
    if (QFileInfo::exists(dir)) {
        if (isUsable(dir))
            return true;
        printProgress(
            QStringLiteral("cached case file %1 is incomplete or unreadable: rebuilding it")
                .arg(dir));
        QDir(dir).removeRecursively();
    }
    // Built under another name and renamed when complete, so an interrupted build is never
    // mistaken for a finished one.
    const QString partial = dir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    build(partial);
    if (!QDir().rename(partial, dir))
        throw Error(ErrorCode::IoError,
                    QStringLiteral("could not rename %1 to %2").arg(partial, dir));
    return false;
}

std::unique_ptr<CaseFile> JournalCaseCache::open() {
    return CaseFile::open(path(), login(), password());
}

bool JournalCaseCache::isUsable(const QString& dir) {
    try {
        const std::unique_ptr<CaseFile> file = CaseFile::open(dir, login(), password());
        return file->journal().count() >= kEntries;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Locked)
            throw;
        return false;
    }
}

void JournalCaseCache::build(const QString& dir) {
    QElapsedTimer timer;
    timer.start();
    // Entries 1 to 40 seconds apart from April 2024: about eight months of activity.
    FakeClock clock(QDateTime(QDate(2024, 4, 1), QTime(8, 30), Qt::UTC));
    CaseFile::CreateOptions o;
    o.dir = dir;
    o.adminLogin = login();
    o.adminName = QStringLiteral("ベンチ 管理者");
    o.organisationName = QStringLiteral("ベンチ市");
    o.clock = &clock;
    o.kdf = Argon2Kdf::cheapForTests();
    CaseFile::Created created = CaseFile::create(o, password());
    CaseFile& file = *created.file;
    // A large page cache for the build only: the four journal indexes grow at random places
    // and would otherwise be re-read and re-decrypted page by page. Not a setting of core.
    file.db().exec("PRAGMA cache_size = -262144");

    QList<Session> actors;
    for (int i = 1; i <= kActors; ++i)
        actors.append(Session(1000 + i, QStringLiteral("officer%1").arg(i, 2, 10, QLatin1Char('0')),
                              QStringLiteral("職員 %1").arg(i), {}, false));
    const std::array<EntryShape, 7> shapes = {{{&JournalAction::View, 45},
                                               {&JournalAction::Update, 25},
                                               {&JournalAction::Create, 15},
                                               {&JournalAction::Print, 6},
                                               {&JournalAction::Export, 4},
                                               {&JournalAction::Delete, 3},
                                               {&JournalAction::Denied, 2}}};
    static const std::array<const char*, 5> entities = {"person", "carryout", "incident",
                                                        "handling_area", "disclosure_request"};
    QRandomGenerator rng(20251123);
    Journal& journal = file.journal();

    qint64 n = journal.count();
    while (n < kEntries) {
        Transaction tx(file.db());
        const qint64 end = std::min(kEntries, n + kEntriesPerTransaction);
        for (; n < end; ++n) {
            clock.advanceSeconds(1 + rng.bounded(40));
            int pick = static_cast<int>(rng.bounded(100));
            const EntryShape* shape = shapes.data();
            while (pick >= shape->weight) {
                pick -= shape->weight;
                ++shape;
            }
            const QString& action = *shape->action;
            const QString entity =
                QString::fromLatin1(entities[rng.bounded(static_cast<quint32>(entities.size()))]);
            const QString entityId = QString::number(1 + rng.bounded(60000));
            QString summary;
            if (action == JournalAction::Update)
                summary = randomFields(rng);
            else if (action == JournalAction::Create)
                summary = QStringLiteral("new record; ") + randomFields(rng);
            else if (action == JournalAction::Print)
                summary = QStringLiteral("form %1").arg(1 + rng.bounded(12));
            else if (action == JournalAction::Export)
                summary = QStringLiteral("csv, %1 rows").arg(1 + rng.bounded(500));
            else if (action == JournalAction::Denied)
                summary = QStringLiteral("edit_records");
            journal.append(actors[static_cast<qsizetype>(rng.bounded(kActors))], action, entity,
                           entityId, summary);
        }
        tx.commit();
        printProgress(QStringLiteral("building %1: %2 / %3 journal entries (%4 s)")
                          .arg(dir)
                          .arg(n)
                          .arg(kEntries)
                          .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    file.db().checkpoint();
    created.file.reset();
}

} // namespace mamori::bench
