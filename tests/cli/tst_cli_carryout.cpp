// `carryout list` runs as a separate process on carry-outs prepared through core. The CLI uses the
// real clock, so "overdue" is set up with planned returns far in the past and far in the future.
#include "CliRunner.h"
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "organisation/PersonService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
CliResult run(TempCase& tc, const QStringList& args)
{
    tc.close(); // the CLI needs the lock
    const QStringList session{QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), QStringLiteral("mgr"),
                              QStringLiteral("--password-stdin")};
    return runCli(session + args, {kAdminPassword});
}

QStringList controlNos(const CliResult& r)
{
    QStringList out;
    for (const QJsonValue& v : r.outJson().array())
        out << v.toObject().value(QStringLiteral("control_no")).toString();
    return out;
}

// In section 0101: CO-2025-000001 REQUESTED, -000002 OUT and long overdue, -000003 OUT until 2999;
// in section 0102: -000004 REQUESTED (not the manager's to read).
void prepare(TempCase& tc)
{
    const qint64 own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
    const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, other);
    const Session manager(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
    const Session handler(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, own}}, false);
    const Session otherManager(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, other}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = own;
    const qint64 person = file.people().add(tc.admin(), p).id;
    p.staffNo = QStringLiteral("P002");
    p.sectionId = other;
    const qint64 otherPerson = file.people().add(tc.admin(), p).id;

    CarryOut c;
    c.sectionId = own;
    c.requestedBy = person;
    c.itemType = CarryOutItemType::Paper;
    c.description = QStringLiteral("訪問調査票");
    c.recordCount = 12;
    c.purpose = QStringLiteral("訪問調査");
    c.destination = QStringLiteral("東町公民館");
    c.plannedOutOn = QDate(2025, 11, 23);
    c.plannedReturnOn = QDate(2025, 11, 25);
    CarryOutService& s = file.carryOuts();
    s.request(handler, c);
    const qint64 late = s.approve(manager, s.request(handler, c).id).id;
    s.markOut(handler, late, tc.clock().now());
    c.plannedReturnOn = QDate(2999, 3, 31);
    const qint64 onTime = s.approve(manager, s.request(handler, c).id).id;
    s.markOut(handler, onTime, tc.clock().now());
    c.sectionId = other;
    c.requestedBy = otherPerson;
    s.request(otherManager, c);
}
} // namespace

class TestCliCarryOut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listJson()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, {QStringLiteral("carryout"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(controlNos(r), (QStringList{QStringLiteral("CO-2025-000001"), QStringLiteral("CO-2025-000002"),
                                             QStringLiteral("CO-2025-000003")}));
        const QJsonObject late = r.outJson().array().at(1).toObject();
        QCOMPARE(late.value(QStringLiteral("state")).toString(), QStringLiteral("OVERDUE"));
        QCOMPARE(late.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0101"));
        QCOMPARE(late.value(QStringLiteral("item_type")).toString(), QStringLiteral("PAPER"));
        QCOMPARE(late.value(QStringLiteral("record_count")).toInt(), 12);
        QCOMPARE(late.value(QStringLiteral("planned_return_at")).toString(), QStringLiteral("2025-11-25"));
        QVERIFY(late.value(QStringLiteral("returned_at")).isNull());
        QCOMPARE(r.outJson().array().at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("OUT"));

        const CliResult text = run(tc, {QStringLiteral("carryout"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("東町公民館")), qPrintable(text.outText()));
        QVERIFY(text.outText().contains(QStringLiteral("OVERDUE")));
        // The listing was journaled in the case file.
        CaseFile& file = tc.reopen();
        JournalFilter views;
        views.entity = QStringLiteral("carry_out");
        views.action = JournalAction::View;
        views.login = QStringLiteral("mgr");
        QCOMPARE(file.journal().page(views, 0, 100).size(), 2);
    }
    void overdue()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, {QStringLiteral("carryout"), QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(controlNos(r), QStringList{QStringLiteral("CO-2025-000002")});
    }
    void byState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("requested") << QStringLiteral("REQUESTED") << QStringList{QStringLiteral("CO-2025-000001")};
        QTest::addRow("out, not overdue") << QStringLiteral("OUT") << QStringList{QStringLiteral("CO-2025-000003")};
        QTest::addRow("overdue, lower case") << QStringLiteral("overdue") << QStringList{QStringLiteral("CO-2025-000002")};
        QTest::addRow("closed") << QStringLiteral("CLOSED") << QStringList{};
    }
    void byState()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, expected);
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, {QStringLiteral("carryout"), QStringLiteral("list"), QStringLiteral("--state"), state,
                                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(controlNos(r), expected);
    }
    void refused()
    {
        TempCase tc;
        prepare(tc);
        const CliResult bad = run(tc, {QStringLiteral("carryout"), QStringLiteral("list"), QStringLiteral("--state"),
                                       QStringLiteral("GONE"), QStringLiteral("--json")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.errText().contains(QStringLiteral("GONE")), qPrintable(bad.errText()));
        const CliResult other = run(tc, {QStringLiteral("carryout"), QStringLiteral("list"), QStringLiteral("--section"),
                                         QStringLiteral("0102")});
        QVERIFY(other.exitCode != 0);
        QVERIFY(other.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCarryOut)
#include "tst_cli_carryout.moc"
