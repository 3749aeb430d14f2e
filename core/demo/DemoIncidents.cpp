#include "demo/DemoIncidents.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "demo/DemoSessions.h"
#include "incidents/IncidentService.h"

namespace mamori {

namespace {

// Moves an incident along the chain to the mayor: step 1 by the unit manager, step 2 by the
// 総括保護管理者 (the shiraoka preset of the demo).
void informMayor(IncidentService& s, qint64 id, const Session& manager, const Session& executive, const QDateTime& at)
{
    s.escalate(manager, id, ContactMethod::InPerson, at, QStringLiteral("課長から口頭で報告"));
    s.escalate(executive, id, ContactMethod::Document, at.addSecs(3 * 3600), QStringLiteral("事案報告書により報告"));
}

} // namespace

void DemoIncidents::add(CaseFile& cf)
{
    IncidentService s(cf);
    const Session executive = DemoSessions::as(cf, "fukushicho");
    const Session shiminKacho = DemoSessions::as(cf, "shimin.kacho");
    const Session shiminStaff = DemoSessions::as(cf, "shimin.staff");
    const Session fukushiKacho = DemoSessions::as(cf, "fukushi.kacho");
    const Session fukushiHandler = DemoSessions::as(cf, "fukushi.handler");
    const Session zeimuHandler = DemoSessions::as(cf, "zeimu.handler");
    const qint64 shimin = DemoSessions::sectionId(cf, "0201");
    const qint64 zeimu = DemoSessions::sectionId(cf, "0202");
    const qint64 fukushi = DemoSessions::sectionId(cf, "0301");
    const qint64 yamamoto = DemoSessions::person(cf, "D0201-01", "山本 さくら", "ヤマモト サクラ", shimin);
    const qint64 kato = DemoSessions::person(cf, "D0301-01", "加藤 大輔", "カトウ ダイスケ", fukushi);
    const QDateTime now = cf.clock().now();

    // 1. 市民課: a certificate of residence handed to the wrong person at the counter, five weeks
    // ago. One person, nothing sensitive: not reportable; the person was told, a measure taken, closed.
    {
        IncidentReport r;
        r.sectionId = shimin;
        r.awareAt = now.addDays(-35);
        r.awarePerson = yamamoto;
        r.summary = QStringLiteral("住民票の写しの誤交付");
        const qint64 id = s.report(shiminStaff, r).id;
        s.addContainment(shiminKacho, id, QStringLiteral("交付先に連絡し、誤交付した写しを回収"), r.awareAt.addSecs(2 * 3600));
        informMayor(s, id, shiminKacho, executive, r.awareAt.addSecs(4 * 3600));
        IncidentDetails d;
        d.summary = QStringLiteral("窓口で同姓の別人に住民票の写し1通を交付した。同日中に回収済み。");
        d.leakType = LeakType::Leak;
        d.suspected = false;
        d.medium = LeakMedium::Paper;
        d.dataItems = QStringLiteral("氏名、住所、生年月日、性別、世帯主の氏名及び続柄");
        d.persons = 1;
        d.cause = QStringLiteral("交付時に請求書の氏名と生年月日を読み合わせなかったため");
        d.occurredOn = r.awareAt.date();
        d.howDetected = QStringLiteral("本来の請求者からの申出");
        s.recordFacts(shiminKacho, id, d);
        s.assess(shiminKacho, id);
        IndividualNotice n;
        n.groupLabel = QStringLiteral("住民票の写しを誤交付された本人");
        n.persons = 1;
        n.method = ContactMethod::InPerson;
        n.notifiedAt = r.awareAt.addDays(1);
        n.notifiedBy = yamamoto;
        n.description = QStringLiteral("課長及び担当が訪問して経緯を説明し謝罪");
        s.addNotice(shiminKacho, id, n);
        PreventionMeasure m;
        m.description = QStringLiteral("交付時に請求書と写しの氏名・生年月日を2名で読み合わせる");
        m.ownerPerson = yamamoto;
        m.dueOn = r.awareAt.date().addDays(14);
        m.status = MeasureStatus::Planned;
        s.addPreventionMeasure(shiminKacho, id, m);
        const Incident done = s.get(shiminKacho, id);
        s.updatePreventionMeasure(shiminKacho, id, done.measures.first().id, MeasureStatus::Done, {zeimu, fukushi});
        s.close(executive, id);
    }

    // 2. 福祉課: a USB stick with the list of care-plan users lost on a home visit three days
    // ago. 350 persons and health data: reportable under the APPI (43-1 and 43-4); the 速報 is
    // due in two days, notices are under way.
    {
        IncidentReport r;
        r.sectionId = fukushi;
        r.awareAt = now.addDays(-2).addSecs(-5 * 3600);
        r.awarePerson = kato;
        r.summary = QStringLiteral("介護サービス利用者名簿を保存したUSBメモリの紛失");
        const qint64 id = s.report(fukushiHandler, r).id;
        s.addContainment(fukushiKacho, id, QStringLiteral("訪問経路及び立寄り先を捜索、警察に遺失届を提出"), r.awareAt.addSecs(3600));
        informMayor(s, id, fukushiKacho, executive, r.awareAt.addSecs(2 * 3600));
        IncidentDetails d;
        d.summary = QStringLiteral("家庭訪問の帰路、介護サービス利用者名簿を保存したUSBメモリ1個を紛失した。");
        d.leakType = LeakType::Loss;
        d.suspected = true;
        d.medium = LeakMedium::Electronic;
        d.dataItems = QStringLiteral("氏名、住所、電話番号、要介護度、主な疾病名");
        d.persons = 350;
        d.sensitive = true;
        d.cause = QStringLiteral("持出し承認を受けずに暗号化していない私物のUSBメモリに複製して持ち出したため");
        d.occurredOn = r.awareAt.date();
        d.howDetected = QStringLiteral("帰庁後の持出品確認で所在不明が判明");
        s.recordFacts(fukushiKacho, id, d);
        s.assess(fukushiKacho, id);
        IndividualNotice n;
        n.groupLabel = QStringLiteral("介護サービス利用者（名簿掲載者）");
        n.persons = 120;
        n.method = ContactMethod::Post;
        n.notifiedAt = now.addSecs(-3600);
        n.notifiedBy = kato;
        n.description = QStringLiteral("お詫びと経緯の文書を郵送（残り230名は順次送付）");
        s.addNotice(fukushiKacho, id, n);
    }

    // 3. 税務課: tax notices with My Numbers put into the wrong envelopes, found yesterday; the
    // facts are still being gathered (two persons so far: not reportable yet).
    {
        IncidentReport r;
        r.sectionId = zeimu;
        r.awareAt = now.addDays(-1);
        r.summary = QStringLiteral("個人番号を記載した税額決定通知書の誤封入");
        const qint64 id = s.report(zeimuHandler, r).id;
        const Session zeimuKacho = DemoSessions::as(cf, "zeimu.kacho");
        s.addContainment(zeimuKacho, id, QStringLiteral("同日発送分の封入を停止し、全件を再点検"), r.awareAt.addSecs(1800));
        s.escalate(zeimuKacho, id, ContactMethod::Phone, r.awareAt.addSecs(2 * 3600), QStringLiteral("副市長へ電話で第一報"));
        IncidentDetails d;
        d.summary = QStringLiteral("税額決定通知書2通が他人の封筒に封入され発送された。");
        d.leakType = LeakType::Leak;
        d.suspected = false;
        d.medium = LeakMedium::Paper;
        d.dataItems = QStringLiteral("氏名、住所、個人番号、税額");
        d.persons = 2;
        d.myNumber = true;
        d.cause = QStringLiteral("調査中");
        s.recordFacts(zeimuKacho, id, d);
    }
}

} // namespace mamori
