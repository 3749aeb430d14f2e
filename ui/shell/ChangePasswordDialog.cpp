#include "shell/ChangePasswordDialog.h"

#include "shell/BusyCursor.h"

#include "common/FieldErrorLabel.h"

#include "accounts/AccountService.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "settings/CaseSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
// Keys are the Error::field() names core uses; "passwordRepeat" is this dialog's own.
const QString kCurrent = QStringLiteral("current");
const QString kNext = QStringLiteral("password");
const QString kConfirm = QStringLiteral("passwordRepeat");

QLineEdit* passwordField(const QString& name, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

SecureBytes takeText(QLineEdit* e) {
    QString typed = e->text();
    e->clear();
    SecureBytes out = SecureBytes::fromString(typed);
    typed.fill(QLatin1Char(' '));
    return out;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(CaseFile& file, QWidget* parent)
    : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    int minLength = CaseSettings::def(CaseSetting::MinPasswordLength).defaultValue.toInt();
    try {
        minLength = file.settings().minPasswordLength();
    } catch (const Error&) {
    }
    auto* intro = new QLabel(
        tr("The new password needs at least %1 characters and must not contain your login.")
            .arg(minLength),
        this);
    intro->setWordWrap(true);
    m_current = passwordField(QStringLiteral("currentPassword"), this);
    m_next = passwordField(QStringLiteral("newPassword"), this);
    m_confirm = passwordField(QStringLiteral("confirmPassword"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Current password:"), m_current);
    form->addRow(QString(), m_errors.add(kCurrent, new FieldErrorLabel(
                                                       QStringLiteral("currentPassword"), this)));
    form->addRow(tr("New password:"), m_next);
    form->addRow(QString(),
                 m_errors.add(kNext, new FieldErrorLabel(QStringLiteral("newPassword"), this)));
    form->addRow(tr("New password again:"), m_confirm);
    form->addRow(QString(), m_errors.add(kConfirm, new FieldErrorLabel(
                                                       QStringLiteral("confirmPassword"), this)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("changePasswordButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

ChangePasswordDialog::~ChangePasswordDialog() {
    clearFields();
}

void ChangePasswordDialog::clearFields() {
    m_current->clear();
    m_next->clear();
    m_confirm->clear();
}

void ChangePasswordDialog::accept() {
    m_errors.clear();
    SecureBytes current = takeText(m_current);
    SecureBytes next = takeText(m_next);
    SecureBytes confirm = takeText(m_confirm);
    if (current.isEmpty()) {
        m_errors.label(kCurrent)->showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (!(next == confirm)) {
        m_errors.label(kConfirm)->showError(
            tr("The two new passwords are not the same. Type them again."));
        m_current->setFocus();
        return;
    }
    try {
        BusyCursor busy;
        m_file.accounts().changeOwnPassword(m_file.session(), current, next);
    } catch (const Error& e) {
        // Anything core does not place at a field stays in the dialog, under the last line.
        if (!m_errors.show(e))
            m_errors.label(e.code() == ErrorCode::WeakPassword ? kNext : kConfirm)
                ->showError(e.message());
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}

void ChangePasswordDialog::done(int result) {
    // Rejected by the lock or by Cancel: nothing typed here survives the dialog.
    clearFields();
    QDialog::done(result);
}

} // namespace mamori::ui
