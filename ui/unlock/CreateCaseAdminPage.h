#pragma once

#include "common/FieldErrors.h"

#include <QWizardPage>

class QLineEdit;

namespace mamori::ui {

class CreateCaseWizard;

// The first system administrator. This is the commit page: Next creates the case file, after
// which there is no going back (the recovery code exists from then on).
class CreateCaseAdminPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreateCaseAdminPage(CreateCaseWizard* wizard);
    QString login() const;
    QString displayName() const;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showError(const QString& field, const QString& message);
    void clearPasswords();
    CreateCaseWizard* m_wizard;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    FieldErrors m_errors;
};

} // namespace mamori::ui
