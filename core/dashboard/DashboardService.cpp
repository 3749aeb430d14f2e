#include "dashboard/DashboardService.h"

#include "accounts/ScopeSql.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QMap>

#include <algorithm>

namespace mamori {

namespace {

const QString kEntity = QStringLiteral("dashboard");

} // namespace

int DashboardData::openIncidents() const
{
    int n = 0;
    for (const StageCount& s : openIncidentsByStage)
        n += s.count;
    return n;
}

int DashboardData::carryOutsOverdue() const
{
    int n = 0;
    for (const CarryOutsOut& c : carryOutsBySection)
        n += c.overdue;
    return n;
}

int DashboardData::reviewsOverdue() const
{
    int n = 0;
    for (const ReviewsDue& r : reviewsBySection)
        n += r.overdue;
    return n;
}

DashboardData DashboardService::compute(const Session& actor)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    DashboardData data;
    data.today = m_file.clock().now().toLocalTime().date();
    // One read transaction: the five figures describe the same moment.
    Transaction tx(m_file.db());
    loadIncidents(actor, data);
    loadCarryOuts(scopeSql(scope, QStringLiteral("c.section_id")), data);
    loadDisposals(scopeSql(scope, QStringLiteral("d.section_id")), data);
    loadReviews(scopeSql(scope, QStringLiteral("f.section_id")), data);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("open incidents %1, deadlines %2, carry-outs overdue %3, reviews overdue %4")
                                .arg(data.openIncidents())
                                .arg(data.deadlines.size())
                                .arg(data.carryOutsOverdue())
                                .arg(data.reviewsOverdue()));
    tx.commit();
    return data;
}

void DashboardService::loadIncidents(const Session& actor, DashboardData& data)
{
    IncidentService incidents(m_file);
    IncidentFilter open;
    open.openOnly = true;
    QMap<IncidentState, int> counts;
    for (const Incident& incident : incidents.list(actor, open)) {
        ++counts[incident.state];
        if (const std::optional<DueReport> due = IncidentService::nextReportDue(incident)) {
            DashboardData::Deadline d;
            d.incidentId = incident.id;
            d.incidentNo = incident.incidentNo;
            d.sectionId = incident.sectionId;
            d.regime = due->regime;
            d.kind = due->kind;
            d.due = due->due;
            d.daysLeft = data.today.daysTo(due->due);
            data.deadlines << d;
        }
    }
    for (IncidentState state : allIncidentStates())
        if (state != IncidentState::Closed)
            data.openIncidentsByStage << DashboardData::StageCount{state, counts.value(state)};
    std::stable_sort(data.deadlines.begin(), data.deadlines.end(),
                     [](const DashboardData::Deadline& a, const DashboardData::Deadline& b) {
                         return a.due != b.due ? a.due < b.due : a.incidentNo < b.incidentNo;
                     });
}

void DashboardService::loadCarryOuts(const QString& scopeTerm, DashboardData& data)
{
    // Planned returns are stored as times; anything due before today's date is overdue, as in
    // the carry-out list. The (state, planned_return_at) index keeps this to the items out.
    Statement s = m_file.db().prepare(
        QStringLiteral("SELECT c.section_id, s.code, s.name, "
                       "SUM(c.planned_return_at >= ?1), SUM(c.planned_return_at < ?1) "
                       "FROM carry_outs c JOIN sections s ON s.id = c.section_id "
                       "WHERE c.state = 'OUT' AND %1 GROUP BY c.section_id ORDER BY s.code")
            .arg(scopeTerm));
    s.bind(1, data.today.toString(Qt::ISODate));
    while (s.next()) {
        DashboardData::CarryOutsOut row;
        row.sectionId = s.int64(0);
        row.code = s.text(1);
        row.name = s.text(2);
        row.out = s.int32(3);
        row.overdue = s.int32(4);
        data.carryOutsBySection << row;
    }
}

void DashboardService::loadDisposals(const QString& scopeTerm, DashboardData& data)
{
    const QDate thisMonth(data.today.year(), data.today.month(), 1);
    const QDate first = thisMonth.addMonths(-(kMonths - 1));
    QHash<QString, qsizetype> at;
    for (int i = 0; i < kMonths; ++i) {
        DashboardData::DisposalMonth m;
        m.month = first.addMonths(i);
        at.insert(m.month.toString(QStringLiteral("yyyy-MM")), i);
        data.disposalsByMonth << m;
    }
    Statement s = m_file.db().prepare(
        QStringLiteral("SELECT substr(d.planned_on, 1, 7), d.performer = 'CONTRACTOR', "
                       "EXISTS (SELECT 1 FROM disposal_certificates c WHERE c.disposal_id = d.id), COUNT(*) "
                       "FROM disposals d WHERE d.planned_on >= ? AND d.planned_on < ? AND d.state <> 'CANCELLED' "
                       "AND %1 GROUP BY 1, 2, 3")
            .arg(scopeTerm));
    s.bind(1, first.toString(Qt::ISODate)).bind(2, thisMonth.addMonths(1).toString(Qt::ISODate));
    while (s.next()) {
        const auto it = at.constFind(s.text(0));
        if (it == at.cend())
            continue;
        DashboardData::DisposalMonth& m = data.disposalsByMonth[*it];
        const int n = s.int32(3);
        if (!s.int64(1))
            m.inHouse += n;
        else if (s.int64(2))
            m.certified += n;
        else
            m.awaitingCertificate += n;
    }
}

void DashboardService::loadReviews(const QString& scopeTerm, DashboardData& data)
{
    const QString today = data.today.toString(Qt::ISODate);
    const QString horizon = data.today.addDays(kReviewWindowDays).toString(Qt::ISODate);
    Statement s = m_file.db().prepare(
        QStringLiteral("SELECT f.section_id, s.code, s.name, SUM(r.review_due < ?1), SUM(r.review_due >= ?1) "
                       "FROM file_access_rights r JOIN pi_files f ON f.id = r.file_id "
                       "JOIN sections s ON s.id = f.section_id "
                       "WHERE r.review_due <= ?2 AND r.revoked_on IS NULL AND %1 "
                       "GROUP BY f.section_id ORDER BY s.code")
            .arg(scopeTerm));
    s.bind(1, today).bind(2, horizon);
    while (s.next()) {
        DashboardData::ReviewsDue row;
        row.sectionId = s.int64(0);
        row.code = s.text(1);
        row.name = s.text(2);
        row.overdue = s.int32(3);
        row.dueSoon = s.int32(4);
        data.reviewsBySection << row;
    }
}

} // namespace mamori
