#include "incidents/IncidentEditor.h"

#include "incidents/AssessmentPage.h"
#include "incidents/ContainmentPage.h"
#include "incidents/EscalationPage.h"
#include "incidents/FactsPage.h"
#include "incidents/IncidentActions.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentLabels.h"
#include "incidents/IncidentsModel.h"
#include "incidents/NoticesPage.h"
#include "incidents/PreventionPage.h"
#include "incidents/PublicationPage.h"
#include "incidents/ReportsPage.h"
#include "forms/FormPrintButton.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "forms/IncidentForms.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mamori::ui {

IncidentEditor::IncidentEditor(CaseFile& file, const Incident& incident, QWidget* parent)
    : QDialog(parent), m_ctx(std::make_unique<IncidentContext>(file)), m_incident(incident) {
    setObjectName(QStringLiteral("incidentEditor"));
    setWindowTitle(tr("Incident %1").arg(incident.incidentNo));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("editorDueLabel"));
    m_due->setWordWrap(true);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("editorMissingLabel"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* missingFrame = new QFrame(this);
    missingFrame->setFrameShape(QFrame::StyledPanel);
    auto* mf = new QVBoxLayout(missingFrame);
    mf->setContentsMargins(8, 6, 8, 6);
    mf->addWidget(m_missing);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    IncidentContext& ctx = *m_ctx;
    addPage(m_containment = new ContainmentPage(ctx, m_tabs), tr("Containment"));
    addPage(m_escalation = new EscalationPage(ctx, m_tabs), tr("Escalation"));
    addPage(m_facts = new FactsPage(ctx, m_tabs), tr("Facts"));
    addPage(m_assessment = new AssessmentPage(ctx, m_tabs), tr("Assessment"));
    addPage(m_reports = new ReportsPage(ctx, m_tabs), tr("PPC reports"));
    addPage(m_notices = new NoticesPage(ctx, m_tabs), tr("Notices"));
    addPage(m_publication = new PublicationPage(ctx, m_tabs), tr("Publication"));
    addPage(m_prevention = new PreventionPage(ctx, m_tabs), tr("Prevention"));

    m_close = new QPushButton(tr("Close the incident…"), this);
    m_close->setObjectName(QStringLiteral("closeIncidentButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The forms of the incident, built from what is recorded when chosen (each print journaled).
    m_print = new FormPrintButton(this);
    const auto filed = [this](ReportKind kind) {
        return std::any_of(m_incident.reports.cbegin(), m_incident.reports.cend(),
                           [kind](const PpcReport& r) { return r.kind == kind; });
    };
    m_print->addForm(QStringLiteral("incident-report"), tr("Incident report to the mayor (事案報告書)"),
                     [this] { return IncidentForms::incidentReport(m_ctx->file, m_ctx->session(), m_incident.id); });
    m_print->addForm(
        QStringLiteral("ppc-preliminary"), tr("Preliminary report to the PPC (速報), as filed"),
        [this] { return IncidentForms::ppcReport(m_ctx->file, m_ctx->session(), m_incident.id, ReportKind::Preliminary); },
        [filed] { return filed(ReportKind::Preliminary); });
    m_print->addForm(
        QStringLiteral("ppc-final"), tr("Final report to the PPC (確報), as filed"),
        [this] { return IncidentForms::ppcReport(m_ctx->file, m_ctx->session(), m_incident.id, ReportKind::Final); },
        [filed] { return filed(ReportKind::Final); });
    m_print->addForm(QStringLiteral("notice-letter"), tr("Notice letters to the individuals affected (本人への通知)"),
                     [this] { return IncidentForms::noticeLetter(m_ctx->file, m_ctx->session(), m_incident.id); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_close);
    bottom->addWidget(m_print);
    bottom->addStretch();
    bottom->addWidget(buttons);

    // What the incident is on the left, what it still lacks on the right: the list can be long,
    // and the tabs below need the height.
    auto* header = new QHBoxLayout;
    auto* about = new QVBoxLayout;
    about->addWidget(m_title);
    about->addWidget(m_due);
    about->addStretch();
    header->addLayout(about, 1);
    header->addWidget(missingFrame, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(m_close, &QPushButton::clicked, this, &IncidentEditor::confirmClose);
    setIncident(incident);
    resize(1040, 760);
}

IncidentEditor::~IncidentEditor() = default;

void IncidentEditor::addPage(IncidentPage* page, const QString& title) {
    m_pages << page;
    m_tabs->addTab(page, title);
    connect(page, &IncidentPage::changed, this, [this](const Incident& i) {
        setIncident(i);
        Q_EMIT changed(i.id);
    });
}

void IncidentEditor::setIncident(const Incident& incident) {
    m_incident = incident;
    const IncidentActions can = IncidentActions::of(m_ctx->session(), incident, m_ctx->chain);
    for (IncidentPage* p : std::as_const(m_pages))
        p->setIncident(incident, can);
    m_close->setEnabled(can.close);
    m_print->refresh();
    updateHeader();
}

void IncidentEditor::updateHeader() {
    const Incident& i = m_incident;
    m_title->setText(tr("%1  %2  —  %3").arg(i.incidentNo, m_ctx->names.section(i.sectionId), IncidentLabels::state(i.state)));
    QString due = tr("Became aware: %1.  Reportable to the PPC: %2.")
                      .arg(m_ctx->dateTime(i.awareAt), IncidentsModel::reportableText(i));
    if (const std::optional<DueReport> next = IncidentService::nextReportDue(i))
        due += QLatin1Char('\n') + tr("Next: %1 under the %2, due %3.")
                                      .arg(IncidentLabels::reportKind(next->kind), IncidentLabels::regime(next->regime),
                                           IncidentLabels::withDaysLeft(m_ctx->date(next->due), next->due, m_ctx->today()));
    m_due->setText(due);
    m_missingShown.clear();
    if (i.state == IncidentState::Closed) {
        m_missing->setText(tr("Closed on %1.").arg(m_ctx->dateTime(i.closedAt)));
        m_missing->setStyleSheet(QString());
        return;
    }
    for (const QString& key : IncidentService::missingForClose(i))
        m_missingShown << IncidentService::describeMissing(key);
    if (m_missingShown.isEmpty()) {
        m_missing->setText(tr("Nothing is missing: the incident can be closed."));
        m_missing->setStyleSheet(QString());
        return;
    }
    QStringList lines{tr("Still missing before the incident can be closed:")};
    for (const QString& s : std::as_const(m_missingShown))
        lines << tr("• %1").arg(s);
    m_missing->setText(lines.join(QLatin1Char('\n')));
    m_missing->setStyleSheet(QStringLiteral("color: #8a4b00;"));
}

QMessageBox* IncidentEditor::confirmClose() {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close the incident"),
                                tr("Close incident %1? It cannot be changed afterwards.").arg(m_incident.incidentNo),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmCloseIncidentBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A message box ends with the button's code, not Accepted: listen to the button itself.
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton* b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            closeIncident();
    });
    box->open();
    return box;
}

bool IncidentEditor::closeIncident() {
    Incident closed;
    try {
        closed = m_ctx->service.close(m_ctx->session(), m_incident.id);
    } catch (const Error& e) {
        auto* box = new QMessageBox(QMessageBox::Warning, windowTitle(), e.message(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("incidentErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    setIncident(closed);
    Q_EMIT changed(closed.id);
    return true;
}

} // namespace mamori::ui
