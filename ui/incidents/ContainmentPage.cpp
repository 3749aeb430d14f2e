#include "incidents/ContainmentPage.h"

#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

ContainmentPage::ContainmentPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("containmentPage"));
    m_table = makeTable({tr("Done at"), tr("Action"), tr("Recorded by")}, QStringLiteral("containmentTable"));
    auto* box = new QGroupBox(tr("Record a containment action"), this);
    auto* form = new QFormLayout(box);
    m_action = new QLineEdit(box);
    m_action->setMaxLength(1000);
    m_action->setPlaceholderText(tr("e.g. disconnected the terminal from the network"));
    addRow(form, tr("&Action:"), m_action, QStringLiteral("action"), QStringLiteral("containmentAction"));
    m_doneAt = makeDateTimeEdit(m_ctx.nowToTheMinute(), box);
    addRow(form, tr("&Done at:"), m_doneAt, QStringLiteral("done_at"), QStringLiteral("containmentDoneAt"));
    m_add = new QPushButton(tr("Add action"), box);
    m_add->setObjectName(QStringLiteral("addContainmentButton"));
    form->addRow(QString(), m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, &ContainmentPage::addAction);
    connect(m_action, &QLineEdit::returnPressed, this, &ContainmentPage::addAction);
}

void ContainmentPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    QList<QStringList> rows;
    for (const ContainmentAction& a : i.containment)
        rows << QStringList{m_ctx.dateTime(a.doneAt), a.action, m_ctx.names.account(a.recordedBy)};
    setRows(m_table, rows);
    m_add->setEnabled(can.contain);
    m_action->setEnabled(can.contain);
    m_doneAt->setEnabled(can.contain);
}

void ContainmentPage::addAction() {
    if (apply([this] { return m_ctx.service.addContainment(m_ctx.session(), m_id, m_action->text(), m_doneAt->dateTime()); }))
        m_action->clear();
}

} // namespace mamori::ui
