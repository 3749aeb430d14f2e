#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace mamori::ui {

// The organisation printed on every form, and which city's titles the roles carry
// (RoleTitles presets "shiraoka" and "muko").
class CreateCaseOrganisationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreateCaseOrganisationPage(QWidget* parent = nullptr);
    QString organisation() const;
    QString preset() const;
    bool isComplete() const override;

private:
    QLineEdit* m_organisation;
    QRadioButton* m_shiraoka;
    QRadioButton* m_muko;
};

} // namespace mamori::ui
