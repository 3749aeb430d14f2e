#pragma once

#include "common/FieldErrors.h"

#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class MeasureChecklist;

// A new carry-out request (持出し申請): section, the file of the register it comes from, who
// carries it, the kind of item, description, record count, purpose, destination, planned dates
// and the protective measures taken (those required for the file and item are marked). Core
// validates; its message appears under the input it names, and nothing is saved until it
// accepts. Inputs are named "request<Field>" (requestSection, requestFile, …).
class CarryOutRequestDialog : public QDialog {
    Q_OBJECT

public:
    explicit CarryOutRequestDialog(mamori::CaseFile& file, QWidget* parent = nullptr);

    // The request the inputs describe (not yet validated).
    mamori::CarryOut draft() const;
    // The message shown under `field` (an Error::field() name), empty when none.
    QString errorText(const QString& field) const { return m_errors.text(field); }
    // The request core accepted (valid after accepted()).
    const mamori::CarryOut& created() const { return m_created; }

public Q_SLOTS:
    // Sends the request to core; closes the dialog when it is accepted.
    void submit();

Q_SIGNALS:
    void requested(const mamori::CarryOut& carryOut);

private:
    void sectionChanged();
    void updateRequired();

    mamori::CaseFile& m_file;
    FieldErrors m_errors;
    QList<mamori::PersonalInfoFile> m_files;
    QComboBox* m_section;
    QComboBox* m_fileBox;
    QComboBox* m_person;
    QComboBox* m_itemType;
    QLineEdit* m_description;
    QSpinBox* m_recordCount;
    QLineEdit* m_purpose;
    QLineEdit* m_destination;
    QDateEdit* m_plannedOut;
    QDateEdit* m_plannedReturn;
    MeasureChecklist* m_measures;
    QPlainTextEdit* m_remarks;
    QPushButton* m_submit;
    mamori::CarryOut m_created;
};

} // namespace mamori::ui
