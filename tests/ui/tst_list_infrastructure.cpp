// The shared list infrastructure (ui/lists): a paged, sortable model that reads one page at a
// time and passes QAbstractItemModelTester; the filter bar's inputs and signals; the CSV export
// (BOM, escaping, every filtered row rather than the loaded ones, a reason above the threshold,
// journaled, nothing left behind when refused).
#include "TestCase.h"

#include "lists/CsvWriter.h"
#include "lists/ListCsvExport.h"
#include "lists/ListFilterBar.h"
#include "lists/PagedTableModel.h"

#include "exporting/ExportGuard.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

// Numbers 1..n as rows; column 0 the number, column 1 its square as text ("=" first for odd
// numbers, to check formula neutralising). Counts the pages it was asked for.
class NumberModel : public PagedTableModel<int> {
public:
    explicit NumberModel(int n, QObject* parent = nullptr) : PagedTableModel<int>(parent), m_n(n) { reload(); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant headerData(int section, Qt::Orientation o, int role) const override {
        if (o == Qt::Horizontal && role == Qt::DisplayRole)
            return section == 0 ? QStringLiteral("番号") : QStringLiteral("square, text");
        return PagedTableModel<int>::headerData(section, o, role);
    }
    bool isSortable(int column) const override { return column == 0; }
    int pagesRead = 0;
    bool failNext = false;

protected:
    QList<int> readPage(int offset, int limit) override {
        ++pagesRead;
        if (failNext)
            throw Error(ErrorCode::IoError, QStringLiteral("disk gone"));
        QList<int> out;
        for (int i = offset; i < qMin(m_n, offset + limit); ++i)
            out << (sortOrder() == Qt::AscendingOrder ? i + 1 : m_n - i);
        return out;
    }
    qint64 readCount() override { return m_n; }
    QVariant cell(const int& row, int column, int role) const override {
        if (role == ExportRole && column == 0)
            return QStringLiteral("N%1").arg(row);
        if (role != Qt::DisplayRole)
            return {};
        if (column == 0)
            return row;
        return row % 2 ? QStringLiteral("=%1").arg(row * row) : QStringLiteral("%1,\"x\"").arg(row * row);
    }

private:
    int m_n;
};

QList<QByteArray> lines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

qint64 exportEntries(CaseFile& file) {
    JournalFilter f;
    f.action = JournalAction::Export;
    return file.journal().pageAscending(f, 0, 100000).size();
}

} // namespace

class TstListInfrastructure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstPageOnly();
    void fetchesToTheEnd();
    void passesModelTester();
    void sortStartsOver();
    void unsortableColumnIgnored();
    void readFailureStopsPaging();
    void filterBarParts();
    void filterBarEmitsOncePerChange();
    void filterBarClearAndSet();
    void csvFieldEscaping_data();
    void csvFieldEscaping();
    void csvExportsEveryRowWithBom();
    void csvExportNeedsAReasonAboveThreshold();
};

void TstListInfrastructure::firstPageOnly() {
    NumberModel m(1000);
    QCOMPARE(m.rowCount(), PagedModelBase::kPageSize);
    QCOMPARE(m.pagesRead, 1);
    QCOMPARE(m.totalCount(), 1000);
    QVERIFY(m.canFetchMore({}));
    QCOMPARE(m.data(m.index(0, 0)).toInt(), 1);
}

void TstListInfrastructure::fetchesToTheEnd() {
    NumberModel m(450);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    while (m.canFetchMore({}))
        m.fetchMore({});
    QCOMPARE(m.rowCount(), 450);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m.row(449), 450);
    QVERIFY(!m.canFetchMore({}));
}

void TstListInfrastructure::passesModelTester() {
    NumberModel m(500);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (m.canFetchMore({}))
        m.fetchMore({});
    m.sort(0, Qt::DescendingOrder);
    m.fetchMore({});
    m.reload();
    QCOMPARE(m.rowCount(), PagedModelBase::kPageSize);
}

void TstListInfrastructure::sortStartsOver() {
    NumberModel m(300);
    m.fetchMore({});
    QCOMPARE(m.rowCount(), 300);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.sort(0, Qt::DescendingOrder);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.rowCount(), PagedModelBase::kPageSize);
    QCOMPARE(m.row(0), 300);
    QCOMPARE(m.sortOrder(), Qt::DescendingOrder);
    m.sort(0, Qt::DescendingOrder); // same order: nothing read again
    QCOMPARE(reset.size(), 1);
}

void TstListInfrastructure::unsortableColumnIgnored() {
    NumberModel m(10);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.sort(1, Qt::DescendingOrder);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m.sortColumn(), 0);
}

void TstListInfrastructure::readFailureStopsPaging() {
    NumberModel m(1000);
    QSignalSpy failed(&m, &PagedModelBase::loadFailed);
    m.failNext = true;
    m.fetchMore({});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("disk gone"));
    QVERIFY(!m.canFetchMore({}));
    QCOMPARE(m.rowCount(), PagedModelBase::kPageSize);
}

void TstListInfrastructure::filterBarParts() {
    ListFilterBar bar(ListFilterBar::State | ListFilterBar::Text);
    QVERIFY(bar.findChild<QComboBox*>(QStringLiteral("listStateFilter")));
    QVERIFY(bar.findChild<QLineEdit*>(QStringLiteral("listTextFilter")));
    QVERIFY(!bar.findChild<QComboBox*>(QStringLiteral("listSectionFilter")));
    QVERIFY(!bar.findChild<QDateEdit*>(QStringLiteral("listFromDate")));
    QVERIFY(!bar.findChild<QCheckBox*>(QStringLiteral("listOverdueOnly")));
    QVERIFY(bar.filter().isEmpty());
}

void TstListInfrastructure::filterBarEmitsOncePerChange() {
    ListFilterBar bar(ListFilterBar::All);
    bar.setStates({{QStringLiteral("OUT"), QStringLiteral("持出中")}, {QStringLiteral("LOST"), QStringLiteral("紛失")}});
    bar.setSections({Section{7, QStringLiteral("0101"), QStringLiteral("市民課")}});
    QSignalSpy changed(&bar, &ListFilterBar::filterChanged);

    auto* state = bar.findChild<QComboBox*>(QStringLiteral("listStateFilter"));
    state->setCurrentIndex(state->findData(QStringLiteral("LOST")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bar.filter().state, QStringLiteral("LOST"));

    auto* section = bar.findChild<QComboBox*>(QStringLiteral("listSectionFilter"));
    section->setCurrentIndex(1);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(bar.filter().sectionId, std::optional<qint64>(7));

    bar.findChild<QDateEdit*>(QStringLiteral("listFromDate"))->setDate(QDate(2025, 4, 1));
    bar.findChild<QDateEdit*>(QStringLiteral("listToDate"))->setDate(QDate(2026, 3, 31));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(bar.filter().from, std::optional<QDate>(QDate(2025, 4, 1)));
    QCOMPARE(bar.filter().to, std::optional<QDate>(QDate(2026, 3, 31)));

    bar.findChild<QCheckBox*>(QStringLiteral("listOverdueOnly"))->setChecked(true);
    QCOMPARE(changed.size(), 5);
    QVERIFY(bar.filter().overdueOnly);

    // Typing waits for a pause; Enter applies at once, and only once.
    auto* text = bar.findChild<QLineEdit*>(QStringLiteral("listTextFilter"));
    QTest::keyClicks(text, QStringLiteral("CO-2025"));
    QCOMPARE(changed.size(), 5);
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(changed.size(), 6);
    QCOMPARE(changed.last().first().value<ListFilter>().text, QStringLiteral("CO-2025"));
    bar.applyNow();
    QCOMPARE(changed.size(), 6);
    // And the pause alone applies it too.
    QTest::keyClicks(text, QStringLiteral("1"));
    QTRY_COMPARE(changed.size(), 7);
}

void TstListInfrastructure::filterBarClearAndSet() {
    ListFilterBar bar(ListFilterBar::All);
    bar.setStates({{QStringLiteral("OUT"), QStringLiteral("持出中")}});
    bar.setSections({Section{7, QStringLiteral("0101"), QStringLiteral("市民課")}});
    QSignalSpy changed(&bar, &ListFilterBar::filterChanged);
    ListFilter f;
    f.state = QStringLiteral("OUT");
    f.sectionId = 7;
    f.from = QDate(2025, 1, 1);
    f.overdueOnly = true;
    f.text = QStringLiteral("公民館");
    bar.setFilter(f);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bar.filter(), f);
    bar.findChild<QPushButton*>(QStringLiteral("listClearFilterButton"))->click();
    QCOMPARE(changed.size(), 2);
    QVERIFY(bar.filter().isEmpty());
}

void TstListInfrastructure::csvFieldEscaping_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("japanese") << QStringLiteral("市民課") << QStringLiteral("市民課").toUtf8();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QByteArray("\"'=SUM(A1)\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("\"'+1\"");
    QTest::newRow("minus") << QStringLiteral("-1") << QByteArray("\"'-1\"");
    QTest::newRow("at") << QStringLiteral("@x") << QByteArray("\"'@x\"");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TstListInfrastructure::csvFieldEscaping() {
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(CsvWriter::field(text), field);
}

void TstListInfrastructure::csvExportsEveryRowWithBom() {
    TempCase c;
    NumberModel m(50);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.csv"));
    ListCsvExport exporter(c.file(), m, QStringLiteral("number"));
    QVERIFY(!exporter.needsReason());
    const qint64 before = exportEntries(c.file());
    QCOMPARE(exporter.writeTo(path, QString()), 50);
    const QList<QByteArray> l = lines(path);
    QCOMPARE(l.size(), 51);
    QVERIFY(l[0].startsWith(CsvWriter::byteOrderMark()));
    QCOMPARE(l[0], CsvWriter::byteOrderMark() + QStringLiteral("番号,\"square, text\"\r").toUtf8());
    QCOMPARE(l[1], QByteArray("N1,\"'=1\"\r"));
    QCOMPARE(l[2], QByteArray("N2,\"4,\"\"x\"\"\"\r"));
    QCOMPARE(exportEntries(c.file()), before + 1);
}

void TstListInfrastructure::csvExportNeedsAReasonAboveThreshold() {
    TempCase c;
    const int threshold = ExportGuard(c.file()).threshold();
    NumberModel m(threshold + 150); // more than one page: the export reads beyond what is loaded
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("numbers.csv"));
    ListCsvExport exporter(c.file(), m, QStringLiteral("number"));
    QVERIFY(exporter.needsReason());
    const qint64 before = exportEntries(c.file());
    try {
        exporter.writeTo(path, QStringLiteral("  "));
        QFAIL("exported without a reason");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("reason"));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(exportEntries(c.file()), before);

    QCOMPARE(exporter.writeTo(path, QStringLiteral("監査対応")), threshold + 150);
    QCOMPARE(lines(path).size(), threshold + 151);
    JournalFilter f;
    f.action = JournalAction::Export;
    const QList<JournalEntry> exports = c.file().journal().page(f, 0, 1);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().entity, QStringLiteral("number"));
    QVERIFY(exports.first().summary.contains(QStringLiteral("監査対応")));
    QVERIFY(exports.first().summary.contains(QString::number(threshold + 150)));
}

QTEST_MAIN(TstListInfrastructure)
#include "tst_list_infrastructure.moc"
