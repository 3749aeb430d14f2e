// `incident list` runs as a separate process on incidents prepared through core.
#include "CliRunner.h"
#include "TestCase.h"

#include "incidents/IncidentService.h"
#include "organisation/PersonService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
CliResult run(TempCase& tc, const QString& login, const QStringList& args)
{
    tc.close(); // the CLI needs the lock
    const QStringList session{QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), login,
                              QStringLiteral("--password-stdin")};
    return runCli(session + args, {kAdminPassword});
}

// In section 0101: IN-2025-000001 assessed as reportable (150 persons), IN-2025-000002 closed;
// in section 0102: IN-2025-000003 just reported.
void prepare(TempCase& tc)
{
    const qint64 own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
    const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
    const qint64 e = tc.addAccount(QStringLiteral("exec"), Role::ExecutiveOwner);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, own);
    const Session manager(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
    const Session exec(e, QStringLiteral("exec"), QStringLiteral("exec"), {{Role::ExecutiveOwner, std::nullopt}}, false);
    const Session staff(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, own}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = own;
    const qint64 person = file.people().add(tc.admin(), p).id;
    IncidentService svc(file);
    const QDateTime now = tc.clock().now();

    auto drive = [&](qint64 persons) {
        IncidentReport r;
        r.sectionId = own;
        r.awareAt = now.addSecs(-3600);
        r.summary = QStringLiteral("申請書の誤交付");
        const qint64 id = svc.report(staff, r).id;
        svc.addContainment(manager, id, QStringLiteral("交付停止"), now);
        svc.escalate(manager, id, ContactMethod::Phone, now);
        IncidentDetails d;
        d.summary = QStringLiteral("申請書の誤交付");
        d.persons = persons;
        svc.recordFacts(manager, id, d);
        svc.assess(manager, id);
        return id;
    };
    drive(150);
    const qint64 closed = drive(3);
    svc.escalate(exec, closed, ContactMethod::InPerson, now);
    PreventionMeasure measure;
    measure.description = QStringLiteral("照合手順の追加");
    measure.ownerPerson = person;
    measure.dueOn = QDate(2025, 12, 1);
    svc.addPreventionMeasure(manager, closed, measure);
    svc.close(exec, closed);
    IncidentReport r;
    r.sectionId = other;
    r.summary = QStringLiteral("税務課の誤送付");
    svc.report(staff, r);
}

QStringList numbers(const CliResult& r)
{
    QStringList out;
    for (const QJsonValue& v : r.outJson().array())
        out << v.toObject().value(QStringLiteral("incident_no")).toString();
    return out;
}
} // namespace

class TestCliIncidents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listJson()
    {
        TempCase tc;
        prepare(tc);
        const CliResult all = run(tc, QStringLiteral("exec"), {QStringLiteral("incident"), QStringLiteral("list"),
                                                               QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.errText()));
        QCOMPARE(numbers(all), (QStringList{QStringLiteral("IN-2025-000003"), QStringLiteral("IN-2025-000002"),
                                            QStringLiteral("IN-2025-000001")}));
        const QJsonObject first = all.outJson().array().last().toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("ASSESSED"));
        QCOMPARE(first.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0101"));
        const QJsonObject appi = first.value(QStringLiteral("appi")).toObject();
        QVERIFY(appi.value(QStringLiteral("reportable")).toBool());
        QCOMPARE(appi.value(QStringLiteral("grounds")).toArray().first().toString(), QStringLiteral("appi-43-4"));
        QCOMPARE(appi.value(QStringLiteral("preliminary_due")).toString(), QStringLiteral("2025-11-27"));
        QVERIFY(appi.value(QStringLiteral("preliminary_submitted_on")).isNull());
        QVERIFY(first.value(QStringLiteral("my_number")).toObject().value(QStringLiteral("reportable")).isBool());
        QVERIFY(first.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("appi_preliminary")));
        // Not yet assessed: the verdict is unknown (null), not "no".
        const QJsonObject fresh = all.outJson().array().first().toObject();
        QVERIFY(fresh.value(QStringLiteral("appi")).toObject().value(QStringLiteral("reportable")).isNull());

        const CliResult open = run(tc, QStringLiteral("exec"), {QStringLiteral("incident"), QStringLiteral("list"),
                                                                QStringLiteral("--open"), QStringLiteral("--json")});
        QCOMPARE(numbers(open), (QStringList{QStringLiteral("IN-2025-000003"), QStringLiteral("IN-2025-000001")}));
        const CliResult own = run(tc, QStringLiteral("mgr"), {QStringLiteral("incident"), QStringLiteral("list"),
                                                              QStringLiteral("--json")});
        QCOMPARE(numbers(own), (QStringList{QStringLiteral("IN-2025-000002"), QStringLiteral("IN-2025-000001")}));
    }

    void listText()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringLiteral("exec"), {QStringLiteral("incident"), QStringLiteral("list"),
                                                             QStringLiteral("--open")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(QStringLiteral("IN-2025-000001")));
        QVERIFY(r.outText().contains(QStringLiteral("2025-11-27 (appi preliminary)")));
        QVERIFY(!r.outText().contains(QStringLiteral("IN-2025-000002")));
    }

    void staffMayNotList()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringLiteral("staff"), {QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 5);
    }

    void rulesShownAndChanged()
    {
        TempCase tc;
        prepare(tc);
        CliResult r = run(tc, kAdminLogin, {QStringLiteral("incident"), QStringLiteral("rules"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(r.outJson().object().value(QStringLiteral("preliminary_day")).toInt(), 5);
        QCOMPARE(r.outJson().object().value(QStringLiteral("closed_ranges")).toArray().first().toString(),
                 QStringLiteral("12-29/01-03"));

        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("rules.json"));
        auto write = [&](const QByteArray& json) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        };
        write(R"({"final_day": 31, "closed_on_national_holidays": false})");
        r = run(tc, kAdminLogin, {QStringLiteral("incident"), QStringLiteral("rules"), QStringLiteral("--set"), file,
                                  QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(r.outJson().object().value(QStringLiteral("final_day")).toInt(), 31);
        QCOMPARE(r.outJson().object().value(QStringLiteral("preliminary_day")).toInt(), 5); // left as it was
        QCOMPARE(r.outJson().object().value(QStringLiteral("closed_on_national_holidays")).toBool(), false);

        // Nonsense names its key and changes nothing; a unit manager may not change the rules.
        write(R"({"final_day": 2})");
        r = run(tc, kAdminLogin, {QStringLiteral("incident"), QStringLiteral("rules"), QStringLiteral("--set"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("final")), qPrintable(r.errText()));
        write(R"({"final_day": 40})");
        r = run(tc, QStringLiteral("mgr"), {QStringLiteral("incident"), QStringLiteral("rules"), QStringLiteral("--set"), file});
        QCOMPARE(r.exitCode, 5);
        r = run(tc, kAdminLogin, {QStringLiteral("incident"), QStringLiteral("rules")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.outText().contains(QStringLiteral("final_day")) && r.outText().contains(QStringLiteral("31")),
                 qPrintable(r.outText()));
    }

    void needsACaseFile()
    {
        QCOMPARE(runCli({QStringLiteral("incident"), QStringLiteral("list")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliIncidents)
#include "tst_cli_incidents.moc"
