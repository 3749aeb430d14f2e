// The 漏えい等事案 list and the report dialog: the model (QAbstractItemModelTester), what each
// column shows, the filters ("open only", state, section, text), the next PPC deadline turning
// red two days before, the report dialog refusing a future awareness time and an empty summary
// at the field (nothing saved) and accepting a valid report, and the File menu's report action
// of a staff member with no screens at all.
#include "IncidentFixture.h"

#include "incidents/IncidentDesk.h"
#include "incidents/IncidentEditor.h"
#include "incidents/IncidentReportDialog.h"
#include "incidents/IncidentsModel.h"
#include "incidents/IncidentsView.h"
#include "lists/ListFilterBar.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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

int rowOf(IncidentsModel* m, qint64 id) {
    return m->rowForId(id);
}

QString cellText(IncidentsModel* m, qint64 id, int column) {
    return m->data(m->index(rowOf(m, id), column)).toString();
}

} // namespace

class TstIncidentsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listShowsIncidentsAndFilters();
    void deadlineTurnsRedTwoDaysBefore();
    void reportDialogRefusesBadInput();
    void reportDialogAcceptsAValidReport();
    void staffWithoutScreensReportsFromTheMenu();
    void doubleClickOpensTheEditor();
    void withoutPermission();
};

void TstIncidentsView::listShowsIncidentsAndFilters() {
    TempCase tc;
    IncidentWorld w(tc);
    const Incident assessed = w.assessed(tc, QStringLiteral("通知書の誤送付"));
    const Incident usb = w.reportOne(tc, QStringLiteral("USBメモリの紛失"));
    const Incident closed = w.closed(tc, QStringLiteral("窓口での誤交付"));
    w.reportOne(tc, QStringLiteral("税務課の誤送信"), w.other); // not readable by the manager
    tc.reopen(QStringLiteral("mgr"));
    IncidentDesk desk(tc.file());
    IncidentsView view(tc.file(), desk);
    IncidentsModel* model = view.model();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Open only, at first: the closed one and the other section's are not listed.
    QVERIFY(child<QCheckBox>(&view, "incidentsOpenOnly")->isChecked());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(view.statusText(), QStringLiteral("2 incident(s)"));
    QVERIFY(rowOf(model, assessed.id) >= 0);
    QVERIFY(rowOf(model, usb.id) >= 0);
    QCOMPARE(rowOf(model, closed.id), -1);

    QCOMPARE(cellText(model, assessed.id, IncidentsModel::IncidentNo), assessed.incidentNo);
    QCOMPARE(cellText(model, assessed.id, IncidentsModel::Section), QStringLiteral("保険年金課"));
    QCOMPARE(cellText(model, assessed.id, IncidentsModel::State), QStringLiteral("Assessed"));
    QCOMPARE(cellText(model, usb.id, IncidentsModel::State), QStringLiteral("Reported"));
    // 和暦 by default, as the other lists.
    QVERIFY(cellText(model, usb.id, IncidentsModel::AwareAt).startsWith(QStringLiteral("令和7年11月23日")));
    QCOMPARE(cellText(model, usb.id, IncidentsModel::Summary), QStringLiteral("USBメモリの紛失"));
    QCOMPARE(cellText(model, assessed.id, IncidentsModel::Summary), QStringLiteral("児童手当の通知書を別世帯に誤送付した"));
    QCOMPARE(cellText(model, assessed.id, IncidentsModel::Reportable), QStringLiteral("APPI, My Number Act"));
    QCOMPARE(cellText(model, usb.id, IncidentsModel::Reportable), QStringLiteral("Not assessed"));
    QCOMPARE(cellText(model, assessed.id, IncidentsModel::NextDeadline),
             QStringLiteral("Preliminary report (APPI): 令和7年11月27日 (4 day(s) left)"));
    QCOMPARE(cellText(model, usb.id, IncidentsModel::NextDeadline), QString());

    // Closed ones too.
    child<QCheckBox>(&view, "incidentsOpenOnly")->setChecked(false);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cellText(model, closed.id, IncidentsModel::State), QStringLiteral("Closed"));
    QCOMPARE(cellText(model, closed.id, IncidentsModel::NextDeadline), QString()); // everything filed

    // The state filter.
    auto* state = child<QComboBox>(&view, "listStateFilter");
    state->setCurrentIndex(state->findData(QStringLiteral("ASSESSED")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).id, assessed.id);
    state->setCurrentIndex(state->findData(QStringLiteral("CLOSED")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).id, closed.id);
    child<QPushButton>(&view, "listClearFilterButton")->click();
    QCOMPARE(model->rowCount(), 3);

    // Free text finds the summary.
    auto* text = child<QLineEdit>(&view, "listTextFilter");
    typeJapanese(text, QStringLiteral("USB"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->row(0).id, usb.id);
    child<QPushButton>(&view, "listClearFilterButton")->click();

    // The section filter offers only the manager's section.
    QCOMPARE(child<QComboBox>(&view, "listSectionFilter")->count(), 2);

    // Sorting by the next deadline puts the incident with a deadline first.
    model->sort(IncidentsModel::NextDeadline, Qt::AscendingOrder);
    QCOMPARE(model->row(0).id, assessed.id);
}

void TstIncidentsView::deadlineTurnsRedTwoDaysBefore() {
    TempCase tc;
    IncidentWorld w(tc);
    const Incident a = w.assessed(tc, QStringLiteral("通知書の誤送付"));
    tc.reopen(QStringLiteral("mgr"));
    IncidentDesk desk(tc.file());
    IncidentsView view(tc.file(), desk);
    IncidentsModel* model = view.model();
    const QModelIndex due = model->index(rowOf(model, a.id), IncidentsModel::NextDeadline);
    QCOMPARE(model->data(due, IncidentsModel::DaysLeftRole).toInt(), 4);
    QVERIFY(!model->data(due, Qt::ForegroundRole).isValid());

    tc.clock().set(QDateTime(QDate(2025, 11, 24), QTime(9, 0), Qt::UTC)); // 3 days left
    view.refresh();
    QCOMPARE(model->data(model->index(0, IncidentsModel::NextDeadline), IncidentsModel::DaysLeftRole).toInt(), 3);
    QVERIFY(!model->data(model->index(0, IncidentsModel::NextDeadline), Qt::ForegroundRole).isValid());

    tc.clock().set(QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC)); // 2 days left: red
    view.refresh();
    const QModelIndex red = model->index(0, IncidentsModel::NextDeadline);
    QCOMPARE(model->data(red, IncidentsModel::DaysLeftRole).toInt(), 2);
    QCOMPARE(model->data(red, Qt::ForegroundRole).value<QBrush>().color(), QColor(180, 0, 0));
    QVERIFY(model->data(red).toString().endsWith(QStringLiteral("(2 day(s) left)")));
    // Only the deadline is red, not the whole row.
    QVERIFY(!model->data(model->index(0, IncidentsModel::Summary), Qt::ForegroundRole).isValid());

    tc.clock().set(QDateTime(QDate(2025, 11, 28), QTime(9, 0), Qt::UTC)); // missed
    view.refresh();
    QVERIFY(model->data(model->index(0, IncidentsModel::NextDeadline)).toString().endsWith(
        QStringLiteral("(1 day(s) overdue)")));
    QVERIFY(model->data(model->index(0, IncidentsModel::NextDeadline), Qt::ForegroundRole).isValid());
}

void TstIncidentsView::reportDialogRefusesBadInput() {
    TempCase tc;
    IncidentWorld w(tc);
    tc.reopen(QStringLiteral("staff"));
    IncidentReportDialog dialog(tc.file());
    QSignalSpy reported(&dialog, &IncidentReportDialog::reported);
    auto* section = child<QComboBox>(&dialog, "reportSection");
    QCOMPARE(section->currentData().toLongLong(), w.own); // the reporter's own section first

    // Empty summary: refused at the field.
    child<QPushButton>(&dialog, "reportSubmitButton")->click();
    QVERIFY(!dialog.errorText(QStringLiteral("summary")).isEmpty());
    QVERIFY(child<QLabel>(&dialog, "reportSummaryError")->isVisibleTo(&dialog));
    QCOMPARE(reported.size(), 0);

    // Awareness in the future: core's message under the time.
    typeJapanese(child<QPlainTextEdit>(&dialog, "reportSummary"), QStringLiteral("住民票の写しを誤交付した"));
    child<QDateTimeEdit>(&dialog, "reportAwareAt")->setDateTime(QDateTime(QDate(2025, 11, 24), QTime(10, 0)));
    child<QPushButton>(&dialog, "reportSubmitButton")->click();
    QVERIFY(dialog.errorText(QStringLiteral("summary")).isEmpty());
    QCOMPARE(dialog.errorText(QStringLiteral("aware_at")), QStringLiteral("The awareness time cannot be in the future."));
    QVERIFY(child<QLabel>(&dialog, "reportAwareAtError")->isVisibleTo(&dialog));
    QCOMPARE(reported.size(), 0);
    QCOMPARE(IncidentWorld::service(tc).list(w.exec).size(), 0); // nothing saved
}

void TstIncidentsView::reportDialogAcceptsAValidReport() {
    TempCase tc;
    IncidentWorld w(tc);
    tc.reopen(QStringLiteral("mgr"));
    IncidentReportDialog dialog(tc.file());
    QSignalSpy reported(&dialog, &IncidentReportDialog::reported);
    auto* person = child<QComboBox>(&dialog, "reportAwarePerson");
    person->setCurrentIndex(person->findData(w.handlerPerson));
    typeJapanese(child<QPlainTextEdit>(&dialog, "reportSummary"), QStringLiteral("住民票の写しを誤交付した"));
    child<QDateTimeEdit>(&dialog, "reportAwareAt")->setDateTime(QDateTime(QDate(2025, 11, 23), QTime(8, 15), Qt::UTC));
    child<QPushButton>(&dialog, "reportSubmitButton")->click();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Incident i = IncidentWorld::service(tc).get(w.exec, dialog.created().id);
    QCOMPARE(i.incidentNo, QStringLiteral("IN-2025-000001"));
    QCOMPARE(i.sectionId, w.own);
    QCOMPARE(i.state, IncidentState::UnitNotified);
    QCOMPARE(i.details.summary, QStringLiteral("住民票の写しを誤交付した"));
    QCOMPARE(i.awarePerson, std::optional<qint64>(w.handlerPerson));
    QCOMPARE(i.awareAt.toUTC(), QDateTime(QDate(2025, 11, 23), QTime(8, 15), Qt::UTC));
}

void TstIncidentsView::staffWithoutScreensReportsFromTheMenu() {
    TempCase tc;
    IncidentWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("staff")));
    QVERIFY(main.areaKeys().isEmpty());
    auto* action = child<QAction>(&main, "reportIncidentAction");
    QVERIFY(action->isEnabled());
    action->trigger();
    auto* dialog = child<IncidentReportDialog>(&main, "incidentReportDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The staff member reads no people: only "(me, or not named)".
    QCOMPARE(child<QComboBox>(dialog, "reportAwarePerson")->count(), 1);
    typeJapanese(child<QPlainTextEdit>(dialog, "reportSummary"), QStringLiteral("書類を置き忘れた"));
    child<QPushButton>(dialog, "reportSubmitButton")->click();
    const QList<Incident> all = IncidentWorld::service(tc).list(w.exec);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().reportedByAccount, w.staff.accountId());
    QCOMPARE(all.first().details.summary, QStringLiteral("書類を置き忘れた"));
    // The reporter is told the number to quote.
    auto* box = child<QMessageBox>(&main, "incidentReportedBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(all.first().incidentNo));
}

void TstIncidentsView::doubleClickOpensTheEditor() {
    TempCase tc;
    IncidentWorld w(tc);
    const Incident a = w.assessed(tc, QStringLiteral("通知書の誤送付"));
    tc.reopen(QStringLiteral("mgr"));
    IncidentDesk desk(tc.file());
    QWidget window;
    auto* view = new IncidentsView(tc.file(), desk, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!child<QPushButton>(view, "openIncidentButton")->isEnabled());
    view->select(a.id);
    QVERIFY(child<QPushButton>(view, "openIncidentButton")->isEnabled());
    QTableView* table = view->table();
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto* editor = window.findChild<IncidentEditor*>(QStringLiteral("incidentEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->incident().id, a.id);

    // A change in the editor refreshes the list.
    QSignalSpy changed(&desk, &IncidentDesk::changed);
    QCOMPARE(view->model()->row(0).containment.size(), 1);
    typeJapanese(child<QLineEdit>(editor, "containmentAction"), QStringLiteral("封筒を回収"));
    child<QPushButton>(editor, "addContainmentButton")->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(view->model()->row(0).containment.size(), 2);
    QCOMPARE(view->selectedId(), a.id);
}

void TstIncidentsView::withoutPermission() {
    TempCase tc;
    IncidentWorld w(tc);
    IncidentDesk desk(tc.file()); // SYSTEM_ADMIN reads no personal data
    IncidentsView view(tc.file(), desk);
    QVERIFY(!view.model());
    QVERIFY(child<QLabel>(&view, "incidentsNoPermissionLabel"));
    QVERIFY(child<QPushButton>(&view, "reportIncidentButton")->isEnabled());
}

QTEST_MAIN(TstIncidentsView)
#include "tst_incidents_view.moc"
