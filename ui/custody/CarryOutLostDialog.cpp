#include "custody/CarryOutLostDialog.h"

#include "common/FieldErrorLabel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

CarryOutLostDialog::CarryOutLostDialog(CaseFile& file, const CarryOut& carryOut, QWidget* parent)
    : QDialog(parent), m_file(file), m_carryOut(carryOut) {
    setObjectName(QStringLiteral("carryOutLostDialog"));
    setWindowTitle(tr("Report %1 lost").arg(carryOut.controlNo));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Describe how and when the item was lost. Report the loss to the unit manager "
                                "at once: it may be an incident to report."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("lostRemarks"));
    m_remarks->setTabChangesFocus(true);
    layout->addWidget(m_remarks);
    layout->addWidget(m_errors.add(QStringLiteral("remarks"), new FieldErrorLabel(QStringLiteral("lostRemarks"), this)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("Report lost"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("lostSubmitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CarryOutLostDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CarryOutLostDialog::submit() {
    m_errors.clear();
    try {
        m_carryOut = m_file.carryOuts().markLost(m_file.session(), m_carryOut.id, m_remarks->toPlainText());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("lostErrorBox"));
        return;
    }
    Q_EMIT reported(m_carryOut);
    accept();
}

} // namespace mamori::ui
