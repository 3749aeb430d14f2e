// The start page's figures (DashboardService): each chart's numbers from a small city whose
// every record is known, limited to the reader's sections, the deadline's red line, the
// twelve-month window of disposals, the review window, the refusal for a reader of no section
// and the journal entry.
#include "TestCase.h"
#include "CarryOutWorld.h"

#include "custody/DisposalService.h"
#include "dashboard/DashboardService.h"
#include "incidents/IncidentService.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {

struct City {
    TempCase tc;
    CarryOutWorld w;
    Session exec;
    qint64 reportable = 0;

    City() : w(makeCarryOutWorld(tc))
    {
        const qint64 e = tc.addAccount(QStringLiteral("fukushicho"), Role::ExecutiveOwner);
        exec = Session(e, QStringLiteral("fukushicho"), QStringLiteral("副市長"), {{Role::ExecutiveOwner, std::nullopt}}, false);
        addCarryOutStillOut();
        addDisposals();
        addAccessRights();
        addReportableIncident();
    }

    CaseFile& file() { return tc.file(); }

    // Own section: CarryOutWorld leaves CO-2 overdue; this one is out and due back on 11-30.
    void addCarryOutStillOut()
    {
        CarryOut c;
        c.sectionId = w.own;
        c.requestedBy = w.ichiro;
        c.itemType = CarryOutItemType::Other;
        c.description = QStringLiteral("訪問記録票");
        c.recordCount = 8;
        c.purpose = QStringLiteral("家庭訪問");
        c.destination = QStringLiteral("南町");
        c.plannedOutOn = QDate(2025, 11, 23);
        c.plannedReturnOn = QDate(2025, 11, 30);
        CarryOutService& s = file().carryOuts();
        const qint64 id = s.request(w.handler, c).id;
        s.approve(w.manager, id);
        s.markOut(w.handler, id, tc.clock().now());
    }

    Disposal plan(qint64 section, DisposalPerformer performer, const QDate& on)
    {
        Disposal d;
        d.sectionId = section;
        d.requestedBy = w.ichiro;
        d.itemKind = DisposalItemKind::Documents;
        d.description = QStringLiteral("保存期間満了文書");
        d.quantity = 1;
        d.method = performer == DisposalPerformer::InHouse ? DisposalMethod::Shredding : DisposalMethod::Dissolution;
        d.performer = performer;
        if (performer == DisposalPerformer::Contractor) {
            d.contractorName = QStringLiteral("株式会社白岡リサイクル");
            d.subcontractTier = 1;
        }
        d.plannedOn = on;
        return file().disposals().plan(w.handler, d);
    }

    // In the own section: 11-10 in-house (done), 10-05 contractor without certificate, 10-20
    // contractor with certificate, 11-01 cancelled, 2024-10-01 outside the window.
    void addDisposals()
    {
        DisposalService& s = file().disposals();
        const QDateTime now = tc.clock().now();
        qint64 id = plan(w.own, DisposalPerformer::InHouse, QDate(2025, 11, 10)).id;
        s.approve(w.manager, id);
        s.markExecuted(w.handler, id, {now, w.ichiro, QString()});
        id = plan(w.own, DisposalPerformer::Contractor, QDate(2025, 10, 5)).id;
        s.approve(w.manager, id);
        s.markHandedOver(w.handler, id, {now, w.ichiro, QString()});
        id = plan(w.own, DisposalPerformer::Contractor, QDate(2025, 10, 20)).id;
        s.approve(w.manager, id);
        s.markHandedOver(w.handler, id, {now, w.ichiro, QString()});
        DisposalCertificate c;
        c.certificateNo = QStringLiteral("C-100");
        c.issuer = QStringLiteral("株式会社白岡リサイクル");
        c.issuedOn = QDate(2025, 11, 23);
        c.receivedOn = QDate(2025, 11, 23);
        s.addCertificate(w.handler, id, c);
        id = plan(w.own, DisposalPerformer::InHouse, QDate(2025, 11, 1)).id;
        s.cancel(w.manager, id, QStringLiteral("保存期間延長"));
        plan(w.own, DisposalPerformer::InHouse, QDate(2024, 10, 1));
    }

    // Reviews of the own section's file: one overdue, one due within 30 days, one later, and
    // a revoked overdue one that no longer counts.
    void addAccessRights()
    {
        PersonalInfoFileService& f = file().files();
        const QStringList read{QStringLiteral("read")};
        f.grant(w.manager, w.myNumberFile, w.ichiro, read, QDate(2024, 11, 1), QDate(2025, 11, 1));
        f.grant(w.manager, w.myNumberFile, w.hanako, read, QDate(2025, 4, 1), QDate(2025, 12, 10));
        f.grant(w.manager, w.myNumberFile, w.hanako, {QStringLiteral("update")}, QDate(2025, 4, 1), QDate(2026, 6, 1));
        const qint64 revoked =
            f.grant(w.manager, w.myNumberFile, w.ichiro, {QStringLiteral("print")}, QDate(2024, 4, 1), QDate(2025, 3, 31)).id;
        f.revoke(w.manager, revoked, QDate(2025, 4, 1));
    }

    // Aware two hours ago, 150 persons: reportable under the APPI (more than 100).
    void addReportableIncident()
    {
        IncidentService s(file());
        IncidentReport r;
        r.sectionId = w.own;
        r.awareAt = tc.clock().now().addSecs(-2 * 3600);
        r.summary = QStringLiteral("名簿の誤送付");
        reportable = s.report(w.handler, r).id;
        s.addContainment(w.manager, reportable, QStringLiteral("送付先に回収を依頼"), tc.clock().now().addSecs(-3600));
        s.escalate(w.manager, reportable, ContactMethod::Phone, tc.clock().now(), {});
        IncidentDetails d;
        d.summary = QStringLiteral("名簿の誤送付");
        d.dataItems = QStringLiteral("氏名、住所");
        d.persons = 150;
        d.cause = QStringLiteral("宛先の確認不足");
        s.recordFacts(w.manager, reportable, d);
        s.assess(w.manager, reportable);
    }
};

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void incidentsByStageAndDeadline()
    {
        City c;
        const DashboardData d = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(d.today, QDate(2025, 11, 23));
        // Every open stage is listed, in workflow order, closed left out.
        QCOMPARE(d.openIncidentsByStage.size(), 6);
        QCOMPARE(d.openIncidentsByStage.first().state, IncidentState::UnitNotified);
        QCOMPARE(d.openIncidentsByStage.last().state, IncidentState::Prevention);
        // The lost laptop (CO-5) opened one; the reportable one is assessed.
        QCOMPARE(d.openIncidentsByStage.at(0).count, 1);
        QCOMPARE(d.openIncidentsByStage.at(int(IncidentState::Assessed)).count, 1);
        QCOMPARE(d.openIncidents(), 2);
        // Only the assessed, reportable one has a deadline: the 速報, day 5 counting 11-23 as day 1.
        QCOMPARE(d.deadlines.size(), 1);
        const DashboardData::Deadline& due = d.deadlines.first();
        QCOMPARE(due.incidentId, c.reportable);
        QCOMPARE(due.regime, Regime::Appi);
        QCOMPARE(due.kind, ReportKind::Preliminary);
        QCOMPARE(due.due, QDate(2025, 11, 27));
        QCOMPARE(due.daysLeft, 4);
        QVERIFY(!due.urgent());
    }

    void deadlineTurnsUrgentAtTwoDays()
    {
        City c;
        c.tc.clock().set(QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC));
        DashboardData d = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(d.deadlines.first().daysLeft, 2);
        QVERIFY(d.deadlines.first().urgent());
        c.tc.clock().set(QDateTime(QDate(2025, 11, 28), QTime(9, 0), Qt::UTC));
        d = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(d.deadlines.first().daysLeft, -1); // overdue: still shown, still red
        QVERIFY(d.deadlines.first().urgent());
    }

    void carryOutsOutAndOverdueBySection()
    {
        City c;
        const DashboardData d = DashboardService(c.file()).compute(c.exec);
        // The other section has only a request: no row. Lost, returned and rejected ones do not count.
        QCOMPARE(d.carryOutsBySection.size(), 1);
        const auto& row = d.carryOutsBySection.first();
        QCOMPARE(row.sectionId, c.w.own);
        QCOMPARE(row.code, QStringLiteral("0201"));
        QCOMPARE(row.name, QStringLiteral("市民課"));
        QCOMPARE(row.out, 1);
        QCOMPARE(row.overdue, 1);
        QCOMPARE(d.carryOutsOverdue(), 1);
        // Four days later the second one is overdue too.
        c.tc.clock().set(QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC));
        const DashboardData later = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(later.carryOutsBySection.first().out, 0);
        QCOMPARE(later.carryOutsBySection.first().overdue, 2);
    }

    void disposalsByMonthWithCertificateStatus()
    {
        City c;
        const DashboardData d = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(d.disposalsByMonth.size(), 12);
        QCOMPARE(d.disposalsByMonth.first().month, QDate(2024, 12, 1));
        QCOMPARE(d.disposalsByMonth.last().month, QDate(2025, 11, 1));
        const DashboardData::DisposalMonth& nov = d.disposalsByMonth.last();
        QCOMPARE(nov.inHouse, 1); // the cancelled one is left out
        QCOMPARE(nov.certified, 0);
        QCOMPARE(nov.awaitingCertificate, 0);
        const DashboardData::DisposalMonth& oct = d.disposalsByMonth.at(10);
        QCOMPARE(oct.month, QDate(2025, 10, 1));
        QCOMPARE(oct.inHouse, 0);
        QCOMPARE(oct.certified, 1);
        QCOMPARE(oct.awaitingCertificate, 1);
        int total = 0;
        for (const auto& m : d.disposalsByMonth)
            total += m.total();
        QCOMPARE(total, 3); // 2024-10 is outside the twelve months
    }

    void accessReviewsDueBySection()
    {
        City c;
        const DashboardData d = DashboardService(c.file()).compute(c.exec);
        QCOMPARE(d.reviewsBySection.size(), 1);
        QCOMPARE(d.reviewsBySection.first().sectionId, c.w.own);
        QCOMPARE(d.reviewsBySection.first().overdue, 1);
        QCOMPARE(d.reviewsBySection.first().dueSoon, 1); // 12-10 is within 30 days; 2026-06-01 is not
        QCOMPARE(d.reviewsOverdue(), 1);
    }

    void limitedToTheReadersSections()
    {
        City c;
        const DashboardData other = DashboardService(c.file()).compute(c.w.otherManager);
        QCOMPARE(other.openIncidents(), 0);
        QVERIFY(other.deadlines.isEmpty());
        QVERIFY(other.carryOutsBySection.isEmpty());
        QVERIFY(other.reviewsBySection.isEmpty());
        for (const auto& m : other.disposalsByMonth)
            QCOMPARE(m.total(), 0);
        const DashboardData own = DashboardService(c.file()).compute(c.w.manager);
        QCOMPARE(own.openIncidents(), 2);
        QCOMPARE(own.carryOutsOverdue(), 1);
    }

    void refusedToAReaderOfNoSection()
    {
        City c;
        // The administrator keeps accounts, not personal data.
        try {
            DashboardService(c.file()).compute(c.tc.admin());
            QFAIL("the administrator was shown the dashboard");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
        }
    }

    void journaledAsOneViewWithCounts()
    {
        City c;
        DashboardService(c.file()).compute(c.exec);
        Statement s = c.file().db().prepare(
            "SELECT action, summary FROM journal WHERE entity = 'dashboard' ORDER BY seq DESC LIMIT 1");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("view"));
        QCOMPARE(s.text(1), QStringLiteral("open incidents 2, deadlines 1, carry-outs overdue 1, reviews overdue 1"));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
