// AccountsView: creating an account through AccountDialog offscreen, errors shown at the field,
// disabling with confirmation, resetting a password, the list as a PDF, and buttons that follow
// the session's permissions.
#include "TestCase.h"

#include "accounts/AccountDialog.h"
#include "accounts/AccountsModel.h"
#include "accounts/AccountsView.h"
#include "common/FieldErrorLabel.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/RoleRowEditor.h"
#include "shell/DraftKeeper.h"

#include "accounts/AccountService.h"
#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

const QString kGoodPassword = QStringLiteral("sakura-mochi-2025");

// QTest::keyClicks cannot type Japanese: commit it as an input method would.
void typeJapanese(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(edit, &e);
}

void clickOk(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

template <typename T> T* child(QWidget* parent, const char* name) {
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

} // namespace

class TstAccountsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsAccountsWithTitles();
    void modelPassesTester();
    void addAccountThroughTheDialog();
    void shortPasswordShownAtTheField();
    void mismatchedPasswordsAndBadLogin();
    void duplicateLoginShownAtTheField();
    void disableAfterConfirmation();
    void disableCancelledDoesNothing();
    void resetPassword();
    void saveListAsPdf();
    void buttonsFollowPermissions();
    void dialogDraftKeepsAllButPasswords();
};

void TstAccountsView::listsAccountsWithTitles() {
    TempCase c;
    const qint64 sec = c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
    c.addAccount(QStringLiteral("tanaka"), Role::UnitManager, sec);
    AccountsView view(c.file());
    AccountsModel* model = view.model();
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowForLogin(QStringLiteral("tanaka"));
    QVERIFY(row >= 0);
    // Shiraoka's title for UNIT_MANAGER, with the section it applies to.
    const QString roles = model->data(model->index(row, AccountsModel::Roles)).toString();
    QVERIFY2(roles.contains(QStringLiteral("保護管理者")) &&
                 roles.contains(QStringLiteral("市民課")),
             qPrintable(roles));
    QCOMPARE(model->data(model->index(row, AccountsModel::Login)).toString(),
             QStringLiteral("tanaka"));
    const int admin = model->rowForLogin(kAdminLogin);
    QVERIFY(model->data(model->index(admin, AccountsModel::Roles))
                .toString()
                .contains(QStringLiteral("情報システム管理者")));
    QVERIFY(!model->data(model->index(admin, AccountsModel::Status)).toString().isEmpty());
}

void TstAccountsView::modelPassesTester() {
    TempCase c;
    c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    AccountsModel model(c.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    c.addAccount(QStringLiteral("suzuki"), Role::Auditor);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
}

void TstAccountsView::addAccountThroughTheDialog() {
    TempCase c;
    const qint64 sec = c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
    AccountsView view(c.file());
    view.show();
    QTest::mouseClick(child<QPushButton>(&view, "addAccountButton"), Qt::LeftButton);
    auto* dialog = view.findChild<AccountDialog*>(QStringLiteral("accountDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("yamada"));
    typeJapanese(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("山田 花子"));
    auto* section = child<QComboBox>(dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(sec));
    QCOMPARE(dialog->roleRows().size(), 1);
    RoleRowEditor* row = dialog->roleRows().first();
    auto* role = child<QComboBox>(row, "roleCombo");
    role->setCurrentIndex(role->findText(QStringLiteral("取扱職員"))); // HANDLER in Shiraoka
    QVERIFY(role->currentIndex() >= 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kGoodPassword);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordRepeatEdit"), kGoodPassword);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 1);

    const std::optional<qint64> id = c.file().accounts().idForLogin(QStringLiteral("yamada"));
    QVERIFY(id);
    const Account a = c.file().accounts().get(c.admin(), *id);
    QCOMPARE(a.displayName, QStringLiteral("山田 花子"));
    QCOMPARE(a.sectionId, std::optional<qint64>(sec));
    QCOMPARE(a.roles.size(), 1);
    QCOMPARE(a.roles.first().role, Role::Handler);
    QCOMPARE(a.roles.first().sectionId,
             std::optional<qint64>(sec)); // followed the account's section
    // The list shows it, selected; the new officer can open the case file with that password.
    QVERIFY(view.model()->rowForLogin(QStringLiteral("yamada")) >= 0);
    QCOMPARE(view.selectedAccountId(), id);
    QVERIFY(c.file().checkAccountPassword(QStringLiteral("yamada"), pw(kGoodPassword)));
}

void TstAccountsView::shortPasswordShownAtTheField() {
    TempCase c;
    AccountsView view(c.file());
    AccountDialog* dialog = view.openAddDialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("short1"));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Short Test"));
    auto* role = child<QComboBox>(dialog->roleRows().first(), "roleCombo");
    role->setCurrentIndex(role->findText(QStringLiteral("監査責任者")));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("abc123"));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordRepeatEdit"), QStringLiteral("abc123"));
    clickOk(dialog);

    QVERIFY(dialog->isVisible()); // stays open
    auto* error = child<FieldErrorLabel>(dialog, "passwordError");
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QString::number(c.file().settings().minPasswordLength())),
             qPrintable(error->text()));
    QCOMPARE(dialog->fieldError(QStringLiteral("password")), error->text());
    QVERIFY(dialog->fieldError(QStringLiteral("login")).isEmpty());
    QVERIFY(child<FieldErrorLabel>(dialog, "loginError")->isHidden());
    // The password fields were cleared; nothing was created.
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(dialog, "passwordRepeatEdit")->text().isEmpty());
    QVERIFY(!c.file().accounts().idForLogin(QStringLiteral("short1")));
    QVERIFY(!view.findChild<QMessageBox*>());
}

void TstAccountsView::mismatchedPasswordsAndBadLogin() {
    TempCase c;
    AccountsView view(c.file());
    AccountDialog* dialog = view.openAddDialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("x"));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kGoodPassword);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordRepeatEdit"),
                     kGoodPassword + QStringLiteral("!"));
    dialog->accept();
    // Every problem at once, each under its field.
    QVERIFY(!dialog->fieldError(QStringLiteral("login")).isEmpty());
    QVERIFY(!dialog->fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(!dialog->fieldError(QStringLiteral("passwordRepeat")).isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(view.model()->rowCount(), 1);
}

void TstAccountsView::duplicateLoginShownAtTheField() {
    TempCase c;
    c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    AccountsView view(c.file());
    AccountDialog* dialog = view.openAddDialog();
    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("tanaka"));
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Another Tanaka"));
    auto* role = child<QComboBox>(dialog->roleRows().first(), "roleCombo");
    role->setCurrentIndex(role->findText(QStringLiteral("監査責任者")));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kGoodPassword);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordRepeatEdit"), kGoodPassword);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(!dialog->fieldError(QStringLiteral("login")).isEmpty(),
             "core's AlreadyExists goes under the login");
    QVERIFY(!dialog->created());
}

void TstAccountsView::disableAfterConfirmation() {
    TempCase c;
    const qint64 id = c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    AccountsView view(c.file());
    auto* disable = child<QPushButton>(&view, "disableAccountButton");
    QVERIFY(!disable->isEnabled()); // nothing selected
    QVERIFY(view.selectLogin(kAdminLogin));
    QVERIFY2(!disable->isEnabled(), "one's own account cannot be disabled");
    QVERIFY(view.selectLogin(QStringLiteral("tanaka")));
    QVERIFY(disable->isEnabled());

    QTest::mouseClick(disable, Qt::LeftButton);
    auto* box = view.findChild<QMessageBox*>(QStringLiteral("confirmDisableBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("tanaka")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

    QVERIFY(c.file().accounts().get(c.admin(), id).disabled);
    QCOMPARE(view.selectedAccountId(), std::optional<qint64>(id));
    QVERIFY(!disable->isEnabled()); // already disabled
    const int row = view.model()->rowForLogin(QStringLiteral("tanaka"));
    QVERIFY(view.model()->account(row).disabled);
    // A disabled officer cannot open the case file any more.
    QVERIFY(!c.file().checkAccountPassword(QStringLiteral("tanaka"), pw(kAdminPassword)));
}

void TstAccountsView::disableCancelledDoesNothing() {
    TempCase c;
    const qint64 id = c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    AccountsView view(c.file());
    view.selectLogin(QStringLiteral("tanaka"));
    QMessageBox* box = view.confirmDisable();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QVERIFY(!c.file().accounts().get(c.admin(), id).disabled);
}

void TstAccountsView::resetPassword() {
    TempCase c;
    const qint64 id = c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    c.file().accounts().disable(c.admin(), id);
    AccountsView view(c.file());
    view.selectLogin(QStringLiteral("tanaka"));
    auto* reset = child<QPushButton>(&view, "resetPasswordButton");
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    auto* dialog = view.findChild<ResetPasswordDialog*>(QStringLiteral("resetPasswordDialog"));
    QVERIFY(dialog);

    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("short"));
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordRepeatEdit"), QStringLiteral("short"));
    clickOk(dialog);
    QVERIFY(!dialog->fieldError(QStringLiteral("password")).isEmpty());
    QVERIFY(dialog->isVisible());

    const QString next = QStringLiteral("new-spring-password-7");
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), next);
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordRepeatEdit"), next);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    clickOk(dialog);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(c.file().checkAccountPassword(QStringLiteral("tanaka"), pw(next)));
    QVERIFY(!c.file().accounts().get(c.admin(), id).disabled); // enabled again
}

void TstAccountsView::saveListAsPdf() {
    TempCase c;
    c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    AccountsView view(c.file());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("accounts.pdf"));
    QVERIFY(view.saveListPdf(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    // Printing the list is on record.
    QCOMPARE(c.file().journal().page({}, 0, 1).first().action, JournalAction::Print);

    QVERIFY(!view.saveListPdf(out.filePath(QStringLiteral("no/such/folder/a.pdf"))));
    auto* box = view.findChild<QMessageBox*>(QStringLiteral("accountsErrorBox"));
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
}

void TstAccountsView::buttonsFollowPermissions() {
    TempCase c;
    c.addAccount(QStringLiteral("auditor1"), Role::Auditor);
    CaseFile& auditor = c.reopen(QStringLiteral("auditor1"));
    AccountsView view(auditor);
    QCOMPARE(view.model()->rowCount(), 2); // auditors see the accounts
    view.selectLogin(kAdminLogin);
    QVERIFY(!child<QPushButton>(&view, "addAccountButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&view, "disableAccountButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&view, "resetPasswordButton")->isEnabled());
    QVERIFY(child<QPushButton>(&view, "saveAccountListPdfButton")->isEnabled());
    // Core refuses anyway, and the view shows core's message.
    QVERIFY(!view.disableSelected());
    auto* box = view.findChild<QMessageBox*>(QStringLiteral("accountsErrorBox"));
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
}

void TstAccountsView::dialogDraftKeepsAllButPasswords() {
    TempCase c;
    const qint64 sec = c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
    AccountDialog dialog(c.file());
    QVERIFY(dialog.saveDraft().isEmpty()); // nothing typed, nothing kept
    QTest::keyClicks(child<QLineEdit>(&dialog, "loginEdit"), QStringLiteral("yamada"));
    typeJapanese(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("山田"));
    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(sec));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kGoodPassword);
    const QByteArray draft = dialog.saveDraft();
    QVERIFY(!draft.contains(kGoodPassword.toUtf8()));

    AccountDialog again(c.file());
    again.restoreDraft(draft);
    QCOMPARE(child<QLineEdit>(&again, "loginEdit")->text(), QStringLiteral("yamada"));
    QCOMPARE(child<QLineEdit>(&again, "nameEdit")->text(), QStringLiteral("山田"));
    QCOMPARE(child<QComboBox>(&again, "sectionCombo")->currentData().toLongLong(), sec);
    QCOMPARE(again.roleRows().size(), 1);
    QCOMPARE(again.roleRows().first()->assignment(), dialog.roleRows().first()->assignment());
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());

    // Through the store, as on an auto-lock: the next "Add…" picks the draft up, once.
    QCOMPARE(DraftKeeper::saveAll(c.file(), {&dialog}), 1);
    AccountsView view(c.file());
    AccountDialog* restored = view.openAddDialog();
    QCOMPARE(child<QLineEdit>(restored, "loginEdit")->text(), QStringLiteral("yamada"));
    restored->reject();
    AccountDialog* fresh = view.openAddDialog();
    QVERIFY(child<QLineEdit>(fresh, "loginEdit")->text().isEmpty());
}

QTEST_MAIN(TstAccountsView)
#include "tst_accounts_view.moc"
