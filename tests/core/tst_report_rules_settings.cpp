// A city's reporting rules (issue 4: thresholds, day counts and closed days in configuration):
// the defaults, changing them (administrators only, validated, journaled), assessments using
// them, and the JSON form the CLI and the case file share, with every way it can be wrong.
#include "ErrorOf.h"
#include "TestCase.h"

#include "incidents/IncidentService.h"
#include "incidents/ReportRulesJson.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestReportRulesSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsUntilChanged()
    {
        TempCase tc;
        QCOMPARE(IncidentService(tc.file()).rules(), ReportRules());
    }

    void administratorChangesTheRulesAndAssessmentsUseThem()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
        const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, section);
        const Session manager(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, section}}, false);
        IncidentService s(tc.file());
        ReportRules r;
        r.preliminaryDay = 3;
        r.appiPersonsThreshold = 50;
        r.closedRanges = {};
        // Not the unit manager's to change.
        QCOMPARE(errorOf([&] { s.setRules(manager, r); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(s.rules(), ReportRules());

        const qint64 before = tc.file().journal().count();
        s.setRules(tc.admin(), r);
        QCOMPARE(s.rules(), r);
        QCOMPARE(tc.file().journal().count(), before + 1);
        Statement j = tc.file().db().prepare("SELECT summary FROM journal ORDER BY seq DESC LIMIT 1");
        QVERIFY(j.next());
        QCOMPARE(j.text(0), QStringLiteral("appi_persons_threshold=50, closed_ranges=[], preliminary_day=3")); // keys in order
        s.setRules(tc.admin(), r); // unchanged: nothing written
        QCOMPARE(tc.file().journal().count(), before + 1);

        // 60 persons are now reportable, and the 速報 is due on day 3 (11-23 is day 1: 11-25).
        IncidentReport report;
        report.sectionId = section;
        report.awareAt = tc.clock().now().addSecs(-600);
        report.summary = QStringLiteral("名簿の誤送付");
        const qint64 id = s.report(manager, report).id;
        s.addContainment(manager, id, QStringLiteral("回収"), tc.clock().now());
        s.escalate(manager, id, ContactMethod::Phone, tc.clock().now());
        IncidentDetails d;
        d.summary = report.summary;
        d.persons = 60;
        s.recordFacts(manager, id, d);
        const Incident assessed = s.assess(manager, id);
        const RegimeAssessment& appi = assessed.latestAssessment()->result.appi;
        QVERIFY(appi.reportable);
        QCOMPARE(appi.preliminaryDue, QDate(2025, 11, 25));
    }

    void nonsenseIsRefusedAtItsKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("day 0") << R"({"preliminary_day": 0})" << "preliminary_day";
        QTest::newRow("final before preliminary") << R"({"preliminary_day": 10, "final_day": 9})" << "final_day";
        QTest::newRow("improper purpose sooner") << R"({"final_day_improper_purpose": 20})"
                                                 << "final_day_improper_purpose";
        QTest::newRow("negative threshold") << R"({"appi_persons_threshold": -1})" << "appi_persons_threshold";
        QTest::newRow("fraction of a day") << R"({"final_day": 30.5})" << "final_day";
        QTest::newRow("text for a number") << R"({"final_day": "30"})" << "final_day";
        QTest::newRow("number for a flag") << R"({"closed_on_weekends": 1})" << "closed_on_weekends";
        QTest::newRow("range not a list") << R"({"closed_ranges": "12-29/01-03"})" << "closed_ranges";
        QTest::newRow("range misspelt") << R"({"closed_ranges": ["12/29-01/03"]})" << "closed_ranges";
        QTest::newRow("no such day") << R"({"closed_ranges": ["02-30/03-01"]})" << "closed_ranges";
        QTest::newRow("unknown key") << R"({"preliminary_days": 5})" << "preliminary_days";
    }

    void nonsenseIsRefusedAtItsKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        const Error e = errorOf([&] { ReportRulesJson::fromJson(o); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), key);
        QVERIFY(!e.message().isEmpty());
    }

    void jsonRoundTrip()
    {
        ReportRules r;
        r.finalDay = 31;
        r.closedOnNationalHolidays = false;
        r.closedRanges = {ClosedRange{{12, 28}, {1, 4}}, ClosedRange{{8, 13}, {8, 15}}};
        const QJsonObject o = ReportRulesJson::toJson(r);
        QCOMPARE(o.value(QStringLiteral("closed_ranges")).toArray().first().toString(), QStringLiteral("12-28/01-04"));
        QCOMPARE(ReportRulesJson::fromJson(o), r);
        QCOMPARE(ReportRulesJson::fromJson(QJsonObject()), ReportRules()); // every key left out: the defaults
    }
};

QTEST_GUILESS_MAIN(TestReportRulesSettings)
#include "tst_report_rules_settings.moc"
