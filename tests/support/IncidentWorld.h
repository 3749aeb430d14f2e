#pragma once

// Leak incidents for the form and CLI tests, driven through IncidentService by the officers
// allowed to, in the escalation chain of the case file's preset. Header-only, like CarryOutWorld.
#include "TestCase.h"

#include "custody/PersonalInfoFileService.h"
#include "incidents/IncidentService.h"
#include "organisation/PersonService.h"

namespace mamori::test {

struct IncidentWorld {
    qint64 own = 0, other = 0; // 0101 保険年金課, 0102 税務課
    Session manager, otherManager, exec, coord, staff;
    qint64 person = 0;         // 担当 一郎, of the own section
    // IN-2025-000001, own section: a mail sent to the wrong address with 150 persons' My Numbers.
    // Reportable under both regimes (appi-43-4; mynumber-2-1, mynumber-2-4); the whole chain
    // informed; both 速報 filed on 11-21, the APPI 確報 on 12-10; two groups notified (the first
    // with the number-change guidance), one substitute measure; published; one prevention measure.
    qint64 full = 0;
    // IN-2025-000002, own section: just reported, nothing else.
    qint64 fresh = 0;
};

inline IncidentWorld makeIncidentWorld(TempCase& tc)
{
    IncidentWorld w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
    w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    auto session = [&](const QString& login, const QString& name, Role role, std::optional<qint64> section) {
        const qint64 id = tc.addAccount(login, role, section);
        return Session(id, login, name, {{role, isSectionScoped(role) ? section : std::nullopt}}, false);
    };
    w.manager = session(QStringLiteral("hoken.kacho"), QStringLiteral("hoken.kacho"), Role::UnitManager, w.own);
    w.otherManager = session(QStringLiteral("zeimu.kacho"), QStringLiteral("zeimu.kacho"), Role::UnitManager, w.other);
    w.exec = session(QStringLiteral("fuku.shicho"), QStringLiteral("fuku.shicho"), Role::ExecutiveOwner, std::nullopt);
    w.coord = session(QStringLiteral("somu.bucho"), QStringLiteral("somu.bucho"), Role::ProgramCoordinator, std::nullopt);
    w.staff = session(QStringLiteral("hoken.staff"), QStringLiteral("hoken.staff"), Role::Staff, w.own);
    CaseFile& file = tc.file();
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("担当 一郎");
    p.kana = QStringLiteral("タントウ イチロウ");
    p.sectionId = w.own;
    w.person = file.people().add(tc.admin(), p).id;
    PersonalInfoFile pif;
    pif.fileNo = QStringLiteral("0101-003");
    pif.name = QStringLiteral("国民健康保険被保険者ファイル");
    pif.sectionId = w.own;
    pif.purpose = QStringLiteral("国民健康保険の資格管理");
    pif.containsMyNumber = true;
    pif.personCount = 18200;
    const qint64 pifId = file.files().create(w.manager, pif).id;

    FakeClock& clock = tc.clock();
    auto at = [&clock](int month, int day, int hour, int minute = 0) {
        clock.set(QDateTime(QDate(2025, month, day), QTime(hour, minute), Qt::UTC));
        return clock.now();
    };
    IncidentService svc(file);
    at(11, 20, 10);
    IncidentReport r;
    r.sectionId = w.own;
    r.awareAt = QDateTime(QDate(2025, 11, 20), QTime(9, 15), Qt::UTC);
    r.awarePerson = w.person;
    r.summary = QStringLiteral("被保険者証の送付案内を別人のメールアドレスに送信した");
    w.full = svc.report(w.staff, r).id;
    at(11, 20, 11);
    svc.addContainment(w.manager, w.full, QStringLiteral("誤送信先に削除を依頼し、削除の報告を受けた"),
                       QDateTime(QDate(2025, 11, 20), QTime(10, 30), Qt::UTC));
    svc.escalate(w.manager, w.full, ContactMethod::InPerson, clock.now(), QStringLiteral("課長から直接報告"));
    IncidentDetails d;
    d.summary = QStringLiteral("国民健康保険被保険者150人分の一覧表（個人番号を含む）を、"
                               "委託先あてのメールで誤った宛先に送信した。");
    d.leakType = LeakType::Leak;
    d.suspected = false;
    d.medium = LeakMedium::Electronic;
    d.dataItems = QStringLiteral("氏名、住所、生年月日、個人番号、被保険者番号");
    d.persons = 150;
    d.myNumber = true;
    d.myNumberSystem = true;
    d.cause = QStringLiteral("送信前の宛先確認を怠った。<暗号化なし>");
    d.occurredOn = QDate(2025, 11, 19);
    d.howDetected = QStringLiteral("誤送信先からの電話連絡で発覚");
    d.fileIds = {pifId};
    svc.recordFacts(w.manager, w.full, d);
    at(11, 20, 14);
    svc.assess(w.manager, w.full);
    // The rest of the chain, each step recorded by the officer told in the step before.
    at(11, 20, 15);
    const QList<EscalationTarget> chain = svc.escalationChain();
    for (int step = 2; step <= chain.size(); ++step) {
        const Role sender = EscalationChain::senderOf(chain, step);
        svc.escalate(sender == Role::ProgramCoordinator ? w.coord : w.exec, w.full, ContactMethod::Document, clock.now());
    }

    at(11, 21, 16);
    PpcReport report;
    report.kind = ReportKind::Preliminary;
    report.submittedOn = QDate(2025, 11, 21);
    report.items.summary = QStringLiteral("被保険者一覧表をメールで誤送信した。");
    report.items.dataItems = QStringLiteral("氏名、住所、生年月日、個人番号、被保険者番号");
    report.items.persons = 150;
    report.contact = QStringLiteral("テスト市 総務課 個人情報保護係（電話 000-000-0000）");
    for (Regime regime : {Regime::Appi, Regime::MyNumber}) {
        report.regime = regime;
        svc.fileReport(w.exec, w.full, report);
    }
    Publication pub;
    pub.decision = PublicationDecision::Publish;
    pub.decidedOn = QDate(2025, 11, 21);
    pub.reason = QStringLiteral("個人番号を含むため");
    pub.publishedOn = QDate(2025, 11, 21);
    svc.decidePublication(w.exec, w.full, pub);

    at(11, 22, 12);
    IndividualNotice n;
    n.groupLabel = QStringLiteral("国民健康保険被保険者（一覧表に記載の世帯）");
    n.persons = 142;
    n.method = ContactMethod::Post;
    n.notifiedAt = QDateTime(QDate(2025, 11, 22), QTime(10, 0), Qt::UTC);
    n.notifiedBy = w.person;
    n.numberChangeGuidance = true;
    svc.addNotice(w.manager, w.full, n);
    n.groupLabel = QStringLiteral("転出済みの被保険者");
    n.persons = 5;
    n.method = ContactMethod::Phone;
    n.notifiedAt = QDateTime(QDate(2025, 11, 22), QTime(11, 0), Qt::UTC);
    n.numberChangeGuidance = false;
    svc.addNotice(w.manager, w.full, n);
    IndividualNotice substitute;
    substitute.kind = NoticeKind::Substitute;
    substitute.groupLabel = QStringLiteral("連絡先不明の被保険者");
    substitute.persons = 3;
    substitute.notifiedAt = clock.now();
    substitute.description = QStringLiteral("ホームページでの公表及び問合せ窓口の設置");
    svc.addNotice(w.manager, w.full, substitute);

    PreventionMeasure m;
    m.description = QStringLiteral("個人番号を含むファイルのメール送信を禁止し、庁内の受け渡しに限る");
    m.ownerPerson = w.person;
    m.dueOn = QDate(2025, 12, 26);
    m.sharedWithSections = {w.other};
    svc.addPreventionMeasure(w.manager, w.full, m);

    at(12, 10, 9);
    report.regime = Regime::Appi;
    report.kind = ReportKind::Final;
    report.submittedOn = QDate(2025, 12, 10);
    report.items.cause = QStringLiteral("送信前の宛先確認を怠った。");
    report.items.secondaryDamage = QStringLiteral("なし（誤送信先で削除済み）");
    report.items.individualResponse = QStringLiteral("147人に通知、3人はホームページで公表");
    report.items.publication = QStringLiteral("令和7年11月21日 ホームページで公表");
    report.items.prevention = QStringLiteral("個人番号を含むファイルのメール送信を禁止");
    report.items.other = QStringLiteral("警察への相談は不要と判断した。");
    report.otherBodies = QString();
    svc.fileReport(w.exec, w.full, report);

    IncidentReport second;
    second.sectionId = w.own;
    second.awareAt = QDateTime(QDate(2025, 12, 10), QTime(8, 0), Qt::UTC);
    second.summary = QStringLiteral("窓口で申請書の控えを取り違えた");
    w.fresh = svc.report(w.staff, second).id;

    clock.set(QDateTime(QDate(2025, 12, 11), QTime(9, 0), Qt::UTC));
    return w;
}

} // namespace mamori::test
