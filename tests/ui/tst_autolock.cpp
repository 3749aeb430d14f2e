// Auto-lock: idle time against the case setting with a fake clock (no sleeping), activity
// resets it, Ctrl+L works inside modal dialogs, and locking closes dialogs, keeps drafts in the
// case file (never passwords), clears our clipboard text and closes the file.

#include "TestCase.h"

#include "shell/Application.h"
#include "shell/AutoLock.h"
#include "shell/ClipboardGuard.h"
#include "shell/DraftKeeper.h"
#include "shell/DraftSource.h"
#include "shell/MainWindow.h"
#include "unlock/UnlockWindow.h"

#include "casefile/CaseFile.h"
#include "drafts/DraftStore.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace mamori;
using namespace mamori::ui;
using namespace mamori::test;

namespace {

// An editor with unsaved input, as a real form would be.
class DraftEditor : public QLineEdit, public DraftSource {
public:
    using QLineEdit::QLineEdit;
    QString draftKey() const override { return QStringLiteral("test/editor"); }
    QByteArray saveDraft() override { return text().toUtf8(); }
    void restoreDraft(const QByteArray& draft) override { setText(QString::fromUtf8(draft)); }
};

int draftRows(CaseFile& file) {
    Statement s = file.db().prepare("SELECT COUNT(*) FROM drafts");
    return s.next() ? s.int32(0) : -1;
}

void settle() {
    // Lets the queued second step of locking run (no waiting on the clock).
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestAutoLock : public QObject {
    Q_OBJECT

private:
    static void unlock(Application& app) {
        UnlockWindow* w = app.unlockWindow();
        QVERIFY(w);
        w->setLogin(kAdminLogin);
        w->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kAdminPassword);
        w->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QVERIFY(app.caseFile());
        QVERIFY(app.mainWindow());
        QVERIFY(app.autoLock());
        settle();
    }

    static void expectLocked(Application& app, const TempCase& tc) {
        // The second step runs once nested event loops have returned; it polls, so give it turns.
        QTRY_VERIFY(!app.isLocking());
        settle();
        QVERIFY(!app.caseFile());
        QVERIFY(!app.mainWindow());
        QVERIFY(!app.isLocking());
        QVERIFY(app.unlockWindow());
        QVERIFY(app.unlockWindow()->isVisible());
        QVERIFY(app.unlockWindow()->isEnabled());
        QCOMPARE(app.unlockWindow()->casePath(), QDir::cleanPath(tc.dir()));
        QCOMPARE(app.unlockWindow()->login(), kAdminLogin);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MamoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_autolock"));
        QSettings().clear();
    }

    void locksAfterTheCaseSettingsLimit() {
        TempCase tc;
        AutoLock lock(tc.file().settings(), tc.clock());
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        QCOMPARE(lock.limitMinutes(), 10);
        tc.clock().advanceSeconds(10 * 60 - 1);
        lock.check();
        QCOMPARE(spy.count(), 0);
        tc.clock().advanceSeconds(1);
        lock.check();
        QCOMPARE(spy.count(), 1);
        // Asked once; Application takes it from there.
        tc.clock().advanceSeconds(600);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void settingChangeAppliesAtOnce() {
        TempCase tc;
        AutoLock lock(tc.file().settings(), tc.clock());
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        tc.file().settings().set(tc.admin(), CaseSetting::AutoLockMinutes, 1);
        tc.clock().advanceSeconds(60);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void activityResetsIdleTime() {
        TempCase tc;
        QWidget window;
        auto* edit = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AutoLock lock(tc.file().settings(), tc.clock());
        QSignalSpy spy(&lock, &AutoLock::lockRequested);

        tc.clock().advanceSeconds(9 * 60);
        QTest::keyClick(edit, Qt::Key_A);
        QCOMPARE(lock.idleSeconds(), 0);
        tc.clock().advanceSeconds(9 * 60);
        lock.check();
        QCOMPARE(spy.count(), 0);

        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(lock.idleSeconds(), 0);
        tc.clock().advanceSeconds(9 * 60);
        QWheelEvent wheel(QPointF(5, 5), edit->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        // As the window system delivers it (QTest's own way: notify() keeps the spontaneous flag).
        QSpontaneKeyEvent::setSpontaneous(&wheel);
        qApp->notify(edit, &wheel);
        QCOMPARE(lock.idleSeconds(), 0);

        // A repaint is not the user.
        tc.clock().advanceSeconds(10 * 60);
        edit->update();
        QCoreApplication::processEvents();
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void ctrlLInsideModalDialog() {
        TempCase tc;
        AutoLock lock(tc.file().settings(), tc.clock());
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        QDialog dialog;
        auto* edit = new QLineEdit(&dialog);
        dialog.setModal(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(edit, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(spy.count(), 1);
        QVERIFY(edit->text().isEmpty());
    }

    void lockClosesDialogsAndKeepsDrafts() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        QSignalSpy locked(&app, &Application::locked);

        // A plain dialog, and an editor with unsaved input in a second one.
        QPointer<QDialog> plain = new QDialog(app.mainWindow());
        plain->open();
        QPointer<QDialog> editorDialog = new QDialog(app.mainWindow());
        auto* editor = new DraftEditor(editorDialog);
        editor->setText(QStringLiteral("未保存の入力"));
        editorDialog->show();
        // And the password dialog with something typed into it.
        app.mainWindow()->openChangePassword();
        auto* current = app.mainWindow()->findChild<QLineEdit*>(QStringLiteral("currentPassword"));
        QVERIFY(current);
        QPointer<QWidget> passwordDialog = current->window();
        current->setText(QStringLiteral("typed-but-not-sent"));

        tc.clock().advanceSeconds(10 * 60);
        app.autoLock()->check();
        // Synchronously: every dialog is gone from the screen and the password field is empty.
        QVERIFY(!plain || !plain->isVisible());
        QVERIFY(!editorDialog || !editorDialog->isVisible());
        QVERIFY(!passwordDialog || !passwordDialog->isVisible());
        if (passwordDialog)
            QVERIFY(current->text().isEmpty());
        expectLocked(app, tc);
        QCOMPARE(locked.count(), 1);

        // Exactly one draft went into the case file: the editor's, not the password.
        CaseFile& reopened = tc.reopen();
        QCOMPARE(draftRows(reopened), 1);
        DraftEditor fresh;
        QVERIFY(DraftKeeper::restore(reopened, fresh));
        QCOMPARE(fresh.text(), QStringLiteral("未保存の入力"));
        QCOMPARE(draftRows(reopened), 0);
        tc.close();
    }

    void lockInsideExecUnwindsFirst() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        QPointer<MainWindow> main = app.mainWindow();

        // The lock fires while a message box runs its own event loop, as a view's question would.
        bool fired = false;
        QTimer::singleShot(0, &app, [&] {
            fired = true;
            tc.clock().advanceSeconds(11 * 60);
            app.autoLock()->check();
        });
        int answer = 0;
        {
            QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("Delete?"),
                            QMessageBox::Yes | QMessageBox::No, main);
            answer = box.exec();
            // Still inside the caller's frame: the window must not have gone yet.
            QVERIFY(main);
        }
        QVERIFY(fired);
        QVERIFY(answer != QMessageBox::Yes);
        QVERIFY(app.isLocking());
        expectLocked(app, tc);
        QVERIFY(!main);
    }

    void ctrlLFromMainWindowLocks() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        app.mainWindow()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.mainWindow()));
        QTest::keyClick(app.mainWindow(), Qt::Key_L, Qt::ControlModifier);
        expectLocked(app, tc);
    }

    void lockClearsOurClipboardText() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        app.clipboardGuard()->setText(QStringLiteral("山田 太郎 090-0000-0000"));
        QVERIFY(app.clipboardGuard()->holdsOurText());
        app.lock();
        expectLocked(app, tc);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void closeCaseForgetsLogin() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        app.closeCase();
        QTRY_VERIFY(!app.isLocking());
        settle();
        QVERIFY(!app.caseFile());
        QVERIFY(app.unlockWindow()->isVisible());
        QCOMPARE(app.unlockWindow()->casePath(), QDir::cleanPath(tc.dir()));
        QVERIFY(app.unlockWindow()->login().isEmpty());
    }

    void unlockAgainAfterLock() {
        TempCase tc;
        tc.close();
        Application app({tc.dir(), false, &tc.clock()});
        app.start();
        unlock(app);
        app.lock();
        expectLocked(app, tc);
        unlock(app);
        QVERIFY(app.caseFile()->isOpen());
    }
};

QTEST_MAIN(TestAutoLock)
#include "tst_autolock.moc"
