// The start page offscreen: the figures and the five charts from a small city whose records are
// known, the red of a deadline at two days or less, a click on each chart leading to its list
// through MainWindow, and the honest empty charts of a section with nothing to show.
#include "TestCase.h"
#include "CarryOutWorld.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "lists/ListFilterBar.h"
#include "shell/MainWindow.h"
#include "custody/CarryOutsView.h"
#include "custody/files/FilesView.h"
#include "disposals/DisposalsView.h"
#include "incidents/IncidentEditor.h"
#include "incidents/IncidentsModel.h"
#include "incidents/IncidentsView.h"

#include "custody/DisposalService.h"
#include "incidents/IncidentService.h"

#include <QBarSet>
#include <QBarSeries>
#include <QAbstractBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

Q_DECLARE_METATYPE(mamori::ui::DashboardLink)

namespace {

// CarryOutWorld (CO-2 overdue since 11-20, the lost laptop's incident) plus an executive, a
// reportable incident aware on 11-23 and a contractor's disposal awaiting its certificate.
struct City {
    TempCase tc;
    CarryOutWorld w;
    qint64 reportable = 0;

    City() : w(makeCarryOutWorld(tc))
    {
        tc.addAccount(QStringLiteral("fukushicho"), Role::ExecutiveOwner);
        IncidentService s(tc.file());
        IncidentReport r;
        r.sectionId = w.own;
        r.awareAt = tc.clock().now().addSecs(-3600);
        r.summary = QStringLiteral("名簿の誤送付");
        reportable = s.report(w.handler, r).id;
        s.addContainment(w.manager, reportable, QStringLiteral("回収を依頼"), tc.clock().now());
        s.escalate(w.manager, reportable, ContactMethod::Phone, tc.clock().now(), {});
        IncidentDetails d;
        d.summary = QStringLiteral("名簿の誤送付");
        d.persons = 101;
        s.recordFacts(w.manager, reportable, d);
        s.assess(w.manager, reportable);

        Disposal p;
        p.sectionId = w.own;
        p.requestedBy = w.ichiro;
        p.description = QStringLiteral("保存期間満了文書");
        p.method = DisposalMethod::Dissolution;
        p.performer = DisposalPerformer::Contractor;
        p.contractorName = QStringLiteral("株式会社白岡リサイクル");
        p.subcontractTier = 1;
        p.plannedOn = QDate(2025, 11, 5);
        DisposalService& ds = tc.file().disposals();
        const qint64 id = ds.plan(w.handler, p).id;
        ds.approve(w.manager, id);
        ds.markHandedOver(w.handler, id, {tc.clock().now(), w.ichiro, QString()});
    }
};

QBarSet* barSet(QChartView* view, const char* name)
{
    if (!view || !view->chart())
        return nullptr;
    for (QAbstractSeries* series : view->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                if (set->objectName() == QLatin1String(name))
                    return set;
    return nullptr;
}

QString figure(QWidget* view, const char* name)
{
    auto* label = view->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

} // namespace

class TestDashboardView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DashboardLink>(); }

    void showsTheFiguresAndCharts()
    {
        City c;
        CaseFile& f = c.tc.reopen(QStringLiteral("fukushicho"));
        DashboardView view(f);
        view.resize(1200, 800);
        view.show();
        QCOMPARE(figure(&view, "openIncidentsFigure"), QStringLiteral("2"));
        QCOMPARE(figure(&view, "overdueCarryOutsFigure"), QStringLiteral("1"));
        QVERIFY(figure(&view, "nextDeadlineFigure").contains(QLatin1Char('4')));
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("dashboardHeading"))->text().contains(QStringLiteral("令和7年11月23日")));
        for (const char* chart : {"incidentsChart", "deadlinesChart", "carryOutsChart", "disposalsChart", "reviewsChart"})
            QVERIFY2(view.chartView(QLatin1String(chart)), chart);
        QBarSet* incidents = barSet(view.chartView(QStringLiteral("incidentsChart")), "incidentsSet");
        QVERIFY(incidents);
        QCOMPARE(incidents->count(), 6);
        // Drawn bottom up: the first stage (reported) is the last bar.
        QCOMPARE(incidents->at(5), 1.0); // the lost laptop's incident, just reported
        QCOMPARE(incidents->at(1), 1.0); // the assessed one
        QCOMPARE(incidents->at(0), 0.0); // nothing at the prevention stage
        QBarSet* overdue = barSet(view.chartView(QStringLiteral("carryOutsChart")), "carryOutsOverdueSet");
        QVERIFY(overdue);
        QCOMPARE(overdue->at(0), 1.0);
        QCOMPARE(overdue->color(), DashboardCharts::alertColor());
        QBarSet* awaiting = barSet(view.chartView(QStringLiteral("disposalsChart")), "disposalsAwaitingSet");
        QVERIFY(awaiting);
        QCOMPARE(awaiting->count(), 12);
        QCOMPARE(awaiting->at(11), 1.0); // November
        // Four days to go: the deadline is drawn in the ordinary colour.
        QBarSet* later = barSet(view.chartView(QStringLiteral("deadlinesChart")), "laterDeadlineSet");
        QBarSet* urgent = barSet(view.chartView(QStringLiteral("deadlinesChart")), "urgentDeadlineSet");
        QVERIFY(later && urgent);
        QCOMPARE(later->at(0), 4.0);
        QCOMPARE(urgent->at(0), 0.0);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("nextDeadlineFigure"))->styleSheet().isEmpty());
        if (qEnvironmentVariableIsSet("MAMORI_SCREENSHOTS"))
            view.grab().save(QDir(qEnvironmentVariable("MAMORI_SCREENSHOTS")).filePath(QStringLiteral("dashboard.png")));
    }

    void deadlineAtTwoDaysIsRed()
    {
        City c;
        c.tc.clock().set(QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC));
        CaseFile& f = c.tc.reopen(QStringLiteral("fukushicho"));
        DashboardView view(f);
        view.refresh();
        QBarSet* urgent = barSet(view.chartView(QStringLiteral("deadlinesChart")), "urgentDeadlineSet");
        QVERIFY(urgent);
        QCOMPARE(urgent->at(0), 2.0);
        QCOMPARE(urgent->color(), DashboardCharts::alertColor());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("nextDeadlineFigure"))->styleSheet().contains(
            DashboardCharts::alertColor().name()));
    }

    void clicksLeadToTheFilteredLists()
    {
        City c;
        CaseFile& f = c.tc.reopen(QStringLiteral("fukushicho"));
        MainWindow w(f);
        w.show();
        QCOMPARE(w.areaKeys().first(), QStringLiteral("dashboard"));
        QCOMPARE(w.currentArea(), QStringLiteral("dashboard"));
        DashboardView* dash = w.dashboard();
        QVERIFY(dash);

        Q_EMIT barSet(dash->chartView(QStringLiteral("carryOutsChart")), "carryOutsOverdueSet")->clicked(0);
        QCOMPARE(w.currentArea(), QStringLiteral("carryouts"));
        auto* carryOuts = w.findChild<CarryOutsView*>();
        QVERIFY(carryOuts->filterBar()->filter().overdueOnly);
        QCOMPARE(carryOuts->filterBar()->filter().sectionId, c.w.own);

        w.showArea(QStringLiteral("dashboard"));
        Q_EMIT barSet(dash->chartView(QStringLiteral("disposalsChart")), "disposalsAwaitingSet")->clicked(11);
        QCOMPARE(w.currentArea(), QStringLiteral("disposals"));
        auto* disposals = w.findChild<DisposalsView*>();
        QCOMPARE(disposals->filterFromInputs().from, QDate(2025, 11, 1));
        QCOMPARE(disposals->filterFromInputs().to, QDate(2025, 11, 30));

        // The assessed stage (second bar from the bottom) opens the open incidents at that stage.
        w.showArea(QStringLiteral("dashboard"));
        Q_EMIT barSet(dash->chartView(QStringLiteral("incidentsChart")), "incidentsSet")->clicked(1);
        QCOMPARE(w.currentArea(), QStringLiteral("incidents"));
        auto* incidents = w.findChild<IncidentsView*>();
        QCOMPARE(incidents->filterBar()->filter().state, incidentStateKey(IncidentState::Assessed));
        QCOMPARE(incidents->model()->rowCount(), 1);

        // A deadline opens its incident in the editor.
        w.showArea(QStringLiteral("dashboard"));
        Q_EMIT barSet(dash->chartView(QStringLiteral("deadlinesChart")), "laterDeadlineSet")->clicked(0);
        QTRY_VERIFY(w.findChild<IncidentEditor*>());
        w.findChild<IncidentEditor*>()->reject();

        w.showArea(QStringLiteral("dashboard"));
        QSignalSpy links(dash, &DashboardView::linkActivated);
        Q_EMIT barSet(dash->chartView(QStringLiteral("deadlinesChart")), "laterDeadlineSet")->clicked(0);
        QCOMPARE(links.count(), 1);
        const auto link = links.first().first().value<DashboardLink>();
        QCOMPARE(int(link.target), int(DashboardLink::Target::Incident));
        QCOMPARE(link.incidentId, c.reportable);
    }

    void aSectionWithNothingShowsEmptyCharts()
    {
        City c;
        CaseFile& f = c.tc.reopen(QStringLiteral("zeimu.kacho"));
        DashboardView view(f);
        view.refresh();
        QCOMPARE(figure(&view, "openIncidentsFigure"), QStringLiteral("0"));
        QCOMPARE(view.chartView(QStringLiteral("deadlinesChart"))->chart()->series().size(), 0);
        QVERIFY(!view.chartView(QStringLiteral("deadlinesChart"))->chart()->title().isEmpty());
        QVERIFY(view.data().carryOutsBySection.isEmpty());
    }

    void noDashboardWithoutPersonalData()
    {
        TempCase tc;
        MainWindow w(tc.file()); // the administrator
        QVERIFY(!w.dashboard());
        QVERIFY(!w.areaKeys().contains(QStringLiteral("dashboard")));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboard_view.moc"
