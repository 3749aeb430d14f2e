// The people, handling-area and file-register lists offscreen: models under
// QAbstractItemModelTester, filters (section, employment, text, overdue), sorting, adding
// through the views, the roster and list CSV exports through ExportGuard, the printed forms,
// and the navigation entries of the main window.
#include "RegistersTestUtil.h"

#include "custody/areas/AreaDialog.h"
#include "custody/areas/AreasModel.h"
#include "custody/areas/AreasView.h"
#include "custody/files/AccessRightsModel.h"
#include "custody/files/FilesModel.h"
#include "custody/files/FilesView.h"
#include "custody/files/PersonalInfoFileDialog.h"
#include "lists/ListFilterBar.h"
#include "organisation/OrganisationView.h"
#include "organisation/PeopleModel.h"
#include "organisation/PeopleView.h"
#include "organisation/PersonDialog.h"
#include "organisation/RosterImportDialog.h"
#include "organisation/SectionsView.h"
#include "shell/MainWindow.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "journal/Journal.h"
#include "organisation/RosterCsv.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {
HandlingArea addArea(RegistersCase& r, const QString& code, qint64 section) {
    HandlingArea a;
    a.areaCode = code;
    a.sectionId = section;
    a.building = QStringLiteral("本庁舎");
    a.floor = QStringLiteral("2F");
    a.room = QStringLiteral("執務室");
    return r.file().areas().create(r.session(), a);
}

PersonalInfoFile addFile(RegistersCase& r, const QString& no, qint64 section, qint64 persons = 10) {
    PersonalInfoFile f;
    f.fileNo = no;
    f.name = QStringLiteral("台帳 ") + no;
    f.sectionId = section;
    f.purpose = QStringLiteral("事務");
    f.personCount = persons;
    return r.file().files().create(r.session(), f);
}

QStringList column(const QAbstractItemModel& m, int c) {
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.data(m.index(i, c)).toString();
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstRegistersViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void peopleModelPassesTesterAndFilters();
    void peopleSortByColumn();
    void peopleViewAddsThroughTheDialog();
    void rosterExportRoundTrips();
    void rosterExportNeedsReasonAboveThreshold();
    void adminSeesNoPeopleButMayImport();
    void areasModelAndView();
    void areaSheetPrints();
    void deletingAnAreaInUseIsRefused();
    void filesModelFlagsOverdueAndFilters();
    void filesViewRegisterPdfAndCsv();
    void mainWindowHasTheRegisters();
    void auditorSeesEntriesReadOnly();
    void screenshots();
};

void TstRegistersViews::peopleModelPassesTesterAndFilters() {
    RegistersCase r;
    r.addPerson(QStringLiteral("A1"), QStringLiteral("山田 花子"), r.shimin);
    r.addPerson(QStringLiteral("A2"), QStringLiteral("派遣 太郎"), r.shimin, EmploymentType::Dispatched);
    r.addPerson(QStringLiteral("B1"), QStringLiteral("税務 一郎"), r.zeimu);
    PeopleModel model(r.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    ListFilter f;
    f.sectionId = r.shimin;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    model.setEmployment(EmploymentType::Dispatched);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).staffNo, QStringLiteral("A2"));
    QCOMPARE(model.data(model.index(0, PeopleModel::Employment)).toString(), QStringLiteral("派遣"));
    model.setEmployment(std::nullopt);
    f = {};
    f.text = QStringLiteral("税務");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).staffNo, QStringLiteral("B1"));
    f.text = QStringLiteral("市民課 山田"); // every word, in any field
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).staffNo, QStringLiteral("A1"));
}

void TstRegistersViews::peopleSortByColumn() {
    RegistersCase r;
    r.addPerson(QStringLiteral("C3"), QStringLiteral("c"), r.shimin);
    r.addPerson(QStringLiteral("A1"), QStringLiteral("b"), r.zeimu);
    r.addPerson(QStringLiteral("B2"), QStringLiteral("a"), r.shimin);
    PeopleModel model(r.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(PeopleModel::StaffNo, Qt::AscendingOrder);
    QCOMPARE(column(model, PeopleModel::StaffNo),
             (QStringList{QStringLiteral("A1"), QStringLiteral("B2"), QStringLiteral("C3")}));
    model.sort(PeopleModel::Name, Qt::DescendingOrder);
    QCOMPARE(column(model, PeopleModel::Name),
             (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
}

void TstRegistersViews::peopleViewAddsThroughTheDialog() {
    RegistersCase r;
    PeopleView view(r.file());
    view.show();
    QCOMPARE(view.model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(&view, "addPersonButton"), Qt::LeftButton);
    auto* dialog = view.findChild<PersonDialog*>(QStringLiteral("personDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "staffNoEdit"), QStringLiteral("N1"));
    typeJapanese(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("新人 一"));
    typeJapanese(child<QLineEdit>(dialog, "kanaEdit"), QStringLiteral("シンジン ハジメ"));
    auto* section = child<QComboBox>(dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.shimin));
    clickOk(dialog);
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.selectedPersonId());
    QVERIFY(child<QPushButton>(&view, "editPersonButton")->isEnabled());
    // Editing opens the same dialog on the selected person.
    PersonDialog* edit = view.openEditDialog();
    QVERIFY(edit);
    QCOMPARE(child<QLineEdit>(edit, "staffNoEdit")->text(), QStringLiteral("N1"));
    edit->reject();
}

void TstRegistersViews::rosterExportRoundTrips() {
    RegistersCase r;
    r.addPerson(QStringLiteral("A1"), QStringLiteral("山田 花子"), r.shimin);
    r.addPerson(QStringLiteral("B1"), QStringLiteral("税務 一郎"), r.zeimu, EmploymentType::Temporary);
    PeopleView view(r.file());
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("roster.csv"));
    const qint64 before = r.file().journal().count();
    QVERIFY(view.exportRosterTo(path));
    QVERIFY(r.file().journal().count() > before); // the export is on record
    const RosterParseResult parsed = RosterCsv::parse(readAll(path));
    QCOMPARE(parsed.errors.size(), 0);
    QCOMPARE(parsed.rows.size(), 2);
    // Filtered to one section, the roster holds that section only.
    ListFilter f;
    f.sectionId = r.zeimu;
    view.filterBar()->setFilter(f);
    QVERIFY(view.exportRosterTo(path));
    const RosterParseResult one = RosterCsv::parse(readAll(path));
    QCOMPARE(one.rows.size(), 1);
    QCOMPARE(one.rows.first().employment, EmploymentType::Temporary);
}

void TstRegistersViews::rosterExportNeedsReasonAboveThreshold() {
    RegistersCase r;
    r.c.reopen();
    r.file().settings().set(r.session(), CaseSetting::ExportWarningThreshold, 1);
    r.c.reopen(QStringLiteral("boss"));
    r.addPerson(QStringLiteral("A1"), QStringLiteral("一"), r.shimin);
    r.addPerson(QStringLiteral("A2"), QStringLiteral("二"), r.shimin);
    PeopleView view(r.file());
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("roster.csv"));
    QVERIFY(!view.exportRosterTo(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(view.exportRosterTo(path, QStringLiteral("人事異動の確認")));
    QVERIFY(QFile::exists(path));
}

void TstRegistersViews::adminSeesNoPeopleButMayImport() {
    TempCase c; // SYSTEM_ADMIN: manages the organisation, reads no personal data
    c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
    const qint64 before = c.file().journal().count();
    PeopleView view(c.file());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(child<QPushButton>(&view, "importRosterButton")->isEnabled());
    QVERIFY(child<QPushButton>(&view, "addPersonButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&view, "exportRosterButton")->isEnabled());
    // Opening the screen is not a refused read in the journal.
    QCOMPARE(c.file().journal().count(), before);
}

void TstRegistersViews::areasModelAndView() {
    RegistersCase r;
    addArea(r, QStringLiteral("AR-2"), r.zeimu);
    addArea(r, QStringLiteral("AR-1"), r.shimin);
    AreasModel model(r.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    model.sort(AreasModel::Code, Qt::AscendingOrder);
    QCOMPARE(model.row(0).areaCode, QStringLiteral("AR-1"));
    ListFilter f;
    f.sectionId = r.zeimu;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).areaCode, QStringLiteral("AR-2"));

    AreasView view(r.file());
    view.show();
    QCOMPARE(view.model()->rowCount(), 2);
    QTest::mouseClick(child<QPushButton>(&view, "addAreaButton"), Qt::LeftButton);
    auto* dialog = view.findChild<AreaDialog*>(QStringLiteral("areaDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "areaCodeEdit"), QStringLiteral("AR-3"));
    auto* section = child<QComboBox>(dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.shimin));
    typeJapanese(child<QLineEdit>(dialog, "buildingEdit"), QStringLiteral("別館"));
    clickOk(dialog);
    QCOMPARE(view.model()->rowCount(), 3);
    QVERIFY(view.selectedAreaId());

    QTemporaryDir tmp;
    const QString csv = tmp.filePath(QStringLiteral("areas.csv"));
    QVERIFY(view.exportCsvTo(csv));
    const QString text = QString::fromUtf8(readAll(csv));
    QVERIFY(text.contains(QStringLiteral("AR-3")));
    QVERIFY(text.contains(QStringLiteral("別館")));
}

void TstRegistersViews::areaSheetPrints() {
    RegistersCase r;
    const HandlingArea a = addArea(r, QStringLiteral("AR-1"), r.shimin);
    AreasView view(r.file());
    QVERIFY(!child<QPushButton>(&view, "printAreaSheetButton")->isEnabled());
    QVERIFY(view.selectArea(a.id));
    QVERIFY(child<QPushButton>(&view, "printAreaSheetButton")->isEnabled());
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(view.saveSheetPdf(pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
}

void TstRegistersViews::deletingAnAreaInUseIsRefused() {
    RegistersCase r;
    const HandlingArea a = addArea(r, QStringLiteral("AR-1"), r.shimin);
    PersonalInfoFile f;
    f.fileNo = QStringLiteral("F1");
    f.name = QStringLiteral("台帳");
    f.sectionId = r.shimin;
    f.purpose = QStringLiteral("事務");
    f.handlingAreaId = a.id;
    const PersonalInfoFile saved = r.file().files().create(r.session(), f);
    AreasView view(r.file());
    view.show();
    QVERIFY(view.selectArea(a.id));
    QVERIFY(!view.deleteSelected());
    QVERIFY(view.findChild<QMessageBox*>(QStringLiteral("areasErrorBox")));
    QCOMPARE(view.model()->rowCount(), 1);
    r.file().files().remove(r.session(), saved.id);
    QVERIFY(view.deleteSelected());
    QCOMPARE(view.model()->rowCount(), 0);
}

void TstRegistersViews::filesModelFlagsOverdueAndFilters() {
    RegistersCase r;
    const PersonalInfoFile late = addFile(r, QStringLiteral("F-1"), r.shimin, 1500);
    addFile(r, QStringLiteral("F-2"), r.zeimu, 20);
    const Person p = r.addPerson(QStringLiteral("A1"), QStringLiteral("一"), r.shimin);
    r.file().files().grant(r.session(), late.id, p.id, {QStringLiteral("read")}, QDate(2024, 1, 1),
                           QDate(2025, 1, 1)); // the fake clock says 2025-11-23
    FilesModel model(r.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    model.sort(FilesModel::FileNo, Qt::AscendingOrder);
    QCOMPARE(model.overdueReviews(late.id), 1);
    QVERIFY(model.data(model.index(0, FilesModel::Name), FilesModel::OverdueRole).toBool());
    QVERIFY(model.data(model.index(0, FilesModel::Name), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(1, FilesModel::Name), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, FilesModel::Publication)).toString().isEmpty());
    QVERIFY(model.data(model.index(1, FilesModel::Publication)).toString().isEmpty());
    model.sort(FilesModel::Persons, Qt::AscendingOrder); // numerically: 20 before 1,500
    QCOMPARE(model.row(0).fileNo, QStringLiteral("F-2"));
    ListFilter f;
    f.overdueOnly = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0).id, late.id);

    FilesView view(r.file());
    QCOMPARE(view.overdueModel()->rowCount(), 1);
    QVERIFY(view.overdueModel()
                ->data(view.overdueModel()->index(0, AccessRightsModel::File))
                .toString()
                .contains(QStringLiteral("F-1")));
    QVERIFY(view.tabs()->tabText(1).contains(QLatin1String("1")));
    ListFilter overdue;
    overdue.overdueOnly = true;
    view.filterBar()->setFilter(overdue);
    QCOMPARE(view.model()->rowCount(), 1);
}

void TstRegistersViews::filesViewRegisterPdfAndCsv() {
    RegistersCase r;
    addFile(r, QStringLiteral("F-1"), r.shimin);
    addFile(r, QStringLiteral("F-2"), r.zeimu);
    FilesView view(r.file());
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("register.pdf"));
    QVERIFY(view.saveRegisterPdf(pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    const QString csv = tmp.filePath(QStringLiteral("files.csv"));
    QVERIFY(view.exportCsvTo(csv));
    const QString text = QString::fromUtf8(readAll(csv));
    QVERIFY(text.contains(QStringLiteral("F-1")) && text.contains(QStringLiteral("F-2")));
}

// The auditor reads every register but changes none: an area or file opens as a viewer, with
// its text selectable, no input taking a change and only a Close button.
void TstRegistersViews::auditorSeesEntriesReadOnly() {
    RegistersCase r;
    const HandlingArea a = addArea(r, QStringLiteral("AR-1"), r.shimin);
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-1"), r.zeimu);
    r.c.reopen();
    r.c.addAccount(QStringLiteral("kansa"), Role::Auditor);
    CaseFile& file = r.c.reopen(QStringLiteral("kansa"));

    AreaDialog area(file, a.id);
    QVERIFY(area.windowTitle().endsWith(QStringLiteral("(read only)")));
    auto* code = child<QLineEdit>(&area, "areaCodeEdit");
    QCOMPARE(code->text(), QStringLiteral("AR-1"));
    QVERIFY(code->isReadOnly());
    QVERIFY(!child<QComboBox>(&area, "sectionCombo")->isEnabled());
    auto* buttons = child<QDialogButtonBox>(&area, "areaDialogButtons");
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);

    PersonalInfoFileDialog entry(file, f.id);
    QVERIFY(entry.windowTitle().endsWith(QStringLiteral("(read only)")));
    QVERIFY(child<QLineEdit>(&entry, "fileNameEdit")->isReadOnly());
    for (QPlainTextEdit* text : entry.findChildren<QPlainTextEdit*>())
        QVERIFY(text->isReadOnly());
    QCOMPARE(child<QDialogButtonBox>(&entry, "fileDialogButtons")->standardButtons(), QDialogButtonBox::Close);

    // The officer who may write still gets an editor.
    CaseFile& boss = r.c.reopen(QStringLiteral("boss"));
    AreaDialog editable(boss, a.id);
    QVERIFY(!child<QLineEdit>(&editable, "areaCodeEdit")->isReadOnly());
    QVERIFY(child<QDialogButtonBox>(&editable, "areaDialogButtons")->standardButtons() & QDialogButtonBox::Ok);
}

void TstRegistersViews::mainWindowHasTheRegisters() {
    RegistersCase r;
    {
        MainWindow w(r.file());
        const QStringList keys = w.areaKeys();
        QVERIFY(keys.contains(QStringLiteral("people")));
        QVERIFY(keys.contains(QStringLiteral("areas")));
        QVERIFY(keys.contains(QStringLiteral("files")));
        w.showArea(QStringLiteral("files"));
        QCOMPARE(w.currentArea(), QStringLiteral("files"));
    }
    // The administrator manages the organisation but reads no personal data.
    r.c.reopen();
    MainWindow admin(r.file());
    QVERIFY(admin.areaKeys().contains(QStringLiteral("people")));
    QVERIFY(!admin.areaKeys().contains(QStringLiteral("areas")));
    QVERIFY(!admin.areaKeys().contains(QStringLiteral("files")));
}

void TstRegistersViews::screenshots() {
    // In Japanese, as the city sees it: long labels must still fit.
    TranslationLoader japanese;
    japanese.install(QStringLiteral("ja"));
    RegistersCase r;
    r.addPerson(QStringLiteral("A1"), QStringLiteral("山田 花子"), r.shimin);
    r.addPerson(QStringLiteral("A2"), QStringLiteral("派遣 太郎"), r.shimin, EmploymentType::Dispatched);
    addArea(r, QStringLiteral("AR-1"), r.shimin);
    const PersonalInfoFile late = addFile(r, QStringLiteral("F-1"), r.shimin, 1500);
    addFile(r, QStringLiteral("F-2"), r.zeimu);
    const Person p = r.addPerson(QStringLiteral("A3"), QStringLiteral("担当 三"), r.shimin);
    r.file().files().grant(r.session(), late.id, p.id, {QStringLiteral("read")}, QDate(2024, 1, 1),
                           QDate(2025, 1, 1));
    MainWindow w(r.file());
    w.show();
    for (const QString& key : {QStringLiteral("people"), QStringLiteral("areas"), QStringLiteral("files")}) {
        w.showArea(key);
        saveGrab(&w, QStringLiteral("main-") + key);
    }
}

QTEST_MAIN(TstRegistersViews)
#include "tst_registers_views.moc"
