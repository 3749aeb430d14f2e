// The carry-out screens: the paged list model (QAbstractItemModelTester), the filter bar driving
// it, the CSV export, buttons per state and permission, the request editor (a validation error
// at the field, then fixed), the approval dialog refusing missing required measures, rejection
// with a reason, and the return checked by a second person.
#include "CustodyFixture.h"

#include "custody/CarryOutApprovalDialog.h"
#include "custody/CarryOutListModel.h"
#include "custody/CarryOutRequestDialog.h"
#include "custody/CarryOutReturnDialog.h"
#include "custody/CarryOutWorkflow.h"
#include "custody/CarryOutsView.h"
#include "custody/MeasureChecklist.h"
#include "forms/FormPrintButton.h"
#include "lists/CsvWriter.h"
#include "lists/ListCsvExport.h"
#include "lists/ListFilterBar.h"

#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

// Japanese text arrives through the input method, as on a real desktop.
void typeJapanese(QWidget* w, const QString& text) {
    w->setFocus();
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

template <typename T>
T* child(QObject* parent, const char* name) {
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QStringList names(const char* csv) {
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

CarryOut stateOf(TempCase& tc, const CustodyWorld& w, qint64 id) {
    return tc.file().carryOuts().get(w.manager, id);
}

} // namespace

class TstCarryOutsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelPagesAndPassesTester();
    void filterBarDrivesTheList();
    void csvExportContent();
    void buttonsFollowStateAndPermission_data();
    void buttonsFollowStateAndPermission();
    void requestValidationErrorThenFixed();
    void requestMarksRequiredMeasures();
    void approvalRefusesMissingRequiredMeasures();
    void rejectNeedsAReason();
    void returnByTheReturnerRefused();
    void withoutPermission();
    void printButtonForms();
};

void TstCarryOutsView::modelPagesAndPassesTester() {
    TempCase tc;
    CustodyWorld w(tc);
    for (int i = 0; i < 230; ++i)
        tc.file().carryOuts().request(w.handler, w.draft(i));
    tc.reopen(QStringLiteral("mgr"));
    CarryOutListModel model(tc.file());
    QCOMPARE(model.rowCount(), PagedModelBase::kPageSize);
    QCOMPARE(model.totalCount(), 230);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches what it can as it checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 230);
    QVERIFY(!model.canFetchMore({}));

    model.sort(CarryOutListModel::ControlNo, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, CarryOutListModel::ControlNo)).toString(), QStringLiteral("CO-2025-000001"));
    model.sort(CarryOutListModel::ControlNo, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, CarryOutListModel::ControlNo)).toString(), QStringLiteral("CO-2025-000230"));
    QCOMPARE(model.data(model.index(0, CarryOutListModel::State)).toString(), QStringLiteral("Requested"));
    QCOMPARE(model.data(model.index(0, CarryOutListModel::RecordCount)).toInt(), 12);
    QVERIFY(model.data(model.index(0, CarryOutListModel::PlannedOut)).toString().contains(QStringLiteral("11月23日")));
    QVERIFY(!model.isSortable(CarryOutListModel::Description));

    ListFilter f;
    f.text = QStringLiteral("co-2025-000123");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TstCarryOutsView::filterBarDrivesTheList() {
    TempCase tc;
    CustodyWorld w(tc);
    w.reach(tc, CarryOutState::Requested, 1);
    w.reach(tc, CarryOutState::Approved, 2);
    const CarryOut out = w.reach(tc, CarryOutState::Out, 3);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutWorkflow workflow(tc.file());
    CarryOutsView view(tc.file(), workflow);
    CarryOutListModel* model = view.model();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(view.statusText(), QStringLiteral("3 carry-out(s)"));

    auto* state = child<QComboBox>(&view, "listStateFilter");
    state->setCurrentIndex(state->findData(QStringLiteral("APPROVED")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).state, CarryOutState::Approved);

    child<QPushButton>(&view, "listClearFilterButton")->click();
    QCOMPARE(model->rowCount(), 3);

    // Overdue only: nothing until the planned return has passed.
    auto* overdue = child<QCheckBox>(&view, "listOverdueOnly");
    overdue->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
    tc.clock().set(QDateTime(QDate(2025, 11, 27), QTime(9, 0), Qt::UTC));
    view.refresh();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).id, out.id);
    QCOMPARE(model->data(model->index(0, CarryOutListModel::State)).toString(), QStringLiteral("Overdue"));
    overdue->setChecked(false);

    // The section and the planned departure range.
    auto* section = child<QComboBox>(&view, "listSectionFilter");
    QCOMPARE(section->count(), 2); // "Any" and the one section the manager reads
    section->setCurrentIndex(1);
    QCOMPARE(model->filter().sectionId, std::optional<qint64>(w.own));
    QCOMPARE(model->rowCount(), 3);
    child<QDateEdit>(&view, "listFromDate")->setDate(QDate(2025, 11, 24));
    QCOMPARE(model->rowCount(), 0);

    // Free text.
    child<QPushButton>(&view, "listClearFilterButton")->click();
    auto* text = child<QLineEdit>(&view, "listTextFilter");
    typeJapanese(text, QStringLiteral("調査票 3")); // "3": in no other description or control number
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).description, QStringLiteral("訪問調査票 3"));
}

void TstCarryOutsView::csvExportContent() {
    TempCase tc;
    CustodyWorld w(tc);
    CarryOut d = w.draft(1);
    d.description = QStringLiteral("調査票, 東地区");
    tc.file().carryOuts().request(w.handler, d);
    w.reach(tc, CarryOutState::Approved, 2);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutWorkflow workflow(tc.file());
    CarryOutsView view(tc.file(), workflow);
    QVERIFY(child<QPushButton>(&view, "exportCarryOutsButton")->isEnabled());
    view.model()->sort(CarryOutListModel::ControlNo, Qt::AscendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("co.csv"));
    ListCsvExport exporter(tc.file(), *view.model(), QStringLiteral("carry_out"));
    QCOMPARE(exporter.writeTo(path, QString()), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(CsvWriter::byteOrderMark()));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QCOMPARE(lines[0], QByteArray("Control No.,State,Section,Item,Description,Records,Planned departure,"
                                  "Planned return,Destination\r"));
    QCOMPARE(QString::fromUtf8(lines[1]),
             QStringLiteral("CO-2025-000001,Requested,保険年金課,Other,\"調査票, 東地区\",12,2025-11-23,2025-11-25,"
                            "東町公民館\r"));
    QVERIFY(lines[2].startsWith("CO-2025-000002,Approved,"));
    JournalFilter exports;
    exports.action = JournalAction::Export;
    const JournalEntry e = tc.file().journal().page(exports, 0, 1).first();
    QCOMPARE(e.entity, QStringLiteral("carry_out"));
    QVERIFY(!e.summary.contains(QStringLiteral("調査票"))); // counts and reasons, no data
}

void TstCarryOutsView::buttonsFollowStateAndPermission_data() {
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("enabled");
    const auto st = [](CarryOutState s) { return static_cast<int>(s); };
    const QString mgr = QStringLiteral("mgr");
    const QString handler = QStringLiteral("handler");
    QTest::newRow("manager, requested") << mgr << st(CarryOutState::Requested) << names("decide");
    QTest::newRow("handler, requested") << handler << st(CarryOutState::Requested) << names("");
    QTest::newRow("handler, approved") << handler << st(CarryOutState::Approved) << names("markOut");
    QTest::newRow("manager, out") << mgr << st(CarryOutState::Out) << names("return,lost");
    QTest::newRow("manager, returned") << mgr << st(CarryOutState::Returned) << names("close");
}

void TstCarryOutsView::buttonsFollowStateAndPermission() {
    QFETCH(QString, login);
    QFETCH(int, state);
    QFETCH(QStringList, enabled);
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, static_cast<CarryOutState>(state));
    tc.reopen(login);
    CarryOutWorkflow workflow(tc.file());
    CarryOutsView view(tc.file(), workflow);
    const QStringList all = names("decide,markOut,return,lost,close");
    for (const QString& b : all) // nothing selected: nothing to do
        QVERIFY(!view.findChild<QPushButton*>(b + QStringLiteral("CarryOutButton"))->isEnabled());
    view.select(c.id);
    QVERIFY(child<QPushButton>(&view, "openCarryOutButton")->isEnabled());
    for (const QString& b : all)
        QCOMPARE(view.findChild<QPushButton*>(b + QStringLiteral("CarryOutButton"))->isEnabled(), enabled.contains(b));
    QVERIFY(child<QPushButton>(&view, "newCarryOutButton")->isEnabled());
}

void TstCarryOutsView::requestValidationErrorThenFixed() {
    TempCase tc;
    CustodyWorld w(tc);
    tc.reopen(QStringLiteral("handler"));
    CarryOutRequestDialog dialog(tc.file());
    QSignalSpy requested(&dialog, &CarryOutRequestDialog::requested);
    auto* person = child<QComboBox>(&dialog, "requestPerson");
    QCOMPARE(person->count(), 3);
    person->setCurrentIndex(person->findData(w.handlerPerson));
    typeJapanese(child<QLineEdit>(&dialog, "requestPurpose"), QStringLiteral("訪問調査"));
    typeJapanese(child<QLineEdit>(&dialog, "requestDestination"), QStringLiteral("東町公民館"));
    child<QDateEdit>(&dialog, "requestPlannedOut")->setDate(QDate(2025, 11, 25));
    child<QDateEdit>(&dialog, "requestPlannedReturn")->setDate(QDate(2025, 11, 24));

    // No description: refused at the field, nothing saved.
    child<QPushButton>(&dialog, "requestSubmitButton")->click();
    QVERIFY(!dialog.errorText(QStringLiteral("description")).isEmpty());
    QVERIFY(child<QLabel>(&dialog, "requestDescriptionError")->isVisibleTo(&dialog));
    QCOMPARE(requested.size(), 0);
    QCOMPARE(tc.file().carryOuts().count(w.manager), 0);

    // Described, but the return is planned before the departure.
    typeJapanese(child<QLineEdit>(&dialog, "requestDescription"), QStringLiteral("訪問調査票 一式"));
    child<QPushButton>(&dialog, "requestSubmitButton")->click();
    QVERIFY(dialog.errorText(QStringLiteral("description")).isEmpty());
    QVERIFY(!child<QLabel>(&dialog, "requestDescriptionError")->isVisibleTo(&dialog));
    QVERIFY(!dialog.errorText(QStringLiteral("planned_return_at")).isEmpty());
    QCOMPARE(tc.file().carryOuts().count(w.manager), 0);

    // Fixed: accepted.
    child<QDateEdit>(&dialog, "requestPlannedReturn")->setDate(QDate(2025, 11, 27));
    child<QSpinBox>(&dialog, "requestRecordCount")->setValue(40);
    child<QPushButton>(&dialog, "requestSubmitButton")->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CarryOut c = stateOf(tc, w, dialog.created().id);
    QCOMPARE(c.state, CarryOutState::Requested);
    QCOMPARE(c.description, QStringLiteral("訪問調査票 一式"));
    QCOMPARE(c.recordCount, 40);
    QCOMPARE(c.plannedReturnOn, QDate(2025, 11, 27));
    QCOMPARE(c.requestedBy, w.handlerPerson);
}

void TstCarryOutsView::requestMarksRequiredMeasures() {
    TempCase tc;
    CustodyWorld w(tc);
    tc.reopen(QStringLiteral("handler"));
    CarryOutRequestDialog dialog(tc.file());
    auto* checklist = child<MeasureChecklist>(&dialog, "requestMeasures");
    auto* item = child<QComboBox>(&dialog, "requestItemType");
    item->setCurrentIndex(item->findData(QStringLiteral("OTHER")));
    QVERIFY(checklist->required().isEmpty());
    auto* file = child<QComboBox>(&dialog, "requestFile");
    file->setCurrentIndex(file->findData(w.myNumberFile));
    item->setCurrentIndex(item->findData(QStringLiteral("PAPER")));
    QCOMPARE(checklist->required(), tc.file().carryOuts().requiredMeasures(CarryOutSensitivity::MyNumber,
                                                                         CarryOutItemType::Paper));
    QVERIFY(checklist->required().contains(CarryOutMeasure::Masking));
    QVERIFY(child<QCheckBox>(checklist, "measure_MASKING")->text().contains(QStringLiteral("(required)")));
    QVERIFY(!child<QCheckBox>(checklist, "measure_ENCRYPTION")->text().contains(QStringLiteral("(required)")));
}

void TstCarryOutsView::approvalRefusesMissingRequiredMeasures() {
    TempCase tc;
    CustodyWorld w(tc);
    CarryOut d = w.draft();
    d.fileId = w.myNumberFile;
    d.itemType = CarryOutItemType::Paper;
    d.appliedMeasures = {CarryOutMeasure::LockedCase};
    const CarryOut c = tc.file().carryOuts().request(w.handler, d);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutApprovalDialog dialog(tc.file(), c);
    MeasureChecklist* checklist = dialog.checklist();
    QCOMPARE(checklist->missing(), (QList<CarryOutMeasure>{CarryOutMeasure::Sealing, CarryOutMeasure::Masking}));
    auto* approve = child<QPushButton>(&dialog, "approvalApproveButton");
    QVERIFY(!approve->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "approvalMissingLabel")->text().isEmpty());

    // The button is only the mirror: core refuses too, and says so under the checklist.
    dialog.approve();
    QVERIFY(!dialog.errorText(QStringLiteral("measures")).isEmpty());
    QCOMPARE(stateOf(tc, w, c.id).state, CarryOutState::Requested);

    child<QCheckBox>(checklist, "measure_SEALING")->setChecked(true);
    QVERIFY(!approve->isEnabled());
    child<QCheckBox>(checklist, "measure_MASKING")->setChecked(true);
    QVERIFY(approve->isEnabled());
    approve->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CarryOut approved = stateOf(tc, w, c.id);
    QCOMPARE(approved.state, CarryOutState::Approved);
    QVERIFY(approved.appliedMeasures.contains(CarryOutMeasure::Masking));
}

void TstCarryOutsView::rejectNeedsAReason() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Requested);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutApprovalDialog dialog(tc.file(), c);
    auto* reject = child<QPushButton>(&dialog, "approvalRejectButton");
    reject->click();
    QVERIFY(!dialog.errorText(QStringLiteral("rejection_reason")).isEmpty());
    QCOMPARE(stateOf(tc, w, c.id).state, CarryOutState::Requested);
    typeJapanese(child<QPlainTextEdit>(&dialog, "approvalReason"), QStringLiteral("目的が不明確"));
    reject->click();
    const CarryOut r = stateOf(tc, w, c.id);
    QCOMPARE(r.state, CarryOutState::Rejected);
    QCOMPARE(r.rejectionReason, QStringLiteral("目的が不明確"));
}

void TstCarryOutsView::returnByTheReturnerRefused() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Out);
    tc.clock().advanceSeconds(3600);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutReturnDialog dialog(tc.file(), c);
    auto* person = child<QComboBox>(&dialog, "returnPerson");
    QCOMPARE(person->currentData().toLongLong(), w.handlerPerson); // prefilled: the one who took it
    person->setCurrentIndex(person->findData(w.managerPerson));  // the checker brings it back himself
    child<QPushButton>(&dialog, "returnSubmitButton")->click();
    QVERIFY(!dialog.errorText(QStringLiteral("checked_by")).isEmpty());
    QCOMPARE(stateOf(tc, w, c.id).state, CarryOutState::Out);

    person->setCurrentIndex(person->findData(w.clerkPerson));
    child<QCheckBox>(&dialog, "returnSealIntact")->setChecked(false);
    child<QPushButton>(&dialog, "returnSubmitButton")->click();
    const CarryOut r = stateOf(tc, w, c.id);
    QCOMPARE(r.state, CarryOutState::Returned);
    QCOMPARE(r.returnedBy, std::optional<qint64>(w.clerkPerson));
    QCOMPARE(r.sealIntact, std::optional<bool>(false));
    QCOMPARE(r.countMatches, std::optional<bool>(true));
}

// The print button: the ledger and labels of the list always, the approval form and label of the
// selected entry once one is selected; each written as a PDF through core (journaled).
void TstCarryOutsView::printButtonForms() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Approved);
    tc.reopen(QStringLiteral("mgr"));
    CarryOutWorkflow workflow(tc.file());
    CarryOutsView view(tc.file(), workflow);
    FormPrintButton* print = view.printButton();
    QVERIFY(print->isEnabled());
    QVERIFY(print->isAvailable(QStringLiteral("carryout-ledger")));
    QVERIFY(!print->isAvailable(QStringLiteral("carryout-approval")));
    view.select(c.id);
    QVERIFY(print->isAvailable(QStringLiteral("carryout-approval")));
    QTemporaryDir dir;
    JournalFilter prints;
    prints.action = JournalAction::Print;
    const qsizetype before = tc.file().journal().page(prints, 0, 100).size();
    for (const QString& form : print->formNames()) {
        const QString pdf = dir.filePath(form + QStringLiteral(".pdf"));
        QVERIFY2(print->writePdf(form, pdf), qPrintable(print->lastError()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
    QCOMPARE(tc.file().journal().page(prints, 0, 100).size(), before + print->formNames().size());
}

void TstCarryOutsView::withoutPermission() {
    TempCase tc;
    CarryOutWorkflow workflow(tc.file()); // SYSTEM_ADMIN reads no personal data
    CarryOutsView view(tc.file(), workflow);
    QVERIFY(!view.model());
    QVERIFY(child<QLabel>(&view, "carryOutsNoPermissionLabel"));
}

QTEST_MAIN(TstCarryOutsView)
#include "tst_carry_outs_view.moc"
