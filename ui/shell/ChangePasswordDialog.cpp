#include "shell/ChangePasswordDialog.h"

#include "shell/BusyCursor.h"

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
QLineEdit* passwordField(const QString& name, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

QLabel* errorLabel(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
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
    m_currentError = errorLabel(QStringLiteral("currentPasswordError"), this);
    m_nextError = errorLabel(QStringLiteral("newPasswordError"), this);
    m_confirmError = errorLabel(QStringLiteral("confirmPasswordError"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Current password:"), m_current);
    form->addRow(QString(), m_currentError);
    form->addRow(tr("New password:"), m_next);
    form->addRow(QString(), m_nextError);
    form->addRow(tr("New password again:"), m_confirm);
    form->addRow(QString(), m_confirmError);
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

void ChangePasswordDialog::clearErrors() {
    for (QLabel* l : {m_currentError, m_nextError, m_confirmError}) {
        l->clear();
        l->hide();
    }
}

void ChangePasswordDialog::showError(QLabel* label, const QString& text) {
    label->setText(text);
    label->show();
}

void ChangePasswordDialog::accept() {
    clearErrors();
    SecureBytes current = takeText(m_current);
    SecureBytes next = takeText(m_next);
    SecureBytes confirm = takeText(m_confirm);
    if (current.isEmpty()) {
        showError(m_currentError, tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (!(next == confirm)) {
        showError(m_confirmError, tr("The two new passwords are not the same. Type them again."));
        m_current->setFocus();
        return;
    }
    try {
        BusyCursor busy;
        m_file.accounts().changeOwnPassword(m_file.session(), current, next);
    } catch (const Error& e) {
        const bool atCurrent = e.field() == QLatin1String("current");
        showError(atCurrent                             ? m_currentError
                  : e.code() == ErrorCode::WeakPassword ? m_nextError
                                                        : m_confirmError,
                  e.message());
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
