#pragma once

#include "custody/CarryOutService.h"

#include <QDialog>

class QPushButton;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class CarryOutWorkflow;

// One carry-out opened from the list or by a scan: its ledger fields, the measures applied, and
// the next workflow steps the session may take (enabled per state and permission). The step the
// records room needs next is the default button, so a scanned approved item goes out with
// Enter ("Mark out now" is the confirmation: the dialog shows what leaves). After a step the
// dialog closes; the list and the badge follow through CarryOutWorkflow::changed().
// Buttons: detailDecideButton, detailMarkOutButton, detailReturnButton, detailLostButton,
// detailCloseButton.
class CarryOutDetailDialog : public QDialog {
    Q_OBJECT

public:
    CarryOutDetailDialog(mamori::CaseFile& file, CarryOutWorkflow& workflow, const mamori::CarryOut& carryOut,
                         QWidget* parent = nullptr);
    const mamori::CarryOut& carryOut() const { return m_carryOut; }

private:
    QPushButton* addStep(const QString& text, const QString& name, bool enabled);

    CarryOutWorkflow& m_workflow;
    mamori::CarryOut m_carryOut;
    QWidget* m_steps;
};

} // namespace mamori::ui
