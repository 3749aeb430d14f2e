#include "Cli.h"
#include "ExitCodes.h"

#include "store/Database.h"

#include <QApplication>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// stderr belongs to mamori-cli's own messages (JSON ones in --json mode, parsed by scripts).
// Qt's debug and warning chatter (e.g. "XDG_RUNTIME_DIR not set" on a server) is not for the
// user; critical and fatal messages still go through.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // Passwords and the data key pass through this process: no core dump may keep them.
    const struct rlimit noCore = {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    // A closed output pipe (`mamori-cli journal list | head`) becomes a write error that the
    // command handles, instead of killing the process with the case file still open.
    std::signal(SIGPIPE, SIG_IGN);
#endif
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    // mamori-cli never shows a window, but rendering the recovery sheet needs a
    // QGuiApplication. The offscreen platform lets it run over SSH, from cron and in CI; it is
    // forced even when QT_QPA_PLATFORM says otherwise, because no display is ever wanted here.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietQtMessages);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mamori-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    // Refuse to run on plain SQLite: case files would be written unencrypted.
    if (!mamori::linkedSqliteIsSqlCipher()) {
        std::fputs("mamori-cli: the SQLite library in use is not SQLCipher; refusing to run.\n", stderr);
        return static_cast<int>(mamori::cli::ExitCode::Internal);
    }
    return mamori::cli::Cli().run(QCoreApplication::arguments());
}
