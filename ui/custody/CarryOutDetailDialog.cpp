#include "custody/CarryOutDetailDialog.h"

#include "custody/CarryOutActions.h"
#include "custody/CarryOutSummary.h"
#include "custody/CarryOutWorkflow.h"
#include "custody/MeasureChecklist.h"

#include "casefile/CaseFile.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

CarryOutDetailDialog::CarryOutDetailDialog(CaseFile& file, CarryOutWorkflow& workflow, const CarryOut& c,
                                           QWidget* parent)
    : QDialog(parent), m_workflow(workflow), m_carryOut(c) {
    setObjectName(QStringLiteral("carryOutDetailDialog"));
    setWindowTitle(tr("Carry-out %1").arg(c.controlNo));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new CarryOutSummary(file, c, this));
    auto* measuresBox = new QGroupBox(tr("Protective measures"), this);
    auto* mv = new QVBoxLayout(measuresBox);
    auto* measures = new MeasureChecklist(measuresBox);
    measures->setRequired(file.carryOuts().requiredMeasures(file.carryOuts().sensitivityOf(c), c.itemType));
    measures->setApplied(c.appliedMeasures);
    measures->setReadOnly(true);
    mv->addWidget(measures);
    layout->addWidget(measuresBox);

    m_steps = new QWidget(this);
    auto* steps = new QHBoxLayout(m_steps);
    steps->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    const CarryOutActions can = CarryOutActions::of(file.session(), c);
    QPushButton* decide = addStep(tr("Approve or reject…"), QStringLiteral("detailDecideButton"), can.decide);
    QPushButton* out = addStep(tr("Mark out now"), QStringLiteral("detailMarkOutButton"), can.markOut);
    QPushButton* ret = addStep(tr("Record return…"), QStringLiteral("detailReturnButton"), can.markReturned);
    QPushButton* lost = addStep(tr("Report lost…"), QStringLiteral("detailLostButton"), can.markLost);
    QPushButton* close = addStep(tr("Close entry"), QStringLiteral("detailCloseButton"), can.close);
    steps->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // What the records room does next with this item is the default (Enter).
    QPushButton* next = can.markOut ? out : can.markReturned ? ret : can.decide ? decide : can.close ? close : nullptr;
    if (next) {
        next->setDefault(true);
        next->setFocus();
    } else {
        buttons->button(QDialogButtonBox::Close)->setDefault(true);
    }

    QWidget* window = parentWidget();
    connect(decide, &QPushButton::clicked, this, [this, window] {
        accept();
        m_workflow.decide(m_carryOut, window);
    });
    connect(out, &QPushButton::clicked, this, [this, window] {
        if (m_workflow.markOutNow(m_carryOut.id, window))
            accept();
    });
    connect(ret, &QPushButton::clicked, this, [this, window] {
        accept();
        m_workflow.recordReturn(m_carryOut, window);
    });
    connect(lost, &QPushButton::clicked, this, [this, window] {
        accept();
        m_workflow.reportLost(m_carryOut, window);
    });
    connect(close, &QPushButton::clicked, this, [this, window] {
        if (m_workflow.closeNow(m_carryOut.id, window))
            accept();
    });
}

QPushButton* CarryOutDetailDialog::addStep(const QString& text, const QString& name, bool enabled) {
    auto* b = new QPushButton(text, m_steps);
    b->setObjectName(name);
    b->setEnabled(enabled);
    b->setAutoDefault(false);
    m_steps->layout()->addWidget(b);
    return b;
}

} // namespace mamori::ui
