#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace mamori::ui {

// Where the new case file goes: a parent folder and a name; ".mamori" is appended.
class CreateCaseFolderPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreateCaseFolderPage(QWidget* parent = nullptr);
    // The folder that will be created, e.g. /home/u/Documents/2025年度.mamori
    QString caseDir() const;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void updatePath();
    QLineEdit* m_parentDir;
    QLineEdit* m_name;
    QLabel* m_result;
    QLabel* m_error;
};

} // namespace mamori::ui
