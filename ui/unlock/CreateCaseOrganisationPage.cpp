#include "unlock/CreateCaseOrganisationPage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QLabel* explanation(const QString& text, const QString& name, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setIndent(24);
    return l;
}
} // namespace

CreateCaseOrganisationPage::CreateCaseOrganisationPage(QWidget* parent) : QWizardPage(parent) {
    setObjectName(QStringLiteral("organisationPage"));
    setTitle(tr("Organisation and titles"));
    setSubTitle(tr("The name is printed on every form; the preset sets the titles of the roles."));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Shiraoka City"));

    m_shiraoka = new QRadioButton(tr("Shiraoka model (白岡市方式)"), this);
    m_shiraoka->setObjectName(QStringLiteral("presetShiraoka"));
    m_shiraoka->setChecked(true);
    m_muko = new QRadioButton(tr("Muko model (向日市方式)"), this);
    m_muko->setObjectName(QStringLiteral("presetMuko"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_shiraoka);
    group->addButton(m_muko);

    auto* presets = new QVBoxLayout;
    presets->addWidget(m_shiraoka);
    presets->addWidget(
        explanation(tr("For all retained personal information under the APPI. Deputy mayor as "
                       "総括保護管理者, each section "
                       "chief as 保護管理者 with 保護担当者 to assist; no 総括責任者."),
                    QStringLiteral("presetShiraokaNote"), this));
    presets->addWidget(m_muko);
    presets->addWidget(explanation(
        tr("For My Number data. Deputy mayor as 最高総括責任者, the protection department head as "
           "総括責任者, "
           "section chiefs as 保護責任者 and designated 事務取扱担当者; no 保護担当者."),
        QStringLiteral("presetMukoNote"), this));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Titles:"), presets);
    connect(m_organisation, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString CreateCaseOrganisationPage::organisation() const {
    return m_organisation->text().trimmed();
}

QString CreateCaseOrganisationPage::preset() const {
    return m_muko->isChecked() ? QStringLiteral("muko") : QStringLiteral("shiraoka");
}

bool CreateCaseOrganisationPage::isComplete() const {
    return !organisation().isEmpty();
}

} // namespace mamori::ui
