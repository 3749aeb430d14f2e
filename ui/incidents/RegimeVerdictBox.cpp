#include "incidents/RegimeVerdictBox.h"

#include "incidents/IncidentContext.h"
#include "incidents/IncidentLabels.h"

#include <QFormLayout>
#include <QLabel>

namespace mamori::ui {

RegimeVerdictBox::RegimeVerdictBox(Regime regime, const QString& prefix, IncidentContext& context, QWidget* parent)
    : QGroupBox(parent), m_ctx(context), m_regime(regime) {
    setObjectName(prefix + QStringLiteral("Box"));
    setTitle(regime == Regime::Appi ? tr("Rule A: APPI (public bodies)") : tr("Rule B: My Number Act"));
    const auto label = [this, &prefix](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(prefix + QLatin1String(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_verdict = label("Verdict");
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_grounds = label("Grounds");
    m_preliminary = label("PreliminaryDue");
    m_final = label("FinalDue");
    m_notify = label("Notify");
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Verdict:"), m_verdict);
    form->addRow(tr("Grounds:"), m_grounds);
    form->addRow(tr("Preliminary report due:"), m_preliminary);
    form->addRow(tr("Final report due:"), m_final);
    form->addRow(tr("Individuals:"), m_notify);
    setVerdict(nullptr, false);
}

QString RegimeVerdictBox::dueText(const QDate& due, ReportKind kind, const Incident* incident) const {
    if (!due.isValid())
        return tr("not required");
    if (const PpcReport* filed = incident ? incident->report(m_regime, kind) : nullptr)
        return tr("%1 (filed on %2)").arg(m_ctx.date(due), m_ctx.date(filed->submittedOn));
    return IncidentLabels::withDaysLeft(m_ctx.date(due), due, m_ctx.today());
}

void RegimeVerdictBox::setVerdict(const RegimeAssessment* v, bool myNumberInvolved, const Incident* incident) {
    if (!v) {
        m_verdict->setText(tr("Not assessed yet"));
        for (QLabel* l : {m_grounds, m_preliminary, m_final, m_notify})
            l->clear();
        return;
    }
    if (v->reportable)
        m_verdict->setText(tr("Reportable to the PPC"));
    else if (m_regime == Regime::MyNumber && !myNumberInvolved)
        m_verdict->setText(tr("Not reportable (no My Numbers involved)"));
    else
        m_verdict->setText(tr("Not reportable"));
    m_verdict->setStyleSheet(v->reportable ? QStringLiteral("color: #b40000;") : QString());
    QStringList grounds;
    const ReportRules rules = m_ctx.service.rules();
    for (const ReportGround& g : v->grounds)
        grounds << tr("• %1\n   %2").arg(Reportability::describe(g.id, rules), g.legalBasis);
    m_grounds->setText(grounds.isEmpty() ? tr("none") : grounds.join(QLatin1Char('\n')));
    m_preliminary->setText(dueText(v->preliminaryDue, ReportKind::Preliminary, incident));
    m_final->setText(dueText(v->finalDue, ReportKind::Final, incident));
    m_notify->setText(v->notifyIndividuals ? tr("must be notified (or a substitute measure taken)")
                                           : tr("no notice required by this regime"));
}

} // namespace mamori::ui
