#include "demo/DemoDisposals.h"

#include "accounts/Session.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "custody/DisposalService.h"
#include "demo/DemoImages.h"
#include "demo/DemoSessions.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

namespace mamori {


void DemoDisposals::add(CaseFile& cf)
{
    DisposalService& ds = cf.disposals();
    const Session shiminKacho = DemoSessions::as(cf, "shimin.kacho"), shiminTanto = DemoSessions::as(cf, "shimin.tanto");
    const Session zeimuKacho = DemoSessions::as(cf, "zeimu.kacho"), zeimuHandler = DemoSessions::as(cf, "zeimu.handler");
    const Session fukushiKacho = DemoSessions::as(cf, "fukushi.kacho"), fukushiHandler = DemoSessions::as(cf, "fukushi.handler");
    const Session kosodateKacho = DemoSessions::as(cf, "kosodate.kacho");
    const qint64 shimin = DemoSessions::sectionId(cf, "0201"), zeimu = DemoSessions::sectionId(cf, "0202"), fukushi = DemoSessions::sectionId(cf, "0301");
    const qint64 kosodate = DemoSessions::sectionId(cf, "0302");

    const qint64 yamamoto = DemoSessions::person(cf, "D0201-01", "山本 さくら", "ヤマモト サクラ", shimin, shiminTanto.accountId());
    const qint64 ito = DemoSessions::person(cf, "D0201-02", "伊藤 浩", "イトウ ヒロシ", shimin, shiminKacho.accountId());
    const qint64 kimura = DemoSessions::person(cf, "D0201-03", "木村 陽子", "キムラ ヨウコ", shimin);
    const qint64 matsumoto = DemoSessions::person(cf, "D0202-01", "松本 拓也", "マツモト タクヤ", zeimu, zeimuHandler.accountId());
    const qint64 hayashi = DemoSessions::person(cf, "D0202-02", "林 直樹", "ハヤシ ナオキ", zeimu);
    const qint64 kato = DemoSessions::person(cf, "D0301-01", "加藤 大輔", "カトウ ダイスケ", fukushi, fukushiHandler.accountId());
    const qint64 saito = DemoSessions::person(cf, "D0301-02", "斎藤 真理", "サイトウ マリ", fukushi);
    const qint64 inoue = DemoSessions::person(cf, "D0302-01", "井上 恵", "イノウエ メグミ", kosodate, kosodateKacho.accountId());
    Q_UNUSED(ito);

    // Plans are dated from today; each step reads the clock when it happens, as the services
    // do: on a slow machine a time read at the start would come before the approval recorded
    // since, and the disposal would be refused as done before it was approved.
    const QDate today = cf.clock().now().toLocalTime().date();

    // 1. 市民課: application forms past their retention, shredded in-house with a witness; recorded.
    Disposal d;
    d.sectionId = shimin;
    d.requestedBy = yamamoto;
    d.itemKind = DisposalItemKind::Documents;
    d.description = QStringLiteral("住民票の写し等交付申請書（令和元年度分）");
    d.quantity = 12;
    d.recordCount = 4800;
    d.basis = QStringLiteral("白岡市文書管理規程による保存期間（5年）満了");
    d.method = DisposalMethod::Shredding;
    d.methodDetail = QStringLiteral("クロスカット方式シュレッダー（DIN 66399 P-4）");
    d.place = QStringLiteral("本庁舎2階 市民課事務室");
    d.plannedOn = today.addDays(-20);
    qint64 id = ds.plan(shiminTanto, d).id;
    ds.approve(shiminKacho, id);
    ds.markExecuted(shiminTanto, id, {cf.clock().now(), yamamoto, QString()});
    ds.addWitness(shiminTanto, id, kimura, cf.clock().now());
    ds.attach(shiminTanto, id, QStringLiteral("shredding-after.png"), DemoImages::certificatePhoto(160, 120), QStringLiteral("細断後"));
    ds.verify(shiminKacho, id, QStringLiteral("細断片を確認した。"));
    ds.record(shiminTanto, id);

    // 2. 税務課: tax records dissolved by a contractor; certificate with a photo; verified.
    d = Disposal();
    d.sectionId = zeimu;
    d.requestedBy = matsumoto;
    d.itemKind = DisposalItemKind::Documents;
    d.description = QStringLiteral("市県民税課税資料（平成30年度分）");
    d.quantity = 40;
    d.recordCount = 21500;
    d.basis = QStringLiteral("保存期間（5年）満了");
    d.method = DisposalMethod::Dissolution;
    d.methodDetail = QStringLiteral("未開封のまま溶解釜へ投入");
    d.performer = DisposalPerformer::Contractor;
    d.contractorName = QStringLiteral("株式会社北関東リサイクルセンター");
    d.subcontractTier = 1;
    d.place = QStringLiteral("委託先 溶解処理工場（埼玉県）");
    d.plannedOn = today.addDays(-14);
    id = ds.plan(zeimuHandler, d).id;
    ds.approve(zeimuKacho, id);
    ds.markHandedOver(zeimuHandler, id, {cf.clock().now(), matsumoto, QString()});
    DisposalCertificate c;
    c.certificateNo = QStringLiteral("KR-2025-0412");
    c.issuer = QStringLiteral("株式会社北関東リサイクルセンター");
    c.issuedOn = cf.clock().now().toLocalTime().date(); // after the hand-over, even past midnight
    c.responsiblePerson = QStringLiteral("工場長 大島 修");
    c.receivedOn = c.issuedOn;
    Disposal after = ds.addCertificate(zeimuHandler, id, c);
    ds.attach(zeimuHandler, id, QStringLiteral("certificate-KR-2025-0412.png"), DemoImages::certificatePhoto(240, 340),
              QStringLiteral("溶解証明書"), after.certificates.first().id);
    ds.verify(zeimuKacho, id, QStringLiteral("証明書の箱数・日付を引渡記録と照合した。"));

    // 3. 税務課: handed to the contractor, certificate still awaited (cannot be verified yet).
    d.description = QStringLiteral("固定資産税課税台帳の写し（平成30年度分）");
    d.quantity = 8;
    d.recordCount = 9300;
    d.plannedOn = today.addDays(-3);
    id = ds.plan(zeimuHandler, d).id;
    ds.approve(zeimuKacho, id);
    ds.markHandedOver(zeimuHandler, id, {cf.clock().now(), hayashi, QString()});

    // 4. 福祉課: disks of retired terminals destroyed by a subcontractor, witnessed and certified.
    d = Disposal();
    d.sectionId = fukushi;
    d.requestedBy = kato;
    d.itemKind = DisposalItemKind::BuiltInDisk;
    d.description = QStringLiteral("福祉総合システム更新に伴う旧端末の内蔵HDD");
    d.model = QStringLiteral("WD Blue 500GB (WD5000AZLX)");
    d.serialNos = {QStringLiteral("WD-WCC4M1XK2P3A"), QStringLiteral("WD-WCC4M1XK2P3B"), QStringLiteral("WD-WCC4M1XK2P3C")};
    d.quantity = 3;
    d.recordCount = 15800;
    d.basis = QStringLiteral("端末のリース満了・返却前の消去");
    d.method = DisposalMethod::PhysicalDestruction;
    d.methodDetail = QStringLiteral("穿孔機によるプラッタ破壊");
    d.performer = DisposalPerformer::Contractor;
    d.contractorName = QStringLiteral("東日本データイレース株式会社（再委託先）");
    d.subcontractTier = 2;
    d.plannedOn = today.addDays(-7);
    id = ds.plan(fukushiHandler, d).id;
    ds.approve(fukushiKacho, id);
    ds.markHandedOver(fukushiHandler, id, {cf.clock().now(), kato, QStringLiteral("本庁舎1階 搬出口")});
    ds.addWitness(fukushiHandler, id, saito, cf.clock().now());
    c = DisposalCertificate();
    c.certificateNo = QStringLiteral("EDE-000731");
    c.issuer = QStringLiteral("東日本データイレース株式会社");
    c.issuedOn = cf.clock().now().toLocalTime().date(); // after the hand-over, even past midnight
    c.responsiblePerson = QStringLiteral("技術部 部長 森田 一郎");
    c.receivedOn = c.issuedOn;
    after = ds.addCertificate(fukushiHandler, id, c);
    const qint64 cert = after.certificates.first().id;
    ds.attach(fukushiHandler, id, QStringLiteral("before.png"), DemoImages::certificatePhoto(200, 150), QStringLiteral("破壊前"), cert);
    ds.attach(fukushiHandler, id, QStringLiteral("after.png"), DemoImages::certificatePhoto(200, 150), QStringLiteral("破壊後"), cert);

    // 5. 市民課: a USB memory to be overwritten in-house, approved.
    d = Disposal();
    d.sectionId = shimin;
    d.requestedBy = yamamoto;
    d.itemKind = DisposalItemKind::Media;
    d.description = QStringLiteral("窓口データ受渡用USBメモリ（暗号化機能付き）");
    d.model = QStringLiteral("IO-DATA ED-E4/16G");
    d.serialNos = {QStringLiteral("ED4-16G-00871")};
    d.quantity = 1;
    d.recordCount = 0;
    d.basis = QStringLiteral("故障による使用停止");
    d.method = DisposalMethod::Overwrite;
    d.methodDetail = QStringLiteral("消去ツール DiskRefresher 3 / NIST SP 800-88 Rev.1 Clear");
    d.plannedOn = today.addDays(5);
    id = ds.plan(shiminTanto, d).id;
    ds.approve(shiminKacho, id);

    // 6. 子育て支援課: planned by the section chief, waiting for approval by the next one.
    d = Disposal();
    d.sectionId = kosodate;
    d.requestedBy = inoue;
    d.itemKind = DisposalItemKind::Documents;
    d.description = QStringLiteral("児童手当認定請求書（平成31年度分）");
    d.quantity = 6;
    d.recordCount = 1250;
    d.basis = QStringLiteral("保存期間（5年）満了");
    d.method = DisposalMethod::Shredding;
    d.plannedOn = today.addDays(14);
    ds.plan(kosodateKacho, d);
}

} // namespace mamori
