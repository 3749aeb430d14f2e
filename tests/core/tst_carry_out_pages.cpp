// CarryOutService::page() and count(): the list screens read one sorted page at a time in SQL;
// pages never overlap, every sort key works both ways, the free-text filter finds words in the
// control number, description, purpose and destination (LIKE wildcards taken literally), the
// reader's sections bound what is counted and paged, and overdue follows the clock.
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "organisation/PersonService.h"

#include <QtTest>

#include <algorithm>
#include <functional>

using namespace mamori;
using namespace mamori::test;

namespace {

struct World {
    qint64 own = 0, other = 0;
    Session manager, otherManager, handler;
    qint64 handlerPerson = 0;
};

World world(TempCase& tc)
{
    World w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
    w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, w.other);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, w.own);
    w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, w.other}}, false);
    w.handler = Session(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, w.own}}, false);
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 太郎");
    p.kana = QStringLiteral("シケン タロウ");
    p.sectionId = w.own;
    w.handlerPerson = tc.file().people().add(tc.admin(), p).id;
    tc.file().people().linkAccount(tc.admin(), w.handlerPerson, h);
    return w;
}

// n requests of the own section, departure i days after 2025-11-23, i % 7 records.
QList<CarryOut> seed(TempCase& tc, const World& w, int n)
{
    QList<CarryOut> out;
    for (int i = 0; i < n; ++i) {
        CarryOut c;
        c.sectionId = w.own;
        c.requestedBy = w.handlerPerson;
        c.itemType = i % 2 ? CarryOutItemType::Paper : CarryOutItemType::Other;
        c.description = i == 3 ? QStringLiteral("100%_確認票")
                        : i == 6 ? QStringLiteral("ｶﾅ入力票") // half-width kana, as some systems print it
                                 : QStringLiteral("調査票 %1").arg(i);
        c.recordCount = i % 7;
        c.purpose = i % 5 == 0 ? QStringLiteral("訪問調査") : QStringLiteral("会議資料");
        c.destination = i % 4 == 0 ? QStringLiteral("東町公民館") : QStringLiteral("西庁舎");
        c.plannedOutOn = QDate(2025, 11, 23).addDays(i % 10);
        c.plannedReturnOn = c.plannedOutOn.addDays(2);
        out << tc.file().carryOuts().request(w.handler, c);
    }
    return out;
}

QStringList controlNos(const QList<CarryOut>& list)
{
    QStringList out;
    for (const CarryOut& c : list)
        out << c.controlNo;
    return out;
}

} // namespace

class TstCarryOutPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesDoNotOverlap();
    void everySortKeyBothWays_data();
    void everySortKeyBothWays();
    void textFilter_data();
    void textFilter();
    void textPagesEitherWay_data();
    void textPagesEitherWay();
    void scopeBoundsPagesAndCounts();
    void overdueFollowsTheClock();
    void pageCarriesMeasures();
    void badPageRefused();
    void pageIsJournaled();
};

void TstCarryOutPages::pagesDoNotOverlap()
{
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 25);
    CarryOutService& s = tc.file().carryOuts();
    QStringList seen;
    for (int offset = 0; offset < 30; offset += 10)
        seen << controlNos(s.page(w.manager, {}, CarryOutSortKey::PlannedOut, false, offset, 10));
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    QCOMPARE(seen, controlNos(s.list(w.manager))); // same order as the full list
    QCOMPARE(s.count(w.manager), 25);
}

void TstCarryOutPages::everySortKeyBothWays_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("planned out") << static_cast<int>(CarryOutSortKey::PlannedOut);
    QTest::newRow("control no") << static_cast<int>(CarryOutSortKey::ControlNo);
    QTest::newRow("section") << static_cast<int>(CarryOutSortKey::Section);
    QTest::newRow("state") << static_cast<int>(CarryOutSortKey::State);
    QTest::newRow("item type") << static_cast<int>(CarryOutSortKey::ItemType);
    QTest::newRow("record count") << static_cast<int>(CarryOutSortKey::RecordCount);
    QTest::newRow("planned return") << static_cast<int>(CarryOutSortKey::PlannedReturn);
}

void TstCarryOutPages::everySortKeyBothWays()
{
    QFETCH(int, key);
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 15);
    CarryOutService& s = tc.file().carryOuts();
    tc.file().carryOuts().approve(w.manager, s.list(w.manager).first().id); // two states
    const auto k = static_cast<CarryOutSortKey>(key);
    const QList<CarryOut> asc = s.page(w.manager, {}, k, false, 0, 100);
    const QList<CarryOut> desc = s.page(w.manager, {}, k, true, 0, 100);
    QCOMPARE(asc.size(), 15);
    QStringList reversed = controlNos(desc);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(controlNos(asc), reversed); // ties broken by control number both ways
    for (int i = 1; i < asc.size(); ++i) {
        const CarryOut& a = asc[i - 1];
        const CarryOut& b = asc[i];
        switch (k) {
        case CarryOutSortKey::PlannedOut: QVERIFY(a.plannedOutOn <= b.plannedOutOn); break;
        case CarryOutSortKey::PlannedReturn: QVERIFY(a.plannedReturnOn <= b.plannedReturnOn); break;
        case CarryOutSortKey::RecordCount: QVERIFY(a.recordCount <= b.recordCount); break;
        case CarryOutSortKey::ItemType:
            QVERIFY(carryOutItemTypeKey(a.itemType) <= carryOutItemTypeKey(b.itemType));
            break;
        case CarryOutSortKey::State: QVERIFY(carryOutStateKey(a.state) <= carryOutStateKey(b.state)); break;
        case CarryOutSortKey::ControlNo:
        case CarryOutSortKey::Section: QVERIFY(a.controlNo < b.controlNo); break;
        }
    }
}

void TstCarryOutPages::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("destination") << QStringLiteral("公民館") << 5;  // i % 4 == 0 of 0..19
    QTest::newRow("purpose") << QStringLiteral("訪問") << 4;        // i % 5 == 0
    QTest::newRow("two words") << QStringLiteral("訪問  公民館") << 1; // both: i % 20 == 0
    QTest::newRow("control no") << QStringLiteral("CO-2025-000001") << 1;
    QTest::newRow("percent is literal") << QStringLiteral("100%_") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("_") << 1;
    QTest::newRow("nothing") << QStringLiteral("該当なし") << 0;
    // Kana and kanji words are narrowed through the search index first; the result must be
    // exactly LIKE's: any inner substring found, nothing across two fields, no NFKC widening.
    QTest::newRow("inner substring") << QStringLiteral("町公民") << 5;
    QTest::newRow("across two fields") << QStringLiteral("調査東町") << 0;
    QTest::newRow("full-width is not half-width") << QStringLiteral("カナ入力") << 0;
    QTest::newRow("half-width typed as stored") << QStringLiteral("ｶﾅ入力") << 1;
    QTest::newRow("one kanji") << QStringLiteral("票") << 20;
    QTest::newRow("blank is no filter") << QStringLiteral("   ") << 20;
}

void TstCarryOutPages::textFilter()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 20);
    CarryOutFilter f;
    f.text = text;
    QCOMPARE(tc.file().carryOuts().count(w.manager, f), expected);
    QCOMPARE(tc.file().carryOuts().page(w.manager, f, CarryOutSortKey::ControlNo, false, 0, 100).size(), expected);
}

void TstCarryOutPages::textPagesEitherWay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    // 18 of 20 rows: read in the page's order and tested. 5 of 20: read from the index's
    // candidates and sorted. Either way the same rows, in the same order, page by page.
    QTest::newRow("common word") << QStringLiteral("調査") << 18;
    QTest::newRow("rare word") << QStringLiteral("町公民") << 5;
}

void TstCarryOutPages::textPagesEitherWay()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 20);
    CarryOutFilter f;
    f.text = text;
    const QStringList all = controlNos(tc.file().carryOuts().list(w.manager, f)); // by planned day, number
    QCOMPARE(all.size(), expected);
    QStringList paged;
    for (int offset = 0; offset < 25; offset += 5)
        paged += controlNos(tc.file().carryOuts().page(w.manager, f, CarryOutSortKey::PlannedOut, false, offset, 5));
    QCOMPARE(paged, all);
    QStringList byNumber = all;
    std::sort(byNumber.begin(), byNumber.end(), std::greater<>());
    QCOMPARE(controlNos(tc.file().carryOuts().page(w.manager, f, CarryOutSortKey::ControlNo, true, 0, 100)), byNumber);
}

void TstCarryOutPages::scopeBoundsPagesAndCounts()
{
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 5);
    CarryOutService& s = tc.file().carryOuts();
    QCOMPARE(s.count(w.otherManager), 0);
    QVERIFY(s.page(w.otherManager, {}, CarryOutSortKey::PlannedOut, false, 0, 10).isEmpty());
    // SYSTEM_ADMIN reads no personal data by default: refused, not an empty list.
    QVERIFY_THROWS_EXCEPTION(Error, s.count(tc.admin()));
    CarryOutFilter own;
    own.sectionId = w.own;
    QVERIFY_THROWS_EXCEPTION(Error, s.count(w.otherManager, own));
}

void TstCarryOutPages::overdueFollowsTheClock()
{
    TempCase tc;
    const World w = world(tc);
    const QList<CarryOut> made = seed(tc, w, 3);
    CarryOutService& s = tc.file().carryOuts();
    for (const CarryOut& c : made) {
        s.approve(w.manager, c.id);
        s.markOut(w.handler, c.id, tc.clock().now());
    }
    CarryOutFilter overdue;
    overdue.overdueOnly = true;
    QCOMPARE(s.count(w.manager, overdue), 0);
    tc.clock().set(QDateTime(QDate(2025, 11, 26), QTime(9, 0), Qt::UTC)); // the first is due on the 25th
    QCOMPARE(s.count(w.manager, overdue), 1);
    const QList<CarryOut> page = s.page(w.manager, overdue, CarryOutSortKey::PlannedOut, false, 0, 10);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().state, CarryOutState::Overdue);
    CarryOutFilter out;
    out.state = CarryOutState::Out;
    QCOMPARE(s.count(w.manager, out), 2);
}

void TstCarryOutPages::pageCarriesMeasures()
{
    TempCase tc;
    const World w = world(tc);
    const QList<CarryOut> made = seed(tc, w, 2);
    tc.file().carryOuts().setMeasures(w.handler, made[1].id, {CarryOutMeasure::Sealing, CarryOutMeasure::LockedCase});
    const QList<CarryOut> page = tc.file().carryOuts().page(w.manager, {}, CarryOutSortKey::ControlNo, false, 0, 10);
    QCOMPARE(page[0].appliedMeasures, QList<CarryOutMeasure>());
    QCOMPARE(page[1].appliedMeasures, (QList<CarryOutMeasure>{CarryOutMeasure::LockedCase, CarryOutMeasure::Sealing}));
}

void TstCarryOutPages::badPageRefused()
{
    TempCase tc;
    const World w = world(tc);
    QVERIFY_THROWS_EXCEPTION(Error, tc.file().carryOuts().page(w.manager, {}, CarryOutSortKey::ControlNo, false, -1, 10));
    QVERIFY_THROWS_EXCEPTION(Error, tc.file().carryOuts().page(w.manager, {}, CarryOutSortKey::ControlNo, false, 0, 0));
}

void TstCarryOutPages::pageIsJournaled()
{
    TempCase tc;
    const World w = world(tc);
    seed(tc, w, 3);
    const qint64 before = tc.file().journal().count();
    tc.file().carryOuts().page(w.manager, {}, CarryOutSortKey::ControlNo, false, 0, 10);
    QCOMPARE(tc.file().journal().count(), before + 1);
    const JournalEntry e = tc.file().journal().page({}, 0, 1).first();
    QCOMPARE(e.action, JournalAction::View);
    QCOMPARE(e.entity, QStringLiteral("carry_out"));
    QVERIFY(e.summary.contains(QStringLiteral("3 records")));
    QVERIFY(!e.summary.contains(QStringLiteral("調査票")));
}

QTEST_GUILESS_MAIN(TstCarryOutPages)
#include "tst_carry_out_pages.moc"
