#include "incidents/IncidentLabels.h"

#include <QCoreApplication>

namespace mamori::ui {

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("mamori::ui::IncidentLabels", text, comment, n);
}
} // namespace

QString IncidentLabels::state(IncidentState s) {
    switch (s) {
    case IncidentState::UnitNotified: return tr("Reported");
    case IncidentState::Contained: return tr("Contained");
    case IncidentState::Escalated: return tr("Escalated");
    case IncidentState::Investigating: return tr("Investigating");
    case IncidentState::Assessed: return tr("Assessed");
    case IncidentState::Prevention: return tr("Prevention");
    case IncidentState::Closed: break;
    }
    return tr("Closed");
}

QString IncidentLabels::leakType(LeakType t) {
    switch (t) {
    case LeakType::Leak: return tr("Leak");
    case LeakType::Loss: return tr("Loss");
    case LeakType::Damage: break;
    }
    return tr("Damage");
}

QString IncidentLabels::medium(LeakMedium m) {
    switch (m) {
    case LeakMedium::Paper: return tr("Paper");
    case LeakMedium::Electronic: return tr("Electronic");
    case LeakMedium::Both: break;
    }
    return tr("Paper and electronic");
}

QString IncidentLabels::contactMethod(ContactMethod m) {
    switch (m) {
    case ContactMethod::InPerson: return tr("In person");
    case ContactMethod::Phone: return tr("Phone");
    case ContactMethod::Email: return tr("E-mail");
    case ContactMethod::Document: return tr("Document");
    case ContactMethod::Post: return tr("Post");
    case ContactMethod::Other: break;
    }
    return tr("Other");
}

QString IncidentLabels::regime(Regime r) {
    return r == Regime::Appi ? tr("APPI") : tr("My Number Act");
}

QString IncidentLabels::reportKind(ReportKind k) {
    return k == ReportKind::Preliminary ? tr("Preliminary report") : tr("Final report");
}

QString IncidentLabels::noticeKind(NoticeKind k) {
    return k == NoticeKind::Notice ? tr("Notice to individuals") : tr("Substitute measure");
}

QString IncidentLabels::publicationDecision(PublicationDecision d) {
    switch (d) {
    case PublicationDecision::Undecided: return tr("Not decided");
    case PublicationDecision::Publish: return tr("Publish");
    case PublicationDecision::DoNotPublish: break;
    }
    return tr("Do not publish");
}

QString IncidentLabels::measureStatus(MeasureStatus s) {
    switch (s) {
    case MeasureStatus::Planned: return tr("Planned");
    case MeasureStatus::InProgress: return tr("In progress");
    case MeasureStatus::Done: break;
    }
    return tr("Done");
}

QList<QPair<QString, QString>> IncidentLabels::stateChoices() {
    QList<QPair<QString, QString>> out;
    for (IncidentState s : allIncidentStates())
        out.append({incidentStateKey(s), state(s)});
    return out;
}

QString IncidentLabels::withDaysLeft(const QString& dueText, const QDate& due, const QDate& today) {
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("%1 (due today)").arg(dueText);
    if (days > 0)
        return tr("%1 (%n day(s) left)", nullptr, static_cast<int>(days)).arg(dueText);
    return tr("%1 (%n day(s) overdue)", nullptr, static_cast<int>(-days)).arg(dueText);
}

} // namespace mamori::ui
