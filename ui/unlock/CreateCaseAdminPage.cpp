#include "unlock/CreateCaseAdminPage.h"

#include "unlock/CreateCaseWizard.h"

#include "common/FieldErrorLabel.h"

#include "accounts/AccountService.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "settings/CaseSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mamori::ui {

namespace {
// Keys are the Error::field() names core uses; "passwordRepeat" and "create" (what creating
// the case file reports for no field of this page) are the page's own.
const QString kLogin = QStringLiteral("login");
const QString kName = QStringLiteral("name");
const QString kPassword = QStringLiteral("password");
const QString kConfirm = QStringLiteral("passwordRepeat");
const QString kCreate = QStringLiteral("create");

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

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Login:"), m_login);
    form->addRow(QString(),
                 m_errors.add(kLogin, new FieldErrorLabel(QStringLiteral("adminLogin"), this)));
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(),
                 m_errors.add(kName, new FieldErrorLabel(QStringLiteral("adminName"), this)));
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_errors.add(kPassword, new FieldErrorLabel(
                                                        QStringLiteral("adminPassword"), this)));
    form->addRow(tr("Password again:"), m_confirm);
    form->addRow(
        QString(),
        m_errors.add(kConfirm, new FieldErrorLabel(QStringLiteral("adminPasswordConfirm"), this)));
    form->addRow(QString(),
                 m_errors.add(kCreate, new FieldErrorLabel(QStringLiteral("create"), this)));

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

void CreateCaseAdminPage::showError(const QString& field, const QString& message) {
    if (!m_errors.show(field, message))
        m_errors.label(kCreate)->showError(message);
}

void CreateCaseAdminPage::clearPasswords() {
    m_password->clear();
    m_confirm->clear();
}

bool CreateCaseAdminPage::validatePage() {
    m_errors.clear();
    try {
        AccountService::validateNewLogin(login());
    } catch (const Error& e) {
        showError(e.field(), e.message());
        m_login->setFocus();
        return false;
    }
    try {
        AccountService::validateDisplayName(displayName());
    } catch (const Error& e) {
        showError(e.field(), e.message());
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
        showError(kConfirm, tr("The two passwords are not the same. Type them again."));
        m_password->setFocus();
        return false;
    }
    try {
        AccountService::validatePassword(password, login(), minimumLength());
    } catch (const Error& e) {
        showError(e.field(), e.message());
        m_password->setFocus();
        return false;
    }
    QString field;
    QString error;
    if (!m_wizard->createCase(login(), displayName(), password, &field, &error)) {
        showError(field, error);
        return false;
    }
    return true;
}

} // namespace mamori::ui
