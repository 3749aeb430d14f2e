#include "accounts/ResetPasswordDialog.h"

#include "accounts/AccountService.h"
#include "common/FieldErrorLabel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "settings/CaseSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kPassword = QStringLiteral("password");
const QString kRepeat = QStringLiteral("passwordRepeat");
} // namespace

ResetPasswordDialog::ResetPasswordDialog(CaseFile& file, qint64 accountId, const QString& login,
                                         QWidget* parent)
    : QDialog(parent), m_file(file), m_accountId(accountId), m_login(login) {
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    for (const QString& f : {kPassword, kRepeat})
        m_errors.add(f, new FieldErrorLabel(f, this));
    auto* intro =
        new QLabel(tr("New password for %1. The account is enabled again; tell the officer the new "
                      "password in person and ask them to change it.")
                       .arg(login),
                   this);
    intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(QString(), m_errors.label(kPassword));
    form->addRow(tr("&Repeat password:"), m_repeat);
    form->addRow(QString(), m_errors.label(kRepeat));
    form->addRow(
        QString(),
        new QLabel(tr("At least %1 characters.").arg(file.settings().minPasswordLength()), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("resetPasswordButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    connect(this, &QDialog::finished, this, &ResetPasswordDialog::clearPasswords);
}

QString ResetPasswordDialog::fieldError(const QString& field) const {
    return m_errors.text(field);
}

void ResetPasswordDialog::clearPasswords() {
    m_password->clear();
    m_repeat->clear();
}

void ResetPasswordDialog::accept() {
    m_errors.clear();
    SecureBytes password = SecureBytes::fromString(m_password->text());
    const bool same = password == SecureBytes::fromString(m_repeat->text());
    clearPasswords();
    if (!same) {
        m_errors.label(kRepeat)->showError(tr("The two passwords are not the same."));
        password.clear();
        return;
    }
    try {
        AccountService::validatePassword(password, m_login, m_file.settings().minPasswordLength());
        m_file.accounts().resetPassword(m_file.session(), m_accountId, password);
    } catch (const Error& e) {
        password.clear();
        m_errors.showOrInBox(e, this, QStringLiteral("resetPasswordErrorBox"));
        return;
    }
    password.clear();
    QDialog::accept();
}

} // namespace mamori::ui
