#pragma once

#include <QWizardPage>

class QLabel;
class QPrinter;

namespace mamori::ui {

class CreateCaseWizard;

// Shows the recovery code once, and will not let the wizard finish until the recovery sheet
// has been saved as PDF or printed: the code is stored nowhere else.
class CreateCaseRecoveryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreateCaseRecoveryPage(CreateCaseWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Removes the code from the screen.
    void forgetCode();
    // Said when the wizard is closed before the sheet exists.
    void remindToSave();

private:
    void savePdf();
    void print();
    CreateCaseWizard* m_wizard;
    QLabel* m_code;
    QLabel* m_status;
};

} // namespace mamori::ui
