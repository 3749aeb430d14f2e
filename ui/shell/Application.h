#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

#include "shell/TranslationLoader.h"

namespace mamori {
class CaseFile;
class Clock;
} // namespace mamori

namespace mamori::ui {

class AutoLock;
class ClipboardGuard;
class MainWindow;
class UnlockWindow;

// The application's controller: owns the open CaseFile and switches between the unlock window
// and the main window.
//
// Locking runs in two steps. First, at once: drafts are saved, the unlock window comes up
// (disabled), dialogs and popups are closed, the main window is hidden and our clipboard text
// cleared. Then, as soon as every nested event loop those dialogs ran has returned: the main
// window is deleted, the CaseFile closed (keys wiped) and the unlock window enabled, with the
// same case and login filled in. The split matters because a dialog's exec() - ours or a
// QMessageBox deep in a view - still has frames on the stack when the lock fires; deleting the
// window under them would crash.
class Application : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString caseDir;
        bool demo = false;
        const Clock* clock = nullptr; // nullptr = system clock; tests pass a FakeClock
    };

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    // Shows the unlock window (and starts the demo when asked).
    void start();

    UnlockWindow* unlockWindow() const;
    MainWindow* mainWindow() const;
    CaseFile* caseFile() const { return m_file.get(); }
    AutoLock* autoLock() const;
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    QString language() const { return m_translations.language(); }
    // True from the start of a lock until the file is closed.
    bool isLocking() const { return m_locking; }

public Q_SLOTS:
    void lock();
    void closeCase();
    void quit();
    // "system" | "ja" | "en": reinstalls the translators and rebuilds the windows; an open case
    // stays open.
    void setLanguage(const QString& language);

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    enum class After { ShowUnlock, ShowUnlockWithoutLogin, Quit };
    void onUnlocked();
    void createMainWindow();
    void showUnlockWindow(const QString& dir, const QString& login);
    void beginLock(After after);
    void finishLock(After after);
    void rebuildWindows();
    void runWhenUnwound(std::function<void()> fn);

    Options m_options;
    TranslationLoader m_translations;
    ClipboardGuard* m_clipboard;
    std::unique_ptr<CaseFile> m_file;
    QPointer<UnlockWindow> m_unlock;
    QPointer<MainWindow> m_main;
    QPointer<AutoLock> m_autoLock;
    bool m_locking = false;
    int m_baseLoopLevel = 0;
};

} // namespace mamori::ui
