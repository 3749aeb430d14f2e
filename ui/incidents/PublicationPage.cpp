#include "incidents/PublicationPage.h"

#include "common/OptionalDateEdit.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

PublicationPage::PublicationPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("publicationPage"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("publicationCurrentLabel"));
    m_current->setWordWrap(true);
    auto* box = new QGroupBox(tr("Decision"), this);
    m_inputs = box;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_decision = new QComboBox(box);
    for (PublicationDecision d : {PublicationDecision::Publish, PublicationDecision::DoNotPublish})
        m_decision->addItem(IncidentLabels::publicationDecision(d), publicationDecisionKey(d));
    addRow(form, tr("&Decision:"), m_decision, QStringLiteral("decision"), QStringLiteral("publicationDecision"));
    m_decidedOn = makeDateEdit(m_ctx.today(), box);
    addRow(form, tr("Decided &on:"), m_decidedOn, QStringLiteral("decided_on"), QStringLiteral("publicationDecidedOn"));
    m_reason = makeTextBox(3, box);
    addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"), QStringLiteral("publicationReason"));
    m_publishedOn = new OptionalDateEdit(tr("published"), m_ctx.today(), box);
    addRow(form, tr("&Published on:"), m_publishedOn, QStringLiteral("published_on"),
           QStringLiteral("publicationPublishedOn"));
    m_ppcInformedOn = new OptionalDateEdit(tr("informed"), m_ctx.today(), box);
    addRow(form, tr("PPC secretariat &informed on:"), m_ppcInformedOn, QStringLiteral("ppc_secretariat_informed_on"),
           QStringLiteral("publicationPpcInformedOn"));
    m_save = new QPushButton(tr("Record the decision"), box);
    m_save->setObjectName(QStringLiteral("decidePublicationButton"));
    form->addRow(QString(), m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(box);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &PublicationPage::decide);
}

void PublicationPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    const Publication& p = i.publication;
    if (p.decision == PublicationDecision::Undecided) {
        m_current->setText(tr("No decision on publication has been recorded."));
    } else {
        QString text = tr("%1, decided on %2.").arg(IncidentLabels::publicationDecision(p.decision), m_ctx.date(p.decidedOn));
        if (p.publishedOn.isValid())
            text += QLatin1Char(' ') + tr("Published on %1.").arg(m_ctx.date(p.publishedOn));
        if (p.ppcSecretariatInformedOn.isValid())
            text += QLatin1Char(' ') + tr("PPC secretariat informed on %1.").arg(m_ctx.date(p.ppcSecretariatInformedOn));
        m_current->setText(text);
    }
    // The inputs start from the recorded decision, once per incident.
    if (m_loadedId != i.id && p.decision != PublicationDecision::Undecided) {
        m_decision->setCurrentIndex(m_decision->findData(publicationDecisionKey(p.decision)));
        m_decidedOn->setDate(p.decidedOn);
        m_reason->setPlainText(p.reason);
        m_publishedOn->setDate(p.publishedOn.isValid() ? std::optional<QDate>(p.publishedOn) : std::nullopt);
        m_ppcInformedOn->setDate(p.ppcSecretariatInformedOn.isValid() ? std::optional<QDate>(p.ppcSecretariatInformedOn)
                                                                     : std::nullopt);
    }
    m_loadedId = i.id;
    m_inputs->setEnabled(can.decidePublication);
}

Publication PublicationPage::draft() const {
    Publication p;
    p.decision = m_decision->currentData().toString() == publicationDecisionKey(PublicationDecision::Publish)
                     ? PublicationDecision::Publish
                     : PublicationDecision::DoNotPublish;
    p.decidedOn = m_decidedOn->date();
    p.reason = m_reason->toPlainText();
    p.publishedOn = m_publishedOn->date().value_or(QDate());
    p.ppcSecretariatInformedOn = m_ppcInformedOn->date().value_or(QDate());
    return p;
}

void PublicationPage::decide() {
    const Publication p = draft();
    apply([&] { return m_ctx.service.decidePublication(m_ctx.session(), m_id, p); });
}

} // namespace mamori::ui
