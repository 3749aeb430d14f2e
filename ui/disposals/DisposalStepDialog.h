#pragma once

#include "common/FieldErrors.h"
#include "custody/DisposalService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The workflow steps of a disposal that need a time and a member of staff (BRIEF §5.3):
// destroyed in-house, handed to the contractor, or watched by a witness (seed 000 Art. 14).
// The time starts at now and the place at the planned one; core checks the order of times and
// who may be the witness, and its refusals show under the input they name with nothing saved.
class DisposalStepDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { Executed, HandedOver, Witness };
    // The step that comes next for `d` in this dialog, if any: Executed or HandedOver once
    // approved, Witness once destroyed or handed over (more witnesses may follow).
    static std::optional<Step> nextStep(const mamori::Disposal& d);

    DisposalStepDialog(mamori::CaseFile& file, const mamori::Disposal& disposal, Step step, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    // Records the step from the inputs. False (errors shown) when core refused.
    bool save();
    const mamori::Disposal& saved() const { return m_saved; }
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    mamori::CaseFile& m_file;
    mamori::Disposal m_disposal;
    Step m_step;
    mamori::Disposal m_saved;
    FieldErrors m_errors;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_place = nullptr;
};

} // namespace mamori::ui
