// bench_qt_hello: the smallest Qt Widgets program, the yardstick for bench_startup: what any
// Qt application pays to start, show one window and exit on this machine.
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(480, 320);
    window.show();
    // Leave once the show has been processed, as `mamori --startup-probe` does.
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
