#include "unlock/UnlockWindow.h"

#include "shell/BusyCursor.h"
#include "unlock/CreateCaseWizard.h"
#include "unlock/DemoLauncher.h"
#include "unlock/DemoPanel.h"
#include "unlock/RecentCases.h"
#include "unlock/RecoveryCodeDialog.h"
#include "unlock/UnlockErrorText.h"

#include "casefile/CaseLock.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QLabel* messageLabel(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

// Overwrites a copy of a typed password before it is released; QString gives no stronger
// guarantee, the SecureBytes copy is what core uses.
void wipe(QString& s) {
    s.fill(QLatin1Char(' '));
    s.clear();
}
} // namespace

UnlockWindow::UnlockWindow(const Clock* clock, QWidget* parent) : QWidget(parent), m_clock(clock) {
    setObjectName(QStringLiteral("unlockWindow"));
    setWindowTitle(tr("Mamori — Open case file"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mamori.svg")));
    m_demo = new DemoLauncher(this);
    buildUi();
    reloadRecent();
    const QStringList recent = RecentCases::list();
    if (!recent.isEmpty())
        setCasePath(recent.first());
    m_throttleTimer.setInterval(1000);
    connect(&m_throttleTimer, &QTimer::timeout, this, &UnlockWindow::throttleTick);
    connect(m_demo, &DemoLauncher::ready, this, [this](const DemoCase::Info& info) {
        m_demoButton->setEnabled(true);
        m_status->hide();
        showDemoInfo(info);
    });
    connect(m_demo, &DemoLauncher::failed, this, [this](const QString& message) {
        m_demoButton->setEnabled(true);
        m_status->hide();
        showMessage(m_message, tr("The demo case file could not be created: %1").arg(message));
    });
}

UnlockWindow::~UnlockWindow() {
    m_password->clear();
}

void UnlockWindow::buildUi() {
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mamori.svg")).pixmap(48, 48));
    // Without Qt's SVG image plugin the icon is empty; the title stands alone then.
    icon->setVisible(!icon->pixmap().isNull());
    auto* title = new QLabel(QStringLiteral("<b style=\"font-size:18pt\">Mamori</b><br>") +
                                 tr("Personal-information protection case files"),
                             this);
    title->setObjectName(QStringLiteral("title"));
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    m_casePath = new QLineEdit(this);
    m_casePath->setObjectName(QStringLiteral("casePath"));
    m_casePath->setPlaceholderText(tr("Folder ending in .mamori"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_casePath, 1);
    pathRow->addWidget(browse);

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentCases"));
    m_recent->setMaximumHeight(4 * fontMetrics().height() + 12);
    m_recentLabel = new QLabel(tr("Recent:"), this);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoAutoUppercase |
                                 Qt::ImhNoPredictiveText);
    m_loginError = messageLabel(QStringLiteral("loginError"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = messageLabel(QStringLiteral("passwordError"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Case file:"), pathRow);
    form->addRow(m_recentLabel, m_recent);
    form->addRow(tr("Login:"), m_login);
    form->addRow(QString(), m_loginError);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_passwordError);

    m_message = messageLabel(QStringLiteral("messageLabel"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_breakLock = new QPushButton(tr("Break lock…"), this);
    m_breakLock->setObjectName(QStringLiteral("breakLockButton"));
    m_breakLock->hide();
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setDefault(true);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_breakLock);
    openRow->addStretch(1);
    openRow->addWidget(m_open);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* newCase = new QPushButton(tr("New case file…"), this);
    newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_demoButton = new QPushButton(tr("Open demo"), this);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    auto* recovery = new QPushButton(tr("Use recovery code…"), this);
    recovery->setObjectName(QStringLiteral("recoveryButton"));
    auto* moreRow = new QHBoxLayout;
    moreRow->addWidget(newCase);
    moreRow->addWidget(m_demoButton);
    moreRow->addStretch(1);
    moreRow->addWidget(recovery);

    m_demoPanel = new DemoPanel(this);
    m_demoPanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addLayout(openRow);
    layout->addWidget(line);
    layout->addLayout(moreRow);
    layout->addWidget(m_demoPanel, 1);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &UnlockWindow::browse);
    connect(m_open, &QPushButton::clicked, this, &UnlockWindow::attemptOpen);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockWindow::attemptOpen);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_breakLock, &QPushButton::clicked, this, &UnlockWindow::breakLock);
    connect(newCase, &QPushButton::clicked, this, &UnlockWindow::newCase);
    connect(m_demoButton, &QPushButton::clicked, this, &UnlockWindow::openDemo);
    connect(recovery, &QPushButton::clicked, this, &UnlockWindow::useRecoveryCode);
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        setCasePath(item->data(Qt::UserRole).toString());
        focusFirstEmpty();
    });
    connect(m_demoPanel, &DemoPanel::loginChosen, this, [this](const QString& login) {
        setLogin(login);
        m_password->setFocus();
    });
}

void UnlockWindow::reloadRecent() {
    m_recent->clear();
    const QStringList recent = RecentCases::list();
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        // A case on a drive that is not connected stays listed, greyed out.
        if (!QFileInfo::exists(path))
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_recent->setVisible(!recent.isEmpty());
    m_recentLabel->setVisible(!recent.isEmpty());
}

QString UnlockWindow::casePath() const {
    const QString text = m_casePath->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void UnlockWindow::setCasePath(const QString& dir) {
    m_casePath->setText(QDir::toNativeSeparators(dir));
    // Mark the entry of the recent list that is now chosen, if any.
    const QString clean = QDir::cleanPath(dir);
    m_recent->clearSelection();
    for (int i = 0; i < m_recent->count(); ++i) {
        if (m_recent->item(i)->data(Qt::UserRole).toString() == clean)
            m_recent->setCurrentRow(i);
    }
}

QString UnlockWindow::login() const {
    return m_login->text().trimmed();
}

void UnlockWindow::setLogin(const QString& login) {
    m_login->setText(login);
}

std::unique_ptr<CaseFile> UnlockWindow::takeCaseFile() {
    return std::move(m_file);
}

void UnlockWindow::setConfirmation(std::function<bool(const QString&)> confirm) {
    m_confirm = std::move(confirm);
}

bool UnlockWindow::confirm(const QString& question) {
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::warning(this, tr("Break lock"), question,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

void UnlockWindow::focusFirstEmpty() {
    if (m_casePath->text().trimmed().isEmpty())
        m_casePath->setFocus();
    else if (m_login->text().trimmed().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void UnlockWindow::clearMessages() {
    for (QLabel* l : {m_loginError, m_passwordError, m_message}) {
        l->clear();
        l->hide();
    }
    m_breakLock->hide();
    m_lockedDir.clear();
}

void UnlockWindow::showMessage(QLabel* label, const QString& text) {
    label->setText(text);
    label->show();
}

void UnlockWindow::attemptOpen() {
    if (m_throttleLeft > 0)
        return;
    clearMessages();
    QString typed = m_password->text();
    // Cleared after every attempt, successful or not.
    m_password->clear();
    const QString dir = casePath();
    if (dir.isEmpty()) {
        wipe(typed);
        showMessage(m_message, tr("Choose a case file first: type its folder or use Browse…."));
        m_casePath->setFocus();
        return;
    }
    if (login().isEmpty()) {
        wipe(typed);
        showMessage(m_loginError, tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    if (typed.isEmpty()) {
        showMessage(m_passwordError, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    SecureBytes password = SecureBytes::fromString(typed);
    wipe(typed);
    std::unique_ptr<CaseFile> file;
    try {
        BusyCursor busy(BusyCursor::Show::Now);
        file = CaseFile::open(dir, login(), password, CaseOpenOptions{m_clock});
    } catch (const Error& e) {
        password.clear();
        showOpenError(e, dir);
        return;
    }
    password.clear();
    finishOpen(std::move(file));
}

void UnlockWindow::finishOpen(std::unique_ptr<CaseFile> file) {
    m_file = std::move(file);
    RecentCases::add(m_file->dir());
    reloadRecent();
    Q_EMIT unlocked();
}

void UnlockWindow::showOpenError(const Error& error, const QString& dir) {
    const UnlockErrorText::Text text = UnlockErrorText::forError(error);
    switch (text.place) {
    case UnlockErrorText::Place::Login:
        showMessage(m_loginError, text.message);
        m_login->setFocus();
        m_login->selectAll();
        break;
    case UnlockErrorText::Place::Password:
        showMessage(m_passwordError, text.message);
        m_password->setFocus();
        break;
    case UnlockErrorText::Place::General:
        showMessage(m_message, text.message);
        m_password->setFocus();
        break;
    }
    if (error.code() == ErrorCode::Throttled)
        startThrottle(error.retryAfterSeconds());
    if (error.code() == ErrorCode::Locked) {
        const LockOwner owner = CaseLock::owner(dir);
        if (owner.stale || (owner.locked && owner.host != QSysInfo::machineHostName())) {
            showMessage(m_message,
                        text.message + QLatin1Char('\n') + UnlockErrorText::breakableLockHint());
            m_lockedDir = dir;
            m_breakLock->show();
        }
    }
}

void UnlockWindow::startThrottle(int seconds) {
    m_throttleLeft = qMax(1, seconds);
    m_open->setEnabled(false);
    m_open->setText(tr("Open (%1)").arg(m_throttleLeft));
    m_throttleTimer.start();
}

void UnlockWindow::throttleTick() {
    m_throttleLeft = qMax(0, m_throttleLeft - 1);
    if (m_throttleLeft > 0) {
        m_open->setText(tr("Open (%1)").arg(m_throttleLeft));
        return;
    }
    m_throttleTimer.stop();
    m_open->setText(tr("Open"));
    m_open->setEnabled(true);
}

void UnlockWindow::browse() {
    const QString start = casePath().isEmpty() ? QString() : QFileInfo(casePath()).absolutePath();
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Choose the case file folder"), start);
    if (dir.isEmpty())
        return;
    setCasePath(dir);
    clearMessages();
    focusFirstEmpty();
}

void UnlockWindow::breakLock() {
    const QString dir = m_lockedDir;
    if (dir.isEmpty())
        return;
    const LockOwner owner = CaseLock::owner(dir);
    const QString question = tr("Break the lock of %1?\n\nMamori on computer %2 (process %3) may "
                                "still have it open. Break the lock "
                                "only if you are sure that Mamori is no longer running there: two "
                                "programs writing to the same case "
                                "file can damage it.")
                                 .arg(QDir::toNativeSeparators(dir), owner.host)
                                 .arg(owner.pid);
    if (!confirm(question))
        return;
    clearMessages();
    if (CaseLock::breakLock(dir))
        showMessage(m_message,
                    tr("The lock was removed. Enter your password to open the case file."));
    else
        showMessage(
            m_message,
            tr("The lock could not be removed. Check that you may write to the case folder."));
    m_password->setFocus();
}

void UnlockWindow::newCase() {
    clearMessages();
    CreateCaseWizard wizard(m_clock, this);
    wizard.exec();
    // Once created, the case is open whatever button closed the wizard.
    if (std::unique_ptr<CaseFile> file = wizard.takeCaseFile()) {
        setCasePath(file->dir());
        finishOpen(std::move(file));
    }
}

void UnlockWindow::openDemo() {
    clearMessages();
    m_demoButton->setEnabled(false);
    m_status->setText(tr("Preparing the demo case file… The first time this takes a few seconds."));
    m_status->show();
    m_demo->start();
}

void UnlockWindow::showDemoInfo(const DemoCase::Info& info) {
    setCasePath(info.dir);
    setLogin(QStringLiteral("admin"));
    m_demoPanel->setInfo(info);
    m_demoPanel->show();
    if (!isMaximized() && !isFullScreen())
        resize(width(), qMax(height(), sizeHint().height()));
    m_password->setFocus();
}

void UnlockWindow::useRecoveryCode() {
    clearMessages();
    const QString dir = casePath();
    if (dir.isEmpty()) {
        showMessage(m_message, tr("Choose the case file first, then use its recovery code."));
        m_casePath->setFocus();
        return;
    }
    RecoveryCodeDialog dialog(dir, CaseOpenOptions{m_clock}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<CaseFile> file = dialog.takeCaseFile())
        finishOpen(std::move(file));
}

} // namespace mamori::ui
