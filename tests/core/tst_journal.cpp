#include "TestCase.h"

#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestJournal : public QObject {
    Q_OBJECT
private:
    void addSections(TempCase& tc, int n)
    {
        for (int i = 0; i < n; ++i) {
            tc.clock().advanceSeconds(60);
            tc.addSection(QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("課%1").arg(i));
        }
    }

private Q_SLOTS:
    void everyChangeIsJournaled()
    {
        TempCase tc;
        Journal& j = tc.file().journal();
        const qint64 before = j.count();
        tc.addSection(QStringLiteral("0101"), QStringLiteral("総務課"));
        QCOMPARE(j.count(), before + 1);
        const JournalEntry e = j.page({}, 0, 1).first();
        QCOMPARE(e.action, JournalAction::Create);
        QCOMPARE(e.entity, QStringLiteral("section"));
        QCOMPARE(e.login, kAdminLogin);
        QVERIFY(!e.summary.contains(QStringLiteral("総務課"))); // names stay out of the summary
    }
    void chainVerifies()
    {
        TempCase tc;
        addSections(tc, 20);
        const VerifyResult r = tc.file().journal().verify();
        QVERIFY(r.ok);
        QCOMPARE(r.integrity, QStringLiteral("ok"));
        QCOMPARE(r.checked, tc.file().journal().count());
        QCOMPARE(r.headHash, tc.file().journal().headHash());
        const VerifyResult chain = tc.file().journal().verifyChain();
        QVERIFY(chain.ok);
        QCOMPARE(chain.checked, r.checked);
        QCOMPARE(chain.headHash, r.headHash);
    }
    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("broken");
        QTest::newRow("summary edited") << "UPDATE journal SET summary = 'nothing happened' WHERE seq = 7" << qint64(7);
        QTest::newRow("login edited") << "UPDATE journal SET login = 'someone' WHERE seq = 5" << qint64(5);
        QTest::newRow("time edited") << "UPDATE journal SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 9" << qint64(9);
        QTest::newRow("row deleted") << "DELETE FROM journal WHERE seq = 6" << qint64(6);
        QTest::newRow("hash replaced") << "UPDATE journal SET hash = zeroblob(32) WHERE seq = 4" << qint64(4);
    }
    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, broken);
        TempCase tc;
        addSections(tc, 12);
        // Someone with the data key edits the database directly.
        tc.file().db().exec(sql);
        const VerifyResult r = tc.file().journal().verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, broken);
        // The chain walk alone finds the same row (the database itself is intact).
        const VerifyResult chain = tc.file().journal().verifyChain();
        QVERIFY(!chain.ok);
        QCOMPARE(chain.firstBrokenSeq, broken);
        QCOMPARE(chain.integrity, QStringLiteral("ok"));
    }
    void pagesAreKeysetAndFiltered()
    {
        TempCase tc;
        const qint64 base = tc.file().journal().count();
        addSections(tc, 30);
        Journal& j = tc.file().journal();
        const auto first = j.page({}, 0, 10);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().seq, base + 30);
        const auto second = j.page({}, first.last().seq, 10);
        QCOMPARE(second.first().seq, first.last().seq - 1);
        JournalFilter f;
        f.entity = QStringLiteral("section");
        QCOMPARE(j.page(f, 0, 1000).size(), 30);
        f.from = tc.clock().now().addSecs(-5 * 60 + 1);
        QCOMPARE(j.page(f, 0, 1000).size(), 5);
        JournalFilter byAction;
        byAction.action = JournalAction::Open;
        QCOMPARE(j.page(byAction, 0, 100).size(), 0);
        const auto asc = j.pageAscending({}, 0, 5);
        QCOMPARE(asc.first().seq, 1);
    }
    void deniedActionsAreJournaled()
    {
        TempCase tc;
        const qint64 sec = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("staff1"), Role::Staff, sec);
        CaseFile& f = tc.reopen(QStringLiteral("staff1"));
        QVERIFY_THROWS_EXCEPTION(Error, f.sections().add(f.session(), QStringLiteral("9"), QStringLiteral("x")));
        JournalFilter denied;
        denied.action = JournalAction::Denied;
        const auto rows = f.journal().page(denied, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().login, QStringLiteral("staff1"));
        QCOMPARE(rows.first().summary, QStringLiteral("manage-organisation"));
        QVERIFY(f.journal().verify().ok);
    }
    void canonicalBytesAreUnambiguous()
    {
        JournalEntry a;
        a.summary = QStringLiteral("ab");
        a.entityId = QStringLiteral("c");
        JournalEntry b;
        b.summary = QStringLiteral("b");
        b.entityId = QStringLiteral("ca");
        QVERIFY(a.canonicalBytes() != b.canonicalBytes());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
