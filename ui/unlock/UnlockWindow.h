#pragma once

#include "casefile/CaseFile.h"
#include "demo/DemoCase.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mamori {
class Clock;
class Error;
} // namespace mamori

namespace mamori::ui {

class DemoLauncher;
class DemoPanel;

// The first window: choose a case file, sign in, or create a case file, open the demo, or use
// the recovery code. Opening failures are told apart (one message and hint per ErrorCode) and
// placed at the field they concern. On success it holds the open CaseFile and emits unlocked();
// Application takes the file with takeCaseFile().
class UnlockWindow : public QWidget {
    Q_OBJECT
public:
    explicit UnlockWindow(const Clock* clock = nullptr, QWidget* parent = nullptr);
    ~UnlockWindow() override;

    QString casePath() const;
    void setCasePath(const QString& dir);
    QString login() const;
    void setLogin(const QString& login);
    std::unique_ptr<CaseFile> takeCaseFile();

    void showDemoInfo(const DemoCase::Info& info);
    int throttleSecondsLeft() const { return m_throttleLeft; }
    // Replaces the "Break lock" confirmation box (tests answer it without a modal dialog).
    void setConfirmation(std::function<bool(const QString& question)> confirm);

public Q_SLOTS:
    void attemptOpen();
    void browse();
    void newCase();
    void openDemo();
    void useRecoveryCode();
    void breakLock();

Q_SIGNALS:
    void unlocked();

private:
    void buildUi();
    void reloadRecent();
    void clearMessages();
    void showMessage(QLabel* label, const QString& text);
    void showOpenError(const Error& error, const QString& dir);
    void startThrottle(int seconds);
    void throttleTick();
    void finishOpen(std::unique_ptr<CaseFile> file);
    void focusFirstEmpty();
    bool confirm(const QString& question);

    const Clock* m_clock;
    std::unique_ptr<CaseFile> m_file;
    QLineEdit* m_casePath = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_recentLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_loginError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_breakLock = nullptr;
    QPushButton* m_demoButton = nullptr;
    DemoPanel* m_demoPanel = nullptr;
    DemoLauncher* m_demo = nullptr;
    QTimer m_throttleTimer;
    int m_throttleLeft = 0;
    QString m_lockedDir;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace mamori::ui
