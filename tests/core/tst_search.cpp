// The search box: Japanese without spaces found by any two-character substring, full-width and
// half-width alike, control numbers, results limited to readable sections, the index kept by
// triggers through inserts, updates and deletes, and a journal entry that never holds the words.
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "incidents/IncidentService.h"
#include "organisation/PersonService.h"
#include "search/SearchService.h"
#include "search/SearchText.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestSearch : public QObject {
    Q_OBJECT
private:
    struct World {
        qint64 own = 0, other = 0;
        Session manager, otherManager;
        qint64 person = 0, otherPerson = 0, file = 0;
    };

    World world(TempCase& tc)
    {
        World w;
        w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
        w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
        const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, w.other);
        w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, w.own}}, false);
        w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, w.other}}, false);
        Person p;
        p.staffNo = QStringLiteral("S00001");
        p.name = QStringLiteral("高橋 美咲");
        p.kana = QStringLiteral("タカハシ ミサキ");
        p.sectionId = w.own;
        w.person = tc.file().people().add(tc.admin(), p).id;
        p.staffNo = QStringLiteral("S00002");
        p.name = QStringLiteral("高田 健");
        p.kana = QStringLiteral("タカダ ケン");
        p.sectionId = w.other;
        w.otherPerson = tc.file().people().add(tc.admin(), p).id;
        PersonalInfoFile f;
        f.fileNo = QStringLiteral("F-0101-001");
        f.name = QStringLiteral("国民健康保険被保険者台帳");
        f.sectionId = w.own;
        f.purpose = QStringLiteral("国民健康保険の資格管理");
        w.file = tc.file().files().create(w.manager, f).id;
        return w;
    }

    static QStringList titles(const QList<SearchHit>& hits)
    {
        QStringList out;
        for (const SearchHit& h : hits)
            out.append(h.entity + QLatin1Char(':') + h.title);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("MAMORI_INSECURE_FAST_KDF", "1"); }

    void indexForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("kanji run") << QStringLiteral("住民基本") << QStringLiteral("住民 民基 基本");
        QTest::addRow("single kanji") << QStringLiteral("林") << QStringLiteral("林");
        QTest::addRow("mixed scripts") << QStringLiteral("USBメモリ2本") << QStringLiteral("usb メモ モリ 2 本");
        QTest::addRow("full-width") << QStringLiteral("ＣＯ－２０２６－０００１２３")
                                    << QStringLiteral("co 2026 000123");
        QTest::addRow("half-width kana") << QStringLiteral("ﾀｶﾊｼ") << QStringLiteral("タカ カハ ハシ");
        QTest::addRow("punctuation only") << QStringLiteral("、。・！") << QString();
    }
    void indexForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::indexForm(text), expected);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::addRow("phrase of pieces") << QStringLiteral("健康保険") << QStringLiteral("\"健康 康保 保険\"");
        QTest::addRow("two terms") << QStringLiteral("高橋　美咲") << QStringLiteral("\"高橋\" \"美咲\"");
        QTest::addRow("single kanji prefix") << QStringLiteral("林") << QStringLiteral("林*");
        QTest::addRow("quotes cannot escape") << QStringLiteral("\"a\" OR b") << QStringLiteral("\"a\" \"or\" \"b\"");
        QTest::addRow("nothing") << QStringLiteral(" ・ ") << QString();
    }
    void matchExpression()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::matchExpression(query), expected);
    }

    void findsEverySubstring_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("safe");
        QTest::newRow("kanji") << QStringLiteral("税務調査") << true;
        QTest::newRow("kana and kanji") << QStringLiteral("ひまわり保育園") << true;
        QTest::newRow("one kanji: a prefix search") << QStringLiteral("票") << false;
        QTest::newRow("latin: indexed as whole words") << QStringLiteral("USB") << false;
        QTest::newRow("mixed") << QStringLiteral("USBメモリ") << false;
        QTest::newRow("half-width kana: NFKC changes it") << QStringLiteral("ｶﾅ入力") << false;
        QTest::newRow("punctuation") << QStringLiteral("確認・調査") << false;
    }

    void findsEverySubstring()
    {
        QFETCH(QString, word);
        QFETCH(bool, safe);
        QCOMPARE(SearchText::findsEverySubstring(word), safe);
    }

    void findsSubstringsAcrossKinds()
    {
        TempCase tc;
        const World w = world(tc);
        SearchService search(tc.file());
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("健康保険"))),
                 QStringList{QStringLiteral("file:F-0101-001 国民健康保険被保険者台帳")});
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("ﾀｶﾊｼ"))), QStringList{QStringLiteral("person:高橋 美咲")});
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("f-0101"))).size(), 1);
        QVERIFY(search.search(w.manager, QStringLiteral("存在しない語")).isEmpty());
    }

    void findsIncidentsByTheirFacts()
    {
        TempCase tc;
        const World w = world(tc);
        IncidentService incidents(tc.file());
        IncidentReport r;
        r.sectionId = w.own;
        r.awareAt = tc.clock().now().addSecs(-600);
        r.summary = QStringLiteral("保険証の誤送付");
        const Incident i = incidents.report(w.manager, r);
        SearchService search(tc.file());
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("誤送付"))),
                 QStringList{QStringLiteral("incident:%1 保険証の誤送付").arg(i.incidentNo)});
        QVERIFY(search.search(w.otherManager, QStringLiteral("誤送付")).isEmpty());
        // The facts recorded later are searchable too; the summary follows them.
        IncidentDetails d;
        d.summary = QStringLiteral("被保険者証を別の世帯に郵送した");
        d.dataItems = QStringLiteral("氏名、被保険者番号");
        d.cause = QStringLiteral("封入時の照合漏れ");
        d.persons = 1;
        incidents.addContainment(w.manager, i.id, QStringLiteral("回収"), tc.clock().now());
        incidents.escalate(w.manager, i.id, ContactMethod::Phone, tc.clock().now());
        incidents.recordFacts(w.manager, i.id, d);
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("照合漏れ"))),
                 QStringList{QStringLiteral("incident:%1 被保険者証を別の世帯に郵送した").arg(i.incidentNo)});
        QVERIFY(search.search(w.manager, QStringLiteral("誤送付")).isEmpty());
    }

    void limitedToReadableSections()
    {
        TempCase tc;
        const World w = world(tc);
        SearchService search(tc.file());
        // 高 prefix: both people match, each manager sees only their own section's.
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("高"))), QStringList{QStringLiteral("person:高橋 美咲")});
        QCOMPARE(titles(search.search(w.otherManager, QStringLiteral("高"))), QStringList{QStringLiteral("person:高田 健")});
        // The administrator may not read personal data by default: refused and journaled.
        const qint64 before = tc.file().journal().count();
        try {
            search.search(tc.admin(), QStringLiteral("高"));
            QFAIL("the administrator searched personal data");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PermissionDenied);
        }
        QCOMPARE(tc.file().journal().count(), before + 1);
    }

    void indexFollowsChanges()
    {
        TempCase tc;
        const World w = world(tc);
        SearchService search(tc.file());
        Person p = tc.file().people().get(w.manager, w.person);
        p.name = QStringLiteral("高橋 葵");
        tc.file().people().update(tc.admin(), p);
        QVERIFY(search.search(w.manager, QStringLiteral("美咲")).isEmpty());
        QCOMPARE(titles(search.search(w.manager, QStringLiteral("葵"))), QStringList{QStringLiteral("person:高橋 葵")});

        CarryOut c;
        c.sectionId = w.own;
        c.requestedBy = w.person;
        c.itemType = CarryOutItemType::Other;
        c.description = QStringLiteral("訪問調査票");
        c.purpose = QStringLiteral("家庭訪問");
        c.destination = QStringLiteral("東町公民館");
        c.plannedOutOn = QDate(2025, 11, 23);
        c.plannedReturnOn = QDate(2025, 11, 23);
        c = tc.file().carryOuts().request(w.manager, c);
        const QList<SearchHit> byNumber = search.search(w.manager, c.controlNo);
        QCOMPARE(byNumber.size(), 1);
        QCOMPARE(byNumber.first().entity, QStringLiteral("carry_out"));
        QCOMPARE(byNumber.first().entityId, c.id);
        QCOMPARE(search.search(w.manager, QStringLiteral("公民館")).size(), 1);

        tc.file().files().remove(w.manager, w.file);
        QVERIFY(search.search(w.manager, QStringLiteral("健康保険")).isEmpty());
    }

    void journalNeverHoldsTheWords()
    {
        TempCase tc;
        const World w = world(tc);
        SearchService search(tc.file());
        search.search(w.manager, QStringLiteral("高橋"));
        Statement s = tc.file().db().prepare("SELECT entity, summary FROM journal ORDER BY seq DESC LIMIT 1");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("search"));
        QCOMPARE(s.text(1), QStringLiteral("1 hits"));
    }

    void emptyQueryRefusedAtTheField()
    {
        TempCase tc;
        const World w = world(tc);
        try {
            SearchService(tc.file()).search(w.manager, QStringLiteral("  、 "));
            QFAIL("an empty query was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QCOMPARE(e.field(), QStringLiteral("query"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
