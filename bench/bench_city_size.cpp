// bench_city_size: the city-sized case file (bench/CityCaseCache) against the same data in a
// plain, unencrypted SQLite database. Target (issue 3): the case file with its attachments
// stays within 1.3× the plain size. The plain copy is made in the same run by SQLCipher's own
// sqlcipher_export() into a database attached with an empty key, so it holds exactly the same
// tables, rows, indexes and attachment bytes; it lives in a temporary folder removed at exit.
#include "BenchOutput.h"
#include "CityCaseCache.h"
#include "Metric.h"

#include "common/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace mamori;
using namespace mamori::bench;

namespace {

qint64 folderBytes(const QString& dir)
{
    qint64 total = 0;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        total += f.size();
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    try {
        CityCaseCache::ensure();
        QTemporaryDir tmp;
        const QString plain = tmp.filePath(QStringLiteral("plain.db"));
        qint64 caseBytes = 0;
        {
            auto file = CityCaseCache::open(CityCaseCache::adminLogin());
            // Everything in the WAL goes into case.db first, so the file sizes are final.
            file->db().checkpoint();
            QString quoted = plain;
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            file->db().exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(quoted));
            file->db().exec("PRAGMA plain.page_size = 4096");
            file->db().exec("SELECT sqlcipher_export('plain')");
            file->db().exec("DETACH DATABASE plain");
            file->db().checkpoint();
        }
        caseBytes = folderBytes(CityCaseCache::path());
        const qint64 plainBytes = QFileInfo(plain).size();
        if (plainBytes <= 0)
            throw Error(ErrorCode::Internal, QStringLiteral("the plain copy is empty"));
        Metric(QStringLiteral("city_casefile_mb"), static_cast<double>(caseBytes) / 1048576.0, QStringLiteral("MB"), 1)
            .printInfo();
        Metric(QStringLiteral("city_plain_sqlite_mb"), static_cast<double>(plainBytes) / 1048576.0, QStringLiteral("MB"), 1)
            .printInfo();
        Metric(QStringLiteral("city_size_ratio"), static_cast<double>(caseBytes) / static_cast<double>(plainBytes),
               QStringLiteral("ratio"), 3)
            .requireBelow(1.3);
        return 0;
    } catch (const Error& e) {
        printProgress(QStringLiteral("bench_city_size: %1 %2").arg(e.message(), e.detail()));
        return 1;
    }
}
