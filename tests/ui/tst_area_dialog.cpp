// The handling-area editor offscreen: creating an area with its measures, handlers and layout
// image, editing it, errors shown at the field, and nothing half-saved.
#include "RegistersTestUtil.h"

#include "custody/areas/AreaDialog.h"
#include "custody/areas/AreaMeasuresEditor.h"
#include "custody/areas/LayoutImageEditor.h"
#include "organisation/PeoplePicker.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {
QString writePng(const QTemporaryDir& dir, const QString& name) {
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

void fillArea(AreaDialog& dialog, const QString& code, qint64 section) {
    QTest::keyClicks(child<QLineEdit>(&dialog, "areaCodeEdit"), code);
    auto* combo = child<QComboBox>(&dialog, "sectionCombo");
    combo->setCurrentIndex(combo->findData(section));
    typeJapanese(child<QLineEdit>(&dialog, "buildingEdit"), QStringLiteral("本庁舎"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "floorEdit"), QStringLiteral("2F"));
    typeJapanese(child<QLineEdit>(&dialog, "roomEdit"), QStringLiteral("市民課執務室"));
}
} // namespace

class TstAreaDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createWithMeasuresHandlersAndImage();
    void editAndRemoveImage();
    void errorsAtTheField_data();
    void errorsAtTheField();
    void notAnImageRefusedAtTheField();
    void refusedPartSavesNothing();
    void filesHandledAreListed();
    void screenshot();
};

void TstAreaDialog::createWithMeasuresHandlersAndImage() {
    RegistersCase r;
    const Person a = r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    r.addPerson(QStringLiteral("A2"), QStringLiteral("担当 二"), r.shimin);
    QTemporaryDir tmp;
    AreaDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillArea(dialog, QStringLiteral("AREA-1"), r.shimin);
    QTest::mouseClick(dialog.measures()->checkBox(AreaMeasure::Partitions), Qt::LeftButton);
    dialog.measures()->checkBox(AreaMeasure::LockableCabinets)->setChecked(true);
    typeJapanese(dialog.measures()->remarkEdit(AreaMeasure::LockableCabinets),
                 QStringLiteral("書庫3台"));
    dialog.handlers()->setCheckedIds({a.id});
    QVERIFY(dialog.layoutImage()->chooseFile(writePng(tmp, QStringLiteral("layout.png"))));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(&dialog);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(dialog.saved());
    HandlingAreaService& areas = r.file().areas();
    const HandlingArea saved = areas.get(r.session(), dialog.saved()->id);
    QCOMPARE(saved.areaCode, QStringLiteral("AREA-1"));
    QCOMPARE(saved.building, QStringLiteral("本庁舎"));
    QCOMPARE(saved.floor, QStringLiteral("2F"));
    QCOMPARE(saved.room, QStringLiteral("市民課執務室"));
    QCOMPARE(saved.layoutMime, QStringLiteral("image/png"));
    const QList<AreaMeasureState> m = areas.measures(r.session(), saved.id);
    QVERIFY(m.at(0).inPlace);                          // partitions
    QVERIFY(!m.at(1).inPlace);                         // seat layout
    QVERIFY(m.at(2).inPlace);                          // cabinets
    QCOMPARE(m.at(2).remark, QStringLiteral("書庫3台"));
    const QList<Person> handlers = areas.handlers(r.session(), saved.id);
    QCOMPARE(handlers.size(), 1);
    QCOMPARE(handlers.first().id, a.id);
}

void TstAreaDialog::editAndRemoveImage() {
    RegistersCase r;
    HandlingArea area;
    area.areaCode = QStringLiteral("AREA-2");
    area.sectionId = r.shimin;
    area.building = QStringLiteral("別館");
    area = r.file().areas().create(r.session(), area);
    QTemporaryDir tmp;
    QFile png(writePng(tmp, QStringLiteral("l.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    r.file().areas().setLayoutImage(r.session(), area.id, png.readAll());
    r.file().areas().setMeasures(r.session(), area.id,
                                 {{AreaMeasure::EntryControl, true, QStringLiteral("ICカード")}});

    AreaDialog dialog(r.file(), area.id);
    dialog.show();
    QCOMPARE(child<QLineEdit>(&dialog, "buildingEdit")->text(), QStringLiteral("別館"));
    QVERIFY(dialog.measures()->checkBox(AreaMeasure::EntryControl)->isChecked());
    QCOMPARE(dialog.measures()->remarkEdit(AreaMeasure::EntryControl)->text(),
             QStringLiteral("ICカード"));
    QVERIFY(!dialog.layoutImage()->image().isEmpty());
    child<QLineEdit>(&dialog, "roomEdit")->setText(QStringLiteral("201"));
    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.zeimu));
    QTest::mouseClick(child<QPushButton>(&dialog, "removeLayoutButton"), Qt::LeftButton);
    clickOk(&dialog);
    QVERIFY(dialog.saved());
    const HandlingArea after = r.file().areas().get(r.session(), area.id);
    QCOMPARE(after.room, QStringLiteral("201"));
    QCOMPARE(after.sectionId, r.zeimu);
    QVERIFY(after.layoutMime.isEmpty());
    QVERIFY(r.file().areas().layoutImage(r.session(), area.id).isEmpty());
    QVERIFY(r.file().areas().measures(r.session(), area.id).at(4).inPlace); // kept
}

void TstAreaDialog::errorsAtTheField_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("withSection");
    QTest::addColumn<QString>("building");
    QTest::addColumn<QString>("field");
    QTest::newRow("code") << QStringLiteral("bad code!") << true << QStringLiteral("本庁舎")
                          << QStringLiteral("area_code");
    QTest::newRow("section") << QStringLiteral("A1") << false << QStringLiteral("本庁舎")
                             << QStringLiteral("section");
    QTest::newRow("building") << QStringLiteral("A1") << true << QString()
                              << QStringLiteral("building");
}

void TstAreaDialog::errorsAtTheField() {
    QFETCH(QString, code);
    QFETCH(bool, withSection);
    QFETCH(QString, building);
    QFETCH(QString, field);
    RegistersCase r;
    AreaDialog dialog(r.file(), std::nullopt);
    dialog.show();
    child<QLineEdit>(&dialog, "areaCodeEdit")->setText(code);
    child<QLineEdit>(&dialog, "buildingEdit")->setText(building);
    if (withSection) {
        auto* combo = child<QComboBox>(&dialog, "sectionCombo");
        combo->setCurrentIndex(combo->findData(r.shimin));
    }
    child<QTabWidget>(&dialog, "areaTabs")->setCurrentIndex(1);
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    // The page with the message is brought forward, so the message is seen.
    QCOMPARE(child<QTabWidget>(&dialog, "areaTabs")->currentIndex(), 0);
    QVERIFY(child<QLabel>(&dialog, qPrintable(field + QStringLiteral("Error")))->isVisible());
    QVERIFY(r.file().areas().list(r.session()).isEmpty());
}

void TstAreaDialog::notAnImageRefusedAtTheField() {
    RegistersCase r;
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("fake.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a picture");
    f.close();
    AreaDialog dialog(r.file(), std::nullopt);
    dialog.show();
    QVERIFY(!dialog.layoutImage()->chooseFile(path));
    QVERIFY(!dialog.fieldError(QStringLiteral("layout_image")).isEmpty());
    QVERIFY(dialog.layoutImage()->image().isEmpty());
    QVERIFY(!dialog.layoutImage()->changed());
}

void TstAreaDialog::refusedPartSavesNothing() {
    RegistersCase r;
    AreaDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillArea(dialog, QStringLiteral("AREA-9"), r.shimin);
    // A remark longer than core allows: the area itself would be valid, the measures are not.
    dialog.measures()->remarkEdit(AreaMeasure::Other)->setMaxLength(1000);
    dialog.measures()->remarkEdit(AreaMeasure::Other)->setText(QString(501, QLatin1Char('x')));
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY(!dialog.fieldError(QStringLiteral("measures")).isEmpty());
    QCOMPARE(child<QTabWidget>(&dialog, "areaTabs")->currentIndex(), 1);
    QVERIFY(r.file().areas().list(r.session()).isEmpty()); // the area rolled back too
}

void TstAreaDialog::filesHandledAreListed() {
    RegistersCase r;
    HandlingArea area;
    area.areaCode = QStringLiteral("AREA-3");
    area.sectionId = r.shimin;
    area.building = QStringLiteral("本庁舎");
    area = r.file().areas().create(r.session(), area);
    PersonalInfoFile f;
    f.fileNo = QStringLiteral("F-1");
    f.name = QStringLiteral("住民基本台帳");
    f.sectionId = r.shimin;
    f.purpose = QStringLiteral("住民の記録");
    f.handlingAreaId = area.id;
    r.file().files().create(r.session(), f);
    AreaDialog dialog(r.file(), area.id);
    QCOMPARE(dialog.filesHandled()->count(), 1);
    QVERIFY(dialog.filesHandled()->item(0)->text().contains(QStringLiteral("住民基本台帳")));
}

void TstAreaDialog::screenshot() {
    // In Japanese, as the city sees it: long labels must still fit.
    TranslationLoader japanese;
    japanese.install(QStringLiteral("ja"));
    RegistersCase r;
    r.addPerson(QStringLiteral("A1"), QStringLiteral("担当 一"), r.shimin);
    AreaDialog dialog(r.file(), std::nullopt);
    dialog.show();
    clickOk(&dialog);
    saveGrab(&dialog, QStringLiteral("area-dialog-place"));
    child<QTabWidget>(&dialog, "areaTabs")->setCurrentIndex(1);
    saveGrab(&dialog, QStringLiteral("area-dialog-measures"));
}

QTEST_MAIN(TstAreaDialog)
#include "tst_area_dialog.moc"
