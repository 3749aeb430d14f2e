#include "unlock/CreateCaseWizard.h"

#include "forms/FormRenderer.h"
#include "shell/BusyCursor.h"
#include "unlock/CreateCaseAdminPage.h"
#include "unlock/CreateCaseFolderPage.h"
#include "unlock/CreateCaseOrganisationPage.h"
#include "unlock/CreateCaseRecoveryPage.h"

#include "common/Error.h"
#include "forms/StandardForms.h"

namespace mamori::ui {

CreateCaseWizard::CreateCaseWizard(const Clock* clock, QWidget* parent)
    : QWizard(parent), m_clock(clock) {
    setObjectName(QStringLiteral("createCaseWizard"));
    setWindowTitle(tr("New case file"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_folder = new CreateCaseFolderPage(this);
    m_organisation = new CreateCaseOrganisationPage(this);
    m_admin = new CreateCaseAdminPage(this);
    m_recovery = new CreateCaseRecoveryPage(this);
    setPage(FolderPage, m_folder);
    setPage(OrganisationPage, m_organisation);
    setPage(AdminPage, m_admin);
    setPage(RecoveryPage, m_recovery);
    setStartId(FolderPage);
    resize(680, 520);
}

CreateCaseWizard::~CreateCaseWizard() {
    wipeCode();
}

QString CreateCaseWizard::caseDir() const {
    return m_file ? m_file->dir() : m_folder->caseDir();
}

std::unique_ptr<CaseFile> CreateCaseWizard::takeCaseFile() {
    return std::move(m_file);
}

bool CreateCaseWizard::createCase(const QString& login, const QString& name,
                                  const SecureBytes& password, QString* errorField,
                                  QString* error) {
    CaseFile::CreateOptions o;
    o.dir = m_folder->caseDir();
    o.adminLogin = login;
    o.adminName = name;
    o.preset = m_organisation->preset();
    o.organisationName = m_organisation->organisation();
    o.clock = m_clock;
    try {
        BusyCursor busy(BusyCursor::Show::Now);
        CaseFile::Created created = CaseFile::create(o, password);
        m_file = std::move(created.file);
        m_code = std::move(created.recoveryCode);
    } catch (const Error& e) {
        if (errorField)
            *errorField = e.field();
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

QString CreateCaseWizard::recoveryCodeText() const {
    return QString::fromLatin1(reinterpret_cast<const char*>(m_code.data()),
                               static_cast<qsizetype>(m_code.size()));
}

bool CreateCaseWizard::saveSheet(const QString& pdfPath, QString* error) {
    if (!m_file || m_code.isEmpty())
        return false;
    try {
        if (!FormRenderer::writePdf(StandardForms::recoverySheet(*m_file, m_code), pdfPath, error))
            return false;
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_sheetDone = true;
    Q_EMIT sheetDoneChanged();
    return true;
}

bool CreateCaseWizard::printSheet(QPrinter* printer, QString* error) {
    if (!m_file || m_code.isEmpty())
        return false;
    try {
        FormRenderer::print(StandardForms::recoverySheet(*m_file, m_code), printer);
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_sheetDone = true;
    Q_EMIT sheetDoneChanged();
    return true;
}

void CreateCaseWizard::wipeCode() {
    m_code.clear();
    m_recovery->forgetCode();
}

void CreateCaseWizard::reject() {
    // After creation the code exists only here: leaving without the sheet would lose it.
    if (m_file && !m_sheetDone) {
        m_recovery->remindToSave();
        return;
    }
    QWizard::reject();
}

void CreateCaseWizard::done(int result) {
    wipeCode();
    QWizard::done(result);
}

} // namespace mamori::ui
