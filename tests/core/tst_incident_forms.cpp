// The printed forms of a leak incident: the 事案報告書 to the mayor, the PPC report (速報 / 確報)
// and the notice letter to the individuals. Golden content, the seal boxes of both presets'
// chains, the refusal while a report is not filed, permissions and the print journal.
#include "Golden.h"
#include "IncidentWorld.h"
#include "ErrorOf.h"
#include "PrintCount.h"
#include "TestCase.h"

#include "forms/IncidentForms.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
qsizetype prints(CaseFile& file)
{
    return printsOf(file, QStringLiteral("incident"));
}

} // namespace

class TestIncidentForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The forms print local times; the golden files are written in UTC.
        qputenv("TZ", "UTC");
    }

    void incidentReport()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::incidentReport(tc.file(), w.manager, w.full);
        QCOMPARE(f.title, QStringLiteral("個人情報の漏えい等事案報告書"));
        QCOMPARE(f.orientation, FormOrientation::Portrait);
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-INR-20251211-")));
        // The section's manager, then the shiraoka chain (seed 000 Art. 37(3),(4)).
        QCOMPARE(f.sealBoxes, (QStringList{QStringLiteral("保護管理者"), QStringLiteral("総括保護管理者"), QStringLiteral("市長")}));
        const QString& b = f.bodyHtml;
        QVERIFY(b.startsWith(QStringLiteral("<p>テスト市長　様</p><p align=\"right\">総括保護管理者</p>")));
        QVERIFY(b.contains(QStringLiteral("<th width=\"25%\">事案番号</th><td>IN-2025-000001</td>")));
        QVERIFY(b.contains(QStringLiteral("令和7年11月20日 09時15分")));
        QVERIFY(b.contains(QStringLiteral("漏えい（発生）")));
        QVERIFY(b.contains(QStringLiteral("☑ 特定個人情報（個人番号）を含む")));
        QVERIFY(b.contains(QStringLiteral("☐ 要配慮個人情報を含む")));
        QVERIFY(b.contains(QStringLiteral("&lt;暗号化なし&gt;"))); // escaped
        QVERIFY(b.contains(QStringLiteral("0101-003 国民健康保険被保険者ファイル")));
        QVERIFY(b.contains(QStringLiteral("誤送信先に削除を依頼し、削除の報告を受けた")));
        QCOMPARE(b.count(QStringLiteral("（未報告）")), 0);
        // Both regimes with their grounds and legal basis, due dates and what was filed.
        QVERIFY(b.contains(QStringLiteral("保有個人情報に係る本人の数が100人を超える")));
        QVERIFY(b.contains(QStringLiteral("施行規則第43条第4号")));
        QVERIFY(b.contains(QStringLiteral("特定個人情報の漏えい等に関する報告等に関する規則第2条第1号")));
        QVERIFY(b.contains(QStringLiteral("期限 令和7年11月25日　提出 令和7年11月21日")));
        QVERIFY(b.contains(QStringLiteral("期限 令和7年12月19日　提出 令和7年12月10日")));
        QVERIFY(b.contains(QStringLiteral("期限 令和7年12月19日　未提出"))); // the My Number 確報
        QVERIFY(b.contains(QStringLiteral("転出済みの被保険者")));
        QVERIFY(b.contains(QStringLiteral("代替措置")));
        QVERIFY(b.contains(QStringLiteral("公表する")));
        QVERIFY(b.contains(QStringLiteral("<td>税務課</td>"))); // the measure was shared with 税務課
        QCOMPARE(prints(tc.file()), 1);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
        compareGolden(QStringLiteral("incident-report.html"), f.bodyHtml);
    }

    void incidentReportOfAFreshIncident()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::incidentReport(tc.file(), w.manager, w.fresh);
        // Every step of the chain is listed, none yet reported; nothing assessed.
        QCOMPARE(f.bodyHtml.count(QStringLiteral("（未報告）")), 2);
        QVERIFY(f.bodyHtml.contains(QStringLiteral("（未判断）")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("報告受付")));
    }

    void mukoChainSealBoxes()
    {
        TempCase tc(QStringLiteral("muko"));
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::incidentReport(tc.file(), w.manager, w.full);
        // Seed 002 Art. 13(2),(4),(5).
        QCOMPARE(f.sealBoxes, (QStringList{QStringLiteral("保護責任者"), QStringLiteral("総括責任者"),
                                           QStringLiteral("最高総括責任者"), QStringLiteral("市長")}));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("<p align=\"right\">最高総括責任者</p>")));
        const FormSpec fresh = IncidentForms::incidentReport(tc.file(), w.manager, w.fresh);
        QCOMPARE(fresh.bodyHtml.count(QStringLiteral("（未報告）")), 3);
    }

    void ppcPreliminaryOfBothRegimes()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::ppcReport(tc.file(), w.coord, w.full, ReportKind::Preliminary);
        QCOMPARE(f.title, QStringLiteral("個人情報保護委員会への漏えい等報告（速報）"));
        QCOMPARE(f.date, QDate(2025, 11, 21)); // the submission date
        QCOMPARE(f.formattedDate(), QStringLiteral("令和7年11月21日"));
        QVERIFY(f.sealBoxes.isEmpty());
        const QString& b = f.bodyHtml;
        // Both reports, numbered, the second on a page of its own.
        QVERIFY(b.contains(QStringLiteral("<h3>第1　個人情報の保護に関する法律に基づく報告（保有個人情報）</h3>")));
        QVERIFY(b.contains(QStringLiteral("<h3 style=\"page-break-before:always\">第2　番号法に基づく報告（特定個人情報）</h3>")));
        QVERIFY(b.contains(QStringLiteral("個人情報の保護に関する法律第68条第1項及び行政手続における")));
        QCOMPARE(b.count(QStringLiteral("☑ 速報　　☐ 確報")), 2);
        // The reporter is the organisation, not a staff member.
        QCOMPARE(b.count(QStringLiteral("テスト市（テスト市長）")), 2);
        QVERIFY(!b.contains(QStringLiteral("fuku.shicho")));
        // The ticked grounds: appi-43-4 for the APPI, mynumber-2-1 and -2-4 for My Numbers.
        QCOMPARE(b.count(QStringLiteral("<td align=\"center\">☑</td>")), 3);
        QCOMPARE(b.count(QStringLiteral("<td align=\"center\">☐</td>")), 4 + 2);
        for (const char* item : {"概要", "漏えい等した個人情報の項目", "本人の数", "原因", "二次被害又はそのおそれの有無及びその内容",
                                 "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置", "その他参考となる事項"})
            QCOMPARE(b.count(QStringLiteral("<th align=\"left\">%1</th>").arg(QString::fromUtf8(item))), 2);
        QVERIFY(b.contains(QStringLiteral("150人")));
        // A 速報 gives what is known: the rest is marked, not left looking forgotten.
        QCOMPARE(b.count(QStringLiteral("（報告時点で未確定）")), 2 * 6);
        QCOMPARE(prints(tc.file()), 1);
        compareGolden(QStringLiteral("ppc-preliminary.html"), f.bodyHtml);
    }

    void ppcFinalOfOneRegime()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::ppcReport(tc.file(), w.exec, w.full, ReportKind::Final);
        QCOMPARE(f.title, QStringLiteral("個人情報保護委員会への漏えい等報告（確報）"));
        QCOMPARE(f.formattedDate(), QStringLiteral("令和7年12月10日"));
        const QString& b = f.bodyHtml;
        // Only the APPI 確報 was filed: one section, not numbered.
        QVERIFY(b.contains(QStringLiteral("<h3>個人情報の保護に関する法律に基づく報告（保有個人情報）</h3>")));
        QVERIFY(!b.contains(QStringLiteral("番号法に基づく報告")));
        QVERIFY(b.contains(QStringLiteral("☐ 速報　　☑ 確報")));
        QVERIFY(b.contains(QStringLiteral("なし（誤送信先で削除済み）")));
        QVERIFY(b.contains(QStringLiteral("警察への相談は不要と判断した。")));
        QVERIFY(!b.contains(QStringLiteral("（報告時点で未確定）")));
        compareGolden(QStringLiteral("ppc-final.html"), f.bodyHtml);
    }

    void ppcRefusedWhileNotFiled()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        for (ReportKind kind : {ReportKind::Preliminary, ReportKind::Final}) {
            const Error e = errorOf([&] { IncidentForms::ppcReport(tc.file(), w.exec, w.fresh, kind); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QCOMPARE(e.field(), QStringLiteral("kind"));
            QVERIFY2(e.message().contains(kind == ReportKind::Preliminary ? QStringLiteral("preliminary")
                                                                          : QStringLiteral("final")),
                     qPrintable(e.message()));
        }
        QCOMPARE(prints(tc.file()), 0);
    }

    void noticeLetterPerGroup()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::noticeLetter(tc.file(), w.manager, w.full);
        QCOMPARE(f.title, QStringLiteral("個人情報の漏えいに関するお知らせ"));
        QVERIFY(f.sealBoxes.isEmpty());
        QVERIFY(f.classification.isEmpty()); // it goes to the public
        const QString& b = f.bodyHtml;
        // Two groups were notified (the substitute measure gets no letter), each its own page.
        QCOMPARE(b.count(QStringLiteral("（対象者）様")), 2);
        QCOMPARE(b.count(QStringLiteral("page-break-before:always")), 1);
        QVERIFY(b.contains(QStringLiteral("（送付区分：国民健康保険被保険者（一覧表に記載の世帯））")));
        QVERIFY(b.contains(QStringLiteral("（送付区分：転出済みの被保険者）")));
        QVERIFY(!b.contains(QStringLiteral("連絡先不明の被保険者")));
        QCOMPARE(b.count(QStringLiteral("テスト市長<br/>（公印省略）")), 2);
        // What they need: what happened, which items, the cause, what the city did, where to ask.
        QVERIFY(b.contains(QStringLiteral("あなたの個人情報の漏えいが発生しました。")));
        QVERIFY(b.contains(QStringLiteral("氏名、住所、生年月日、個人番号、被保険者番号")));
        QVERIFY(b.contains(QStringLiteral("送信前の宛先確認を怠った。&lt;暗号化なし&gt;")));
        QVERIFY(b.contains(QStringLiteral("令和7年11月21日　個人情報保護委員会に報告しました（速報）。")));
        QVERIFY(b.contains(QStringLiteral("令和7年11月21日　本件を公表しました。")));
        // In the order it happened, and the PPC told once per report however many regimes.
        QCOMPARE(b.count(QStringLiteral("個人情報保護委員会に報告しました（速報）")), 2);
        QVERIFY(b.indexOf(QStringLiteral("（速報）")) < b.indexOf(QStringLiteral("本件を公表しました")));
        QVERIFY(b.indexOf(QStringLiteral("本件を公表しました")) < b.indexOf(QStringLiteral("（確報）")));
        QVERIFY(!b.contains(QStringLiteral("警察への相談は不要と判断した。"))); // written for the PPC
        QVERIFY(b.contains(QStringLiteral("・個人番号を含むファイルのメール送信を禁止し、庁内の受け渡しに限る")));
        QVERIFY(b.contains(QStringLiteral("テスト市 総務課 個人情報保護係（電話 000-000-0000）")));
        // My Numbers were involved: how to ask for a new number, in both letters.
        QCOMPARE(b.count(QStringLiteral("番号の利用等に関する法律第7条第2項")), 2);
        // Names of staff are not for the public.
        QVERIFY(!b.contains(QStringLiteral("担当 一郎")));
        QCOMPARE(prints(tc.file()), 1);
        compareGolden(QStringLiteral("notice-letter.html"), f.bodyHtml);
    }

    void noticeLetterBeforeAnyGroup()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        const FormSpec f = IncidentForms::noticeLetter(tc.file(), w.manager, w.fresh);
        const QString& b = f.bodyHtml;
        QCOMPARE(b.count(QStringLiteral("（対象者）様")), 1);
        QVERIFY(!b.contains(QStringLiteral("送付区分")));
        QVERIFY(!b.contains(QStringLiteral("page-break-before")));
        QVERIFY(!b.contains(QStringLiteral("第7条第2項"))); // no My Numbers
        QVERIFY(b.contains(QStringLiteral("調査中です。")));
        QVERIFY(b.contains(QStringLiteral("が発生したおそれがあることが判明しました。")));
        QVERIFY(b.contains(QStringLiteral("テスト市　保険年金課"))); // the section, as no contact was given to the PPC
    }

    void byNumber()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        IncidentService svc(tc.file());
        QCOMPARE(svc.getByNumber(w.manager, QStringLiteral("IN-2025-000001")).id, w.full);
        QCOMPARE(svc.getByNumber(w.manager, QStringLiteral(" in-2025-000002 ")).id, w.fresh);
        QCOMPARE(errorOf([&] { svc.getByNumber(w.manager, QStringLiteral("IN-2099-000001")); }).code(), ErrorCode::NotFound);
        QCOMPARE(errorOf([&] { svc.getByNumber(w.otherManager, QStringLiteral("IN-2025-000001")); }).code(),
                 ErrorCode::PermissionDenied);
    }

    void needReadAccess_data()
    {
        QTest::addColumn<int>("form");
        QTest::addRow("incident-report") << 0;
        QTest::addRow("ppc-preliminary") << 1;
        QTest::addRow("ppc-final") << 2;
        QTest::addRow("notice-letter") << 3;
    }
    void needReadAccess()
    {
        QFETCH(int, form);
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        auto build = [&](const Session& actor, qint64 id) {
            switch (form) {
            case 0: return IncidentForms::incidentReport(tc.file(), actor, id);
            case 1: return IncidentForms::ppcReport(tc.file(), actor, id, ReportKind::Preliminary);
            case 2: return IncidentForms::ppcReport(tc.file(), actor, id, ReportKind::Final);
            default: return IncidentForms::noticeLetter(tc.file(), actor, id);
            }
        };
        JournalFilter denied;
        denied.action = JournalAction::Denied;
        const qsizetype deniedBefore = tc.file().journal().page(denied, 0, 100).size();
        // Another section's manager, and the system administrator (seed 000 Art. 20).
        QCOMPARE(errorOf([&] { build(w.otherManager, w.full); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { build(tc.admin(), w.full); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { build(w.manager, 9999); }).code(), ErrorCode::NotFound);
        QCOMPARE(prints(tc.file()), 0);
        QCOMPARE(tc.file().journal().page(denied, 0, 100).size(), deniedBefore + 2);
        // The officers above the sections read every incident.
        build(w.exec, w.full);
        QCOMPARE(prints(tc.file()), 1);
    }

    void seireki()
    {
        TempCase tc;
        const IncidentWorld w = makeIncidentWorld(tc);
        tc.file().settings().set(tc.admin(), CaseSetting::DateStyle, QStringLiteral("seireki"));
        const FormSpec f = IncidentForms::ppcReport(tc.file(), w.exec, w.full, ReportKind::Final);
        QCOMPARE(f.formattedDate(), QStringLiteral("2025年12月10日"));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("2025年11月20日")));
        QVERIFY(f.bodyHtml.contains(QStringLiteral("2025年12月10日")));
        QVERIFY(!f.bodyHtml.contains(QStringLiteral("令和7年12月10日")));
    }

    void headOfBody()
    {
        TempCase tc;
        QCOMPARE(IncidentForms::headOfBody(tc.file()), QStringLiteral("テスト市長"));
        tc.file().settings().set(tc.admin(), CaseSetting::OrganisationName, QStringLiteral(""));
        QCOMPARE(IncidentForms::headOfBody(tc.file()), QStringLiteral("市長"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentForms)
#include "tst_incident_forms.moc"
