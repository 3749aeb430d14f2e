// Child of tst_crash: opens the case file and makes journaled writes, one transaction each,
// printing "OK <code>" only after each commit returned. The parent kills it with SIGKILL at a
// random moment and then checks that every reported write survived.
#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 64;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const QString login = QString::fromLocal8Bit(argv[2]);
    const QString prefix = QString::fromLocal8Bit(argv[3]);
    const int count = QByteArray(argv[4]).toInt();
    try {
        auto file = mamori::CaseFile::open(dir, login, mamori::SecureBytes::fromString(QStringLiteral("correct-horse-battery")));
        std::printf("READY\n");
        std::fflush(stdout);
        for (int i = 0; i < count; ++i) {
            const QString code = QStringLiteral("%1-%2").arg(prefix).arg(i);
            file->sections().add(file->session(), code, QStringLiteral("クラッシュ試験課"));
            std::printf("OK %s\n", code.toLatin1().constData());
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
