// The unlock window: every way opening can fail gets its own message at the right place, the
// password never survives an attempt, and the recent list holds paths only.

#include "TestCase.h"

#include "settings/LocalSettings.h"
#include "unlock/CreateCaseWizard.h"
#include "unlock/DemoLauncher.h"
#include "unlock/RecentCases.h"
#include "unlock/RecoveryCodeDialog.h"
#include "unlock/UnlockWindow.h"

#include "casefile/CaseFile.h"
#include "casefile/CaseLock.h"
#include "common/Error.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::ui;
using namespace mamori::test;

class TestUnlock : public QObject {
    Q_OBJECT

private:
    struct Form {
        QLineEdit* login;
        QLineEdit* password;
        QPushButton* open;
        QLabel* loginError;
        QLabel* passwordError;
        QLabel* message;
    };
    static Form form(UnlockWindow& w) {
        Form f{w.findChild<QLineEdit*>(QStringLiteral("login")),
               w.findChild<QLineEdit*>(QStringLiteral("password")),
               w.findChild<QPushButton*>(QStringLiteral("openButton")),
               w.findChild<QLabel*>(QStringLiteral("loginError")),
               w.findChild<QLabel*>(QStringLiteral("passwordError")),
               w.findChild<QLabel*>(QStringLiteral("messageLabel"))};
        return f;
    }
    static void attempt(UnlockWindow& w, const QString& dir, const QString& login,
                        const QString& password) {
        w.setCasePath(dir);
        w.setLogin(login);
        form(w).password->setText(password);
        form(w).open->click();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MamoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_unlock"));
    }

    void init() { QSettings().clear(); }

    void objectNamesAreSet() {
        UnlockWindow w;
        const Form f = form(w);
        QVERIFY(f.login && f.password && f.open && f.loginError && f.passwordError && f.message);
        for (const char* name : {"casePath", "browseButton", "recentCases", "newCaseButton",
                                 "demoButton", "recoveryButton", "breakLockButton", "demoPanel"})
            QVERIFY2(w.findChild<QWidget*>(QString::fromLatin1(name)), name);
        QCOMPARE(f.password->echoMode(), QLineEdit::Password);
    }

    void openSucceedsWithAdmin() {
        TempCase tc;
        tc.close();
        UnlockWindow w(&tc.clock());
        QSignalSpy unlocked(&w, &UnlockWindow::unlocked);
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(form(w).password->text().isEmpty());
        std::unique_ptr<CaseFile> file = w.takeCaseFile();
        QVERIFY(file && file->isOpen());
        QCOMPARE(file->session().login(), kAdminLogin);
        QCOMPARE(RecentCases::list(), QStringList{QDir::cleanPath(tc.dir())});
    }

    void wrongPasswordShowsMessageAtPasswordField() {
        TempCase tc;
        tc.close();
        UnlockWindow w(&tc.clock());
        QSignalSpy unlocked(&w, &UnlockWindow::unlocked);
        attempt(w, tc.dir(), kAdminLogin, QStringLiteral("not-the-password"));
        const Form f = form(w);
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!w.takeCaseFile());
        QVERIFY(f.password->text().isEmpty());
        QVERIFY(f.passwordError->isVisibleTo(&w));
        QVERIFY2(f.passwordError->text().contains(QStringLiteral("The password is not correct.")),
                 qPrintable(f.passwordError->text()));
        QVERIFY(f.passwordError->text().contains(QStringLiteral("Caps Lock")));
        QVERIFY(!f.loginError->isVisibleTo(&w));
        QVERIFY(!f.message->isVisibleTo(&w));
        // The login stays for the next attempt.
        QCOMPARE(f.login->text(), kAdminLogin);
        QVERIFY(RecentCases::list().isEmpty());
    }

    void unknownLoginShowsMessageAtLoginField() {
        TempCase tc;
        tc.close();
        UnlockWindow w(&tc.clock());
        attempt(w, tc.dir(), QStringLiteral("nobody"), kAdminPassword);
        const Form f = form(w);
        QVERIFY(f.loginError->isVisibleTo(&w));
        QVERIFY2(
            f.loginError->text().contains(QStringLiteral("There is no account with that login")),
            qPrintable(f.loginError->text()));
        QVERIFY(!f.passwordError->isVisibleTo(&w));
        QVERIFY(f.password->text().isEmpty());
    }

    void emptyFieldsAreNamed() {
        TempCase tc;
        tc.close();
        UnlockWindow w(&tc.clock());
        attempt(w, tc.dir(), QString(), kAdminPassword);
        QVERIFY(form(w).loginError->isVisibleTo(&w));
        QVERIFY(form(w).password->text().isEmpty());
        attempt(w, tc.dir(), kAdminLogin, QString());
        QVERIFY(!form(w).loginError->isVisibleTo(&w));
        QVERIFY(form(w).passwordError->isVisibleTo(&w));
        attempt(w, QString(), kAdminLogin, kAdminPassword);
        QVERIFY(form(w).message->isVisibleTo(&w));
        QVERIFY(form(w).password->text().isEmpty());
    }

    void notACaseFileFolder() {
        QTemporaryDir tmp;
        QFile other(QDir(tmp.path()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("hello");
        other.close();
        UnlockWindow w;
        attempt(w, tmp.path(), kAdminLogin, kAdminPassword);
        const Form f = form(w);
        QVERIFY(f.message->isVisibleTo(&w));
        QVERIFY2(f.message->text().contains(QStringLiteral("is not a Mamori case file")),
                 qPrintable(f.message->text()));
        QVERIFY(f.message->text().contains(QStringLiteral(".mamori")));
        QVERIFY(!f.loginError->isVisibleTo(&w));
        QVERIFY(!f.passwordError->isVisibleTo(&w));
        QVERIFY(f.password->text().isEmpty());
    }

    void missingFolder() {
        QTemporaryDir tmp;
        UnlockWindow w;
        attempt(w, QDir(tmp.path()).filePath(QStringLiteral("gone.mamori")), kAdminLogin,
                kAdminPassword);
        QVERIFY(form(w).message->isVisibleTo(&w));
        QVERIFY(form(w).message->text().contains(QStringLiteral("does not exist")));
        QVERIFY(form(w).message->text().contains(QStringLiteral("Browse")));
    }

    void damagedCaseFile() {
        TempCase tc;
        tc.close();
        QFile db(QDir(tc.dir()).filePath(CaseFile::databaseFileName()));
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.resize(100));
        db.close();
        UnlockWindow w(&tc.clock());
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        QVERIFY(form(w).message->isVisibleTo(&w));
        QVERIFY2(form(w).message->text().contains(QStringLiteral("damaged")),
                 qPrintable(form(w).message->text()));
        QVERIFY(form(w).message->text().contains(QStringLiteral("backup")));
    }

    void lockedByThisProcessOffersNoBreak() {
        TempCase tc; // keeps the file open, so its lock is held by a live process: us
        UnlockWindow w(&tc.clock());
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        QVERIFY(form(w).message->isVisibleTo(&w));
        QVERIFY2(form(w).message->text().contains(QStringLiteral("already open")),
                 qPrintable(form(w).message->text()));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("breakLockButton"))->isVisibleTo(&w));
    }

    void lockFromAnotherComputerCanBeBroken() {
        TempCase tc;
        tc.close();
        // A lock file as another machine's Mamori leaves it (QLockFile's format: pid, app, host).
        QFile lock(QDir(tc.dir()).filePath(CaseLock::fileName()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\nmamori\nother-pc-kaikei\n");
        lock.close();
        UnlockWindow w(&tc.clock());
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        auto* breakButton = w.findChild<QPushButton*>(QStringLiteral("breakLockButton"));
        QVERIFY(breakButton->isVisibleTo(&w));
        QVERIFY(form(w).message->text().contains(QStringLiteral("other-pc-kaikei")));

        QString asked;
        w.setConfirmation([&](const QString& q) {
            asked = q;
            return false;
        });
        breakButton->click();
        QVERIFY(asked.contains(QStringLiteral("other-pc-kaikei")));
        QVERIFY(QFile::exists(lock.fileName()));

        w.setConfirmation([](const QString&) { return true; });
        breakButton->click();
        QVERIFY(!QFile::exists(lock.fileName()));
        QSignalSpy unlocked(&w, &UnlockWindow::unlocked);
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        QCOMPARE(unlocked.count(), 1);
    }

    void throttledDisablesOpen() {
        TempCase tc;
        tc.close();
        UnlockWindow w(&tc.clock());
        // Three free failures, the fourth sets a wait; the fifth attempt is refused for it.
        for (int i = 0; i < 4; ++i)
            attempt(w, tc.dir(), kAdminLogin, QStringLiteral("wrong-%1").arg(i));
        QVERIFY(form(w).open->isEnabled());
        attempt(w, tc.dir(), kAdminLogin, kAdminPassword);
        QVERIFY(!form(w).open->isEnabled());
        QVERIFY(w.throttleSecondsLeft() > 0);
        QVERIFY(form(w).message->isVisibleTo(&w));
        QVERIFY2(form(w).message->text().contains(QStringLiteral("Try again in")),
                 qPrintable(form(w).message->text()));
        QVERIFY(!w.takeCaseFile());
    }

    void recoveryCodeOpensRecoverySession() {
        TempCase tc;
        const QString code =
            QString::fromLatin1(reinterpret_cast<const char*>(tc.recoveryCode().data()),
                                static_cast<qsizetype>(tc.recoveryCode().size()));
        tc.close();
        RecoveryCodeDialog wrong(tc.dir(), tc.options());
        auto* field = wrong.findChild<QLineEdit*>(QStringLiteral("recoveryCode"));
        field->setText(QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
        wrong.accept();
        QVERIFY(!wrong.takeCaseFile());
        QVERIFY(field->text().isEmpty());
        QVERIFY(wrong.findChild<QLabel*>(QStringLiteral("recoveryError"))->isVisibleTo(&wrong));

        RecoveryCodeDialog right(tc.dir(), tc.options());
        right.findChild<QLineEdit*>(QStringLiteral("recoveryCode"))->setText(code.toLower());
        right.accept();
        QCOMPARE(right.result(), int(QDialog::Accepted));
        std::unique_ptr<CaseFile> file = right.takeCaseFile();
        QVERIFY(file);
        QVERIFY(file->session().isRecovery());
    }

    void recentListKeepsEightPathsOnly() {
        for (int i = 0; i < 10; ++i)
            RecentCases::add(QStringLiteral("/cases/c%1.mamori").arg(i));
        RecentCases::add(QStringLiteral("/cases/c3.mamori"));
        const QStringList l = RecentCases::list();
        QCOMPARE(l.size(), LocalSettings::kMaxRecentCases);
        QCOMPARE(l.first(), QStringLiteral("/cases/c3.mamori"));
        QCOMPARE(l.count(QStringLiteral("/cases/c3.mamori")), 1);
        QVERIFY(!l.contains(QStringLiteral("/cases/c0.mamori")));
        // Nothing but the list of paths is written: no logins, no names.
        QSettings s;
        QCOMPARE(s.allKeys(), QStringList{QStringLiteral("ui/recentCases")});

        UnlockWindow w;
        QCOMPARE(w.casePath(), QStringLiteral("/cases/c3.mamori"));
        QVERIFY(w.login().isEmpty());
    }

    void createCaseWizard() {
        QTemporaryDir parent;
        CreateCaseWizard wizard;
        wizard.show();
        QCOMPARE(wizard.currentId(), int(CreateCaseWizard::FolderPage));
        wizard.findChild<QLineEdit*>(QStringLiteral("parentDir"))->setText(parent.path());
        wizard.findChild<QLineEdit*>(QStringLiteral("caseName"))
            ->setText(QStringLiteral("2026年度"));
        QCOMPARE(wizard.caseDir(), QDir(parent.path()).filePath(QStringLiteral("2026年度.mamori")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateCaseWizard::OrganisationPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the organisation is required
        wizard.findChild<QLineEdit*>(QStringLiteral("organisation"))
            ->setText(QStringLiteral("向日市"));
        wizard.findChild<QRadioButton*>(QStringLiteral("presetMuko"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateCaseWizard::AdminPage));

        auto* login = wizard.findChild<QLineEdit*>(QStringLiteral("adminLogin"));
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("adminName"));
        auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("adminPassword"));
        auto* confirm = wizard.findChild<QLineEdit*>(QStringLiteral("adminPasswordConfirm"));
        login->setText(QStringLiteral("admin"));
        name->setText(QStringLiteral("山田 花子"));
        // Too short: core's message at the password field, nothing created, fields cleared.
        password->setText(QStringLiteral("short-pw"));
        confirm->setText(QStringLiteral("short-pw"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateCaseWizard::AdminPage));
        auto* passwordError = wizard.findChild<QLabel*>(QStringLiteral("adminPasswordError"));
        QVERIFY(passwordError->isVisibleTo(&wizard));
        QVERIFY(passwordError->text().contains(QStringLiteral("at least 12")));
        QVERIFY(password->text().isEmpty() && confirm->text().isEmpty());
        QVERIFY(!QFileInfo::exists(wizard.caseDir()));
        // Two different passwords.
        password->setText(QStringLiteral("a-long-enough-passphrase"));
        confirm->setText(QStringLiteral("a-long-enough-passphrase!"));
        wizard.next();
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("adminPasswordConfirmError"))
                    ->isVisibleTo(&wizard));
        QVERIFY(!wizard.caseFile());

        password->setText(QStringLiteral("a-long-enough-passphrase"));
        confirm->setText(QStringLiteral("a-long-enough-passphrase"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateCaseWizard::RecoveryPage));
        QVERIFY(wizard.caseFile());
        QCOMPARE(wizard.caseFile()->settings().organisationName(), QStringLiteral("向日市"));
        const QString code = wizard.recoveryCodeText();
        QCOMPARE(code.size(), 39);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("recoveryCodeLabel"))
                    ->text()
                    .contains(code.left(4)));

        // Finish only after the sheet has been saved (or printed).
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.reject(); // refused: the code would be lost
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("sheetStatus"))
                    ->text()
                    .contains(QStringLiteral("first")));
        QString error;
        QVERIFY2(
            wizard.saveSheet(QDir(parent.path()).filePath(QStringLiteral("sheet.pdf")), &error),
            qPrintable(error));
        QVERIFY(QFileInfo(QDir(parent.path()).filePath(QStringLiteral("sheet.pdf"))).size() > 0);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // The code is gone from the wizard and from the screen.
        QVERIFY(!wizard.hasRecoveryCode());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("recoveryCodeLabel"))->text().isEmpty());
        std::unique_ptr<CaseFile> file = wizard.takeCaseFile();
        QVERIFY(file && file->isOpen());
        QCOMPARE(file->session().login(), QStringLiteral("admin"));
        file.reset();
        // And the recovery code opens the new file.
        QVERIFY(CaseFile::openWithRecoveryCode(wizard.caseDir(), SecureBytes::fromString(code)));
    }

    void demoIsCreatedOnceAndReused() {
        QDir(DemoLauncher::demoDir()).removeRecursively();
        UnlockWindow w;
        QSignalSpy unlocked(&w, &UnlockWindow::unlocked);
        w.openDemo();
        auto* panel = w.findChild<QWidget*>(QStringLiteral("demoPanel"));
        auto* message = w.findChild<QLabel*>(QStringLiteral("messageLabel"));
        // Ends on success or on the failure's message (said, rather than waiting out the timeout).
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisibleTo(&w) || !message->text().isEmpty(), 240000);
        QVERIFY2(panel->isVisibleTo(&w), qPrintable(message->text()));
        QCOMPARE(w.casePath(), QDir::cleanPath(DemoLauncher::demoDir()));
        QCOMPARE(w.login(), QStringLiteral("admin"));
        auto* logins = w.findChild<QTableWidget*>(QStringLiteral("demoLogins"));
        QVERIFY(logins->rowCount() > 1);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("demoPassword"))
                    ->text()
                    .contains(DemoCase::password()));

        UnlockWindow again;
        again.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(
            again.findChild<QWidget*>(QStringLiteral("demoPanel"))->isVisibleTo(&again), 120000);
        QCOMPARE(again.findChild<QTableWidget*>(QStringLiteral("demoLogins"))->rowCount(),
                 logins->rowCount());
        form(again).password->setText(DemoCase::password());
        QSignalSpy opened(&again, &UnlockWindow::unlocked);
        form(again).open->click();
        QCOMPARE(opened.count(), 1);
        QDir(DemoLauncher::demoDir()).removeRecursively();
    }
};

QTEST_MAIN(TestUnlock)
#include "tst_unlock.moc"
