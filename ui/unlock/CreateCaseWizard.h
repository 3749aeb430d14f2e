#pragma once

#include "casefile/CaseFile.h"
#include "crypto/SecureBytes.h"

#include <QWizard>
#include <memory>

class QPrinter;

namespace mamori {
class Clock;
}

namespace mamori::ui {

class CreateCaseAdminPage;
class CreateCaseFolderPage;
class CreateCaseOrganisationPage;
class CreateCaseRecoveryPage;

// New case file: folder, organisation and title preset, first administrator, recovery sheet.
// The file is created when the administrator page is committed; the wizard then holds it open
// (signed in as that administrator) and hands it over with takeCaseFile() after Finish.
// The recovery code is wiped when the wizard closes.
class CreateCaseWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FolderPage, OrganisationPage, AdminPage, RecoveryPage };

    explicit CreateCaseWizard(const Clock* clock = nullptr, QWidget* parent = nullptr);
    ~CreateCaseWizard() override;

    QString caseDir() const;
    std::unique_ptr<CaseFile> takeCaseFile();
    CaseFile* caseFile() const { return m_file.get(); }

    // Used by the pages.
    bool createCase(const QString& login, const QString& name, const SecureBytes& password,
                    QString* errorField, QString* error);
    QString recoveryCodeText() const;
    bool hasRecoveryCode() const { return !m_code.isEmpty(); }
    bool sheetDone() const { return m_sheetDone; }
    bool saveSheet(const QString& pdfPath, QString* error);
    bool printSheet(QPrinter* printer, QString* error);

public Q_SLOTS:
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    void sheetDoneChanged();

private:
    void wipeCode();
    const Clock* m_clock;
    CreateCaseFolderPage* m_folder;
    CreateCaseOrganisationPage* m_organisation;
    CreateCaseAdminPage* m_admin;
    CreateCaseRecoveryPage* m_recovery;
    std::unique_ptr<CaseFile> m_file;
    SecureBytes m_code;
    bool m_sheetDone = false;
};

} // namespace mamori::ui
