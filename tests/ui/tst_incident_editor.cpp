// The incident editor: one incident walked from the report dialog through containment,
// escalation, facts, assessment (both regimes side by side, re-assessments kept), the 速報 and
// 確報 of both regimes, notices, prevention and publication to CLOSED; bad input refused at the
// field (a containment before awareness, secondary damage without details, a report dated before
// awareness); the close refused with what is missing listed; and a section's handler, who may
// read but not act, seeing disabled buttons while core refuses what they try anyway (and a staff
// member, who may report but not read, refused the editor).
#include "IncidentFixture.h"

#include "incidents/AssessmentPage.h"
#include "incidents/ContainmentPage.h"
#include "incidents/FactsPage.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentEditor.h"
#include "forms/FormPrintButton.h"
#include "incidents/IncidentReportDialog.h"
#include "incidents/IncidentsView.h"
#include "incidents/NoticesPage.h"
#include "incidents/PreventionPage.h"
#include "incidents/PublicationPage.h"
#include "incidents/ReportsPage.h"
#include "shell/MainWindow.h"
#include "shell/TranslationLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

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

QPushButton* button(QObject* parent, const char* name) {
    return child<QPushButton>(parent, name);
}

void click(QObject* parent, const char* name) {
    QPushButton* b = button(parent, name);
    QVERIFY2(b && b->isEnabled(), name);
    b->click();
}

void choose(QObject* parent, const char* name, const QString& key) {
    auto* box = child<QComboBox>(parent, name);
    const int index = box->findData(key);
    QVERIFY2(index >= 0, name);
    box->setCurrentIndex(index);
}

void choose(QObject* parent, const char* name, qint64 id) {
    auto* box = child<QComboBox>(parent, name);
    const int index = box->findData(id);
    QVERIFY2(index >= 0, name);
    box->setCurrentIndex(index);
}

QString cell(QObject* parent, const char* table, int row, int column) {
    auto* t = child<QTableWidget>(parent, table);
    return t && t->item(row, column) ? t->item(row, column)->text() : QString();
}

QString text(QObject* parent, const char* label) {
    return child<QLabel>(parent, label)->text();
}

// The last message box of that name the editor opened (each refusal opens one).
QMessageBox* lastBox(QObject* parent, const char* name) {
    const QList<QMessageBox*> boxes = parent->findChildren<QMessageBox*>(QString::fromLatin1(name));
    return boxes.isEmpty() ? nullptr : boxes.last();
}

void setDate(QObject* parent, const char* name, const QDate& d) {
    child<QDateEdit>(parent, name)->setDate(d);
}

const char* const kStepButtons[] = {"addContainmentButton", "escalateButton",  "saveFactsButton",
                                    "assessButton",         "fileReportButton", "addNoticeButton",
                                    "decidePublicationButton", "addMeasureButton", "closeIncidentButton"};

} // namespace

class TstIncidentEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void walksAnIncidentFromReportToClose();
    void closeRefusedListsWhatIsMissing();
    void sectionHandlerSeesDisabledButtonsAndCoreRefuses();
    void screenshots();
};

void TstIncidentEditor::walksAnIncidentFromReportToClose() {
    TempCase tc;
    IncidentWorld w(tc);
    QWidget window;

    // ---- Report, as the section's unit manager.
    tc.reopen(QStringLiteral("mgr"));
    IncidentDesk desk(tc.file());
    IncidentReportDialog* report = desk.reportNew(&window);
    typeJapanese(child<QPlainTextEdit>(report, "reportSummary"), QStringLiteral("児童手当の通知書を誤送付"));
    child<QDateTimeEdit>(report, "reportAwareAt")->setDateTime(QDateTime(QDate(2025, 11, 23), QTime(7, 0), Qt::UTC));
    click(report, "reportSubmitButton");
    const qint64 id = report->created().id;
    QVERIFY(id > 0);

    IncidentEditor* editor = desk.openEditor(id, &window);
    QVERIFY(editor);
    QSignalSpy changed(editor, &IncidentEditor::changed);
    QVERIFY(text(editor, "editorTitleLabel").contains(QStringLiteral("IN-2025-000001")));
    QVERIFY(text(editor, "editorTitleLabel").contains(QStringLiteral("Reported")));
    // Nothing filed with the PPC yet: only the report to the mayor and the letters print.
    QVERIFY(editor->printButton()->isAvailable(QStringLiteral("incident-report")));
    QVERIFY(!editor->printButton()->isAvailable(QStringLiteral("ppc-preliminary")));
    QVERIFY(!editor->printButton()->isAvailable(QStringLiteral("ppc-final")));
    QVERIFY(editor->missingShown().contains(IncidentService::describeMissing(QStringLiteral("mayor_informed"))));
    QVERIFY(editor->missingShown().contains(IncidentService::describeMissing(QStringLiteral("assessment"))));
    QVERIFY(editor->missingShown().contains(IncidentService::describeMissing(QStringLiteral("prevention"))));
    QVERIFY(text(editor, "editorMissingLabel").contains(IncidentService::describeMissing(QStringLiteral("prevention"))));
    // What the unit manager may do now: contain, nothing else.
    for (const char* name : kStepButtons)
        QCOMPARE(button(editor, name)->isEnabled(), QByteArray(name) == "addContainmentButton");

    // ---- Containment: a time before awareness is refused at the field, then recorded.
    typeJapanese(child<QLineEdit>(editor, "containmentAction"), QStringLiteral("未発送分の発送を停止"));
    child<QDateTimeEdit>(editor, "containmentDoneAt")->setDateTime(QDateTime(QDate(2025, 11, 23), QTime(6, 0), Qt::UTC));
    click(editor, "addContainmentButton");
    QVERIFY(!editor->containmentPage()->errorText(QStringLiteral("done_at")).isEmpty());
    QCOMPARE(editor->incident().containment.size(), 0);
    child<QDateTimeEdit>(editor, "containmentDoneAt")->setDateTime(QDateTime(QDate(2025, 11, 23), QTime(7, 30), Qt::UTC));
    click(editor, "addContainmentButton");
    QVERIFY(editor->containmentPage()->errorText(QStringLiteral("done_at")).isEmpty());
    QCOMPARE(cell(editor, "containmentTable", 0, 1), QStringLiteral("未発送分の発送を停止"));
    QCOMPARE(editor->incident().state, IncidentState::Contained);
    QCOMPARE(changed.size(), 1);

    // ---- Escalation, step 1: the unit manager informs 総括保護管理者.
    QVERIFY(text(editor, "escalationNextLabel").contains(QStringLiteral("総括保護管理者")));
    QCOMPARE(cell(editor, "escalationTable", 1, 1), QStringLiteral("市長"));
    QCOMPARE(cell(editor, "escalationTable", 0, 2), QStringLiteral("not yet"));
    choose(editor, "escalationMethod", QStringLiteral("PHONE"));
    click(editor, "escalateButton");
    QCOMPARE(editor->incident().escalations.size(), 1);
    QCOMPARE(cell(editor, "escalationTable", 0, 3), QStringLiteral("Phone"));
    QVERIFY(cell(editor, "escalationTable", 0, 2).startsWith(QStringLiteral("令和7年11月23日")));
    QVERIFY(!button(editor, "escalateButton")->isEnabled()); // step 2 is the executive owner's
    QCOMPARE(editor->incident().state, IncidentState::Escalated);

    // ---- Facts: secondary damage without details is refused; then saved.
    auto* summary = child<QPlainTextEdit>(editor, "factsSummary");
    summary->clear();
    typeJapanese(summary, QStringLiteral("児童手当の通知書150通を別世帯に誤送付した"));
    typeJapanese(child<QLineEdit>(editor, "factsDataItems"), QStringLiteral("氏名、住所、個人番号、手当額"));
    child<QSpinBox>(editor, "factsPersons")->setValue(150);
    child<QCheckBox>(editor, "factsSensitive")->setChecked(true);
    child<QCheckBox>(editor, "factsMyNumber")->setChecked(true);
    child<QCheckBox>(editor, "factsSuspected")->setChecked(false);
    typeJapanese(child<QPlainTextEdit>(editor, "factsCause"), QStringLiteral("封入時の照合漏れ"));
    auto* files = child<QListWidget>(editor, "factsFiles");
    QCOMPARE(files->count(), 1);
    files->item(0)->setCheckState(Qt::Checked);
    child<QCheckBox>(editor, "factsSecondaryDamage")->setChecked(true);
    click(editor, "saveFactsButton");
    QVERIFY(!editor->factsPage()->errorText(QStringLiteral("secondary_damage_details")).isEmpty());
    QCOMPARE(editor->incident().details.persons, qint64(0));
    child<QCheckBox>(editor, "factsSecondaryDamage")->setChecked(false);
    click(editor, "saveFactsButton");
    QVERIFY(editor->factsPage()->errorText(QStringLiteral("secondary_damage_details")).isEmpty());
    const IncidentDetails facts = editor->incident().details;
    QCOMPARE(facts.persons, qint64(150));
    QVERIFY(facts.myNumber && facts.sensitive && !facts.suspected);
    QCOMPARE(facts.fileIds, QList<qint64>{w.myNumberFile});
    QCOMPARE(facts.cause, QStringLiteral("封入時の照合漏れ"));
    QCOMPARE(editor->incident().state, IncidentState::Investigating);

    // ---- Assessment: both regimes side by side, each ground with its legal basis.
    QCOMPARE(text(editor, "appiVerdict"), QStringLiteral("Not assessed yet"));
    click(editor, "assessButton");
    QCOMPARE(editor->incident().state, IncidentState::Assessed);
    QCOMPARE(text(editor, "appiVerdict"), QStringLiteral("Reportable to the PPC"));
    QCOMPARE(text(editor, "myNumberVerdict"), QStringLiteral("Reportable to the PPC"));
    const QString appiGrounds = text(editor, "appiGrounds");
    QVERIFY(appiGrounds.contains(Reportability::legalBasis(QStringLiteral("appi-43-1"))));
    QVERIFY(appiGrounds.contains(Reportability::legalBasis(QStringLiteral("appi-43-4"))));
    QVERIFY(!appiGrounds.contains(Reportability::legalBasis(QStringLiteral("appi-43-3"))));
    QVERIFY(text(editor, "myNumberGrounds").contains(Reportability::legalBasis(QStringLiteral("mynumber-2-4"))));
    QCOMPARE(text(editor, "appiPreliminaryDue"), QStringLiteral("令和7年11月27日 (4 day(s) left)"));
    QCOMPARE(text(editor, "appiFinalDue"), QStringLiteral("令和7年12月22日 (29 day(s) left)"));
    QCOMPARE(text(editor, "myNumberPreliminaryDue"), QStringLiteral("令和7年11月27日 (4 day(s) left)"));
    QCOMPARE(child<QTableWidget>(editor, "assessmentHistory")->rowCount(), 1);

    // Facts change: 90 persons. Re-assessment is asked for, then kept beside the first.
    child<QSpinBox>(editor, "factsPersons")->setValue(90);
    click(editor, "saveFactsButton");
    QVERIFY(text(editor, "assessmentBasisLabel").contains(QStringLiteral("assess again")));
    QVERIFY(editor->missingShown().contains(IncidentService::describeMissing(QStringLiteral("reassessment"))));
    click(editor, "assessButton");
    QCOMPARE(text(editor, "appiVerdict"), QStringLiteral("Reportable to the PPC")); // still sensitive
    QCOMPARE(text(editor, "myNumberVerdict"), QStringLiteral("Not reportable"));
    QVERIFY(!text(editor, "appiGrounds").contains(Reportability::legalBasis(QStringLiteral("appi-43-4"))));
    // Back to 150 after all.
    child<QSpinBox>(editor, "factsPersons")->setValue(150);
    click(editor, "saveFactsButton");
    click(editor, "assessButton");
    QCOMPARE(text(editor, "myNumberVerdict"), QStringLiteral("Reportable to the PPC"));
    auto* history = child<QTableWidget>(editor, "assessmentHistory");
    QCOMPARE(history->rowCount(), 3);
    QCOMPARE(history->item(1, 4)->text(), QStringLiteral("not reportable")); // the 90-person one
    QCOMPARE(history->item(0, 3)->text(), QStringLiteral("appi-43-1, appi-43-4")); // newest first

    // ---- Notices (the unit manager records them): My Number guidance ticked by default.
    QVERIFY(child<QCheckBox>(editor, "noticeNumberChange")->isChecked());
    typeJapanese(child<QLineEdit>(editor, "noticeGroup"), QStringLiteral("誤送付の対象世帯"));
    child<QSpinBox>(editor, "noticePersons")->setValue(150);
    choose(editor, "noticeMethod", QStringLiteral("POST"));
    choose(editor, "noticeBy", w.managerPerson);
    click(editor, "addNoticeButton");
    QCOMPARE(editor->incident().notices.size(), 1);
    QVERIFY(editor->incident().notices.first().numberChangeGuidance);
    QCOMPARE(cell(editor, "noticesTable", 0, 1), QStringLiteral("誤送付の対象世帯"));
    QCOMPARE(cell(editor, "noticesTable", 0, 6), QStringLiteral("included"));

    // ---- Prevention, shared with the other section; then marked done.
    typeJapanese(child<QPlainTextEdit>(editor, "measureDescription"), QStringLiteral("封入時に二人で照合する"));
    choose(editor, "measureOwner", w.managerPerson);
    setDate(editor, "measureDue", QDate(2025, 12, 26));
    auto* shared = child<QListWidget>(editor, "measureShared");
    for (int r = 0; r < shared->count(); ++r)
        if (shared->item(r)->data(Qt::UserRole).toLongLong() == w.other)
            shared->item(r)->setCheckState(Qt::Checked);
    click(editor, "addMeasureButton");
    QCOMPARE(editor->incident().state, IncidentState::Prevention);
    QCOMPARE(cell(editor, "measuresTable", 0, 4), QStringLiteral("税務課"));
    child<QTableWidget>(editor, "measuresTable")->selectRow(0);
    choose(editor, "measureStatus", QStringLiteral("DONE"));
    click(editor, "updateMeasureButton");
    QCOMPARE(editor->incident().measures.first().status, MeasureStatus::Done);
    QCOMPARE(cell(editor, "measuresTable", 0, 3), QStringLiteral("Done"));
    // The PPC reports, publication and close are the executive owner's.
    for (const char* name : {"fileReportButton", "decidePublicationButton", "closeIncidentButton"})
        QVERIFY2(!button(editor, name)->isEnabled(), name);
    editor->close();

    // ---- As the executive owner: the mayor, the reports, publication, close.
    tc.reopen(QStringLiteral("exec"));
    IncidentDesk execDesk(tc.file());
    editor = execDesk.openEditor(id, &window);
    QVERIFY(editor);
    QVERIFY(text(editor, "escalationNextLabel").contains(QStringLiteral("市長")));
    click(editor, "escalateButton");
    QCOMPARE(editor->incident().escalations.size(), 2);
    QVERIFY(!editor->missingShown().contains(IncidentService::describeMissing(QStringLiteral("mayor_informed"))));
    QCOMPARE(text(editor, "escalationNextLabel"), QStringLiteral("Every step of the chain has been recorded."));

    // 速報 under the APPI: dated before awareness, refused by core at the date.
    QCOMPARE(child<QComboBox>(editor, "reportRegime")->currentData().toString(), QStringLiteral("appi"));
    QCOMPARE(child<QComboBox>(editor, "reportKind")->currentData().toString(), QStringLiteral("PRELIMINARY"));
    QCOMPARE(child<QPlainTextEdit>(editor, "reportSummary")->toPlainText(), facts.summary); // filled from the facts
    setDate(editor, "reportSubmittedOn", QDate(2025, 11, 22));
    click(editor, "fileReportButton");
    QVERIFY(editor->reportsPage()->errorText(QStringLiteral("submitted_on")).contains(QStringLiteral("before the awareness date")));
    QVERIFY(editor->incident().reports.isEmpty());
    setDate(editor, "reportSubmittedOn", QDate(2025, 11, 23));
    click(editor, "fileReportButton");
    QVERIFY(editor->incident().report(Regime::Appi, ReportKind::Preliminary));
    QCOMPARE(cell(editor, "reportsTable", 0, 3), QStringLiteral("令和7年11月23日"));
    QCOMPARE(text(editor, "appiPreliminaryDue"), QStringLiteral("令和7年11月27日 (filed on 令和7年11月23日)"));
    QCOMPARE(text(editor, "myNumberPreliminaryDue"), QStringLiteral("令和7年11月27日 (4 day(s) left)"));
    QCOMPARE(cell(editor, "reportsTable", 0, 4), QStringLiteral("appi-43-1, appi-43-4"));
    // The form moves on to the next report due: the My Number 速報.
    QCOMPARE(child<QComboBox>(editor, "reportRegime")->currentData().toString(), QStringLiteral("my_number"));
    QCOMPARE(child<QComboBox>(editor, "reportKind")->currentData().toString(), QStringLiteral("PRELIMINARY"));
    click(editor, "fileReportButton");
    QVERIFY(editor->incident().report(Regime::MyNumber, ReportKind::Preliminary));

    // 確報: all nine items.
    choose(editor, "reportRegime", QStringLiteral("appi"));
    choose(editor, "reportKind", QStringLiteral("FINAL"));
    click(editor, "fileReportButton");
    QVERIFY(!editor->reportsPage()->errorText(QStringLiteral("individual_response")).isEmpty());
    typeJapanese(child<QPlainTextEdit>(editor, "reportIndividualResponse"), QStringLiteral("対象者全員に郵送で通知"));
    typeJapanese(child<QPlainTextEdit>(editor, "reportPublication"), QStringLiteral("公表しない"));
    typeJapanese(child<QPlainTextEdit>(editor, "reportPrevention"), QStringLiteral("二人での照合"));
    typeJapanese(child<QPlainTextEdit>(editor, "reportOther"), QStringLiteral("特になし"));
    click(editor, "fileReportButton");
    QVERIFY(editor->incident().report(Regime::Appi, ReportKind::Final));
    QCOMPARE(editor->incident().report(Regime::Appi, ReportKind::Final)->items.persons, std::optional<qint64>(150));
    QCOMPARE(child<QComboBox>(editor, "reportRegime")->currentData().toString(), QStringLiteral("my_number"));
    QCOMPARE(child<QComboBox>(editor, "reportKind")->currentData().toString(), QStringLiteral("FINAL"));
    click(editor, "fileReportButton");
    QCOMPARE(editor->incident().reports.size(), 4);
    QCOMPARE(cell(editor, "reportsTable", 3, 3), QStringLiteral("令和7年11月23日"));

    // Publication decision, with the PPC secretariat informed.
    choose(editor, "publicationDecision", QStringLiteral("DO_NOT_PUBLISH"));
    typeJapanese(child<QPlainTextEdit>(editor, "publicationReason"), QStringLiteral("全員に通知済みで二次被害のおそれがないため"));
    auto* informed = child<QWidget>(editor, "publicationPpcInformedOn");
    child<QCheckBox>(informed, "optionalDateCheck")->setChecked(true);
    click(editor, "decidePublicationButton");
    QCOMPARE(editor->incident().publication.decision, PublicationDecision::DoNotPublish);
    QCOMPARE(editor->incident().publication.ppcSecretariatInformedOn, QDate(2025, 11, 23));
    QVERIFY(text(editor, "publicationCurrentLabel").contains(QStringLiteral("Do not publish")));

    // Nothing missing: close, confirmed.
    QVERIFY(editor->missingShown().isEmpty());
    QCOMPARE(text(editor, "editorMissingLabel"), QStringLiteral("Nothing is missing: the incident can be closed."));
    click(editor, "closeIncidentButton");
    auto* confirm = child<QMessageBox>(editor, "confirmCloseIncidentBox");
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QCOMPARE(editor->incident().state, IncidentState::Closed);
    QCOMPARE(IncidentWorld::service(tc).get(w.exec, id).state, IncidentState::Closed);
    QVERIFY(text(editor, "editorTitleLabel").contains(QStringLiteral("Closed")));
    for (const char* name : kStepButtons)
        QVERIFY2(!button(editor, name)->isEnabled(), name);

    // Every form of the closed incident, the PPC reports as filed, written through core.
    QTemporaryDir out;
    FormPrintButton* print = editor->printButton();
    for (const QString& form : print->formNames()) {
        QVERIFY2(print->isAvailable(form), qPrintable(form));
        const QString pdf = out.filePath(form + QStringLiteral(".pdf"));
        QVERIFY2(print->writePdf(form, pdf), qPrintable(print->lastError()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
}

void TstIncidentEditor::closeRefusedListsWhatIsMissing() {
    TempCase tc;
    IncidentWorld w(tc);
    const qint64 id = w.reportOne(tc, QStringLiteral("USBメモリの紛失")).id;
    {
        IncidentService svc = IncidentWorld::service(tc); // bound to this CaseFile: gone after reopen
        svc.addContainment(w.manager, id, QStringLiteral("端末をネットワークから切断"), tc.clock().now());
        svc.escalate(w.manager, id, ContactMethod::InPerson, tc.clock().now());
    }
    tc.reopen(QStringLiteral("exec"));
    IncidentDesk desk(tc.file());
    QWidget window;
    IncidentEditor* editor = desk.openEditor(id, &window);
    QVERIFY(editor);
    const QStringList expected{IncidentService::describeMissing(QStringLiteral("mayor_informed")),
                               IncidentService::describeMissing(QStringLiteral("assessment")),
                               IncidentService::describeMissing(QStringLiteral("prevention"))};
    QCOMPARE(editor->missingShown(), expected);
    for (const QString& s : expected)
        QVERIFY(text(editor, "editorMissingLabel").contains(s));

    click(editor, "closeIncidentButton"); // the executive owner may close: core checks what is missing
    child<QMessageBox>(editor, "confirmCloseIncidentBox")->button(QMessageBox::Yes)->click();
    QMessageBox* refusal = lastBox(editor, "incidentErrorBox");
    QVERIFY(refusal);
    for (const QString& s : expected)
        QVERIFY2(refusal->text().contains(s), qPrintable(refusal->text()));
    QCOMPARE(editor->incident().state, IncidentState::Escalated);
    const Incident stored = IncidentWorld::service(tc).get(w.exec, id); // the reopened file
    QCOMPARE(stored.state, IncidentState::Escalated);
    QVERIFY(stored.closedAt.isNull());
}

void TstIncidentEditor::sectionHandlerSeesDisabledButtonsAndCoreRefuses() {
    TempCase tc;
    IncidentWorld w(tc);
    const Incident a = w.assessed(tc, QStringLiteral("通知書の誤送付"));
    tc.reopen(QStringLiteral("handler")); // reads the section's data, takes no incident step
    IncidentDesk desk(tc.file());
    QWidget window;
    IncidentEditor* editor = desk.openEditor(a.id, &window);
    QVERIFY(editor);
    for (const char* name : kStepButtons)
        QVERIFY2(!button(editor, name)->isEnabled(), name);
    QVERIFY(!child<QWidget>(editor, "containmentAction")->isEnabled());

    // Core has the last word: what the handler tries anyway is refused and shown.
    child<QLineEdit>(editor, "containmentAction")->setText(QStringLiteral("端末を回収"));
    editor->containmentPage()->addAction();
    QMessageBox* refusal = lastBox(editor, "incidentErrorBox");
    QVERIFY(refusal);
    QCOMPARE(refusal->text(), QStringLiteral("You may not do this on this incident (contain)."));
    editor->assessmentPage()->assess();
    QCOMPARE(lastBox(editor, "incidentErrorBox")->text(), QStringLiteral("You may not do this on this incident (assess)."));
    QVERIFY(!editor->closeIncident());
    QCOMPARE(lastBox(editor, "incidentErrorBox")->text(), QStringLiteral("You may not do this on this incident (close)."));
    // A staff member of the section may report but not read: the editor does not open.
    tc.reopen(QStringLiteral("staff"));
    IncidentDesk staffDesk(tc.file());
    QVERIFY(!staffDesk.openEditor(a.id, &window));
    QVERIFY(lastBox(&window, "incidentErrorBox"));
    QCOMPARE(window.findChildren<IncidentEditor*>().size(), 1); // only the handler's
    const Incident after = IncidentWorld::service(tc).get(w.exec, a.id);
    QCOMPARE(after.containment.size(), 1);
    QCOMPARE(after.assessments.size(), 1);
    QCOMPARE(after.state, IncidentState::Assessed);
    QCOMPARE(editor->incident().containment.size(), 1);
}

// Not a check: with MAMORI_SCREENSHOT_DIR set, saves the list and the editor's tabs in Japanese as
// PNG files there, for a person to look at the layout.
void TstIncidentEditor::screenshots() {
    const QString dir = qEnvironmentVariable("MAMORI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MAMORI_SCREENSHOT_DIR not set");
    TranslationLoader translations;
    QCOMPARE(translations.install(QStringLiteral("ja")), QStringLiteral("ja"));
    TempCase tc;
    IncidentWorld w(tc);
    const Incident a = w.assessed(tc, QStringLiteral("児童手当の通知書を誤送付"));
    w.reportOne(tc, QStringLiteral("USBメモリ（住民税課税資料）の紛失のおそれ"));
    w.closed(tc, QStringLiteral("窓口で住民票の写しを別人に交付"));
    const Incident b = w.reportOne(tc, QStringLiteral("メール誤送信（介護保険の認定結果）"));
    {
        IncidentService svc = IncidentWorld::service(tc);
        svc.fileReport(w.exec, a.id, w.ppcReport(Regime::Appi, ReportKind::Preliminary));
        svc.addContainment(w.manager, b.id, QStringLiteral("受信者に削除を依頼"), tc.clock().now());
        IndividualNotice n;
        n.groupLabel = QStringLiteral("令和7年度児童手当受給世帯（第1便）");
        n.persons = 120;
        n.method = ContactMethod::Post;
        n.notifiedAt = tc.clock().now();
        n.notifiedBy = w.managerPerson;
        n.numberChangeGuidance = true;
        svc.addNotice(w.manager, a.id, n);
        PreventionMeasure m;
        m.description = QStringLiteral("封入・封緘時に二人で宛名と内容を照合する");
        m.ownerPerson = w.managerPerson;
        m.dueOn = QDate(2025, 12, 26);
        m.sharedWithSections = {w.other};
        svc.addPreventionMeasure(w.manager, a.id, m);
    }
    tc.clock().set(QDateTime(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC));
    MainWindow main(tc.reopen(QStringLiteral("exec")));
    main.resize(1280, 760);
    main.showArea(QStringLiteral("incidents"));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QApplication::processEvents();
    QVERIFY(main.grab().save(dir + QStringLiteral("/incidents-list.png")));
    IncidentEditor* editor = main.incidentDesk()->openEditor(a.id, &main);
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const QStringList names{QStringLiteral("containment"), QStringLiteral("escalation"), QStringLiteral("facts"),
                            QStringLiteral("assessment"),  QStringLiteral("reports"),    QStringLiteral("notices"),
                            QStringLiteral("publication"), QStringLiteral("prevention")};
    for (int t = 0; t < editor->tabs()->count(); ++t) {
        editor->tabs()->setCurrentIndex(t);
        QApplication::processEvents(); // let the layout settle as it would on screen
        QVERIFY(editor->grab().save(dir + QStringLiteral("/incident-editor-%1.png").arg(names.value(t))));
    }
    IncidentReportDialog* report = main.incidentDesk()->reportNew(&main);
    report->submit();
    QApplication::processEvents();
    QVERIFY(report->grab().save(dir + QStringLiteral("/incident-report.png")));
}

QTEST_MAIN(TstIncidentEditor)
#include "tst_incident_editor.moc"
