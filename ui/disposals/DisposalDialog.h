#pragma once

#include "common/FieldErrors.h"
#include "custody/DisposalService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Plans a disposal or edits a plan (BRIEF §7 DisposalRecord). Core validates; its errors show
// under the input they name (FieldErrors) and the dialog stays open with nothing saved.
class DisposalDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the plan to edit (only PLANNED ones can be); none for a new plan.
    DisposalDialog(mamori::CaseFile& file, std::optional<mamori::Disposal> existing, QWidget* parent = nullptr);

    // Plans or updates from the inputs. False (errors shown) when core refused.
    bool save();
    // The disposal saved last; id 0 before a successful save().
    const mamori::Disposal& saved() const { return m_saved; }
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    mamori::Disposal fromInputs() const;
    void fillPeople();
    void updateContractorInputs();

    mamori::CaseFile& m_file;
    std::optional<mamori::Disposal> m_existing;
    mamori::Disposal m_saved;
    FieldErrors m_errors;
    QComboBox* m_section = nullptr;
    QComboBox* m_requestedBy = nullptr;
    QComboBox* m_itemKind = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_model = nullptr;
    QPlainTextEdit* m_serials = nullptr;
    QSpinBox* m_quantity = nullptr;
    QSpinBox* m_recordCount = nullptr;
    QLineEdit* m_basis = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_methodDetail = nullptr;
    QComboBox* m_performer = nullptr;
    QLineEdit* m_contractor = nullptr;
    QSpinBox* m_tier = nullptr;
    QLineEdit* m_place = nullptr;
    QDateEdit* m_plannedOn = nullptr;
    QPlainTextEdit* m_remarks = nullptr;
};

} // namespace mamori::ui
