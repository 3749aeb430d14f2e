#include "shell/Application.h"

#include "settings/LocalSettings.h"
#include "shell/AutoLock.h"
#include "shell/ClipboardGuard.h"
#include "shell/DialogCloser.h"
#include "shell/DraftKeeper.h"
#include "shell/MainWindow.h"
#include "unlock/UnlockWindow.h"

#include "casefile/CaseFile.h"
#include "settings/CaseSettings.h"

#include <QApplication>
#include <QThread>
#include <QTimer>

namespace mamori::ui {

namespace {
// How often a deferred step looks again whether the nested event loops have returned.
constexpr int kUnwindPollMs = 10;
} // namespace

Application::Application(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clipboard(new ClipboardGuard(this)) {
    m_translations.install(LocalSettings::language());
}

Application::~Application() {
    if (m_autoLock)
        m_autoLock->stop();
    delete m_autoLock.data();
    delete m_main.data();
    if (m_file)
        m_file->close();
    m_file.reset();
    delete m_unlock.data();
}

UnlockWindow* Application::unlockWindow() const {
    return m_unlock;
}

MainWindow* Application::mainWindow() const {
    return m_main;
}

AutoLock* Application::autoLock() const {
    return m_autoLock;
}

void Application::start() {
    showUnlockWindow(m_options.caseDir, QString());
    if (m_options.demo)
        m_unlock->openDemo();
}

void Application::showUnlockWindow(const QString& dir, const QString& login) {
    if (!m_unlock) {
        m_unlock = new UnlockWindow(m_options.clock);
        connect(m_unlock, &UnlockWindow::unlocked, this, &Application::onUnlocked);
    }
    if (!dir.isEmpty())
        m_unlock->setCasePath(dir);
    m_unlock->setLogin(login);
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void Application::onUnlocked() {
    if (!m_unlock)
        return;
    m_file = m_unlock->takeCaseFile();
    if (!m_file)
        return;
    // The level at which the windows live; lock waits until nested loops are back down to it.
    m_baseLoopLevel = QThread::currentThread()->loopLevel();
    createMainWindow();
    m_autoLock = new AutoLock(m_file->settings(), m_file->clock(), this);
    connect(m_autoLock, &AutoLock::lockRequested, this, &Application::lock);
    // We are inside the unlock window's signal: it goes once that call has returned.
    UnlockWindow* old = m_unlock;
    m_unlock = nullptr;
    old->hide();
    old->deleteLater();
    Q_EMIT unlocked();
}

void Application::createMainWindow() {
    m_main = new MainWindow(*m_file);
    connect(m_main, &MainWindow::lockRequested, this, &Application::lock);
    connect(m_main, &MainWindow::closeCaseRequested, this, &Application::closeCase);
    connect(m_main, &MainWindow::quitRequested, this, &Application::quit);
    connect(m_main, &MainWindow::languageChanged, this, &Application::setLanguage);
    DraftKeeper::restoreAll(*m_file, m_main);
    m_main->show();
}

void Application::lock() {
    beginLock(After::ShowUnlock);
}

void Application::closeCase() {
    beginLock(After::ShowUnlockWithoutLogin);
}

void Application::quit() {
    if (!m_file) {
        QCoreApplication::quit();
        return;
    }
    beginLock(After::Quit);
}

void Application::beginLock(After after) {
    if (m_locking || !m_file)
        return;
    m_locking = true;
    if (m_autoLock) {
        m_autoLock->stop();
        m_autoLock->deleteLater();
        m_autoLock = nullptr;
    }
    // Drafts first, while every editor still holds its text and the file is open.
    DraftKeeper::saveAll(*m_file, DraftKeeper::openSources());

    const QString dir = m_file->dir();
    const bool keepLogin = after == After::ShowUnlock && !m_file->session().isRecovery();
    if (after != After::Quit) {
        // Up before anything closes, so the application never runs out of windows (which would
        // quit it), and disabled until the file is really closed.
        showUnlockWindow(dir, keepLogin ? m_file->session().login() : QString());
        m_unlock->setEnabled(false);
    }
    DialogCloser::closeAll({m_unlock.data(), m_main.data()});
    if (m_main)
        m_main->hide();
    m_clipboard->clearIfOurs();
    runWhenUnwound([this, after] { finishLock(after); });
}

void Application::finishLock(After after) {
    delete m_main.data();
    if (m_file)
        m_file->close();
    m_file.reset();
    m_locking = false;
    if (after == After::Quit) {
        QCoreApplication::quit();
        return;
    }
    if (m_unlock) {
        m_unlock->setEnabled(true);
        m_unlock->activateWindow();
    }
    Q_EMIT locked();
}

void Application::runWhenUnwound(std::function<void()> fn) {
    // Queued: whoever called us (a menu action, a timer, a dialog's key handler) returns first.
    QTimer::singleShot(0, this, [this, fn = std::move(fn)]() mutable {
        if (QThread::currentThread()->loopLevel() > m_baseLoopLevel) {
            QTimer::singleShot(kUnwindPollMs, this, [this, fn = std::move(fn)]() mutable {
                runWhenUnwound(std::move(fn));
            });
            return;
        }
        fn();
    });
}

void Application::setLanguage(const QString& language) {
    LocalSettings::setLanguage(language);
    m_translations.install(language);
    runWhenUnwound([this] { rebuildWindows(); });
}

void Application::rebuildWindows() {
    if (m_main && m_file && !m_locking) {
        // Unsaved input goes through the draft store and comes back in the new window.
        DraftKeeper::saveAll(*m_file, DraftKeeper::sourcesIn(m_main));
        const QByteArray geometry = m_main->saveGeometry();
        const QString area = m_main->currentArea();
        DialogCloser::closeAll({m_main.data(), m_unlock.data()});
        delete m_main.data();
        createMainWindow();
        m_main->restoreGeometry(geometry);
        if (!area.isEmpty())
            m_main->showArea(area);
    }
    if (m_unlock && !m_locking) {
        const QString dir = m_unlock->casePath();
        const QString login = m_unlock->login();
        const bool visible = m_unlock->isVisible();
        delete m_unlock.data();
        if (visible)
            showUnlockWindow(dir, login);
    }
}

} // namespace mamori::ui
