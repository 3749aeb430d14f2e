// Golden tests of the 取扱区域指定書 and the 個人情報ファイル簿, with their permission and journal.
#include "TestCase.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "forms/CustodyForms.h"
#include "organisation/PersonService.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// To accept a deliberate change, run with MAMORI_UPDATE_GOLDEN=1 and review the diff.
void compareGolden(const QString& name, QString actual)
{
    actual.replace(QStringLiteral("</tr>"), QStringLiteral("</tr>\n"));
    actual.replace(QStringLiteral("</p>"), QStringLiteral("</p>\n"));
    const QString path = fixturePath(QStringLiteral("golden/%1.html").arg(name));
    if (qEnvironmentVariableIntValue("MAMORI_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

struct Fixture {
    qint64 own = 0, other = 0, areaId = 0;
    Session manager, otherManager;
};

Fixture prepare(TempCase& tc)
{
    Fixture fx;
    fx.own = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
    fx.other = tc.addSection(QStringLiteral("0301"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("shimin.kacho"), Role::UnitManager, fx.own);
    const qint64 o = tc.addAccount(QStringLiteral("zeimu.kacho"), Role::UnitManager, fx.other);
    fx.manager = Session(m, QStringLiteral("shimin.kacho"), QStringLiteral("市民課長"), {{Role::UnitManager, fx.own}}, false);
    fx.otherManager = Session(o, QStringLiteral("zeimu.kacho"), QStringLiteral("税務課長"), {{Role::UnitManager, fx.other}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.sectionId = fx.own;
    p.staffNo = QStringLiteral("10234");
    p.name = QStringLiteral("白岡 一郎");
    p.kana = QStringLiteral("シラオカ イチロウ");
    const qint64 ichiro = file.people().add(tc.admin(), p).id;
    p.staffNo = QStringLiteral("10057");
    p.name = QStringLiteral("向 花子");
    p.kana = QStringLiteral("ムコウ ハナコ");
    const qint64 hanako = file.people().add(tc.admin(), p).id;

    HandlingArea a;
    a.areaCode = QStringLiteral("SH-1F-01");
    a.sectionId = fx.own;
    a.building = QStringLiteral("本庁舎");
    a.floor = QStringLiteral("1階");
    a.room = QStringLiteral("市民課 住民記録係");
    a.remarks = QStringLiteral("窓口カウンターから画面が見えない配置");
    fx.areaId = file.areas().create(fx.manager, a).id;
    file.areas().setMeasures(fx.manager, fx.areaId,
                             {{AreaMeasure::Partitions, true, QStringLiteral("高さ1.5mのパーティション")},
                              {AreaMeasure::LockableCabinets, true, QStringLiteral("書庫 No.3 <施錠>")},
                              {AreaMeasure::EntryControl, true, QString()},
                              {AreaMeasure::Other, false, QStringLiteral("監視カメラは未設置")}});
    file.areas().setHandlers(fx.manager, fx.areaId, {ichiro, hanako});

    PersonalInfoFile f;
    f.fileNo = QStringLiteral("0201-001");
    f.name = QStringLiteral("住民基本台帳ファイル");
    f.sectionId = fx.own;
    f.purpose = QStringLiteral("住民の居住関係の公証及び住民に関する記録の適正な管理");
    f.recordItems = QStringLiteral("氏名、生年月日、性別、住所、世帯主との続柄");
    f.recordScope = QStringLiteral("市内に住所を有する者");
    f.collectionMethod = QStringLiteral("本人からの届出");
    f.containsMyNumber = true;
    f.personCount = 52340;
    f.regularRecipients = QStringLiteral("地方公共団体情報システム機構");
    f.disclosureOffice = QStringLiteral("総務課 情報公開係");
    f.correctionProcedures = QStringLiteral("住民基本台帳法の規定による");
    f.storageMedia = QStringLiteral("住民記録システム（サーバ）");
    f.handlingAreaId = fx.areaId;
    file.files().create(fx.manager, f);
    f.fileNo = QStringLiteral("0201-002");
    f.name = QStringLiteral("印鑑登録原票");
    f.purpose = QStringLiteral("印鑑登録証明事務");
    f.containsMyNumber = false;
    f.containsSensitive = false;
    f.personCount = 800;
    f.fileType = PiFileType::Manual;
    f.storageMedia = QStringLiteral("紙");
    f.foreignLocation = QStringLiteral("");
    file.files().create(fx.manager, f);
    f.fileNo = QStringLiteral("0301-001");
    f.name = QStringLiteral("課税台帳");
    f.sectionId = fx.other;
    f.handlingAreaId.reset();
    f.fileType = PiFileType::Computerised;
    f.foreignLocation = QStringLiteral("シンガポール（クラウド）");
    f.foreignRegimeNotes = QStringLiteral("個人データ保護法（PDPA）");
    f.containsSensitive = true;
    f.personCount = 41000;
    file.files().create(fx.otherManager, f);
    return fx;
}
} // namespace

class TestCustodyForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void areaSheet()
    {
        TempCase tc;
        const Fixture fx = prepare(tc);
        const qint64 before = tc.file().journal().count();
        const FormSpec f = CustodyForms::areaSheet(tc.file(), fx.manager, fx.areaId);
        QCOMPARE(f.title, QStringLiteral("取扱区域指定書"));
        QCOMPARE(f.formattedDate(), QStringLiteral("令和7年11月23日"));
        QCOMPARE(f.sealBoxes.first(), QStringLiteral("保護管理者"));
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-AREA-20251123-")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("☑")) && f.bodyHtml.contains(QStringLiteral("☐")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("&lt;施錠&gt;"))); // escaped
        // The reads it needed and the print are journaled; the footer carries the new head.
        JournalFilter prints;
        prints.action = JournalAction::Print;
        prints.entity = QStringLiteral("area");
        QCOMPARE(tc.file().journal().page(prints, 0, 10).size(), 1);
        QVERIFY(tc.file().journal().count() > before + 1);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
        compareGolden(QStringLiteral("area-sheet"), f.bodyHtml);
    }
    void fileRegister()
    {
        TempCase tc;
        const Fixture fx = prepare(tc);
        const FormSpec own = CustodyForms::fileRegister(tc.file(), fx.manager);
        QCOMPARE(own.title, QStringLiteral("個人情報ファイル簿"));
        QVERIFY(!own.bodyHtml.contains(QStringLiteral("課税台帳"))); // another section's file
        compareGolden(QStringLiteral("file-register"), own.bodyHtml);
        const FormSpec other = CustodyForms::fileRegister(tc.file(), fx.otherManager, fx.other);
        QVERIFY(other.bodyHtml.contains(QStringLiteral("シンガポール（クラウド）（個人データ保護法（PDPA））")));
        JournalFilter prints;
        prints.action = JournalAction::Print;
        prints.entity = QStringLiteral("file");
        QCOMPARE(tc.file().journal().page(prints, 0, 10).size(), 2);
    }
    void needPermission()
    {
        TempCase tc;
        const Fixture fx = prepare(tc);
        QVERIFY_THROWS_EXCEPTION(Error, CustodyForms::areaSheet(tc.file(), fx.otherManager, fx.areaId));
        QVERIFY_THROWS_EXCEPTION(Error, CustodyForms::fileRegister(tc.file(), fx.otherManager, fx.own));
        QVERIFY_THROWS_EXCEPTION(Error, CustodyForms::fileRegister(tc.file(), tc.admin()));
        JournalFilter prints;
        prints.action = JournalAction::Print;
        QVERIFY(tc.file().journal().page(prints, 0, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustodyForms)
#include "tst_custody_forms.moc"
