#pragma once

#include "common/FieldErrors.h"
#include "custody/PersonalInfoFileService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AccessRightsPanel;

// Adds or edits an entry of the personal-information file register (個人情報ファイル簿, APPI
// Art. 75; seed 000 Art. 9, 15, 16): the items of BRIEF §7, whether it holds sensitive data or
// My Numbers, how many persons, the storage media and handling area, a foreign or cloud location
// with what is known of that regime, and (for a saved entry) its access rights.
class PersonalInfoFileDialog : public QDialog {
    Q_OBJECT

public:
    PersonalInfoFileDialog(mamori::CaseFile& file, std::optional<qint64> fileId,
                           QWidget* parent = nullptr);
    void accept() override;
    const std::optional<mamori::PersonalInfoFile>& saved() const { return m_saved; }
    // The message under a core field name ("file_no", "name", "section", "purpose",
    // "person_count", "handling_area", "foreign_regime_notes", ...).
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    // Null for a file not saved yet.
    AccessRightsPanel* accessRights() const { return m_rights; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* buildEntryPage();
    QWidget* buildRecipientsPage();
    QWidget* buildStoragePage();
    void load(qint64 id);
    mamori::PersonalInfoFile entry() const;
    void updatePublicationHint();
    void showFirstErrorPage();

    mamori::CaseFile& m_file;
    std::optional<qint64> m_id;
    mamori::PersonalInfoFile m_loaded;
    QLineEdit* m_fileNo = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_section = nullptr;
    QComboBox* m_fileType = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_recordItems = nullptr;
    QLineEdit* m_recordScope = nullptr;
    QLineEdit* m_collection = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QCheckBox* m_myNumber = nullptr;
    QSpinBox* m_personCount = nullptr;
    QLabel* m_publication = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QPlainTextEdit* m_disclosureOffice = nullptr;
    QPlainTextEdit* m_correction = nullptr;
    QLineEdit* m_storageMedia = nullptr;
    QComboBox* m_area = nullptr;
    QLineEdit* m_foreign = nullptr;
    QPlainTextEdit* m_regime = nullptr;
    AccessRightsPanel* m_rights = nullptr;
    QTabWidget* m_tabs = nullptr;
    FieldErrors m_errors;
    std::optional<mamori::PersonalInfoFile> m_saved;
};

} // namespace mamori::ui
