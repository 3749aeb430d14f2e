// bench_verify_rate: how fast Journal::verify() walks a 1,000,000-entry chain, against
// `sha256sum` hashing the same canonical bytes from a plain file. The target compares the
// chain walk alone (Journal::verifyChain, timed on its own): >= 0.5 of sha256sum's bytes/s.
#include "BenchOutput.h"
#include "JournalCaseCache.h"
#include "Metric.h"

#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>

using namespace mamori;
using namespace mamori::bench;

namespace {

constexpr int kRuns = 3;

double timeMs(const std::function<void()>& work) {
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double medianMs(const std::function<void()>& work) {
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i)
        ms.append(timeMs(work));
    return median(ms);
}

// Writes every entry's canonical bytes, oldest first, into one file: exactly the bytes the
// chain hashes (without the 32-byte previous hash each link also takes in). Returns the size.
qint64 writeCanonical(Journal& journal, const QString& path) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::IoError, QStringLiteral("cannot write %1").arg(path));
    qint64 bytes = 0;
    qint64 after = 0;
    for (;;) {
        const QList<JournalEntry> page = journal.pageAscending({}, after, 10000);
        if (page.isEmpty())
            break;
        for (const JournalEntry& e : page) {
            const QByteArray c = e.canonicalBytes();
            if (out.write(c) != c.size())
                throw Error(ErrorCode::IoError, QStringLiteral("short write to %1").arg(path));
            bytes += c.size();
        }
        after = page.last().seq;
    }
    out.close();
    return bytes;
}

void runSha256sum(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("sha256sum failed: %1").arg(p.errorString()));
}

double mbPerS(qint64 bytes, double ms) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0) / (ms / 1000.0);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    QCoreApplication app(argc, argv);
    try {
        QElapsedTimer prepare;
        prepare.start();
        const bool reused = JournalCaseCache::ensure();
        printLine(reused ? QStringLiteral("case file: %1 (reused from an earlier run)")
                               .arg(JournalCaseCache::path())
                         : QStringLiteral("case file: %1 (built in %2 s)")
                               .arg(JournalCaseCache::path())
                               .arg(static_cast<double>(prepare.elapsed()) / 1000.0, 0, 'f', 1));
        const std::unique_ptr<CaseFile> file = JournalCaseCache::open();
        Journal& journal = file->journal();
        const qint64 entries = journal.count();

        const QTemporaryDir tmp;
        if (!tmp.isValid())
            throw Error(ErrorCode::IoError, QStringLiteral("no temporary directory"));
        const QString canonicalPath = QDir(tmp.path()).filePath(QStringLiteral("canonical.bin"));
        printProgress(QStringLiteral("writing the canonical bytes of %1 entries").arg(entries));
        const qint64 bytes = writeCanonical(journal, canonicalPath);
        printLine(QStringLiteral(
                      "%1 journal entries, %2 canonical bytes (%3 MiB); median of %4 runs each")
                      .arg(entries)
                      .arg(bytes)
                      .arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(kRuns));

        printProgress(QStringLiteral("timing sha256sum"));
        const double shaMs = medianMs([&] { runSha256sum(canonicalPath); });

        // The chain walk is timed on its own (Journal::verifyChain), and so are the whole verify
        // and PRAGMA integrity_check, for context. Timing the chain as "verify minus
        // integrity_check" was the difference of two 5-second figures, and its noise swamped it.
        QList<double> wholes, integrities, chains;
        for (int i = 0; i < kRuns; ++i) {
            printProgress(
                QStringLiteral("timing Journal::verifyChain, verify and PRAGMA integrity_check, run %1 of %2")
                    .arg(i + 1)
                    .arg(kRuns));
            VerifyResult chain;
            const double chainOnly = timeMs([&] { chain = journal.verifyChain(); });
            VerifyResult result;
            const double whole = timeMs([&] { result = journal.verify(); });
            for (const VerifyResult* v : {&chain, &result})
                if (!v->ok || v->checked != entries)
                    throw Error(
                        ErrorCode::Damaged,
                        QStringLiteral("verify failed: checked %1 of %2, first broken %3, integrity %4")
                            .arg(v->checked)
                            .arg(entries)
                            .arg(v->firstBrokenSeq)
                            .arg(v->integrity));
            QString integrity;
            const double integrityOnly = timeMs([&] { integrity = file->db().integrityCheck(); });
            if (integrity != QLatin1String("ok"))
                throw Error(ErrorCode::Damaged,
                            QStringLiteral("integrity_check: %1").arg(integrity));
            wholes.append(whole);
            integrities.append(integrityOnly);
            chains.append(chainOnly);
        }
        const double verifyMs = median(wholes);
        const double integrityMs = median(integrities);
        const double chainMs = median(chains);

        const double shaRate = mbPerS(bytes, shaMs);
        const double chainRate = mbPerS(bytes, chainMs);
        const double wholeRate = mbPerS(bytes, verifyMs);
        printLine(QStringLiteral("sha256sum: %1 ms (%2 MiB/s)")
                      .arg(shaMs, 0, 'f', 1)
                      .arg(shaRate, 0, 'f', 1));
        printLine(
            QStringLiteral("Journal::verify: %1 ms as a whole (%2 MiB/s), integrity_check alone %3 "
                           "ms; chain alone (Journal::verifyChain) %4 ms (%5 MiB/s)")
                .arg(verifyMs, 0, 'f', 1)
                .arg(wholeRate, 0, 'f', 1)
                .arg(integrityMs, 0, 'f', 1)
                .arg(chainMs, 0, 'f', 1)
                .arg(chainRate, 0, 'f', 1));
        Metric(QStringLiteral("verify_sha256sum_ms"), shaMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("verify_whole_ms"), verifyMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("verify_integrity_check_ms"), integrityMs, QStringLiteral("ms"), 1)
            .printInfo();
        Metric(QStringLiteral("verify_chain_ms"), chainMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("verify_sha256sum_rate"), shaRate, QStringLiteral("MiB/s"), 1)
            .printInfo();
        Metric(QStringLiteral("verify_chain_rate"), chainRate, QStringLiteral("MiB/s"), 1)
            .printInfo();
        Metric(QStringLiteral("verify_whole_rate"), wholeRate, QStringLiteral("MiB/s"), 1)
            .printInfo();
        Metric(QStringLiteral("verify_whole_rate_ratio"), wholeRate / shaRate,
               QStringLiteral("ratio"))
            .printInfo();
        Metric(QStringLiteral("verify_rate"), chainRate / shaRate, QStringLiteral("ratio"))
            .requireAtLeast(0.5);
    } catch (const Error& e) {
        printProgress(
            QStringLiteral("bench_verify_rate could not run: %1 %2").arg(e.message(), e.detail()));
        return 1;
    }
    return 0;
}
