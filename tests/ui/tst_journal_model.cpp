// JournalModel: newest first, keyset-paged 200 at a time, filters reset it, and it passes
// QAbstractItemModelTester while pages arrive.
#include "TestCase.h"

#include "journal/JournalModel.h"

#include "journal/Journal.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using mamori::ui::JournalModel;

namespace {

const Session& otherActor() {
    static const Session s(99, QStringLiteral("suzuki"), QStringLiteral("鈴木"),
                           {{Role::Auditor, std::nullopt}}, false);
    return s;
}

// ~1000 entries, alternating actors, actions and entities, one minute apart.
void fill(TempCase& c, int n) {
    Transaction tx(c.file().db());
    for (int i = 0; i < n; ++i) {
        c.clock().advanceSeconds(60);
        const Session& actor = i % 3 == 0 ? otherActor() : c.admin();
        c.file().journal().append(actor, i % 2 ? JournalAction::Update : JournalAction::View,
                                  i % 5 == 0 ? QStringLiteral("carryout")
                                             : QStringLiteral("account"),
                                  QString::number(i), QStringLiteral("entry %1").arg(i));
    }
    tx.commit();
}

} // namespace

class TstJournalModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstPageNewestFirst();
    void fetchMorePagesToTheEnd();
    void passesModelTester();
    void columnsShowTheEntry();
    void filterByLogin();
    void filterByActionAndEntity();
    void filterByTime();
    void filterMatchingNothing();
    void reloadShowsNewEntries();
    void withoutPermissionShowsNothing();

private:
    std::unique_ptr<TempCase> m_case;
    qint64 m_total = 0;
};

void TstJournalModel::init() {
    m_case = std::make_unique<TempCase>();
    fill(*m_case, 1000);
    m_total = m_case->file().journal().count();
}

void TstJournalModel::cleanup() {
    m_case.reset();
}

void TstJournalModel::firstPageNewestFirst() {
    JournalModel model(m_case->file());
    QCOMPARE(model.rowCount(), JournalModel::kPageSize);
    QCOMPARE(model.columnCount(), static_cast<int>(JournalModel::ColumnCount));
    QCOMPARE(model.entry(0).seq, m_total);
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).seq, model.entry(row - 1).seq - 1);
    QVERIFY(model.canFetchMore({}));
}

void TstJournalModel::fetchMorePagesToTheEnd() {
    JournalModel model(m_case->file());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * JournalModel::kPageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), JournalModel::kPageSize);
    QCOMPARE(inserted[0][2].toInt(), 2 * JournalModel::kPageSize - 1);
    int fetches = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(++fetches < 100);
    }
    QCOMPARE(model.rowCount(), static_cast<int>(m_total));
    QCOMPARE(model.entry(model.rowCount() - 1).seq, 1);
    // Every entry exactly once.
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).seq, model.entry(row - 1).seq - 1);
    model.fetchMore({}); // at the end: nothing happens
    QCOMPARE(model.rowCount(), static_cast<int>(m_total));
}

void TstJournalModel::passesModelTester() {
    JournalModel model(m_case->file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    JournalFilter f;
    f.login = QStringLiteral("suzuki");
    model.setFilter(f);
    model.fetchMore({});
    model.reload();
    model.setFilter({});
    // The tester itself fetches while checking; whatever it loaded is whole pages, newest first.
    QVERIFY(model.rowCount() >= JournalModel::kPageSize);
    QCOMPARE(model.entry(0).seq, m_total);
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).seq, model.entry(row - 1).seq - 1);
}

void TstJournalModel::columnsShowTheEntry() {
    JournalModel model(m_case->file());
    const JournalEntry& e = model.entry(0);
    QCOMPARE(model.data(model.index(0, JournalModel::Seq)).toLongLong(), e.seq);
    QCOMPARE(model.data(model.index(0, JournalModel::Seq), JournalModel::SeqRole).toLongLong(),
             e.seq);
    QCOMPARE(model.data(model.index(0, JournalModel::Login)).toString(), e.login);
    QCOMPARE(model.data(model.index(0, JournalModel::Entity)).toString(), e.entity);
    QCOMPARE(model.data(model.index(0, JournalModel::EntityId)).toString(), e.entityId);
    QCOMPARE(model.data(model.index(0, JournalModel::Summary)).toString(), e.summary);
    // Wareki by default (the case file's date style), local time.
    const QString at = model.data(model.index(0, JournalModel::At)).toString();
    QVERIFY2(at.startsWith(QStringLiteral("令和")), qPrintable(at));
    QVERIFY(at.contains(QStringLiteral("時")));
    // The action is a label, the key stays in the tooltip.
    QCOMPARE(model.data(model.index(0, JournalModel::Action), Qt::ToolTipRole).toString(),
             e.action);
    QVERIFY(!model.data(model.index(0, JournalModel::Action)).toString().isEmpty());
    QVERIFY(!model.headerData(JournalModel::Summary, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());
}

void TstJournalModel::filterByLogin() {
    JournalModel model(m_case->file());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    JournalFilter f;
    f.login = QStringLiteral("suzuki");
    model.setFilter(f);
    QCOMPARE(reset.size(), 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 334); // i % 3 == 0 for i in [0, 1000)
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).login, QStringLiteral("suzuki"));
    QCOMPARE(model.filter().login, QStringLiteral("suzuki"));
}

void TstJournalModel::filterByActionAndEntity() {
    JournalModel model(m_case->file());
    JournalFilter f;
    f.action = JournalAction::Update;
    f.entity = QStringLiteral("carryout");
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    // odd i with i % 5 == 0: 5, 15, ..., 995
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entry(row).action, JournalAction::Update);
        QCOMPARE(model.entry(row).entity, QStringLiteral("carryout"));
    }
}

void TstJournalModel::filterByTime() {
    JournalModel model(m_case->file());
    const QDateTime start = QDateTime(QDate(2025, 11, 23), QTime(9, 0), Qt::UTC);
    JournalFilter f;
    f.from = start.addSecs(60 * 101); // entries i = 100 .. 199 are at start + (i + 1) minutes
    f.to = start.addSecs(60 * 200);
    model.setFilter(f);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.entry(0).summary, QStringLiteral("entry 199"));
    QCOMPARE(model.entry(99).summary, QStringLiteral("entry 100"));
}

void TstJournalModel::filterMatchingNothing() {
    JournalModel model(m_case->file());
    JournalFilter f;
    f.login = QStringLiteral("nobody");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TstJournalModel::reloadShowsNewEntries() {
    JournalModel model(m_case->file());
    {
        Transaction tx(m_case->file().db());
        m_case->file().journal().append(m_case->admin(), JournalAction::Print,
                                        QStringLiteral("account"), QString(),
                                        QStringLiteral("newest"));
        tx.commit();
    }
    QVERIFY(model.entry(0).summary != QStringLiteral("newest"));
    model.reload();
    QCOMPARE(model.entry(0).summary, QStringLiteral("newest"));
    QCOMPARE(model.rowCount(), JournalModel::kPageSize);
}

void TstJournalModel::withoutPermissionShowsNothing() {
    m_case->addAccount(QStringLiteral("staff1"), Role::Staff,
                       m_case->addSection(QStringLiteral("01"), QStringLiteral("市民課")));
    CaseFile& staff = m_case->reopen(QStringLiteral("staff1"));
    JournalModel model(staff);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TstJournalModel)
#include "tst_journal_model.moc"
