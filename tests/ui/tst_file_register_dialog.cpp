// The personal-information file editor offscreen: every field of the register entry saved and
// read back, errors at the field (on the page that holds it), access rights granted and
// revoked, and overdue reviews flagged in colour and filterable.
#include "RegistersTestUtil.h"

#include "custody/files/AccessRightsModel.h"
#include "custody/files/AccessRightsPanel.h"
#include "custody/files/GrantAccessDialog.h"
#include "custody/files/PersonalInfoFileDialog.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {
PersonalInfoFile addFile(RegistersCase& r, const QString& no) {
    PersonalInfoFile f;
    f.fileNo = no;
    f.name = QStringLiteral("住民基本台帳");
    f.sectionId = r.shimin;
    f.purpose = QStringLiteral("住民の居住関係の記録");
    return r.file().files().create(r.session(), f);
}
} // namespace

class TstFileRegisterDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createWithEveryField();
    void editKeepsAndChanges();
    void errorsAtTheField_data();
    void errorsAtTheField();
    void publicationHintFrom1000Persons();
    void grantAndRevokeAccess();
    void grantErrorsAtTheField();
    void overdueReviewsFlaggedAndFiltered();
    void accessRightsModelPassesTester();
    void screenshot();
};

void TstFileRegisterDialog::createWithEveryField() {
    RegistersCase r;
    HandlingArea area;
    area.areaCode = QStringLiteral("AREA-1");
    area.sectionId = r.shimin;
    area.building = QStringLiteral("本庁舎");
    area = r.file().areas().create(r.session(), area);

    PersonalInfoFileDialog dialog(r.file(), std::nullopt);
    dialog.show();
    QVERIFY(!dialog.accessRights()); // granted once saved
    QTest::keyClicks(child<QLineEdit>(&dialog, "fileNoEdit"), QStringLiteral("F-001"));
    typeJapanese(child<QLineEdit>(&dialog, "fileNameEdit"), QStringLiteral("住民税課税台帳"));
    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.shimin));
    auto* type = child<QComboBox>(&dialog, "fileTypeCombo");
    type->setCurrentIndex(type->findData(static_cast<int>(PiFileType::Manual)));
    typeJapanese(child<QPlainTextEdit>(&dialog, "purposeEdit"), QStringLiteral("課税"));
    typeJapanese(child<QPlainTextEdit>(&dialog, "recordItemsEdit"), QStringLiteral("氏名、所得"));
    typeJapanese(child<QLineEdit>(&dialog, "recordScopeEdit"), QStringLiteral("納税義務者"));
    typeJapanese(child<QLineEdit>(&dialog, "collectionMethodEdit"), QStringLiteral("申告"));
    child<QCheckBox>(&dialog, "sensitiveCheck")->setChecked(true);
    child<QCheckBox>(&dialog, "myNumberCheck")->setChecked(true);
    child<QSpinBox>(&dialog, "personCountSpin")->setValue(52000);
    typeJapanese(child<QPlainTextEdit>(&dialog, "recipientsEdit"), QStringLiteral("県税事務所"));
    typeJapanese(child<QPlainTextEdit>(&dialog, "disclosureOfficeEdit"), QStringLiteral("総務課"));
    typeJapanese(child<QPlainTextEdit>(&dialog, "correctionEdit"), QStringLiteral("地方税法"));
    typeJapanese(child<QLineEdit>(&dialog, "storageMediaEdit"), QStringLiteral("基幹系サーバ"));
    auto* areaCombo = child<QComboBox>(&dialog, "areaCombo");
    areaCombo->setCurrentIndex(areaCombo->findData(area.id));
    QTest::keyClicks(child<QLineEdit>(&dialog, "foreignLocationEdit"), QStringLiteral("Singapore"));
    typeJapanese(child<QPlainTextEdit>(&dialog, "regimeNotesEdit"), QStringLiteral("PDPA"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(&dialog);
    QCOMPARE(accepted.size(), 1);
    const PersonalInfoFile f = r.file().files().get(r.session(), dialog.saved()->id);
    QCOMPARE(f.fileNo, QStringLiteral("F-001"));
    QCOMPARE(f.name, QStringLiteral("住民税課税台帳"));
    QCOMPARE(f.sectionId, r.shimin);
    QCOMPARE(f.fileType, PiFileType::Manual);
    QCOMPARE(f.purpose, QStringLiteral("課税"));
    QCOMPARE(f.recordItems, QStringLiteral("氏名、所得"));
    QCOMPARE(f.recordScope, QStringLiteral("納税義務者"));
    QCOMPARE(f.collectionMethod, QStringLiteral("申告"));
    QVERIFY(f.containsSensitive);
    QVERIFY(f.containsMyNumber);
    QCOMPARE(f.personCount, 52000);
    QCOMPARE(f.regularRecipients, QStringLiteral("県税事務所"));
    QCOMPARE(f.disclosureOffice, QStringLiteral("総務課"));
    QCOMPARE(f.correctionProcedures, QStringLiteral("地方税法"));
    QCOMPARE(f.storageMedia, QStringLiteral("基幹系サーバ"));
    QCOMPARE(f.handlingAreaId, std::optional<qint64>(area.id));
    QCOMPARE(f.foreignLocation, QStringLiteral("Singapore"));
    QCOMPARE(f.foreignRegimeNotes, QStringLiteral("PDPA"));
}

void TstFileRegisterDialog::editKeepsAndChanges() {
    RegistersCase r;
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-010"));
    PersonalInfoFileDialog dialog(r.file(), f.id);
    dialog.show();
    QVERIFY(dialog.accessRights());
    QCOMPARE(child<QLineEdit>(&dialog, "fileNameEdit")->text(), QStringLiteral("住民基本台帳"));
    child<QSpinBox>(&dialog, "personCountSpin")->setValue(12);
    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.zeimu));
    clickOk(&dialog);
    QVERIFY(dialog.saved());
    const PersonalInfoFile after = r.file().files().get(r.session(), f.id);
    QCOMPARE(after.personCount, 12);
    QCOMPARE(after.sectionId, r.zeimu);
    QCOMPARE(after.purpose, f.purpose);
}

void TstFileRegisterDialog::errorsAtTheField_data() {
    QTest::addColumn<QString>("fileNo");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("foreign");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("page");
    const QString n = QStringLiteral("台帳");
    const QString p = QStringLiteral("目的");
    QTest::newRow("file number") << QStringLiteral("no spaces!") << n << p << QString()
                                 << QStringLiteral("file_no") << 0;
    QTest::newRow("name") << QStringLiteral("F1") << QString() << p << QString()
                          << QStringLiteral("name") << 0;
    QTest::newRow("purpose") << QStringLiteral("F1") << n << QString() << QString()
                             << QStringLiteral("purpose") << 0;
    QTest::newRow("regime notes") << QStringLiteral("F1") << n << p << QStringLiteral("US cloud")
                                  << QStringLiteral("foreign_regime_notes") << 2;
    QTest::newRow("duplicate number") << QStringLiteral("F-EXIST") << n << p << QString()
                                      << QStringLiteral("file_no") << 0;
}

void TstFileRegisterDialog::errorsAtTheField() {
    QFETCH(QString, fileNo);
    QFETCH(QString, name);
    QFETCH(QString, purpose);
    QFETCH(QString, foreign);
    QFETCH(QString, field);
    QFETCH(int, page);
    RegistersCase r;
    addFile(r, QStringLiteral("F-EXIST"));
    PersonalInfoFileDialog dialog(r.file(), std::nullopt);
    dialog.show();
    child<QLineEdit>(&dialog, "fileNoEdit")->setText(fileNo);
    child<QLineEdit>(&dialog, "fileNameEdit")->setText(name);
    child<QPlainTextEdit>(&dialog, "purposeEdit")->setPlainText(purpose);
    child<QLineEdit>(&dialog, "foreignLocationEdit")->setText(foreign);
    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.shimin));
    dialog.tabs()->setCurrentIndex(1);
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    QCOMPARE(dialog.tabs()->currentIndex(), page);
    QVERIFY(child<QLabel>(&dialog, qPrintable(field + QStringLiteral("Error")))->isVisible());
    QCOMPARE(r.file().files().list(r.session()).size(), 1);
}

void TstFileRegisterDialog::publicationHintFrom1000Persons() {
    RegistersCase r;
    PersonalInfoFileDialog dialog(r.file(), std::nullopt);
    auto* hint = child<QLabel>(&dialog, "publicationHint");
    auto* count = child<QSpinBox>(&dialog, "personCountSpin");
    count->setValue(999);
    QVERIFY(hint->text().isEmpty());
    count->setValue(1000);
    QVERIFY(!hint->text().isEmpty());
}

void TstFileRegisterDialog::grantAndRevokeAccess() {
    RegistersCase r;
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-020"));
    const Person p = r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    AccessRightsPanel panel(r.file(), f.id);
    panel.show();
    QCOMPARE(panel.model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(&panel, "grantAccessButton"), Qt::LeftButton);
    auto* dialog = panel.findChild<GrantAccessDialog*>(QStringLiteral("grantAccessDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->setPerson(p.id));
    dialog->setOperations({QStringLiteral("read"), QStringLiteral("print")});
    dialog->setDates(QDate(2025, 4, 1), QDate(2026, 4, 1));
    clickOk(dialog);
    QCOMPARE(panel.model()->rowCount(), 1);
    const FileAccessRight right = panel.model()->right(0);
    QCOMPARE(right.personId, p.id);
    QCOMPARE(right.operations, (QStringList{QStringLiteral("read"), QStringLiteral("print")}));
    QCOMPARE(right.grantedBy, r.session().accountId());
    QCOMPARE(panel.model()->data(panel.model()->index(0, AccessRightsModel::GrantedBy)).toString(),
             QStringLiteral("boss"));
    QVERIFY(panel.model()
                ->data(panel.model()->index(0, AccessRightsModel::Person))
                .toString()
                .contains(QStringLiteral("担当 一")));

    panel.table()->selectRow(0);
    QVERIFY(child<QPushButton>(&panel, "revokeAccessButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&panel, "revokeAccessButton"), Qt::LeftButton);
    const QList<FileAccessRight> rights = r.file().files().accessRights(r.session(), f.id);
    QCOMPARE(rights.size(), 1);
    QVERIFY(rights.first().revokedOn);
    QCOMPARE(panel.model()->rowCount(), 1); // still listed, as revoked
    panel.table()->selectRow(0);
    QVERIFY(!child<QPushButton>(&panel, "revokeAccessButton")->isEnabled());
}

void TstFileRegisterDialog::grantErrorsAtTheField() {
    RegistersCase r;
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-030"));
    const Person p = r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    GrantAccessDialog dialog(r.file(), f.id);
    dialog.show();
    clickOk(&dialog);
    QVERIFY(!dialog.fieldError(QStringLiteral("person")).isEmpty());
    QVERIFY(dialog.setPerson(p.id));
    dialog.setOperations({});
    clickOk(&dialog);
    QVERIFY(!dialog.fieldError(QStringLiteral("operations")).isEmpty());
    dialog.setOperations({QStringLiteral("read")});
    dialog.setDates(QDate(2025, 4, 1), QDate(2025, 3, 1));
    clickOk(&dialog);
    QVERIFY(!dialog.fieldError(QStringLiteral("review_due")).isEmpty());
    QVERIFY(!dialog.granted());
    QVERIFY(r.file().files().accessRights(r.session(), f.id).isEmpty());
}

void TstFileRegisterDialog::overdueReviewsFlaggedAndFiltered() {
    RegistersCase r;
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-040"));
    const Person a = r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    const Person b = r.addPerson(QStringLiteral("A2"), QStringLiteral("担当 二"), r.shimin);
    // The fake clock says 2025-11-23: a's review was due in October, b's is next year.
    const QStringList read{QStringLiteral("read")};
    r.file().files().grant(r.session(), f.id, a.id, read, QDate(2024, 10, 1), QDate(2025, 10, 1));
    r.file().files().grant(r.session(), f.id, b.id, read, QDate(2025, 4, 1), QDate(2026, 4, 1));

    AccessRightsPanel panel(r.file(), f.id);
    AccessRightsModel* model = panel.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->overdueCount(), 1);
    int overdueRow = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->data(model->index(i, 0), AccessRightsModel::OverdueRole).toBool())
            overdueRow = i;
    QVERIFY(overdueRow >= 0);
    QCOMPARE(model->right(overdueRow).personId, a.id);
    // Flagged in colour, and the status says so.
    const QVariant bg = model->data(model->index(overdueRow, AccessRightsModel::Status),
                                    Qt::BackgroundRole);
    QVERIFY(bg.isValid());
    QVERIFY(!model->data(model->index(1 - overdueRow, 0), Qt::BackgroundRole).isValid());
    QVERIFY(!model->data(model->index(overdueRow, AccessRightsModel::Status))
                 .toString()
                 .isEmpty());
    QVERIFY(!child<QLabel>(&panel, "accessRightsStatus")->text().isEmpty());

    QTest::mouseClick(child<QCheckBox>(&panel, "overdueOnlyCheck"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->right(0).personId, a.id);
    panel.setOverdueOnly(false);
    QCOMPARE(model->rowCount(), 2);
}

void TstFileRegisterDialog::accessRightsModelPassesTester() {
    AccessRightsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FileAccessRight overdue;
    overdue.id = 1;
    overdue.fileId = 7;
    overdue.personId = 3;
    overdue.operations = {QStringLiteral("read")};
    overdue.grantedOn = QDate(2024, 1, 1);
    overdue.reviewDue = QDate(2025, 1, 1);
    FileAccessRight fine = overdue;
    fine.id = 2;
    fine.reviewDue = QDate(2027, 1, 1);
    FileAccessRight revoked = overdue;
    revoked.id = 3;
    revoked.revokedOn = QDate(2025, 2, 1);
    AccessRightsModel::Names names;
    names.files.insert(7, QStringLiteral("F-7  台帳"));
    model.setRights({overdue, fine, revoked}, names, QDate(2025, 6, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.overdueCount(), 1); // a revoked right is not overdue
    QCOMPARE(model.data(model.index(0, AccessRightsModel::File)).toString(),
             QStringLiteral("F-7  台帳"));
    model.setOverdueOnly(true);
    QCOMPARE(model.rowCount(), 1);
    model.setRights({}, names, QDate(2025, 6, 1));
    QCOMPARE(model.rowCount(), 0);
}

void TstFileRegisterDialog::screenshot() {
    // In Japanese, as the city sees it: long labels must still fit.
    TranslationLoader japanese;
    japanese.install(QStringLiteral("ja"));
    RegistersCase r;
    const PersonalInfoFile f = addFile(r, QStringLiteral("F-050"));
    const Person a = r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    r.file().files().grant(r.session(), f.id, a.id, {QStringLiteral("read"), QStringLiteral("export")},
                           QDate(2024, 10, 1), QDate(2025, 10, 1));
    PersonalInfoFileDialog dialog(r.file(), f.id);
    dialog.show();
    saveGrab(&dialog, QStringLiteral("file-dialog-entry"));
    dialog.tabs()->setCurrentIndex(2);
    saveGrab(&dialog, QStringLiteral("file-dialog-storage"));
    dialog.tabs()->setCurrentIndex(3);
    saveGrab(&dialog, QStringLiteral("file-dialog-rights"));
}

QTEST_MAIN(TstFileRegisterDialog)
#include "tst_file_register_dialog.moc"
