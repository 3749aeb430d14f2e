#include "unlock/CreateCaseAdminPage.h"

#include "unlock/CreateCaseWizard.h"

#include "accounts/AccountService.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "settings/CaseSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mamori::ui {

namespace {
QLabel* errorLabel(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->hide();
    return l;
}

int minimumLength() {
    return CaseSettings::def(CaseSetting::MinPasswordLength).defaultValue.toInt();
}
} // namespace

CreateCaseAdminPage::CreateCaseAdminPage(CreateCaseWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("adminPage"));
    setTitle(tr("First system administrator"));
    setSubTitle(tr("This account sets up the other accounts."));
    auto* intro =
        new QLabel(tr("Choose a password of at least %1 characters that you use nowhere else.")
                       .arg(minimumLength()),
                   this);
    intro->setObjectName(QStringLiteral("adminIntro"));
    intro->setWordWrap(true);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create case file"));

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_login->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoAutoUppercase);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("adminPasswordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_loginError = errorLabel(QStringLiteral("adminLoginError"), this);
    m_nameError = errorLabel(QStringLiteral("adminNameError"), this);
    m_passwordError = errorLabel(QStringLiteral("adminPasswordError"), this);
    m_confirmError = errorLabel(QStringLiteral("adminPasswordConfirmError"), this);
    m_createError = errorLabel(QStringLiteral("createError"), this);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Login:"), m_login);
    form->addRow(QString(), m_loginError);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("Password again:"), m_confirm);
    form->addRow(QString(), m_confirmError);
    form->addRow(QString(), m_createError);

    for (QLineEdit* e : {m_login, m_name, m_password, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString CreateCaseAdminPage::login() const {
    return m_login->text().trimmed();
}

QString CreateCaseAdminPage::displayName() const {
    return m_name->text().trimmed();
}

bool CreateCaseAdminPage::isComplete() const {
    return !login().isEmpty() && !displayName().isEmpty() && !m_password->text().isEmpty() &&
           !m_confirm->text().isEmpty();
}

void CreateCaseAdminPage::clearErrors() {
    for (QLabel* l : {m_loginError, m_nameError, m_passwordError, m_confirmError, m_createError}) {
        l->clear();
        l->hide();
    }
}

void CreateCaseAdminPage::showError(QLabel* label, const QString& text) {
    label->setText(text);
    label->show();
}

void CreateCaseAdminPage::clearPasswords() {
    m_password->clear();
    m_confirm->clear();
}

bool CreateCaseAdminPage::validatePage() {
    clearErrors();
    try {
        AccountService::validateNewLogin(login());
    } catch (const Error& e) {
        showError(m_loginError, e.message());
        m_login->setFocus();
        return false;
    }
    try {
        AccountService::validateDisplayName(displayName());
    } catch (const Error& e) {
        showError(m_nameError, e.message());
        m_name->setFocus();
        return false;
    }
    QString typed = m_password->text();
    const bool same = typed == m_confirm->text();
    SecureBytes password = SecureBytes::fromString(typed);
    typed.fill(QLatin1Char(' '));
    typed.clear();
    clearPasswords();
    if (!same) {
        showError(m_confirmError, tr("The two passwords are not the same. Type them again."));
        m_password->setFocus();
        return false;
    }
    try {
        AccountService::validatePassword(password, login(), minimumLength());
    } catch (const Error& e) {
        showError(m_passwordError, e.message());
        m_password->setFocus();
        return false;
    }
    QString field;
    QString error;
    if (!m_wizard->createCase(login(), displayName(), password, &field, &error)) {
        showError(field == QLatin1String("login")      ? m_loginError
                  : field == QLatin1String("password") ? m_passwordError
                                                       : m_createError,
                  error);
        return false;
    }
    return true;
}

} // namespace mamori::ui
