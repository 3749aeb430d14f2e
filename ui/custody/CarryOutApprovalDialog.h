#pragma once

#include "common/FieldErrors.h"

#include "custody/CarryOutService.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class MeasureChecklist;

// The unit manager's decision on a request: what is carried out, and the protective-measure
// checklist with the measures required for the file's sensitivity and the kind of item marked.
// "Approve" stays disabled until every required measure is ticked (core refuses it anyway and
// its message shows under the checklist); "Reject" needs a reason (core's message shows under it). Named approvalApproveButton,
// approvalRejectButton, approvalReason; errors approvalMeasuresError, approvalReasonError.
class CarryOutApprovalDialog : public QDialog {
    Q_OBJECT

public:
    CarryOutApprovalDialog(mamori::CaseFile& file, const mamori::CarryOut& carryOut, QWidget* parent = nullptr);

    MeasureChecklist* checklist() const { return m_measures; }
    QString errorText(const QString& field) const { return m_errors.text(field); }
    const mamori::CarryOut& carryOut() const { return m_carryOut; }

public Q_SLOTS:
    // Records the ticked measures (when changed) and approves; core has the last word.
    void approve();
    // Not QDialog::reject(): that one is Cancel.
    void rejectRequest();

Q_SIGNALS:
    void decided(const mamori::CarryOut& carryOut);

private:
    void updateButtons();

    mamori::CaseFile& m_file;
    mamori::CarryOut m_carryOut;
    FieldErrors m_errors;
    MeasureChecklist* m_measures;
    QLabel* m_missing;
    QPlainTextEdit* m_reason;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace mamori::ui
