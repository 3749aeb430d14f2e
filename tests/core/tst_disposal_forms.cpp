// Golden tests of the 廃棄記録簿 and the in-house 廃棄・消去証明書, and the disposal labels:
// content, filters, refusals, permissions and the journal.
#include "Golden.h"
#include "PrintCount.h"
#include "TestCase.h"

#include "custody/DisposalService.h"
#include "forms/DisposalForms.h"
#include "forms/LabelForms.h"
#include "organisation/PersonService.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
qsizetype prints(CaseFile& file)
{
    return printsOf(file, QStringLiteral("disposal"));
}

// Two sections; in the own section an in-house shredding (done, witnessed, verified), a
// contractor's erasure of two disks with its certificate, an approved plan not yet done and a
// cancelled one; one plan in the other section.
struct World {
    qint64 own = 0, other = 0;
    Session manager, otherManager, handler, staff;
    qint64 inHouse = 0, contractor = 0, approved = 0, cancelled = 0, planned = 0, othersPlan = 0;
};

qint64 addPerson(TempCase& tc, const QString& no, const QString& name, qint64 section, std::optional<qint64> account)
{
    Person p;
    p.staffNo = no;
    p.name = name;
    p.kana = QStringLiteral("シヨクイン");
    p.sectionId = section;
    const qint64 id = tc.file().people().add(tc.admin(), p).id;
    if (account)
        tc.file().people().linkAccount(tc.admin(), id, account);
    return id;
}

Disposal draft(qint64 section, qint64 requester, const QString& description, const QDate& plannedOn)
{
    Disposal d;
    d.sectionId = section;
    d.requestedBy = requester;
    d.itemKind = DisposalItemKind::Documents;
    d.description = description;
    d.quantity = 3;
    d.recordCount = 1200;
    d.basis = QStringLiteral("保存期間満了（文書管理規程）");
    d.method = DisposalMethod::Shredding;
    d.methodDetail = QStringLiteral("クロスカット <P-4>");
    d.place = QStringLiteral("本庁舎2階 保険年金課");
    d.plannedOn = plannedOn;
    return d;
}

World world(TempCase& tc)
{
    World w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
    w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, w.other);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, w.own);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, w.own);
    w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("年金 課長"), {{Role::UnitManager, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("税務 課長"), {{Role::UnitManager, w.other}}, false);
    w.handler = Session(h, QStringLiteral("handler"), QStringLiteral("年金 担当"), {{Role::Handler, w.own}}, false);
    w.staff = Session(s, QStringLiteral("staff"), QStringLiteral("年金 職員"), {{Role::Staff, w.own}}, false);
    const qint64 handler = addPerson(tc, QStringLiteral("P001"), QStringLiteral("年金 担当"), w.own, h);
    const qint64 witness = addPerson(tc, QStringLiteral("P002"), QStringLiteral("立会 花子"), w.own, std::nullopt);
    const qint64 otherPerson = addPerson(tc, QStringLiteral("P003"), QStringLiteral("税務 担当"), w.other, std::nullopt);

    DisposalService& ds = tc.file().disposals();
    // In-house: shredded on the 20th, witnessed, verified.
    Disposal d = ds.plan(w.handler, draft(w.own, handler, QStringLiteral("国民健康保険被保険者証交付申請書（令和元年度分）"),
                                          QDate(2025, 11, 20)));
    w.inHouse = d.id;
    ds.approve(w.manager, d.id);
    tc.clock().advanceSeconds(3600);
    ds.markExecuted(w.handler, d.id, {tc.clock().now(), handler, QString()});
    ds.addWitness(w.handler, d.id, witness, tc.clock().now());
    tc.clock().advanceSeconds(600);
    ds.verify(w.manager, d.id, QStringLiteral("裁断くずを確認"));

    // By a contractor: two disks erased, certificate received.
    Disposal disks = draft(w.own, handler, QStringLiteral("旧業務端末の内蔵ディスク"), QDate(2025, 11, 21));
    disks.itemKind = DisposalItemKind::BuiltInDisk;
    disks.model = QStringLiteral("HDD 500GB");
    disks.serialNos = {QStringLiteral("WX-0001"), QStringLiteral("WX-0002")};
    disks.quantity = 2;
    disks.method = DisposalMethod::PhysicalDestruction;
    disks.methodDetail.clear();
    disks.performer = DisposalPerformer::Contractor;
    disks.contractorName = QStringLiteral("株式会社試験リサイクル");
    disks.subcontractTier = 2;
    d = ds.plan(w.handler, disks);
    w.contractor = d.id;
    ds.approve(w.manager, d.id);
    tc.clock().advanceSeconds(600);
    ds.markHandedOver(w.handler, d.id, {tc.clock().now(), handler, QString()});
    DisposalCertificate c;
    c.certificateNo = QStringLiteral("KR-0412");
    c.issuer = QStringLiteral("有限会社下請破砕");
    c.issuedOn = QDate(2025, 11, 23);
    c.receivedOn = QDate(2025, 11, 23);
    c.responsiblePerson = QStringLiteral("工場長");
    ds.addCertificate(w.handler, d.id, c);

    d = ds.plan(w.handler, draft(w.own, handler, QStringLiteral("住民税申告書控（平成30年度分）"), QDate(2025, 11, 28)));
    w.approved = d.id;
    ds.approve(w.manager, d.id);
    d = ds.plan(w.handler, draft(w.own, handler, QStringLiteral("取消した計画"), QDate(2025, 11, 25)));
    w.cancelled = d.id;
    ds.cancel(w.handler, d.id, QStringLiteral("保存期間の延長"));
    w.planned = ds.plan(w.handler, draft(w.own, handler, QStringLiteral("翌月の計画"), QDate(2025, 12, 5))).id;
    w.othersPlan = ds.plan(Session(tc.addAccount(QStringLiteral("handler2"), Role::Handler, w.other), QStringLiteral("handler2"),
                                   QStringLiteral("税務 担当"), {{Role::Handler, w.other}}, false),
                           draft(w.other, otherPerson, QStringLiteral("他課の計画"), QDate(2025, 11, 22)))
                       .id;
    return w;
}
} // namespace

class TestDisposalForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The forms print local times (execution, witnesses); the golden files are written in UTC.
        qputenv("TZ", "UTC");
    }
    void ledgerOfOneSection()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalFilter filter;
        filter.sectionId = w.own;
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2025, 11, 30);
        const FormSpec f = DisposalForms::disposalLedger(tc.file(), w.manager, filter);
        QCOMPARE(f.title, QStringLiteral("廃棄記録簿"));
        QCOMPARE(f.orientation, FormOrientation::Landscape);
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-DSL-")));
        QCOMPARE(f.sealBoxes.first(), QStringLiteral("保護管理者"));
        // December's plan is outside the period, the other section's is not the manager's.
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("翌月の計画")));
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("他課の計画")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("自庁発行")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("有限会社下請破砕")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("（2次委託）")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("WX-0001、WX-0002")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("立会 花子")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("&lt;P-4&gt;"))); // escaped
        QVERIFY(f.bodyHtml.contains(QStringLiteral("件数：4件（うち記録済 0件、廃棄済で確認待ち 1件、取消 1件）")));
        QCOMPARE(prints(tc.file()), 1);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
        compareGolden(QStringLiteral("disposal-ledger.html"), f.bodyHtml);
    }
    void ledgerOfEverySectionReadable()
    {
        TempCase tc;
        const World w = world(tc);
        const FormSpec mine = DisposalForms::disposalLedger(tc.file(), w.manager);
        QVERIFY(mine.bodyHtml.contains(QStringLiteral("<th width=\"6%\">所属</th>")));
        QVERIFY(mine.bodyHtml.contains(QStringLiteral("翌月の計画")));
        QVERIFY(!mine.bodyHtml.contains(QStringLiteral("他課の計画")));
        const FormSpec theirs = DisposalForms::disposalLedger(tc.file(), w.otherManager);
        QVERIFY(theirs.bodyHtml.contains(QStringLiteral("他課の計画")));
        QVERIFY(!theirs.bodyHtml.contains(QStringLiteral("国民健康保険")));
        DisposalFilter empty;
        empty.from = QDate(2024, 1, 1);
        empty.to = QDate(2024, 1, 31);
        QVERIFY(DisposalForms::disposalLedger(tc.file(), w.manager, empty).bodyHtml.contains(QStringLiteral("（記録なし）")));
    }
    void ledgerNeedsReadPermission()
    {
        TempCase tc;
        const World w = world(tc);
        const qint64 before = prints(tc.file());
        DisposalFilter filter;
        filter.sectionId = w.own;
        try {
            DisposalForms::disposalLedger(tc.file(), w.otherManager, filter);
            QFAIL("another section's manager printed the ledger");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(prints(tc.file()), before);
    }
    void inHouseCertificate()
    {
        TempCase tc;
        const World w = world(tc);
        const FormSpec f = DisposalForms::disposalCertificate(tc.file(), w.handler, w.inHouse);
        compareGolden(QStringLiteral("disposal-certificate.html"), f.bodyHtml);
        QCOMPARE(f.title, QStringLiteral("廃棄・消去証明書"));
        QCOMPARE(f.orientation, FormOrientation::Portrait);
        QCOMPARE(f.sealBoxes, (QStringList{QStringLiteral("実施者"), QStringLiteral("立会者"), QStringLiteral("保護管理者")}));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("☑裁断（シュレッダー）")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("☐溶解")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("令和7年11月23日 10時00分")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("裁断くずを確認")));
        // Paper has no model or serial number rows.
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("製造番号")));
        QCOMPARE(prints(tc.file()), 1);
    }
    void approvedCertificateLeavesBlanksToFillIn()
    {
        TempCase tc;
        const World w = world(tc);
        const FormSpec f = DisposalForms::disposalCertificate(tc.file(), w.handler, w.approved);
        QVERIFY(f.bodyHtml.contains(QStringLiteral("令和　　年　　月　　日　　時　　分")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("状態：承認済")));
        // Two empty witness rows to be signed by hand.
        QCOMPARE(f.bodyHtml.count(QStringLiteral("<tr><td>　</td><td>令和")), 2);
    }
    void certificateRefusals_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("contractor") << "contractor" << "performer";
        QTest::newRow("planned") << "planned" << "state";
        QTest::newRow("cancelled") << "cancelled" << "state";
    }
    void certificateRefusals()
    {
        QFETCH(QString, which);
        QFETCH(QString, field);
        TempCase tc;
        const World w = world(tc);
        const qint64 id = which == QLatin1String("contractor") ? w.contractor
                          : which == QLatin1String("planned")  ? w.planned
                                                               : w.cancelled;
        try {
            DisposalForms::disposalCertificate(tc.file(), w.handler, id);
            QFAIL("the certificate was printed");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().contains(QStringLiteral("DS-")), qPrintable(e.message()));
        }
        QCOMPARE(prints(tc.file()), 0);
    }
    void certificateNeedsReadPermission()
    {
        TempCase tc;
        const World w = world(tc);
        try {
            DisposalForms::disposalCertificate(tc.file(), w.otherManager, w.inHouse);
            QFAIL("another section's manager printed the certificate");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
        }
    }
    void labels()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalFilter filter;
        filter.sectionId = w.own;
        const FormSpec sheet = LabelForms::disposalLabels(tc.file(), w.manager, filter);
        QCOMPARE(sheet.labels.size(), 4); // the cancelled plan has no label
        const FormLabel& disks = sheet.labels.at(1);
        QCOMPARE(disks.kind, QStringLiteral("廃棄管理"));
        QCOMPARE(disks.lines,
                 (QStringList{QStringLiteral("保険年金課"), QStringLiteral("内蔵記憶装置（端末・サーバ）：旧業務端末の内蔵ディスク"),
                              QStringLiteral("物理的破壊　予定 令和7年11月21日")}));
        QCOMPARE(disks.qr.toText(), QrCode::encode(disks.code).toText());
        for (const FormLabel& l : sheet.labels)
            QVERIFY(!l.lines.join(QLatin1Char('|')).contains(QStringLiteral("年金 担当"))); // never a person
        const FormSpec one = LabelForms::disposalLabel(tc.file(), w.manager, w.cancelled);
        QCOMPARE(one.labels.size(), 1);
        QCOMPARE(prints(tc.file()), 2);
        DisposalFilter none;
        none.from = QDate(2024, 1, 1);
        none.to = QDate(2024, 1, 2);
        try {
            LabelForms::disposalLabels(tc.file(), w.manager, none);
            QFAIL("an empty label sheet was made");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestDisposalForms)
#include "tst_disposal_forms.moc"
