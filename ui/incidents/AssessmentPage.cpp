#include "incidents/AssessmentPage.h"

#include "incidents/IncidentContext.h"
#include "incidents/RegimeVerdictBox.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QString verdictText(const RegimeAssessment& r) {
    if (!r.reportable)
        return QCoreApplication::translate("mamori::ui::AssessmentPage", "not reportable");
    return r.groundIds().join(QStringLiteral(", "));
}
} // namespace

AssessmentPage::AssessmentPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("assessmentPage"));
    m_basis = new QLabel(this);
    m_basis->setObjectName(QStringLiteral("assessmentBasisLabel"));
    m_basis->setWordWrap(true);
    m_assess = new QPushButton(tr("Assess now"), this);
    m_assess->setObjectName(QStringLiteral("assessButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_basis, 1);
    top->addWidget(m_assess, 0, Qt::AlignTop);
    m_appi = new RegimeVerdictBox(Regime::Appi, QStringLiteral("appi"), context, this);
    m_myNumber = new RegimeVerdictBox(Regime::MyNumber, QStringLiteral("myNumber"), context, this);
    auto* regimes = new QHBoxLayout;
    regimes->addWidget(m_appi, 1, Qt::AlignTop);
    regimes->addWidget(m_myNumber, 1, Qt::AlignTop);
    m_history = makeTable({tr("Assessed at"), tr("By"), tr("Facts version"), tr("APPI"), tr("My Number Act")},
                          QStringLiteral("assessmentHistory"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(regimes);
    layout->addWidget(new QLabel(tr("Every assessment:"), this));
    layout->addWidget(m_history, 1);
    connect(m_assess, &QPushButton::clicked, this, &AssessmentPage::assess);
}

void AssessmentPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    const IncidentAssessment* latest = i.latestAssessment();
    m_appi->setVerdict(latest ? &latest->result.appi : nullptr, latest && latest->facts.myNumber, &i);
    m_myNumber->setVerdict(latest ? &latest->result.myNumber : nullptr, latest && latest->facts.myNumber, &i);
    if (!latest)
        m_basis->setText(tr("Not assessed yet. Record the facts, then assess."));
    else if (latest->factsVersion != i.factsVersion)
        m_basis->setText(tr("The facts changed after the assessment of %1: assess again.")
                             .arg(m_ctx.dateTime(latest->assessedAt)));
    else
        m_basis->setText(tr("Assessed on %1 by %2 on the current facts (%3 persons).")
                             .arg(m_ctx.dateTime(latest->assessedAt), m_ctx.names.account(latest->assessedBy))
                             .arg(latest->facts.persons));
    QList<QStringList> rows;
    for (auto a = i.assessments.crbegin(); a != i.assessments.crend(); ++a)
        rows << QStringList{m_ctx.dateTime(a->assessedAt), m_ctx.names.account(a->assessedBy),
                            QString::number(a->factsVersion), verdictText(a->result.appi), verdictText(a->result.myNumber)};
    setRows(m_history, rows);
    m_assess->setEnabled(can.assess);
}

void AssessmentPage::assess() {
    apply([this] { return m_ctx.service.assess(m_ctx.session(), m_id); });
}

} // namespace mamori::ui
