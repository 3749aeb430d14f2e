#include "incidents/ReportDeadlines.h"

#include <QtTest>

using namespace mamori;

// The awareness date is day 1; weekends, holidays and 12/29–1/3 count but a due day on one of
// them moves to the next open day.
class TestReportDeadlines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void preliminary_data()
    {
        QTest::addColumn<QDate>("aware");
        QTest::addColumn<QDate>("due");
        QTest::newRow("weekday to weekday") << QDate(2025, 6, 2) << QDate(2025, 6, 6);
        QTest::newRow("day 5 on a Saturday") << QDate(2025, 6, 3) << QDate(2025, 6, 9);
        QTest::newRow("day 5 on a Sunday") << QDate(2025, 6, 4) << QDate(2025, 6, 9);
        QTest::newRow("day 5 on 海の日") << QDate(2025, 7, 17) << QDate(2025, 7, 22);
        QTest::newRow("day 5 on a substitute holiday") << QDate(2025, 11, 20) << QDate(2025, 11, 25);
        QTest::newRow("golden week: Sat, Sun, holiday, substitute") << QDate(2025, 4, 29) << QDate(2025, 5, 7);
        QTest::newRow("day 5 on 国民の休日, then 秋分の日") << QDate(2026, 9, 18) << QDate(2026, 9, 24);
        QTest::newRow("day 5 in the year-end closure") << QDate(2025, 12, 25) << QDate(2026, 1, 5);
        QTest::newRow("day 5 on 1/3, a weekday in the closure") << QDate(2029, 12, 30) << QDate(2030, 1, 4);
        QTest::newRow("awareness on a holiday counts as day 1") << QDate(2025, 5, 3) << QDate(2025, 5, 7);
        QTest::newRow("day 5 on 12/28, just before the closure") << QDate(2026, 12, 24) << QDate(2026, 12, 28);
        QTest::newRow("day 5 on 2/23 天皇誕生日") << QDate(2026, 2, 19) << QDate(2026, 2, 24);
        QTest::newRow("leap day") << QDate(2028, 2, 25) << QDate(2028, 2, 29);
    }
    void preliminary()
    {
        QFETCH(QDate, aware);
        QFETCH(QDate, due);
        QCOMPARE(ReportDeadlines().preliminaryDue(aware), due);
    }

    void final_data()
    {
        QTest::addColumn<QDate>("aware");
        QTest::addColumn<bool>("improperPurpose");
        QTest::addColumn<QDate>("due");
        QTest::newRow("30 days, weekday") << QDate(2025, 6, 2) << false << QDate(2025, 7, 1);
        QTest::newRow("60 days, weekday") << QDate(2025, 6, 2) << true << QDate(2025, 7, 31);
        QTest::newRow("30 days into the closure") << QDate(2025, 12, 1) << false << QDate(2026, 1, 5);
        QTest::newRow("60 days into the closure") << QDate(2025, 11, 1) << true << QDate(2026, 1, 5);
        QTest::newRow("60 days on 敬老の日") << QDate(2025, 7, 18) << true << QDate(2025, 9, 16);
        QTest::newRow("30 days on 元日, closure ends on a Sunday") << QDate(2026, 12, 3) << false << QDate(2027, 1, 4);
        QTest::newRow("30 days on a Saturday") << QDate(2025, 6, 7) << false << QDate(2025, 7, 7);
        QTest::newRow("30 days on 振替休日 2/24") << QDate(2025, 1, 26) << false << QDate(2025, 2, 25);
        QTest::newRow("30 days on 春分の日 (Sun) then 振替休日") << QDate(2027, 2, 20) << false << QDate(2027, 3, 23);
    }
    void final()
    {
        QFETCH(QDate, aware);
        QFETCH(bool, improperPurpose);
        QFETCH(QDate, due);
        QCOMPARE(ReportDeadlines().finalDue(aware, improperPurpose), due);
    }

    void closedDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("closed");
        QTest::newRow("Friday") << QDate(2025, 6, 6) << false;
        QTest::newRow("Saturday") << QDate(2025, 6, 7) << true;
        QTest::newRow("Sunday") << QDate(2025, 6, 8) << true;
        QTest::newRow("national holiday") << QDate(2025, 2, 11) << true;
        QTest::newRow("substitute holiday") << QDate(2025, 2, 24) << true;
        QTest::newRow("citizens' holiday") << QDate(2026, 9, 22) << true;
        QTest::newRow("12/28") << QDate(2026, 12, 28) << false;
        QTest::newRow("12/29") << QDate(2026, 12, 29) << true;
        QTest::newRow("12/31") << QDate(2026, 12, 31) << true;
        QTest::newRow("1/2") << QDate(2025, 1, 2) << true;
        QTest::newRow("1/3") << QDate(2030, 1, 3) << true;
        QTest::newRow("1/4") << QDate(2030, 1, 4) << false;
    }
    void closedDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, closed);
        QCOMPARE(ReportDeadlines().isClosedDay(date), closed);
    }

    void nthDayCountsTheAwarenessDate()
    {
        QCOMPARE(ReportDeadlines::nthDay(QDate(2025, 6, 2), 1), QDate(2025, 6, 2));
        QCOMPARE(ReportDeadlines::nthDay(QDate(2025, 6, 2), 30), QDate(2025, 7, 1));
        QVERIFY(!ReportDeadlines::nthDay(QDate(), 5).isValid());
        QVERIFY(!ReportDeadlines().preliminaryDue(QDate()).isValid());
    }

    // The rules are data: a case file may change day counts and closed days.
    void configurableRules()
    {
        ReportRules r;
        r.preliminaryDay = 3;
        r.finalDay = 20;
        r.finalDayImproperPurpose = 40;
        const ReportDeadlines custom(r);
        QCOMPARE(custom.preliminaryDue(QDate(2025, 6, 2)), QDate(2025, 6, 4));
        QCOMPARE(custom.finalDue(QDate(2025, 6, 2), false), QDate(2025, 6, 23)); // day 20 is Sat 6/21
        QCOMPARE(custom.finalDue(QDate(2025, 6, 2), true), QDate(2025, 7, 11));

        ReportRules noClosure;
        noClosure.closedRanges.clear();
        QCOMPARE(ReportDeadlines(noClosure).preliminaryDue(QDate(2025, 12, 25)), QDate(2025, 12, 29));

        ReportRules weekendsCount;
        weekendsCount.closedOnWeekends = false;
        QCOMPARE(ReportDeadlines(weekendsCount).preliminaryDue(QDate(2025, 6, 3)), QDate(2025, 6, 7));

        ReportRules holidaysCount;
        holidaysCount.closedOnNationalHolidays = false;
        QCOMPARE(ReportDeadlines(holidaysCount).preliminaryDue(QDate(2025, 7, 17)), QDate(2025, 7, 21));

        ReportRules summer; // a non-wrapping range
        summer.closedRanges = {ClosedRange{MonthDay{8, 13}, MonthDay{8, 16}}};
        QVERIFY(ReportDeadlines(summer).isClosedDay(QDate(2027, 8, 13)));
        QVERIFY(!ReportDeadlines(summer).isClosedDay(QDate(2027, 12, 29)));

        ReportRules allClosed;
        allClosed.closedRanges = {ClosedRange{MonthDay{1, 1}, MonthDay{12, 31}}};
        QVERIFY(!ReportDeadlines(allClosed).nextOpenDay(QDate(2025, 6, 2)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestReportDeadlines)
#include "tst_report_deadlines.moc"
