#include "incidents/EscalationPage.h"

#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

EscalationPage::EscalationPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("escalationPage"));
    m_table = makeTable({tr("Step"), tr("Informed"), tr("When"), tr("How"), tr("Recorded by"), tr("Note")},
                        QStringLiteral("escalationTable"));
    auto* box = new QGroupBox(tr("Next step"), this);
    auto* form = new QFormLayout(box);
    m_next = new QLabel(box);
    m_next->setObjectName(QStringLiteral("escalationNextLabel"));
    m_next->setWordWrap(true);
    form->addRow(m_next);
    m_method = new QComboBox(box);
    for (ContactMethod m : allContactMethods())
        m_method->addItem(IncidentLabels::contactMethod(m), contactMethodKey(m));
    addRow(form, tr("&How:"), m_method, QStringLiteral("method"), QStringLiteral("escalationMethod"));
    m_informedAt = makeDateTimeEdit(m_ctx.nowToTheMinute(), box);
    addRow(form, tr("&When:"), m_informedAt, QStringLiteral("informed_at"), QStringLiteral("escalationInformedAt"));
    m_note = new QLineEdit(box);
    m_note->setMaxLength(1000);
    addRow(form, tr("&Note:"), m_note, QStringLiteral("note"), QStringLiteral("escalationNote"));
    m_record = new QPushButton(tr("Record this step"), box);
    m_record->setObjectName(QStringLiteral("escalateButton"));
    form->addRow(QString(), m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connect(m_record, &QPushButton::clicked, this, &EscalationPage::recordNextStep);
}

void EscalationPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    const QList<EscalationTarget>& chain = m_ctx.chain;
    QList<QStringList> rows;
    for (int step = 1; step <= chain.size(); ++step) {
        const EscalationTarget& to = chain.at(step - 1);
        const EscalationRecord* done = nullptr;
        for (const EscalationRecord& e : i.escalations)
            if (e.step == step)
                done = &e;
        if (done)
            rows << QStringList{QString::number(step), done->recipientTitle, m_ctx.dateTime(done->informedAt),
                                IncidentLabels::contactMethod(done->method), m_ctx.names.account(done->recordedBy),
                                done->note};
        else
            rows << QStringList{QString::number(step), to.title, tr("not yet")};
    }
    setRows(m_table, rows);

    const int next = static_cast<int>(i.escalations.size()) + 1;
    if (next > chain.size()) {
        m_next->setText(tr("Every step of the chain has been recorded."));
    } else {
        // Step 1 is the section's unit manager's; each later one the previous recipient's.
        const QString senderTitle = next == 1 ? m_ctx.unitManagerTitle : chain.at(next - 2).title;
        m_next->setText(tr("Step %1: %2 informs %3.").arg(next).arg(senderTitle, chain.at(next - 1).title));
    }
    for (QWidget* w : {static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_informedAt),
                       static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_record)})
        w->setEnabled(can.escalate);
}

void EscalationPage::recordNextStep() {
    const ContactMethod method = contactMethodFromKey(m_method->currentData().toString()).value_or(ContactMethod::Other);
    if (apply([&] { return m_ctx.service.escalate(m_ctx.session(), m_id, method, m_informedAt->dateTime(), m_note->text()); }))
        m_note->clear();
}

} // namespace mamori::ui
