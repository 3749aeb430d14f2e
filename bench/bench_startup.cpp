// bench_startup: wall time from process start to the unlock window shown, measured by running
// `mamori --startup-probe` (it exits 0 right after the unlock window is shown) with the
// offscreen platform: median of 10 runs after one warm-up. bench_qt_hello, run the same way,
// gives the floor any Qt Widgets program pays here.
#include "BenchOutput.h"
#include "Metric.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>

using namespace mamori::bench;

namespace {

constexpr int kRuns = 10;

struct Program {
    QString path;
    QStringList args;
};

// One timed start; nullopt when the program failed (it is then not measurable).
std::optional<double> runOnce(const Program& p, const QProcessEnvironment& env) {
    QProcess proc;
    proc.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    proc.start(p.path, p.args);
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit ||
        proc.exitCode() != 0) {
        // The program's own messages are shown only when it failed: they are noise otherwise.
        printProgress(
            QStringLiteral("%1 %2 failed (exit %3): %4\n%5")
                .arg(p.path, p.args.join(QLatin1Char(' ')))
                .arg(proc.exitCode())
                .arg(proc.errorString(), QString::fromLocal8Bit(proc.readAllStandardError())));
        return std::nullopt;
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::optional<double> medianStartMs(const Program& p, const QProcessEnvironment& env) {
    if (!runOnce(p, env)) // warm-up: fills the page cache, not counted
        return std::nullopt;
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        const std::optional<double> one = runOnce(p, env);
        if (!one)
            return std::nullopt;
        ms.append(*one);
    }
    std::sort(ms.begin(), ms.end());
    return (ms[kRuns / 2 - 1] + ms[kRuns / 2]) / 2.0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Program mamori{QStringLiteral(MAMORI_GUI_EXECUTABLE),
                         {QStringLiteral("--startup-probe")}};
    const Program hello{QStringLiteral(BENCH_QT_HELLO_EXECUTABLE), {}};
    if (mamori.path.isEmpty() || !QFileInfo(mamori.path).isExecutable()) {
        printProgress(
            QStringLiteral(
                "bench_startup could not run: the mamori GUI executable was not built (%1)")
                .arg(mamori.path.isEmpty() ? QStringLiteral("no target at configure time")
                                           : mamori.path));
        return 1;
    }
    // A private, empty settings/cache home: every run starts the same way and the benchmark
    // leaves nothing in the user's own configuration.
    const QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
               home.path()); // QTemporaryDir is 0700, as Qt wants

    const std::optional<double> mamoriMs = medianStartMs(mamori, env);
    if (!mamoriMs) {
        printProgress(
            QStringLiteral("bench_startup could not run: %1 --startup-probe did not exit 0")
                .arg(mamori.path));
        return 1;
    }
    const std::optional<double> helloMs = medianStartMs(hello, env);
    if (!helloMs) {
        printProgress(QStringLiteral("bench_startup could not run: bench_qt_hello did not exit 0"));
        return 1;
    }
    printLine(QStringLiteral("process start to unlock window shown: mamori %1 ms, trivial Qt "
                             "program %2 ms (median of %3 after 1 warm-up)")
                  .arg(*mamoriMs, 0, 'f', 1)
                  .arg(*helloMs, 0, 'f', 1)
                  .arg(kRuns));
    Metric(QStringLiteral("startup_qt_hello"), *helloMs, QStringLiteral("ms"), 1).printInfo();
    Metric(QStringLiteral("startup_vs_qt_hello"), *mamoriMs / *helloMs, QStringLiteral("ratio"))
        .printInfo();
    Metric(QStringLiteral("startup"), *mamoriMs, QStringLiteral("ms"), 1).requireBelow(500);
    return 0;
}
