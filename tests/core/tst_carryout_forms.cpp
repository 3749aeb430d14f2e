// Golden tests of the 持出簿 and the 持出承認申請書: content, filters, permissions and the journal.
#include "CarryOutWorld.h"
#include "Golden.h"
#include "PrintCount.h"
#include "TestCase.h"

#include "forms/CarryOutForms.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
qsizetype prints(CaseFile& file)
{
    return printsOf(file, QStringLiteral("carry_out"));
}
} // namespace

class TestCarryOutForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The forms print local times (out and return); the golden files are written in UTC.
        qputenv("TZ", "UTC");
    }
    void ledgerOfOneSection()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        CarryOutFilter filter;
        filter.sectionId = w.own;
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2025, 11, 30);
        const FormSpec f = CarryOutForms::carryOutLedger(tc.file(), w.manager, filter);
        QCOMPARE(f.title, QStringLiteral("持出簿"));
        QCOMPARE(f.orientation, FormOrientation::Landscape);
        QCOMPARE(f.formattedDate(), QStringLiteral("令和7年11月23日"));
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-COL-20251123-")));
        QCOMPARE(f.sealBoxes.first(), QStringLiteral("保護管理者"));
        // December's request is outside the period, the other section's is not the manager's.
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("CO-2025-000003")));
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("CO-2025-000006")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("返却遅延")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("&lt;出張窓口&gt;"))); // escaped
        QCOMPARE(prints(tc.file()), 1);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
        compareGolden(QStringLiteral("carryout-ledger.html"), f.bodyHtml);
    }
    void ledgerOfEverySectionReadable()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        const FormSpec mine = CarryOutForms::carryOutLedger(tc.file(), w.manager);
        // Without a section: a section column, and every readable row (December's too).
        QVERIFY(mine.bodyHtml.contains(QStringLiteral("<th width=\"6%\">所属</th>")));
        QVERIFY(mine.bodyHtml.contains(QStringLiteral("CO-2025-000003")));
        QVERIFY(!mine.bodyHtml.contains(QStringLiteral("CO-2025-000006")));
        QVERIFY(mine.bodyHtml.contains(QStringLiteral("件数：5件（うち持出中 0件、返却遅延 1件、紛失 1件）")));
        const FormSpec theirs = CarryOutForms::carryOutLedger(tc.file(), w.otherManager);
        QVERIFY(theirs.bodyHtml.contains(QStringLiteral("CO-2025-000006")));
        QVERIFY(!theirs.bodyHtml.contains(QStringLiteral("CO-2025-000001")));
        CarryOutFilter empty;
        empty.from = QDate(2024, 1, 1);
        empty.to = QDate(2024, 1, 31);
        QVERIFY(CarryOutForms::carryOutLedger(tc.file(), w.manager, empty).bodyHtml.contains(QStringLiteral("（記録なし）")));
    }
    void ledgerInSeireki()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        tc.file().settings().set(tc.admin(), CaseSetting::DateStyle, QStringLiteral("seireki"));
        CarryOutFilter filter;
        filter.sectionId = w.own;
        const FormSpec f = CarryOutForms::carryOutLedger(tc.file(), w.manager, filter);
        QCOMPARE(f.formattedDate(), QStringLiteral("2025年11月23日"));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("2025年11月10日")));
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("令和")));
    }
    void approvalOfAClosedCarryOut()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        const FormSpec f = CarryOutForms::carryOutApproval(tc.file(), w.manager, w.ids.at(0));
        QCOMPARE(f.title, QStringLiteral("持出承認申請書"));
        QCOMPARE(f.orientation, FormOrientation::Portrait);
        QCOMPARE(f.sealBoxes, (QStringList{QStringLiteral("申請者"), QStringLiteral("保護管理者"), QStringLiteral("返却確認者")}));
        // Paper from a My Number file: locked case, sealing and masking are required.
        QCOMPARE(f.bodyHtml.count(QStringLiteral("<b>必須</b>")), 3);
        QCOMPARE(prints(tc.file()), 1);
        compareGolden(QStringLiteral("carryout-approval.html"), f.bodyHtml);
    }
    void approvalOfARequestHasBlanks()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        const FormSpec f = CarryOutForms::carryOutApproval(tc.file(), w.manager, w.ids.at(2));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("☐ 承認　　☐ 不承認")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("令和　　年　　月　　日")));
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("<b>必須</b>"))); // paper, no file: nothing required
        compareGolden(QStringLiteral("carryout-approval-requested.html"), f.bodyHtml);
        const FormSpec rejected = CarryOutForms::carryOutApproval(tc.file(), w.manager, w.ids.at(3));
        QVERIFY(rejected.bodyHtml.contains(QStringLiteral("☐ 承認　　☑ 不承認")));
        QVERIFY(rejected.bodyHtml.contains(QStringLiteral("写しで足りる")));
    }
    void needPermission()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        CarryOutFilter filter;
        filter.sectionId = w.own;
        QVERIFY_THROWS_EXCEPTION(Error, CarryOutForms::carryOutLedger(tc.file(), w.otherManager, filter));
        QVERIFY_THROWS_EXCEPTION(Error, CarryOutForms::carryOutApproval(tc.file(), w.otherManager, w.ids.at(0)));
        QVERIFY_THROWS_EXCEPTION(Error, CarryOutForms::carryOutLedger(tc.file(), tc.admin()));
        try {
            CarryOutForms::carryOutApproval(tc.file(), w.manager, 9999);
            QFAIL("no error for an unknown carry-out");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
        }
        QCOMPARE(prints(tc.file()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCarryOutForms)
#include "tst_carryout_forms.moc"
