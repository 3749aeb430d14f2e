// Leak incidents through IncidentService: every transition in every stage, who may take each
// action, the escalation chain of both presets, assessments kept per re-assessment, the PPC
// reports and notices with their bad input, the close refusal and what it lists, the carry-out
// hook, lists and views, and that nothing is saved half-way.
#include "ErrorOf.h"
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "incidents/IncidentService.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// The fake clock stands at 2025-11-23 09:00 UTC; the incidents became known two hours before.
struct World {
    explicit World(const QString& preset = QStringLiteral("shiraoka")) : tc(preset), svc(tc.file())
    {
        own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
        other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        auto session = [&](const QString& login, Role role, std::optional<qint64> section) {
            const qint64 id = tc.addAccount(login, role, section);
            return Session(id, login, login, {{role, isSectionScoped(role) ? section : std::nullopt}}, false);
        };
        manager = session(QStringLiteral("mgr"), Role::UnitManager, own);
        otherManager = session(QStringLiteral("mgr2"), Role::UnitManager, other);
        assistant = session(QStringLiteral("asst"), Role::UnitAssistant, own);
        handler = session(QStringLiteral("handler"), Role::Handler, own);
        staff = session(QStringLiteral("staff"), Role::Staff, own);
        exec = session(QStringLiteral("exec"), Role::ExecutiveOwner, std::nullopt);
        coord = session(QStringLiteral("coord"), Role::ProgramCoordinator, std::nullopt);
        auditor = session(QStringLiteral("audit"), Role::Auditor, std::nullopt);
        Person p;
        p.staffNo = QStringLiteral("P001");
        p.name = QStringLiteral("担当 一郎");
        p.kana = QStringLiteral("タントウ イチロウ");
        p.sectionId = own;
        person = tc.file().people().add(tc.admin(), p).id;
    }

    QDateTime now() { return tc.clock().now(); }
    const Session& admin() { return tc.admin(); }

    IncidentDetails details(qint64 persons = 5, bool myNumber = false)
    {
        IncidentDetails d;
        d.summary = QStringLiteral("窓口で申請書を別人に交付した");
        d.leakType = LeakType::Leak;
        d.medium = LeakMedium::Paper;
        d.dataItems = QStringLiteral("氏名、住所");
        d.persons = persons;
        d.myNumber = myNumber;
        d.cause = QStringLiteral("確認不足");
        return d;
    }

    qint64 reportOne()
    {
        IncidentReport r;
        r.sectionId = own;
        r.awareAt = now().addSecs(-2 * 3600);
        r.summary = QStringLiteral("申請書の誤交付");
        return svc.report(staff, r).id;
    }

    // The session that records the next escalation step of `id`.
    Session nextSender(qint64 id)
    {
        const Incident i = svc.get(exec, id);
        const QList<EscalationTarget> chain = svc.escalationChain();
        const Role role = EscalationChain::senderOf(chain, static_cast<int>(i.escalations.size()) + 1);
        switch (role) {
        case Role::UnitManager: return manager;
        case Role::ProgramCoordinator: return coord;
        default: return exec;
        }
    }

    Incident escalateNext(qint64 id) { return svc.escalate(nextSender(id), id, ContactMethod::Phone, now(), {}); }

    void escalateAll(qint64 id)
    {
        while (svc.get(exec, id).escalations.size() < svc.escalationChain().size())
            escalateNext(id);
    }

    // A new incident driven to `target` by the officers allowed to; `persons` > 100 makes it
    // reportable under the APPI.
    qint64 incidentAt(IncidentState target, qint64 persons = 5, bool myNumber = false)
    {
        const qint64 id = reportOne();
        const int t = static_cast<int>(target);
        if (t >= static_cast<int>(IncidentState::Contained))
            svc.addContainment(manager, id, QStringLiteral("窓口での交付を停止"), now().addSecs(-3600));
        if (t >= static_cast<int>(IncidentState::Escalated))
            escalateNext(id);
        if (t >= static_cast<int>(IncidentState::Investigating))
            svc.recordFacts(manager, id, details(persons, myNumber));
        if (t >= static_cast<int>(IncidentState::Assessed))
            svc.assess(manager, id);
        if (t >= static_cast<int>(IncidentState::Prevention))
            svc.addPreventionMeasure(manager, id, measure());
        if (target == IncidentState::Closed) {
            escalateAll(id);
            svc.close(exec, id);
        }
        return id;
    }

    PreventionMeasure measure()
    {
        PreventionMeasure m;
        m.description = QStringLiteral("交付時に本人確認書類と申請書を照合する");
        m.ownerPerson = person;
        m.dueOn = QDate(2025, 12, 26);
        m.sharedWithSections = {other};
        return m;
    }

    PpcReport report(Regime regime, ReportKind kind)
    {
        PpcReport r;
        r.regime = regime;
        r.kind = kind;
        r.submittedOn = QDate(2025, 11, 23);
        r.items.summary = QStringLiteral("申請書の誤交付");
        if (kind == ReportKind::Final) {
            r.items.dataItems = QStringLiteral("氏名、住所");
            r.items.persons = 150;
            r.items.cause = QStringLiteral("確認不足");
            r.items.secondaryDamage = QStringLiteral("なし");
            r.items.individualResponse = QStringLiteral("全員に通知済み");
            r.items.publication = QStringLiteral("公表済み");
            r.items.prevention = QStringLiteral("照合手順の追加");
            r.items.other = QStringLiteral("特になし");
        }
        r.contact = QStringLiteral("総務課");
        return r;
    }

    IndividualNotice notice(qint64 persons)
    {
        IndividualNotice n;
        n.groupLabel = QStringLiteral("申請者");
        n.persons = persons;
        n.method = ContactMethod::Post;
        n.notifiedAt = now();
        n.notifiedBy = person;
        return n;
    }

    int journalCount(const QString& action)
    {
        JournalFilter f;
        f.action = action;
        return static_cast<int>(tc.file().journal().page(f, 0, 100000).size());
    }

    TempCase tc;
    IncidentService svc;
    qint64 own = 0, other = 0, person = 0;
    Session manager, otherManager, assistant, handler, staff, exec, coord, auditor;
};

// Performs `action` on incident `id` as `actor` with valid input.
void perform(World& w, IncidentAction action, qint64 id, const Session& actor)
{
    switch (action) {
    case IncidentAction::Report: break;
    case IncidentAction::Contain:
        w.svc.addContainment(actor, id, QStringLiteral("端末をネットワークから切断"), w.now());
        break;
    case IncidentAction::Escalate: w.svc.escalate(actor, id, ContactMethod::InPerson, w.now()); break;
    case IncidentAction::RecordFacts: w.svc.recordFacts(actor, id, w.details(7)); break;
    case IncidentAction::Assess: w.svc.assess(actor, id); break;
    case IncidentAction::FileReport: w.svc.fileReport(actor, id, w.report(Regime::Appi, ReportKind::Preliminary)); break;
    case IncidentAction::RecordNotice: w.svc.addNotice(actor, id, w.notice(5)); break;
    case IncidentAction::DecidePublication: {
        Publication p;
        p.decision = PublicationDecision::DoNotPublish;
        p.decidedOn = QDate(2025, 11, 23);
        p.reason = QStringLiteral("二次被害のおそれがないため");
        w.svc.decidePublication(actor, id, p);
        break;
    }
    case IncidentAction::RecordPrevention: w.svc.addPreventionMeasure(actor, id, w.measure()); break;
    case IncidentAction::Close: w.svc.close(actor, id); break;
    }
}

// Someone who may take the action on an incident of the own section.
Session allowedActor(World& w, IncidentAction action, qint64 id)
{
    switch (action) {
    case IncidentAction::Contain:
    case IncidentAction::RecordFacts:
    case IncidentAction::Assess:
    case IncidentAction::RecordNotice:
    case IncidentAction::RecordPrevention: return w.manager;
    case IncidentAction::Escalate: return w.nextSender(id);
    default: return w.exec;
    }
}
} // namespace

class TestIncidents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportByAnyone_data()
    {
        QTest::addColumn<QString>("who");
        for (const char* who : {"staff", "handler", "auditor", "admin", "mgr2"})
            QTest::newRow(who) << QString::fromLatin1(who);
    }
    void reportByAnyone()
    {
        QFETCH(QString, who);
        World w;
        const QMap<QString, Session> sessions{{QStringLiteral("staff"), w.staff},
                                              {QStringLiteral("handler"), w.handler},
                                              {QStringLiteral("auditor"), w.auditor},
                                              {QStringLiteral("admin"), w.admin()},
                                              {QStringLiteral("mgr2"), w.otherManager}};
        IncidentReport r;
        r.sectionId = w.own;
        r.summary = QStringLiteral("USBメモリの紛失");
        const Incident i = w.svc.report(sessions.value(who), r);
        QCOMPARE(i.state, IncidentState::UnitNotified);
        QCOMPARE(i.incidentNo, QStringLiteral("IN-2025-000001"));
        QCOMPARE(i.awareAt, w.now()); // defaults to now
        QCOMPARE(i.reportedByAccount, sessions.value(who).accountId());
    }

    void reportRefusesBadInput_data()
    {
        QTest::addColumn<int>("kase");
        QTest::addColumn<QString>("field");
        QTest::newRow("no section") << 0 << QStringLiteral("section");
        QTest::newRow("no summary") << 1 << QStringLiteral("summary");
        QTest::newRow("awareness in the future") << 2 << QStringLiteral("aware_at");
        QTest::newRow("unknown person") << 3 << QStringLiteral("aware_person");
        QTest::newRow("summary too long") << 4 << QStringLiteral("summary");
    }
    void reportRefusesBadInput()
    {
        QFETCH(int, kase);
        QFETCH(QString, field);
        World w;
        IncidentReport r;
        r.sectionId = w.own;
        r.summary = QStringLiteral("誤送付");
        switch (kase) {
        case 0: r.sectionId = 999; break;
        case 1: r.summary = QStringLiteral("  "); break;
        case 2: r.awareAt = w.now().addSecs(60); break;
        case 3: r.awarePerson = 999; break;
        case 4: r.summary = QString(2001, QLatin1Char('x')); break;
        }
        const int before = w.journalCount(JournalAction::Create);
        const Error e = errorOf([&] { w.svc.report(w.staff, r); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), field);
        QCOMPARE(w.journalCount(JournalAction::Create), before);
        QVERIFY(w.svc.list(w.exec).isEmpty());
    }

    void recoverySessionCannotReport()
    {
        World w;
        IncidentReport r;
        r.sectionId = w.own;
        r.summary = QStringLiteral("誤送付");
        QCOMPARE(errorOf([&] { w.svc.report(Session::recovery(), r); }).code(), ErrorCode::PermissionDenied);
    }

    // Every action in every stage through the service, with someone who may take it: the stage
    // it leads to, or a Conflict naming the state.
    void transitions_data()
    {
        QTest::addColumn<IncidentAction>("action");
        QTest::addColumn<IncidentState>("from");
        for (IncidentAction a : allIncidentActions()) {
            if (a == IncidentAction::Report || a == IncidentAction::Close)
                continue; // report creates; close is checked against what is missing below
            for (IncidentState s : allIncidentStates())
                QTest::newRow(qPrintable(incidentActionKey(a) + QLatin1Char(' ') + incidentStateKey(s))) << a << s;
        }
    }
    void transitions()
    {
        QFETCH(IncidentAction, action);
        QFETCH(IncidentState, from);
        World w;
        const qint64 id = w.incidentAt(from);
        QCOMPARE(w.svc.get(w.exec, id).state, from);
        const Session actor = allowedActor(w, action, id);
        if (IncidentWorkflow::allows(action, from)) {
            perform(w, action, id, actor);
            QCOMPARE(w.svc.get(w.exec, id).state, IncidentWorkflow::after(action, from));
        } else {
            const int updates = w.journalCount(JournalAction::Update);
            const Error e = errorOf([&] { perform(w, action, id, actor); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QCOMPARE(e.field(), QStringLiteral("state"));
            QCOMPARE(w.journalCount(JournalAction::Update), updates);
            QCOMPARE(w.svc.get(w.exec, id).state, from);
        }
    }

    // Who may take each action (one stage where the action is allowed), and that a refusal is
    // journaled and changes nothing.
    void permissions_data()
    {
        QTest::addColumn<IncidentAction>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        const QStringList everyone{QStringLiteral("mgr"),   QStringLiteral("mgr2"),  QStringLiteral("asst"),
                                   QStringLiteral("handler"), QStringLiteral("staff"), QStringLiteral("exec"),
                                   QStringLiteral("coord"), QStringLiteral("audit"), QStringLiteral("admin")};
        const QMap<IncidentAction, QStringList> allowed{
            {IncidentAction::Contain, {QStringLiteral("mgr")}},
            {IncidentAction::RecordFacts, {QStringLiteral("mgr"), QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::Assess, {QStringLiteral("mgr"), QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::FileReport, {QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::RecordNotice, {QStringLiteral("mgr"), QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::DecidePublication, {QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::RecordPrevention, {QStringLiteral("mgr"), QStringLiteral("exec"), QStringLiteral("coord")}},
            {IncidentAction::Close, {QStringLiteral("exec"), QStringLiteral("coord")}},
        };
        for (auto it = allowed.cbegin(); it != allowed.cend(); ++it)
            for (const QString& who : everyone)
                QTest::newRow(qPrintable(incidentActionKey(it.key()) + QLatin1Char(' ') + who))
                    << it.key() << who << it.value().contains(who);
    }
    void permissions()
    {
        QFETCH(IncidentAction, action);
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        World w;
        const QMap<QString, Session> sessions{
            {QStringLiteral("mgr"), w.manager},   {QStringLiteral("mgr2"), w.otherManager},
            {QStringLiteral("asst"), w.assistant}, {QStringLiteral("handler"), w.handler},
            {QStringLiteral("staff"), w.staff},   {QStringLiteral("exec"), w.exec},
            {QStringLiteral("coord"), w.coord},   {QStringLiteral("audit"), w.auditor},
            {QStringLiteral("admin"), w.admin()}};
        IncidentState stage = IncidentState::Assessed;
        if (action == IncidentAction::Contain)
            stage = IncidentState::UnitNotified;
        else if (action == IncidentAction::RecordFacts)
            stage = IncidentState::Escalated;
        else if (action == IncidentAction::Assess)
            stage = IncidentState::Investigating;
        else if (action == IncidentAction::Close)
            stage = IncidentState::Prevention;
        const qint64 id = w.incidentAt(stage);
        if (action == IncidentAction::Close)
            w.escalateAll(id); // nothing else is missing: closing succeeds when allowed
        const int denied = w.journalCount(JournalAction::Denied);
        const int updates = w.journalCount(JournalAction::Update);
        const Error e = errorOf([&] { perform(w, action, id, sessions.value(who)); });
        if (allowed) {
            QVERIFY2(e.code() == ErrorCode::Internal, qPrintable(e.message())); // no error
            QCOMPARE(w.journalCount(JournalAction::Denied), denied);
        } else {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
            QCOMPARE(w.journalCount(JournalAction::Denied), denied + 1);
            QCOMPARE(w.journalCount(JournalAction::Update), updates);
        }
    }

    void escalationChain_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("shiraoka") << QStringLiteral("shiraoka")
                                  << QStringList{QStringLiteral("総括保護管理者"), QStringLiteral("市長")};
        QTest::newRow("muko") << QStringLiteral("muko")
                              << QStringList{QStringLiteral("総括責任者"), QStringLiteral("最高総括責任者"), QStringLiteral("市長")};
    }
    void escalationChain()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, titles);
        World w(preset);
        const qint64 id = w.incidentAt(IncidentState::Contained);
        QStringList recorded;
        for (int step = 1; step <= titles.size(); ++step) {
            // Only the sender of this step may record it: try the others first.
            const Session sender = w.nextSender(id);
            for (const Session& s : {w.manager, w.coord, w.exec, w.staff, w.otherManager}) {
                if (s.accountId() == sender.accountId())
                    continue;
                QCOMPARE(errorOf([&] { w.svc.escalate(s, id, ContactMethod::Phone, w.now()); }).code(),
                         ErrorCode::PermissionDenied);
            }
            const Incident i = w.svc.escalate(sender, id, ContactMethod::Phone, w.now(), QStringLiteral("第一報"));
            QCOMPARE(i.escalations.size(), step);
            QCOMPARE(i.escalations.constLast().recordedBy, sender.accountId());
            QCOMPARE(i.escalations.constLast().method, ContactMethod::Phone);
            QCOMPARE(i.escalations.constLast().informedAt, w.now());
            recorded << i.escalations.constLast().recipientTitle;
            QCOMPARE(i.state, IncidentState::Escalated);
            QCOMPARE(IncidentService::missingForClose(i).contains(QStringLiteral("mayor_informed")), step < titles.size());
        }
        QCOMPARE(recorded, titles);
        const Error done = errorOf([&] { w.svc.escalate(w.exec, id, ContactMethod::Phone, w.now()); });
        QCOMPARE(done.code(), ErrorCode::Conflict);
    }

    void escalationTimes()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Contained);
        const Incident i = w.svc.get(w.exec, id);
        for (const QDateTime& bad : {QDateTime(), w.now().addSecs(60), i.awareAt.addSecs(-1)})
            QCOMPARE(errorOf([&] { w.svc.escalate(w.manager, id, ContactMethod::Phone, bad); }).field(),
                     QStringLiteral("informed_at"));
        w.svc.escalate(w.manager, id, ContactMethod::Phone, w.now().addSecs(-600));
        // The next step cannot be before the previous one.
        QCOMPARE(errorOf([&] { w.svc.escalate(w.exec, id, ContactMethod::Phone, w.now().addSecs(-601)); }).field(),
                 QStringLiteral("informed_at"));
    }

    void containmentInput()
    {
        World w;
        const qint64 id = w.reportOne();
        QCOMPARE(errorOf([&] { w.svc.addContainment(w.manager, id, QString(), w.now()); }).field(), QStringLiteral("action"));
        QCOMPARE(errorOf([&] { w.svc.addContainment(w.manager, id, QStringLiteral("切断"), w.now().addSecs(1)); }).field(),
                 QStringLiteral("done_at"));
        QCOMPARE(errorOf([&] { w.svc.addContainment(w.manager, id, QStringLiteral("切断"), w.now().addDays(-1)); }).field(),
                 QStringLiteral("done_at"));
        w.svc.addContainment(w.manager, id, QStringLiteral("端末をネットワークから切断"), w.now().addSecs(-60));
        const Incident i = w.svc.addContainment(w.manager, id, QStringLiteral("アカウント停止"), w.now());
        QCOMPARE(i.containment.size(), 2);
        QCOMPARE(i.containment.constFirst().action, QStringLiteral("端末をネットワークから切断"));
        QCOMPARE(i.state, IncidentState::Contained);
    }

    void factsInput_data()
    {
        QTest::addColumn<int>("kase");
        QTest::addColumn<QString>("field");
        QTest::newRow("no summary") << 0 << QStringLiteral("summary");
        QTest::newRow("negative persons") << 1 << QStringLiteral("persons");
        QTest::newRow("secondary damage without details") << 2 << QStringLiteral("secondary_damage_details");
        QTest::newRow("occurred in the future") << 3 << QStringLiteral("occurred_on");
        QTest::newRow("occurred after awareness") << 4 << QStringLiteral("occurred_on");
        QTest::newRow("unknown file") << 5 << QStringLiteral("files");
        QTest::newRow("awareness in the future") << 6 << QStringLiteral("aware_at");
        QTest::newRow("unknown aware person") << 7 << QStringLiteral("aware_person");
    }
    void factsInput()
    {
        QFETCH(int, kase);
        QFETCH(QString, field);
        World w;
        const qint64 id = w.incidentAt(IncidentState::Escalated);
        IncidentDetails d = w.details();
        QDateTime aware;
        std::optional<qint64> awarePerson;
        switch (kase) {
        case 0: d.summary.clear(); break;
        case 1: d.persons = -1; break;
        case 2: d.secondaryDamage = true; break;
        case 3: d.occurredOn = QDate(2025, 11, 24); break;
        case 4: aware = w.now().addDays(-3); d.occurredOn = QDate(2025, 11, 22); break;
        case 5: d.fileIds = {999}; break;
        case 6: aware = w.now().addSecs(3600); break;
        case 7: awarePerson = 999; break;
        }
        const Error e = errorOf([&] { w.svc.recordFacts(w.manager, id, d, aware, awarePerson); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), field);
        const Incident i = w.svc.get(w.exec, id);
        QCOMPARE(i.state, IncidentState::Escalated);
        QCOMPARE(i.factsVersion, 0);
    }

    // Facts change, each assessment is kept, and the journal names fields, never values.
    void reassessment()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed);
        Incident i = w.svc.get(w.exec, id);
        QCOMPARE(i.assessments.size(), 1);
        QVERIFY(!i.latestAssessment()->result.anyReportable());
        QCOMPARE(i.latestAssessment()->factsVersion, i.factsVersion);

        IncidentDetails d = w.details(150, true);
        d.improperPurpose = true;
        i = w.svc.recordFacts(w.manager, id, d);
        QCOMPARE(i.state, IncidentState::Assessed); // facts change without leaving the stage
        QVERIFY(IncidentService::missingForClose(i).contains(QStringLiteral("reassessment")));
        i = w.svc.assess(w.coord, id);
        QCOMPARE(i.assessments.size(), 2);
        QVERIFY(!IncidentService::missingForClose(i).contains(QStringLiteral("reassessment")));
        const IncidentAssessment& a = *i.latestAssessment();
        QCOMPARE(a.result.appi.groundIds(), (QStringList{QStringLiteral("appi-43-3"), QStringLiteral("appi-43-4")}));
        QCOMPARE(a.result.myNumber.groundIds(), (QStringList{QStringLiteral("mynumber-2-2"), QStringLiteral("mynumber-2-4")}));
        // Aware 2025-11-23 (Sun) 07:00 UTC: day 5 is Thu 11/27; day 60 is 2026-01-21.
        QCOMPARE(a.result.appi.preliminaryDue, QDate(2025, 11, 27));
        QCOMPARE(a.result.appi.finalDue, QDate(2026, 1, 21));
        QCOMPARE(a.result.appi.grounds.constFirst().legalBasis, Reportability::legalBasis(QStringLiteral("appi-43-3")));
        QCOMPARE(a.facts.persons, qint64(150));
        QVERIFY(a.facts.myNumber);
        QCOMPARE(a.assessedBy, w.coord.accountId());
        // The first assessment is unchanged.
        QVERIFY(!i.assessments.constFirst().result.anyReportable());
        QCOMPARE(i.assessments.constFirst().facts.persons, qint64(5));

        JournalFilter f;
        f.entity = QStringLiteral("incident");
        for (const JournalEntry& e : w.tc.file().journal().page(f, 0, 1000)) {
            QVERIFY2(!e.summary.contains(QStringLiteral("窓口")), qPrintable(e.summary));
            QVERIFY2(!e.summary.contains(QStringLiteral("氏名")), qPrintable(e.summary));
        }
        QVERIFY(w.tc.file().journal().page(f, 0, 1000).constFirst().summary.contains(QStringLiteral("reportable")));
    }

    // Unchanged facts do not ask for a re-assessment.
    void unchangedFactsKeepTheAssessment()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed);
        const Incident i = w.svc.recordFacts(w.manager, id, w.details());
        QCOMPARE(i.factsVersion, 1);
        QVERIFY(!IncidentService::missingForClose(i).contains(QStringLiteral("reassessment")));
    }

    void ordinanceSetting()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Investigating);
        IncidentDetails d = w.details();
        d.ordinanceSensitive = true;
        w.svc.recordFacts(w.manager, id, d);
        QVERIFY(!w.svc.assess(w.manager, id).latestAssessment()->result.appi.reportable);
        QCOMPARE(errorOf([&] { w.svc.setOrdinanceDefinesSensitive(w.manager, true); }).code(), ErrorCode::PermissionDenied);
        w.svc.setOrdinanceDefinesSensitive(w.admin(), true);
        QVERIFY(w.svc.ordinanceDefinesSensitive());
        const Incident i = w.svc.assess(w.manager, id);
        QCOMPARE(i.latestAssessment()->result.appi.groundIds(), QStringList{QStringLiteral("appi-43-5")});
    }

    void reports()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed, 150);
        // The final report needs the preliminary one first.
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, w.report(Regime::Appi, ReportKind::Final)); }).field(),
                 QStringLiteral("kind"));
        // No My Number report without My Numbers in the assessed facts.
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, w.report(Regime::MyNumber, ReportKind::Preliminary)); }).field(),
                 QStringLiteral("regime"));
        PpcReport early = w.report(Regime::Appi, ReportKind::Preliminary);
        early.submittedOn = QDate(2025, 11, 22);
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, early); }).field(), QStringLiteral("submitted_on"));
        PpcReport future = w.report(Regime::Appi, ReportKind::Preliminary);
        future.submittedOn = QDate(2025, 11, 24);
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, future); }).field(), QStringLiteral("submitted_on"));
        PpcReport blank = w.report(Regime::Appi, ReportKind::Preliminary);
        blank.items.summary.clear();
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, blank); }).field(), QStringLiteral("summary"));

        // The next report due moves from the 速報 (day 5) to the 確報 (day 30) to none.
        std::optional<DueReport> next = IncidentService::nextReportDue(w.svc.get(w.exec, id));
        QVERIFY(next);
        QCOMPARE(next->kind, ReportKind::Preliminary);
        QCOMPARE(next->due, QDate(2025, 11, 27));

        // A 速報 may leave unknown items blank.
        Incident i = w.svc.fileReport(w.coord, id, w.report(Regime::Appi, ReportKind::Preliminary));
        next = IncidentService::nextReportDue(i);
        QVERIFY(next);
        QCOMPARE(next->kind, ReportKind::Final);
        QCOMPARE(next->regime, Regime::Appi);
        QCOMPARE(next->due, QDate(2025, 12, 22));
        const PpcReport* prelim = i.report(Regime::Appi, ReportKind::Preliminary);
        QVERIFY(prelim);
        QCOMPARE(prelim->grounds, QStringList{QStringLiteral("appi-43-4")});
        QCOMPARE(prelim->submittedBy, w.coord.accountId());
        QVERIFY(!prelim->items.persons);
        QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, w.report(Regime::Appi, ReportKind::Preliminary)); }).code(),
                 ErrorCode::Conflict);

        // A 確報 needs all nine items.
        const QStringList fields{QStringLiteral("data_items"), QStringLiteral("persons"), QStringLiteral("cause"),
                                 QStringLiteral("secondary_damage"), QStringLiteral("individual_response"),
                                 QStringLiteral("publication"), QStringLiteral("prevention"), QStringLiteral("other")};
        for (int k = 0; k < fields.size(); ++k) {
            PpcReport r = w.report(Regime::Appi, ReportKind::Final);
            QString* texts[] = {&r.items.dataItems, nullptr, &r.items.cause, &r.items.secondaryDamage,
                                &r.items.individualResponse, &r.items.publication, &r.items.prevention, &r.items.other};
            if (texts[k])
                texts[k]->clear();
            else
                r.items.persons.reset();
            QCOMPARE(errorOf([&] { w.svc.fileReport(w.exec, id, r); }).field(), fields[k]);
        }
        i = w.svc.fileReport(w.exec, id, w.report(Regime::Appi, ReportKind::Final));
        QCOMPARE(*i.report(Regime::Appi, ReportKind::Final)->items.persons, qint64(150));
        QCOMPARE(i.reports.size(), 2);
        QVERIFY(!IncidentService::nextReportDue(i));
    }

    void notices()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed, 150);
        IndividualNotice n = w.notice(100);
        n.method.reset();
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, n); }).field(), QStringLiteral("method"));
        n = w.notice(100);
        n.groupLabel.clear();
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, n); }).field(), QStringLiteral("group"));
        n = w.notice(-1);
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, n); }).field(), QStringLiteral("persons"));
        n = w.notice(100);
        n.notifiedAt = w.now().addSecs(60);
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, n); }).field(), QStringLiteral("notified_at"));
        n = w.notice(100);
        n.notifiedBy = 999;
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, n); }).field(), QStringLiteral("notified_by"));
        IndividualNotice sub;
        sub.kind = NoticeKind::Substitute;
        sub.groupLabel = QStringLiteral("連絡先不明の者");
        sub.persons = 50;
        sub.notifiedAt = w.now();
        QCOMPARE(errorOf([&] { w.svc.addNotice(w.manager, id, sub); }).field(), QStringLiteral("description"));

        Incident i = w.svc.addNotice(w.manager, id, w.notice(100));
        QVERIFY(IncidentService::missingForClose(i).contains(QStringLiteral("notices"))); // 100 of 150
        sub.description = QStringLiteral("ホームページで公表し、問合せ窓口を設置");
        i = w.svc.addNotice(w.coord, id, sub);
        QVERIFY(!IncidentService::missingForClose(i).contains(QStringLiteral("notices")));
        QCOMPARE(i.notices.size(), 2);
        QCOMPARE(*i.notices.constFirst().method, ContactMethod::Post);
        QCOMPARE(i.notices.constFirst().notifiedAt, w.now());
        QCOMPARE(i.notices.constLast().kind, NoticeKind::Substitute);
    }

    void publication()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed);
        Publication p;
        QCOMPARE(errorOf([&] { w.svc.decidePublication(w.exec, id, p); }).field(), QStringLiteral("decision"));
        p.decision = PublicationDecision::DoNotPublish;
        p.decidedOn = QDate(2025, 11, 23);
        p.publishedOn = QDate(2025, 11, 23);
        QCOMPARE(errorOf([&] { w.svc.decidePublication(w.exec, id, p); }).field(), QStringLiteral("published_on"));
        p.decision = PublicationDecision::Publish;
        p.decidedOn = QDate(2025, 11, 24);
        QCOMPARE(errorOf([&] { w.svc.decidePublication(w.exec, id, p); }).field(), QStringLiteral("decided_on"));
        p.decidedOn = QDate(2025, 11, 23);
        p.ppcSecretariatInformedOn = QDate(2025, 11, 1);
        QCOMPARE(errorOf([&] { w.svc.decidePublication(w.exec, id, p); }).field(),
                 QStringLiteral("ppc_secretariat_informed_on"));
        p.ppcSecretariatInformedOn = QDate(2025, 11, 23);
        const Incident i = w.svc.decidePublication(w.exec, id, p);
        QCOMPARE(i.publication.decision, PublicationDecision::Publish);
        QCOMPARE(i.publication.publishedOn, QDate(2025, 11, 23));
        QCOMPARE(*i.publication.decidedBy, w.exec.accountId());
        QCOMPARE(i.publication.ppcSecretariatInformedOn, QDate(2025, 11, 23));
    }

    void prevention()
    {
        World w;
        const qint64 id = w.incidentAt(IncidentState::Assessed);
        PreventionMeasure m = w.measure();
        m.description.clear();
        QCOMPARE(errorOf([&] { w.svc.addPreventionMeasure(w.manager, id, m); }).field(), QStringLiteral("description"));
        m = w.measure();
        m.ownerPerson = 999;
        QCOMPARE(errorOf([&] { w.svc.addPreventionMeasure(w.manager, id, m); }).field(), QStringLiteral("owner"));
        m = w.measure();
        m.dueOn = QDate();
        QCOMPARE(errorOf([&] { w.svc.addPreventionMeasure(w.manager, id, m); }).field(), QStringLiteral("due_on"));
        m = w.measure();
        m.sharedWithSections = {999};
        QCOMPARE(errorOf([&] { w.svc.addPreventionMeasure(w.manager, id, m); }).field(), QStringLiteral("shared_with"));
        QCOMPARE(w.svc.get(w.exec, id).state, IncidentState::Assessed);

        Incident i = w.svc.addPreventionMeasure(w.manager, id, w.measure());
        QCOMPARE(i.state, IncidentState::Prevention);
        QCOMPARE(i.measures.size(), 1);
        QCOMPARE(i.measures.constFirst().sharedWithSections, QList<qint64>{w.other});
        i = w.svc.updatePreventionMeasure(w.manager, id, i.measures.constFirst().id, MeasureStatus::Done, {w.own, w.other});
        QCOMPARE(i.measures.constFirst().status, MeasureStatus::Done);
        QCOMPARE(i.measures.constFirst().sharedWithSections, (QList<qint64>{w.own, w.other}));
        QCOMPARE(errorOf([&] { w.svc.updatePreventionMeasure(w.manager, id, 999, MeasureStatus::Done, {}); }).code(),
                 ErrorCode::NotFound);
    }

    // What the refusal to close lists, scenario by scenario.
    void closeRefusal_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("missing");
        auto row = [](const char* name, const char* missing) {
            QTest::newRow(name) << QString::fromLatin1(name)
                                << QString::fromLatin1(missing).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        row("just reported", "mayor_informed assessment prevention");
        row("not reportable, mayor not told", "mayor_informed");
        row("not reportable, complete", "");
        row("appi, nothing filed", "appi_preliminary appi_final notices");
        row("appi, preliminary and notices", "appi_final");
        row("appi, all filed, notices short", "notices");
        row("appi, all filed, notices short, substitute", "");
        row("appi, complete", "");
        row("facts changed after assessment", "reassessment");
        row("both regimes, appi filed", "my_number_preliminary my_number_final");
        row("both regimes, complete", "");
    }
    void closeRefusal()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, missing);
        World w;
        const bool reported = scenario == QLatin1String("just reported");
        const bool appi = scenario.startsWith(QLatin1String("appi")) || scenario.startsWith(QLatin1String("both"));
        const bool both = scenario.startsWith(QLatin1String("both"));
        const qint64 id = reported ? w.reportOne()
                                   : w.incidentAt(IncidentState::Prevention, appi ? 150 : 5, both);
        if (!scenario.contains(QLatin1String("mayor not told")) && !reported)
            w.escalateAll(id);
        auto file = [&](Regime r) {
            w.svc.fileReport(w.exec, id, w.report(r, ReportKind::Preliminary));
            w.svc.fileReport(w.exec, id, w.report(r, ReportKind::Final));
        };
        if (scenario.contains(QLatin1String("preliminary and notices"))) {
            w.svc.fileReport(w.exec, id, w.report(Regime::Appi, ReportKind::Preliminary));
            w.svc.addNotice(w.manager, id, w.notice(150));
        }
        if (scenario.contains(QLatin1String("all filed")) || scenario.contains(QLatin1String("complete")) ||
            scenario.contains(QLatin1String("appi filed")))
            if (appi)
                file(Regime::Appi);
        if (scenario == QLatin1String("both regimes, complete"))
            file(Regime::MyNumber);
        if (scenario.contains(QLatin1String("notices short")))
            w.svc.addNotice(w.manager, id, w.notice(149));
        if (scenario.contains(QLatin1String("substitute"))) {
            IndividualNotice sub;
            sub.kind = NoticeKind::Substitute;
            sub.groupLabel = QStringLiteral("連絡先不明の者");
            sub.persons = 1;
            sub.notifiedAt = w.now();
            sub.description = QStringLiteral("公表と問合せ窓口の設置");
            w.svc.addNotice(w.coord, id, sub);
        }
        if (appi && (scenario.endsWith(QLatin1String("complete")) || scenario.contains(QLatin1String("both regimes, appi"))))
            w.svc.addNotice(w.manager, id, w.notice(150));
        if (scenario.contains(QLatin1String("facts changed")))
            w.svc.recordFacts(w.manager, id, w.details(6));

        QCOMPARE(IncidentService::missingForClose(w.svc.get(w.exec, id)), missing);
        const Incident before = w.svc.get(w.exec, id);
        if (missing.isEmpty()) {
            const Incident closed = w.svc.close(w.exec, id);
            QCOMPARE(closed.state, IncidentState::Closed);
            QCOMPARE(*closed.closedBy, w.exec.accountId());
            QCOMPARE(closed.closedAt, w.now());
            // A closed incident takes nothing more.
            QCOMPARE(errorOf([&] { w.svc.close(w.exec, id); }).code(), ErrorCode::Conflict);
            QVERIFY(w.svc.list(w.exec, IncidentFilter{true, std::nullopt, std::nullopt}).isEmpty());
        } else {
            const Error e = errorOf([&] { w.svc.close(w.exec, id); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QCOMPARE(e.detail(), missing.join(QLatin1Char(',')));
            for (const QString& key : missing)
                QVERIFY2(e.message().contains(IncidentService::describeMissing(key)), qPrintable(e.message()));
            QCOMPARE(w.svc.get(w.exec, id).state, before.state);
        }
    }

    void carryOutLostOpensAnIncident()
    {
        World w;
        CarryOut c;
        c.sectionId = w.own;
        c.requestedBy = w.person;
        c.itemType = CarryOutItemType::Other;
        c.description = QStringLiteral("訪問調査票");
        c.recordCount = 12;
        c.purpose = QStringLiteral("訪問調査");
        c.destination = QStringLiteral("東町公民館");
        c.plannedOutOn = QDate(2025, 11, 23);
        c.plannedReturnOn = QDate(2025, 11, 25);
        CarryOutService& co = w.tc.file().carryOuts();
        c = co.request(w.handler, c);
        co.approve(w.manager, c.id);
        co.markOut(w.handler, c.id, w.now());
        QVERIFY(!w.svc.incidentForCarryOut(c.id));
        co.markLost(w.handler, c.id, QStringLiteral("電車内で紛失"));
        const std::optional<qint64> incidentId = w.svc.incidentForCarryOut(c.id);
        QVERIFY(incidentId);
        const Incident i = w.svc.get(w.manager, *incidentId);
        QCOMPARE(i.state, IncidentState::UnitNotified);
        QCOMPARE(i.sectionId, w.own);
        QCOMPARE(*i.carryOutId, c.id);
        QCOMPARE(i.details.leakType, LeakType::Loss);
        QCOMPARE(i.details.medium, LeakMedium::Electronic);
        QCOMPARE(i.details.persons, qint64(12));
        QVERIFY(i.details.summary.contains(c.controlNo));
        QCOMPARE(i.reportedByAccount, w.handler.accountId());
        QCOMPARE(i.awareAt, w.now());
    }

    void listAndGet()
    {
        World w;
        const qint64 open = w.incidentAt(IncidentState::Contained);
        IncidentReport r;
        r.sectionId = w.other;
        r.summary = QStringLiteral("税務課の誤送付");
        const qint64 elsewhere = w.svc.report(w.staff, r).id;
        const qint64 closed = w.incidentAt(IncidentState::Closed);

        auto ids = [](const QList<Incident>& list) {
            QList<qint64> out;
            for (const Incident& i : list)
                out << i.id;
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(ids(w.svc.list(w.exec)), (QList<qint64>{open, elsewhere, closed}));
        QCOMPARE(ids(w.svc.list(w.exec, IncidentFilter{true, std::nullopt, std::nullopt})), (QList<qint64>{open, elsewhere}));
        QCOMPARE(ids(w.svc.list(w.manager)), (QList<qint64>{open, closed}));
        QCOMPARE(ids(w.svc.list(w.exec, IncidentFilter{false, w.other, std::nullopt})), QList<qint64>{elsewhere});
        QCOMPARE(ids(w.svc.list(w.exec, IncidentFilter{false, std::nullopt, IncidentState::Contained})),
                 QList<qint64>{open});
        QCOMPARE(ids(w.svc.list(w.auditor)).size(), 3);
        // Staff hold no right to read the section's personal data.
        const int denied = w.journalCount(JournalAction::Denied);
        QCOMPARE(errorOf([&] { w.svc.list(w.staff); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { w.svc.get(w.manager, elsewhere); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(w.journalCount(JournalAction::Denied), denied + 2);
        QCOMPARE(errorOf([&] { w.svc.get(w.exec, 999); }).code(), ErrorCode::NotFound);
        const int views = w.journalCount(JournalAction::View);
        w.svc.get(w.manager, open);
        QCOMPARE(w.journalCount(JournalAction::View), views + 1);
    }

    void incidentNumbersCount()
    {
        World w;
        QCOMPARE(w.svc.get(w.exec, w.reportOne()).incidentNo, QStringLiteral("IN-2025-000001"));
        QCOMPARE(w.svc.get(w.exec, w.reportOne()).incidentNo, QStringLiteral("IN-2025-000002"));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
