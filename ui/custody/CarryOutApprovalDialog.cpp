#include "custody/CarryOutApprovalDialog.h"

#include "common/FieldErrorLabel.h"
#include "custody/CarryOutLabels.h"
#include "custody/CarryOutSummary.h"
#include "custody/MeasureChecklist.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

CarryOutApprovalDialog::CarryOutApprovalDialog(CaseFile& file, const CarryOut& carryOut, QWidget* parent)
    : QDialog(parent), m_file(file), m_carryOut(carryOut) {
    setObjectName(QStringLiteral("carryOutApprovalDialog"));
    setWindowTitle(tr("Approve or reject carry-out %1").arg(carryOut.controlNo));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new CarryOutSummary(file, carryOut, this));

    auto* measuresBox = new QGroupBox(tr("Protective measures (seed 002 Art. 11(4), seed 000 Art. 12)"), this);
    auto* mv = new QVBoxLayout(measuresBox);
    m_measures = new MeasureChecklist(measuresBox);
    m_measures->setRequired(file.carryOuts().requiredMeasures(file.carryOuts().sensitivityOf(carryOut), carryOut.itemType));
    m_measures->setApplied(carryOut.appliedMeasures);
    mv->addWidget(m_measures);
    m_missing = new QLabel(measuresBox);
    m_missing->setObjectName(QStringLiteral("approvalMissingLabel"));
    m_missing->setWordWrap(true);
    mv->addWidget(m_missing);
    mv->addWidget(m_errors.add(QStringLiteral("measures"), new FieldErrorLabel(QStringLiteral("approvalMeasures"), measuresBox)));
    layout->addWidget(measuresBox);

    auto* rejectBox = new QGroupBox(tr("Reason for a rejection"), this);
    auto* rv = new QVBoxLayout(rejectBox);
    m_reason = new QPlainTextEdit(rejectBox);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 3 + 12);
    rv->addWidget(m_reason);
    rv->addWidget(m_errors.add(QStringLiteral("rejection_reason"),
                               new FieldErrorLabel(QStringLiteral("approvalReason"), rejectBox)));
    layout->addWidget(rejectBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approve = buttons->addButton(tr("Approve"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approvalApproveButton"));
    m_reject = buttons->addButton(tr("Reject"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("approvalRejectButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &CarryOutApprovalDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &CarryOutApprovalDialog::rejectRequest);
    connect(m_measures, &MeasureChecklist::changed, this, &CarryOutApprovalDialog::updateButtons);
    updateButtons();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
}

void CarryOutApprovalDialog::updateButtons() {
    const QList<CarryOutMeasure> missing = m_measures->missing();
    QStringList names;
    for (CarryOutMeasure m : missing)
        names << CarryOutLabels::measure(m);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Before approving, tick the required measures: %1.")
                                               .arg(names.join(tr(", "))));
    m_missing->setVisible(!missing.isEmpty());
    m_approve->setEnabled(missing.isEmpty());
}

void CarryOutApprovalDialog::approve() {
    m_errors.clear();
    try {
        CarryOutService& s = m_file.carryOuts();
        if (m_measures->applied() != m_carryOut.appliedMeasures)
            m_carryOut = s.setMeasures(m_file.session(), m_carryOut.id, m_measures->applied());
        m_carryOut = s.approve(m_file.session(), m_carryOut.id);
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("approvalErrorBox"));
        return;
    }
    Q_EMIT decided(m_carryOut);
    accept();
}

void CarryOutApprovalDialog::rejectRequest() {
    m_errors.clear();
    try {
        m_carryOut = m_file.carryOuts().reject(m_file.session(), m_carryOut.id, m_reason->toPlainText());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("approvalErrorBox"));
        return;
    }
    Q_EMIT decided(m_carryOut);
    accept();
}

} // namespace mamori::ui
