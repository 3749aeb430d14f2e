#include "TestCase.h"

#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// Service calls join an open transaction; a failed one poisons the batch so that a row can
// never be committed without its journal entry.
class TestTransaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinedCallsCommitTogether()
    {
        TempCase tc;
        const qint64 before = tc.file().journal().count();
        {
            Transaction tx(tc.file().db());
            tc.addSection(QStringLiteral("A"), QStringLiteral("甲課"));
            tc.addSection(QStringLiteral("B"), QStringLiteral("乙課"));
            tx.commit();
        }
        QCOMPARE(tc.file().journal().count(), before + 2);
        QVERIFY(tc.file().journal().verify().ok);
    }
    void failedJoinedCallUndoesTheBatch()
    {
        TempCase tc;
        const qint64 before = tc.file().journal().count();
        {
            Transaction tx(tc.file().db());
            tc.addSection(QStringLiteral("A"), QStringLiteral("甲課"));
            {
                // An operation that wrote something and then failed before its commit().
                Transaction inner(tc.file().db());
                tc.file().db().exec("INSERT INTO sections(code, name, created_at) VALUES('X', 'x', 'now')");
            }
            try {
                tx.commit();
                QFAIL("the outer commit must refuse");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Internal);
            }
        }
        QVERIFY(!tc.file().sections().byCode(QStringLiteral("A")));
        QVERIFY(!tc.file().sections().byCode(QStringLiteral("X")));
        QCOMPARE(tc.file().journal().count(), before);
        // The next batch starts clean.
        Transaction again(tc.file().db());
        tc.addSection(QStringLiteral("C"), QStringLiteral("丙課"));
        again.commit();
        QVERIFY(tc.file().sections().byCode(QStringLiteral("C")));
    }
    void validationErrorsInsideABatchWriteNothing()
    {
        TempCase tc;
        Transaction tx(tc.file().db());
        tc.addSection(QStringLiteral("A"), QStringLiteral("甲課"));
        // Refused before anything is written: the batch stays committable.
        QVERIFY_THROWS_EXCEPTION(Error, tc.addSection(QStringLiteral("A"), QStringLiteral("重複")));
        tx.commit();
        QVERIFY(tc.file().sections().byCode(QStringLiteral("A")));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
