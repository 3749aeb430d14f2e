#include "settings/SettingsDialog.h"

#include "settings/LocalSettings.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "settings/CaseSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QSpinBox* spinFor(CaseSetting s, int value, const QString& name, QWidget* parent) {
    const CaseSettingDef& d = CaseSettings::def(s);
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(d.min, d.max);
    box->setValue(value);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(CaseFile& file, QWidget* parent)
    : QDialog(parent), m_file(file), m_canManage(file.session().can(Permission::ManageSettings)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const CaseSettings& cs = file.settings();

    m_caseGroup = new QGroupBox(tr("Case file (applies to every officer)"), this);
    m_caseGroup->setObjectName(QStringLiteral("caseSettingsGroup"));
    m_autoLock = spinFor(CaseSetting::AutoLockMinutes, cs.autoLockMinutes(),
                         QStringLiteral("autoLockMinutes"), this);
    m_autoLock->setSuffix(tr(" min"));
    m_dateStyle = new QComboBox(this);
    m_dateStyle->setObjectName(QStringLiteral("dateStyle"));
    m_dateStyle->addItem(tr("Japanese era (和暦)"), QStringLiteral("wareki"));
    m_dateStyle->addItem(tr("Western calendar (西暦)"), QStringLiteral("seireki"));
    m_dateStyle->setCurrentIndex(cs.dateStyle() == DateStyle::Seireki ? 1 : 0);
    m_minPassword = spinFor(CaseSetting::MinPasswordLength, cs.minPasswordLength(),
                            QStringLiteral("minPasswordLength"), this);
    m_minPassword->setSuffix(tr(" characters"));
    m_exportWarning = spinFor(CaseSetting::ExportWarningThreshold, cs.exportWarningThreshold(),
                              QStringLiteral("exportWarningThreshold"), this);
    m_exportWarning->setSuffix(tr(" records"));
    auto* caseForm = new QFormLayout(m_caseGroup);
    caseForm->addRow(tr("Lock after inactivity:"), m_autoLock);
    caseForm->addRow(tr("Dates on forms and screens:"), m_dateStyle);
    caseForm->addRow(tr("Minimum password length:"), m_minPassword);
    caseForm->addRow(tr("Warn before exporting more than:"), m_exportWarning);
    m_caseGroup->setEnabled(m_canManage);

    m_note = new QLabel(tr("Only a system administrator can change the case-file settings."), this);
    m_note->setObjectName(QStringLiteral("caseSettingsNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(!m_canManage);

    auto* localGroup = new QGroupBox(tr("This computer"), this);
    localGroup->setObjectName(QStringLiteral("localSettingsGroup"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    // Each language is named in itself so that it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(LocalSettings::language())));
    auto* localForm = new QFormLayout(localGroup);
    localForm->addRow(tr("Language:"), m_language);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caseGroup);
    layout->addWidget(m_note);
    layout->addWidget(localGroup);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool SettingsDialog::applyCaseSettings() {
    if (!m_canManage)
        return true;
    CaseSettings& cs = m_file.settings();
    const Session& actor = m_file.session();
    // Only what changed is written, so the journal records real changes only.
    bool changed = false;
    try {
        if (m_autoLock->value() != cs.autoLockMinutes()) {
            cs.set(actor, CaseSetting::AutoLockMinutes, m_autoLock->value());
            changed = true;
        }
        if (m_dateStyle->currentData().toString() != cs.value(CaseSetting::DateStyle).toString()) {
            cs.set(actor, CaseSetting::DateStyle, m_dateStyle->currentData());
            changed = true;
        }
        if (m_minPassword->value() != cs.minPasswordLength()) {
            cs.set(actor, CaseSetting::MinPasswordLength, m_minPassword->value());
            changed = true;
        }
        if (m_exportWarning->value() != cs.exportWarningThreshold()) {
            cs.set(actor, CaseSetting::ExportWarningThreshold, m_exportWarning->value());
            changed = true;
        }
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        if (changed)
            Q_EMIT caseSettingsChanged();
        return false;
    }
    if (changed)
        Q_EMIT caseSettingsChanged();
    return true;
}

void SettingsDialog::accept() {
    m_error->hide();
    if (!applyCaseSettings())
        return;
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != LocalSettings::language();
    LocalSettings::setLanguage(language);
    QDialog::accept();
    // Last, after the dialog has finished: the receiver rebuilds the windows.
    if (languageChanged)
        Q_EMIT this->languageChanged(language);
}

} // namespace mamori::ui
