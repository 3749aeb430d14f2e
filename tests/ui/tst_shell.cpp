// The main window shows exactly the areas the session may use, and the status bar the journal
// head; About, change password and the language switch of Application.

#include "TestCase.h"

#include "shell/AboutDialog.h"
#include "shell/Application.h"
#include "shell/CaseStatusBar.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/MainWindow.h"
#include "shell/TranslationLoader.h"
#include "unlock/UnlockWindow.h"

#include "accounts/Role.h"
#include "casefile/CaseFile.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace mamori;
using namespace mamori::ui;
using namespace mamori::test;

Q_DECLARE_METATYPE(mamori::Role)

class TestShell : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MamoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));
        QSettings().clear();
    }

    void navigationShowsPermittedAreas_data() {
        QTest::addColumn<mamori::Role>("role");
        QTest::addColumn<QStringList>("areas");
        const QStringList both{QStringLiteral("accounts"), QStringLiteral("journal")};
        // Readers of personal data see the custody ledgers, the incidents and the registers; the
        // administrator only the organisation.
        const QStringList ledgers{QStringLiteral("carryouts"), QStringLiteral("disposals"),
                                  QStringLiteral("incidents")};
        const QStringList registers{QStringLiteral("people"), QStringLiteral("areas"),
                                    QStringLiteral("files")};
        QTest::newRow("system admin") << Role::SystemAdmin << both + QStringList{QStringLiteral("people")};
        // ... and the start page first.
        const QStringList start{QStringLiteral("dashboard")};
        QTest::newRow("auditor") << Role::Auditor << start + both + ledgers + registers;
        QTest::newRow("executive owner") << Role::ExecutiveOwner << start + both + ledgers + registers;
        QTest::newRow("unit manager") << Role::UnitManager
                                      << start + QStringList{QStringLiteral("accounts")} + ledgers + registers;
        QTest::newRow("handler") << Role::Handler << start + ledgers + registers;
        QTest::newRow("staff") << Role::Staff << QStringList();
    }

    void navigationShowsPermittedAreas() {
        QFETCH(mamori::Role, role);
        QFETCH(QStringList, areas);
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        if (role != Role::SystemAdmin)
            tc.addAccount(QStringLiteral("officer"), role, section);
        CaseFile& f = role == Role::SystemAdmin ? tc.file() : tc.reopen(QStringLiteral("officer"));
        MainWindow w(f);
        QCOMPARE(w.areaKeys(), areas);
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), areas.size());
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("noAreasLabel")) != nullptr, areas.isEmpty());
        QCOMPARE(nav->isVisibleTo(&w), !areas.isEmpty());
        // Anyone may report a leak, with or without screens (000 Art. 37(1)).
        QVERIFY(w.findChild<QAction*>(QStringLiteral("reportIncidentAction"))->isEnabled());
    }

    void areaTitlesAndPages() {
        TempCase tc;
        MainWindow w(tc.file());
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Accounts"));
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Journal"));
        w.showArea(QStringLiteral("journal"));
        QCOMPARE(w.currentArea(), QStringLiteral("journal"));
        QCOMPARE(w.windowTitle(), QStringLiteral("Mamori — test.mamori"));
    }

    void recoverySessionShowsAccountsOnly() {
        TempCase tc;
        const SecureBytes code = tc.recoveryCode();
        tc.close();
        std::unique_ptr<CaseFile> f = CaseFile::openWithRecoveryCode(tc.dir(), code, tc.options());
        MainWindow w(*f);
        QCOMPARE(w.areaKeys(), QStringList{QStringLiteral("accounts")});
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("changePasswordAction"))->isEnabled());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("reportIncidentAction"))->isEnabled());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("statusUser"))
                    ->text()
                    .contains(QStringLiteral("Recovery")));
    }

    void statusBarShowsJournalHead() {
        TempCase tc;
        CaseFile& f = tc.file();
        MainWindow w(f);
        auto* journal = w.findChild<QLabel*>(QStringLiteral("statusJournal"));
        QVERIFY(journal);
        const QString before =
            QStringLiteral("Journal: ") + Journal::shortHash(f.journal().headHash());
        QCOMPARE(journal->text(), before);

        f.settings().set(f.session(), CaseSetting::AutoLockMinutes, 15);
        w.refreshStatus();
        const QString after =
            QStringLiteral("Journal: ") + Journal::shortHash(f.journal().headHash());
        QVERIFY(after != before);
        QCOMPARE(journal->text(), after);

        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusUser"))->text(),
                 QStringLiteral("管理 太郎"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusRoles"))->text(),
                 QStringLiteral("情報システム管理者"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusCase"))->text(),
                 QStringLiteral("test.mamori"));
    }

    void statusBarNamesSectionOfScopedRole() {
        TempCase tc(QStringLiteral("muko"));
        const qint64 section = tc.addSection(QStringLiteral("0301"), QStringLiteral("福祉課"));
        tc.addAccount(QStringLiteral("fukushi.kacho"), Role::UnitManager, section);
        MainWindow w(tc.reopen(QStringLiteral("fukushi.kacho")));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusRoles"))->text(),
                 QStringLiteral("保護責任者 (福祉課)"));
    }

    void aboutShowsVersionCipherAndHead() {
        TempCase tc;
        AboutDialog d(tc.file());
        QCOMPARE(d.findChild<QLabel*>(QStringLiteral("aboutVersion"))->text(),
                 QStringLiteral(MAMORI_VERSION));
        QCOMPARE(d.findChild<QLabel*>(QStringLiteral("aboutCipher"))->text(),
                 tc.file().db().cipherVersion());
        QVERIFY(!tc.file().db().cipherVersion().isEmpty());
        QCOMPARE(d.findChild<QLabel*>(QStringLiteral("aboutJournal"))->text(),
                 QString::fromLatin1(tc.file().journal().headHash().toHex()));
        QVERIFY(!d.findChild<QLabel*>(QStringLiteral("aboutLicence"))->text().isEmpty());
    }

    void changePassword() {
        TempCase tc;
        const QString next = QStringLiteral("a-new-and-long-passphrase");
        {
            ChangePasswordDialog d(tc.file());
            auto* current = d.findChild<QLineEdit*>(QStringLiteral("currentPassword"));
            auto* fresh = d.findChild<QLineEdit*>(QStringLiteral("newPassword"));
            auto* confirm = d.findChild<QLineEdit*>(QStringLiteral("confirmPassword"));
            current->setText(QStringLiteral("not-my-password"));
            fresh->setText(next);
            confirm->setText(next);
            d.accept();
            QVERIFY(d.result() != QDialog::Accepted);
            QVERIFY(d.findChild<QLabel*>(QStringLiteral("currentPasswordError"))->isVisibleTo(&d));
            QVERIFY(current->text().isEmpty() && fresh->text().isEmpty() &&
                    confirm->text().isEmpty());

            current->setText(kAdminPassword);
            fresh->setText(QStringLiteral("short"));
            confirm->setText(QStringLiteral("short"));
            d.accept();
            QVERIFY(d.findChild<QLabel*>(QStringLiteral("newPasswordError"))->isVisibleTo(&d));

            current->setText(kAdminPassword);
            fresh->setText(next);
            confirm->setText(next + QStringLiteral("x"));
            d.accept();
            QVERIFY(d.findChild<QLabel*>(QStringLiteral("confirmPasswordError"))->isVisibleTo(&d));

            current->setText(kAdminPassword);
            fresh->setText(next);
            confirm->setText(next);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        tc.reopen(kAdminLogin, next);
        QVERIFY(tc.file().isOpen());
    }

    void languageSwitchRebuildsWindowsAndKeepsCaseOpen() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        UnlockWindow* unlock = app.unlockWindow();
        unlock->setLogin(kAdminLogin);
        unlock->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kAdminPassword);
        unlock->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QVERIFY(app.mainWindow());
        app.mainWindow()->showArea(QStringLiteral("journal"));
        QPointer<MainWindow> old = app.mainWindow();
        CaseFile* file = app.caseFile();

        app.setLanguage(QStringLiteral("ja"));
        QTRY_VERIFY(!old);
        QVERIFY(app.mainWindow());
        QCOMPARE(app.caseFile(), file);
        QVERIFY(file->isOpen());
        QCOMPARE(app.language(), QStringLiteral("ja"));
        QCOMPARE(app.mainWindow()->currentArea(), QStringLiteral("journal"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));

        app.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(app.language(), QStringLiteral("en"));
        QCOMPARE(TranslationLoader::effectiveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
