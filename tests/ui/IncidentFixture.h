#pragma once
// A small city for the incident GUI tests: the custody world (two sections, their unit
// managers, a handler, people, a My Number file) plus the executive owner (総括保護管理者, who
// receives step 1 and informs the mayor in step 2 of the shiraoka chain, files the PPC reports
// and closes) and a staff member with no screens. Helpers drive incidents through core with
// explicit Sessions, so that the case file can be open as whoever the screen under test acts for.
#include "CustodyFixture.h"

#include "incidents/IncidentService.h"

namespace mamori::test {

struct IncidentWorld : CustodyWorld {
    Session exec, staff;

    explicit IncidentWorld(TempCase& tc) : CustodyWorld(tc) {
        const qint64 e = tc.addAccount(QStringLiteral("exec"), Role::ExecutiveOwner);
        const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, own);
        exec = Session(e, QStringLiteral("exec"), QStringLiteral("exec"), {{Role::ExecutiveOwner, std::nullopt}}, false);
        staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, own}}, false);
    }

    static IncidentService service(TempCase& tc) { return IncidentService(tc.file()); }

    // Reported by the staff member two hours before the fake clock's now (2025-11-23 09:00 UTC).
    Incident reportOne(TempCase& tc, const QString& summary, std::optional<qint64> section = std::nullopt) const {
        IncidentReport r;
        r.sectionId = section.value_or(own);
        r.awareAt = tc.clock().now().addSecs(-2 * 3600);
        r.summary = summary;
        return service(tc).report(staff, r);
    }

    // 150 persons with My Numbers and sensitive data: reportable under both regimes
    // (appi-43-1, appi-43-4; mynumber-2-4), both 速報 due on 2025-11-27.
    static IncidentDetails reportableFacts() {
        IncidentDetails d;
        d.summary = QStringLiteral("児童手当の通知書を別世帯に誤送付した");
        d.leakType = LeakType::Leak;
        d.suspected = false;
        d.medium = LeakMedium::Paper;
        d.dataItems = QStringLiteral("氏名、住所、個人番号、手当額");
        d.persons = 150;
        d.sensitive = true;
        d.myNumber = true;
        d.cause = QStringLiteral("封入時の照合漏れ");
        return d;
    }

    // Contained, escalated to step 1, facts recorded and assessed by the unit manager.
    Incident assessed(TempCase& tc, const QString& summary) const {
        IncidentService svc = service(tc);
        const qint64 id = reportOne(tc, summary).id;
        svc.addContainment(manager, id, QStringLiteral("発送を停止"), tc.clock().now().addSecs(-3600));
        svc.escalate(manager, id, ContactMethod::Phone, tc.clock().now().addSecs(-1800));
        svc.recordFacts(manager, id, reportableFacts());
        return svc.assess(manager, id);
    }

    PpcReport ppcReport(Regime regime, ReportKind kind) const {
        PpcReport r;
        r.regime = regime;
        r.kind = kind;
        r.submittedOn = QDate(2025, 11, 23);
        r.items.summary = QStringLiteral("通知書の誤送付");
        r.items.dataItems = QStringLiteral("氏名、住所、個人番号");
        r.items.persons = 150;
        r.items.cause = QStringLiteral("照合漏れ");
        r.items.secondaryDamage = QStringLiteral("なし");
        r.items.individualResponse = QStringLiteral("全員に通知");
        r.items.publication = QStringLiteral("公表済み");
        r.items.prevention = QStringLiteral("二人での照合");
        r.items.other = QStringLiteral("特になし");
        return r;
    }

    // An assessed incident brought to CLOSED by the officers allowed to.
    Incident closed(TempCase& tc, const QString& summary) const {
        IncidentService svc = service(tc);
        const qint64 id = assessed(tc, summary).id;
        svc.escalate(exec, id, ContactMethod::InPerson, tc.clock().now());
        for (Regime r : {Regime::Appi, Regime::MyNumber})
            for (ReportKind k : {ReportKind::Preliminary, ReportKind::Final})
                svc.fileReport(exec, id, ppcReport(r, k));
        IndividualNotice n;
        n.groupLabel = QStringLiteral("誤送付の対象世帯");
        n.persons = 150;
        n.method = ContactMethod::Post;
        n.notifiedAt = tc.clock().now();
        n.numberChangeGuidance = true;
        svc.addNotice(manager, id, n);
        PreventionMeasure m;
        m.description = QStringLiteral("封入時に二人で照合する");
        m.ownerPerson = managerPerson;
        m.dueOn = QDate(2025, 12, 26);
        svc.addPreventionMeasure(manager, id, m);
        return svc.close(exec, id);
    }
};

} // namespace mamori::test
