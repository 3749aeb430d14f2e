// The demo case file is built relative to "now": it must build at any time of day, on any day
// of the week and across the year end, and hold what the screens and the start page show.
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "custody/DisposalService.h"
#include "dashboard/DashboardService.h"
#include "demo/DemoCase.h"
#include "incidents/IncidentService.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// Time that moves on while the demo is built, as on a slow machine (a sanitizer build takes
// minutes): every reading is some seconds later than the one before.
class MovingClock final : public Clock {
public:
    explicit MovingClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override
    {
        m_now = m_now.addSecs(13);
        return m_now;
    }

private:
    mutable QDateTime m_now;
};
} // namespace

class TestDemoCase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsAtAnyMoment_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("moving");
        const auto at = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
        };
        QTest::newRow("weekday morning") << at(2026, 12, 2, 9, 0) << false;
        QTest::newRow("just after midnight") << at(2026, 12, 2, 0, 5) << false;
        QTest::newRow("just before midnight") << at(2026, 12, 2, 23, 55) << false;
        QTest::newRow("sunday") << at(2026, 12, 6, 12, 0) << false;
        QTest::newRow("new year's day") << at(2027, 1, 1, 0, 30) << false;
        QTest::newRow("first of a month") << at(2026, 3, 1, 1, 0) << false;
        QTest::newRow("slow machine") << at(2026, 12, 2, 9, 0) << true;
        QTest::newRow("slow machine at midnight") << at(2026, 12, 2, 23, 30) << true;
    }

    void buildsAtAnyMoment()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, moving);
        QTemporaryDir tmp;
        FakeClock still(now);
        MovingClock running(now);
        const Clock& clock = moving ? static_cast<const Clock&>(running) : still;
        const QString dir = tmp.filePath(QStringLiteral("demo.mamori"));
        DemoCase::Info info;
        try {
            info = DemoCase::create(dir, &clock);
        } catch (const Error& e) {
            QFAIL(qPrintable(QStringLiteral("the demo could not be built at %1: %2")
                                 .arg(now.toString(Qt::ISODate), e.message())));
        }
        QVERIFY(info.logins.size() > 5);
        auto file = CaseFile::open(dir, QStringLiteral("fukushicho"), SecureBytes::fromString(DemoCase::password()),
                                   CaseOpenOptions{&clock});
        IncidentService incidents(*file);
        QCOMPARE(incidents.list(file->session()).size(), 4); // the lost carry-out's and DemoIncidents' three
        const DashboardData d = DashboardService(*file).compute(file->session());
        QCOMPARE(d.openIncidents(), 3);
        QVERIFY(!d.deadlines.isEmpty());
        QVERIFY(!d.carryOutsBySection.isEmpty());
        QVERIFY(!file->disposals().list(file->session()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoCase)
#include "tst_demo_case.moc"
