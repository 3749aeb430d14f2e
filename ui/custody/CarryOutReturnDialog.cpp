#include "custody/CarryOutReturnDialog.h"

#include "common/FieldErrorLabel.h"
#include "custody/CarryOutSummary.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "organisation/PersonService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

CarryOutReturnDialog::CarryOutReturnDialog(CaseFile& file, const CarryOut& carryOut, QWidget* parent)
    : QDialog(parent), m_file(file), m_carryOut(carryOut) {
    setObjectName(QStringLiteral("carryOutReturnDialog"));
    setWindowTitle(tr("Record the return of %1").arg(carryOut.controlNo));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new CarryOutSummary(file, carryOut, this));

    auto* form = new QFormLayout;
    auto row = [this, form](const QString& label, QWidget* input, const QString& field, const QString& name) {
        input->setObjectName(name);
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(input);
        v->addWidget(m_errors.add(field, new FieldErrorLabel(name, box)));
        form->addRow(label, box);
    };
    m_at = new QDateTimeEdit(file.clock().now().toLocalTime(), this);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    row(tr("Returned &at:"), m_at, QStringLiteral("returned_at"), QStringLiteral("returnAt"));
    m_person = new QComboBox(this);
    try {
        for (const Person& p : file.people().list(file.session(), carryOut.sectionId))
            m_person->addItem(QStringLiteral("%1 %2").arg(p.staffNo, p.name), p.id);
    } catch (const Error& e) {
        m_person->setToolTip(e.message());
    }
    // Usually the one who took it out brings it back.
    m_person->setCurrentIndex(qMax(0, m_person->findData(carryOut.requestedBy)));
    row(tr("Brought back &by:"), m_person, QStringLiteral("returned_by"), QStringLiteral("returnPerson"));
    auto* checker = new QLabel(file.session().displayName(), this);
    row(tr("Checked by:"), checker, QStringLiteral("checked_by"), QStringLiteral("returnCheckedBy"));
    m_count = new QCheckBox(tr("The count matches (%n record(s))", nullptr, static_cast<int>(carryOut.recordCount)), this);
    m_count->setChecked(true);
    row(QString(), m_count, QStringLiteral("count_matches"), QStringLiteral("returnCountMatches"));
    m_seal = new QCheckBox(tr("The seal is intact"), this);
    m_seal->setChecked(true);
    row(QString(), m_seal, QStringLiteral("seal_intact"), QStringLiteral("returnSealIntact"));
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setTabChangesFocus(true);
    m_remarks->setFixedHeight(m_remarks->fontMetrics().height() * 3 + 12);
    row(tr("Re&marks:"), m_remarks, QStringLiteral("remarks"), QStringLiteral("returnRemarks"));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Record return"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("returnSubmitButton"));
    m_submit->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CarryOutReturnDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CarryOutReturn CarryOutReturnDialog::draft() const {
    CarryOutReturn r;
    r.returnedAt = m_at->dateTime().toUTC();
    r.returnedBy = m_person->currentData().toLongLong();
    r.countMatches = m_count->isChecked();
    r.sealIntact = m_seal->isChecked();
    r.remarks = m_remarks->toPlainText();
    return r;
}

void CarryOutReturnDialog::submit() {
    m_errors.clear();
    try {
        m_carryOut = m_file.carryOuts().markReturned(m_file.session(), m_carryOut.id, draft());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("returnErrorBox"));
        return;
    }
    Q_EMIT returned(m_carryOut);
    accept();
}

} // namespace mamori::ui
