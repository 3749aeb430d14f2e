// JournalView: the filter bar drives the model, "Verify journal" reports intact or the first
// broken entry, and the CSV export goes through ExportGuard (a reason above the threshold,
// nothing written when refused).
#include "TestCase.h"

#include "journal/JournalCsvWriter.h"
#include "journal/JournalModel.h"
#include "journal/JournalView.h"
#include "lists/CsvWriter.h"

#include "exporting/ExportGuard.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using mamori::ui::CsvWriter;
using mamori::ui::JournalCsvWriter;
using mamori::ui::JournalModel;
using mamori::ui::JournalView;

namespace {

void appendEntries(TempCase& c, int n) {
    Transaction tx(c.file().db());
    for (int i = 0; i < n; ++i) {
        c.clock().advanceSeconds(60);
        c.file().journal().append(c.admin(), JournalAction::View, QStringLiteral("account"),
                                  QString::number(i), QStringLiteral("entry %1").arg(i));
    }
    tx.commit();
}

QMessageBox* takeBox(QWidget* parent, const QString& name) {
    auto* box = parent->findChild<QMessageBox*>(name);
    if (box) {
        box->setAttribute(Qt::WA_DeleteOnClose, false);
        box->setParent(nullptr);
    }
    return box;
}

QList<QByteArray> csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

qint64 lastSeqWithAction(CaseFile& file, const QString& action) {
    JournalFilter f;
    f.action = action;
    const QList<JournalEntry> page = file.journal().page(f, 0, 1);
    return page.isEmpty() ? 0 : page.first().seq;
}

} // namespace

class TstJournalView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheJournal();
    void filterBarDrivesTheModel();
    void clearResetsTheFilter();
    void verifyIntact();
    void verifyFindsTheBrokenEntry();
    void exportSmallNeedsNoReason();
    void exportLargeNeedsAReason();
    void csvFieldsAreEscaped();
    void withoutPermission();
};

void TstJournalView::showsTheJournal() {
    TempCase c;
    appendEntries(c, 250);
    JournalView view(c.file());
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("journalTable"));
    QVERIFY(table);
    QCOMPARE(table->model(), view.model());
    QVERIFY(view.model()->rowCount() >= JournalModel::kPageSize);
    QVERIFY(view.model()->rowCount() < c.file().journal().count()); // paged, not all
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("verifyJournalButton"))->isEnabled());

    // Hidden (another screen chosen) and shown again: what was journaled meanwhile is on top.
    view.hide();
    appendEntries(c, 1);
    QVERIFY(view.model()->entry(0).seq < c.file().journal().count());
    view.show();
    QCOMPARE(view.model()->entry(0).seq, c.file().journal().count());
}

void TstJournalView::filterBarDrivesTheModel() {
    TempCase c;
    appendEntries(c, 20);
    c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    JournalView view(c.file());
    auto* login = view.findChild<QLineEdit*>(QStringLiteral("journalLoginFilter"));
    auto* action = view.findChild<QComboBox*>(QStringLiteral("journalActionFilter"));
    auto* entity = view.findChild<QLineEdit*>(QStringLiteral("journalEntityFilter"));
    auto* from = view.findChild<QDateEdit*>(QStringLiteral("journalFromDate"));
    auto* to = view.findChild<QDateEdit*>(QStringLiteral("journalToDate"));
    QVERIFY(login && action && entity && from && to);

    QVERIFY(view.filterFromInputs().isEmpty()); // "Any" everywhere at first
    login->setText(QStringLiteral(" ADMIN "));
    action->setCurrentIndex(action->findData(JournalAction::Create));
    entity->setText(QStringLiteral("account"));
    from->setDate(QDate(2025, 11, 1));
    to->setDate(QDate(2025, 11, 30));
    const JournalFilter f = view.filterFromInputs();
    QCOMPARE(f.login, QStringLiteral("admin"));
    QCOMPARE(f.action, JournalAction::Create);
    QCOMPARE(f.entity, QStringLiteral("account"));
    QCOMPARE(f.from, QDateTime(QDate(2025, 11, 1), QTime(0, 0)).toUTC());
    QCOMPARE(f.to, QDateTime(QDate(2025, 11, 30), QTime(23, 59, 59, 999)).toUTC());

    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("journalApplyButton")),
                      Qt::LeftButton);
    JournalModel* model = view.model();
    QCOMPARE(model->filter().action, JournalAction::Create);
    // The accounts the administrator created (the case's own admin, then tanaka), newest first.
    QCOMPARE(model->rowCount(), static_cast<int>(c.file().journal().page(f, 0, 1000).size()));
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).action, JournalAction::Create);
        QCOMPARE(model->entry(row).entity, QStringLiteral("account"));
        QCOMPARE(model->entry(row).login, QStringLiteral("admin"));
    }
    QVERIFY2(model->entry(0).summary.contains(QStringLiteral("tanaka")),
             qPrintable(model->entry(0).summary));
}

void TstJournalView::clearResetsTheFilter() {
    TempCase c;
    appendEntries(c, 5);
    JournalView view(c.file());
    view.findChild<QLineEdit*>(QStringLiteral("journalLoginFilter"))
        ->setText(QStringLiteral("nobody"));
    view.applyFilter();
    QCOMPARE(view.model()->rowCount(), 0);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("journalClearButton")),
                      Qt::LeftButton);
    QVERIFY(view.model()->filter().isEmpty());
    QVERIFY(view.filterFromInputs().isEmpty());
    QCOMPARE(view.model()->rowCount(), static_cast<int>(c.file().journal().count()));
}

void TstJournalView::verifyIntact() {
    TempCase c;
    appendEntries(c, 30);
    const qint64 count = c.file().journal().count();
    const QString head = Journal::shortHash(c.file().journal().headHash());
    JournalView view(c.file());
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("verifyJournalButton")),
                      Qt::LeftButton);
    std::unique_ptr<QMessageBox> box(takeBox(&view, QStringLiteral("journalVerifyResult")));
    QVERIFY(box);
    QVERIFY2(box->text().contains(head), qPrintable(box->text()));
    QVERIFY(box->text().contains(QString::number(count)));
    QCOMPARE(box->icon(), QMessageBox::Information);
    QCOMPARE(view.statusText(), box->text());
    // The check itself is on record, and the table shows it.
    QCOMPARE(lastSeqWithAction(c.file(), JournalAction::Verify), count + 1);
    QCOMPARE(view.model()->entry(0).action, JournalAction::Verify);
}

void TstJournalView::verifyFindsTheBrokenEntry() {
    TempCase c;
    appendEntries(c, 30);
    c.file().db().exec("UPDATE journal SET summary = 'tampered' WHERE seq = 12");
    JournalView view(c.file());
    view.verifyJournal();
    std::unique_ptr<QMessageBox> box(takeBox(&view, QStringLiteral("journalVerifyResult")));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("12")), qPrintable(box->text()));
    QCOMPARE(box->icon(), QMessageBox::Warning);
}

void TstJournalView::exportSmallNeedsNoReason() {
    TempCase c;
    JournalView view(c.file());
    JournalFilter f;
    f.action = JournalAction::Create;
    view.model()->setFilter(f);
    const qint64 matching = c.file().journal().pageAscending(f, 0, 1000).size();
    QVERIFY(matching > 0 && matching < ExportGuard(c.file()).threshold());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("journal.csv"));
    QVERIFY(view.exportCsvTo(path));
    const QList<QByteArray> lines = csvLines(path);
    QCOMPARE(lines.size(), matching + 1);
    QVERIFY(lines[0].startsWith("\xEF\xBB\xBF"
                                "seq,"));
    QVERIFY(lines[1].startsWith("1,")); // oldest first
    QCOMPARE(lastSeqWithAction(c.file(), JournalAction::Export), c.file().journal().count());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 1); // no temporary file left
}

void TstJournalView::exportLargeNeedsAReason() {
    TempCase c;
    appendEntries(c, ExportGuard(c.file()).threshold() + 5);
    JournalView view(c.file());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("journal.csv"));
    const qint64 before = c.file().journal().count();

    QVERIFY(!view.exportCsvTo(path));
    std::unique_ptr<QMessageBox> box(takeBox(&view, QStringLiteral("journalErrorBox")));
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(c.file().journal().count(), before);

    QVERIFY(view.exportCsvTo(path, QStringLiteral("監査のため")));
    QCOMPARE(csvLines(path).size(), before + 1);
    const QList<JournalEntry> last = c.file().journal().page({}, 0, 1);
    QCOMPARE(last.first().action, JournalAction::Export);
    QVERIFY(last.first().summary.contains(QStringLiteral("監査のため")));
}

void TstJournalView::csvFieldsAreEscaped() {
    QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")),
             QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("=1+2")), QByteArray("\"'=1+2\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("line\nbreak")), QByteArray("\"line\nbreak\""));
    QCOMPARE(CsvWriter::field(QStringLiteral("市民課")), QStringLiteral("市民課").toUtf8());
    JournalEntry e;
    e.seq = 7;
    e.at = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    e.login = QStringLiteral("admin");
    e.action = QStringLiteral("view");
    e.entity = QStringLiteral("account");
    e.summary = QStringLiteral("x, y");
    e.hash = QByteArray::fromHex("abcd");
    QCOMPARE(JournalCsvWriter::row(e),
             QByteArray("7,2025-01-02T03:04:05.006Z,admin,view,account,,\"x, y\",abcd\r\n"));
}

void TstJournalView::withoutPermission() {
    TempCase c;
    c.addAccount(QStringLiteral("staff1"), Role::Staff,
                 c.addSection(QStringLiteral("01"), QStringLiteral("市民課")));
    CaseFile& staff = c.reopen(QStringLiteral("staff1"));
    const qint64 before = staff.journal().count();
    JournalView view(staff);
    QVERIFY(!view.model());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("journalNoPermissionLabel")));
    QVERIFY(!view.findChild<QTableView*>());
    QTemporaryDir out;
    QVERIFY(!view.exportCsvTo(out.filePath(QStringLiteral("j.csv"))));
    delete takeBox(&view, QStringLiteral("journalErrorBox"));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("j.csv"))));
    // The refusal is journaled by core.
    QCOMPARE(staff.journal().count(), before + 1);
    QCOMPARE(staff.journal().page({}, 0, 1).first().action, JournalAction::Denied);
}

QTEST_MAIN(TstJournalView)
#include "tst_journal_view.moc"
