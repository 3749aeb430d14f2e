#include "incidents/IncidentsModel.h"

#include "incidents/IncidentLabels.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "dates/JapaneseDate.h"
#include "organisation/SectionService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace mamori::ui {

IncidentsModel::IncidentsModel(CaseFile& file, QObject* parent)
    : SnapshotListModel<Incident>(parent), m_file(file), m_dateStyle(file.settings().dateStyle()) {
    setInitialSort(AwareAt, Qt::DescendingOrder);
    reload();
}

void IncidentsModel::setOpenOnly(bool openOnly) {
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    reload();
}

QList<Incident> IncidentsModel::readAll() {
    m_dateStyle = m_file.settings().dateStyle();
    m_today = m_file.clock().now().toLocalTime().date();
    m_sectionNames.clear();
    for (const mamori::Section& s : m_file.sections().list())
        m_sectionNames.insert(s.id, s.name);
    // Every readable incident in one journaled read; the filters apply to it in memory.
    return IncidentService(m_file).list(m_file.session());
}

bool IncidentsModel::matches(const Incident& i, const ListFilter& f) const {
    if (m_openOnly && i.state == IncidentState::Closed)
        return false;
    if (!f.state.isEmpty() && incidentStateKey(i.state) != f.state)
        return false;
    if (f.sectionId && i.sectionId != *f.sectionId)
        return false;
    return textMatches(f.text, {i.incidentNo, m_sectionNames.value(i.sectionId), i.details.summary});
}

std::optional<int> IncidentsModel::daysLeft(const Incident& i) const {
    const std::optional<DueReport> due = IncidentService::nextReportDue(i);
    if (!due || !due->due.isValid())
        return std::nullopt;
    return static_cast<int>(m_today.daysTo(due->due));
}

QString IncidentsModel::reportableText(const Incident& i) {
    const IncidentAssessment* a = i.latestAssessment();
    if (!a)
        return tr("Not assessed");
    QStringList laws;
    if (a->result.appi.reportable)
        laws << IncidentLabels::regime(Regime::Appi);
    if (a->result.myNumber.reportable)
        laws << IncidentLabels::regime(Regime::MyNumber);
    QString text = laws.isEmpty() ? tr("Not reportable") : laws.join(tr(", "));
    if (a->factsVersion != i.factsVersion)
        text = tr("%1 (facts changed since)").arg(text);
    return text;
}

QVariant IncidentsModel::sortKey(const Incident& i, int column) const {
    switch (column) {
    case AwareAt: return i.awareAt.toUTC().toString(Qt::ISODate);
    case State: return static_cast<int>(i.state);
    case NextDeadline: {
        // Incidents with nothing due sort after every deadline.
        const std::optional<int> d = daysLeft(i);
        return d ? qlonglong(*d) : qlonglong(1) << 40;
    }
    default: break;
    }
    return SnapshotListModel<Incident>::sortKey(i, column);
}

QVariant IncidentsModel::cell(const Incident& i, int column, int role) const {
    if (role == IdRole)
        return i.id;
    if (role == DaysLeftRole) {
        const std::optional<int> d = daysLeft(i);
        return d ? QVariant(*d) : QVariant();
    }
    const std::optional<int> days = column == NextDeadline ? daysLeft(i) : std::nullopt;
    const bool urgent = days && *days <= kUrgentDays;
    if (role == Qt::ForegroundRole)
        return urgent ? QVariant(QBrush(QColor(180, 0, 0))) : QVariant();
    if (role == Qt::FontRole && urgent) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == ExportRole) {
        if (column == AwareAt)
            return i.awareAt.toLocalTime().toString(Qt::ISODate);
        if (column == NextDeadline) {
            const std::optional<DueReport> due = IncidentService::nextReportDue(i);
            return due ? due->due.toString(Qt::ISODate) : QString();
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case IncidentNo: return i.incidentNo;
    case Section: return m_sectionNames.value(i.sectionId);
    case State: return IncidentLabels::state(i.state);
    case AwareAt: return JapaneseDate::formatDateTime(i.awareAt, m_dateStyle);
    case Summary: return i.details.summary.simplified();
    case Reportable: return reportableText(i);
    case NextDeadline: {
        const std::optional<DueReport> due = IncidentService::nextReportDue(i);
        if (!due)
            return QString();
        const QString what = tr("%1 (%2)").arg(IncidentLabels::reportKind(due->kind), IncidentLabels::regime(due->regime));
        return tr("%1: %2").arg(what, IncidentLabels::withDaysLeft(JapaneseDate::format(due->due, m_dateStyle),
                                                                    due->due, m_today));
    }
    default: break;
    }
    return {};
}

int IncidentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotListModel<Incident>::headerData(section, orientation, role);
    switch (section) {
    case IncidentNo: return tr("Incident no.");
    case Section: return tr("Section");
    case State: return tr("State");
    case AwareAt: return tr("Became aware");
    case Summary: return tr("Summary");
    case Reportable: return tr("Reportable to the PPC");
    case NextDeadline: return tr("Next PPC deadline");
    default: break;
    }
    return {};
}

int IncidentsModel::rowForId(qint64 id) const {
    for (int r = 0; r < rowCount(); ++r)
        if (row(r).id == id)
            return r;
    return -1;
}

} // namespace mamori::ui
