// mamori: the desktop application. Everything but the command line and the start-up checks
// lives in mamori_ui (ui/shell/Application).

#include "shell/Application.h"
#include "unlock/UnlockWindow.h"

#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QWindow>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {

// A crash must not leave the data key or a password in a core file.
void disableCoreDumps() {
#if defined(Q_OS_UNIX) && defined(QT_NO_DEBUG)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
}

// --startup-probe: ends the process as soon as the unlock window is on screen, so a benchmark
// can time process start to first window. Nothing is open yet, so nothing needs closing.
class StartupProbe : public QObject {
public:
    explicit StartupProbe(QObject* parent) : QObject(parent) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Expose) {
            const auto* window = qobject_cast<QWindow*>(watched);
            if (window && window->isExposed()) {
                QCoreApplication::processEvents();
                std::_Exit(0);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[]) {
    disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mamori"));
    QApplication::setOrganizationName(QStringLiteral("Mamori"));
    QApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mamori"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Case management for personal-information protection officers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo case file (invented data)."));
    parser.addOption(demo);
    QCommandLineOption probe(QStringLiteral("startup-probe"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probe);
    parser.addPositionalArgument(
        QStringLiteral("CASE_DIR"),
        QCoreApplication::translate("main", "The case file folder to open."),
        QStringLiteral("[CASE_DIR]"));
    parser.process(app);

    mamori::ui::Application::Options options;
    options.demo = parser.isSet(demo);
    if (!parser.positionalArguments().isEmpty())
        options.caseDir = QDir::cleanPath(
            QDir::current().absoluteFilePath(parser.positionalArguments().constFirst()));
    // Constructed before the check so that the refusal below is already translated.
    mamori::ui::Application mamoriApp(options);

    if (!mamori::linkedSqliteIsSqlCipher()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Mamori"),
                              QCoreApplication::translate(
                                  "main", "Mamori cannot start: the SQLite library it uses is not "
                                          "SQLCipher, so case files could not be encrypted. Please "
                                          "reinstall Mamori."));
        return EXIT_FAILURE;
    }

    mamoriApp.start();
    if (parser.isSet(probe)) {
        QWidget* window = mamoriApp.unlockWindow();
        window->winId(); // creates the QWindow so that its first Expose can be watched
        window->windowHandle()->installEventFilter(new StartupProbe(&app));
        if (window->windowHandle()->isExposed()) {
            QCoreApplication::processEvents();
            std::_Exit(0);
        }
    }
    return QApplication::exec();
}
