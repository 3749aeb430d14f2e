#include "TestCase.h"

#include "journal/Journal.h"
#include "organisation/SectionService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// 20 rounds: a child makes 200 journaled writes and is killed with SIGKILL after a random number
// of them (and at a random moment inside the next one). Afterwards the file must open, verify,
// and contain every write the child reported as done.
class TestCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWritersLoseNothingReported()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL semantics are Unix-only");
#endif
        TempCase tc;
        tc.close();
        QRandomGenerator rng(20251123);
        QStringList reported;
        for (int round = 0; round < 20; ++round) {
            QProcess child;
            child.start(QStringLiteral(CRASH_CHILD), {tc.dir(), kAdminLogin, QStringLiteral("R%1").arg(round), QStringLiteral("200")});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            const int killAfter = rng.bounded(0, 200);
            int seen = 0;
            QByteArray buffer;
            bool killed = false;
            while (!killed && child.state() != QProcess::NotRunning) {
                child.waitForReadyRead(100);
                buffer += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl);
                    buffer.remove(0, nl + 1);
                    if (line.startsWith("OK ")) {
                        reported << QString::fromLatin1(line.mid(3));
                        ++seen;
                    }
                    const bool due = (line == "READY" && killAfter == 0) || (line.startsWith("OK ") && seen >= killAfter);
                    if (due) {
                        // Land inside the next write: a short random spin before the kill.
                        QThread::usleep(rng.bounded(0, 3000));
                        child.kill();
                        killed = true;
                        break;
                    }
                }
            }
            child.waitForFinished();
            // Lines that arrived after the last read were written before the kill: they count.
            buffer += child.readAllStandardOutput();
            for (const QByteArray& line : buffer.split('\n'))
                if (line.startsWith("OK "))
                    reported << QString::fromLatin1(line.mid(3));
            QVERIFY2(killed || child.exitCode() == 0, child.readAllStandardError().constData());

            auto f = CaseFile::open(tc.dir(), kAdminLogin, pw(kAdminPassword), tc.options());
            const VerifyResult v = f->journal().verify();
            QVERIFY2(v.ok, qPrintable(QStringLiteral("round %1: first broken %2, integrity %3").arg(round).arg(v.firstBrokenSeq).arg(v.integrity)));
            for (const QString& code : std::as_const(reported))
                QVERIFY2(f->sections().byCode(code).has_value(), qPrintable(QStringLiteral("lost write %1").arg(code)));
        }
        QVERIFY(reported.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
