// The section and person editors offscreen: creating and editing, role assignments and
// designated handlers, errors shown at the field or row they concern, and nothing half-saved
// when core refuses part of a save.
#include "RegistersTestUtil.h"

#include "organisation/HandlerRow.h"
#include "organisation/PersonDialog.h"
#include "organisation/PersonRoleRow.h"
#include "organisation/SectionDialog.h"
#include "organisation/SectionsModel.h"

#include "accounts/RoleRowEditor.h"
#include "common/OptionalDateEdit.h"
#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

class TstOrganisationDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sectionsModelPassesTester();
    void addSection();
    void sectionErrorsAtTheField_data();
    void sectionErrorsAtTheField();
    void addPersonWithRoleAndDesignation();
    void dispatchedWorkerIsAnEmploymentType();
    void editPersonAndRevokeDesignation();
    void personErrorsAtTheField_data();
    void personErrorsAtTheField();
    void duplicateStaffNumberAtTheField();
    void refusedRoleRowSavesNothing();
    void refusedDesignationRowSavesNothing();
    void screenshot();
};

void TstOrganisationDialogs::sectionsModelPassesTester() {
    RegistersCase r;
    SectionsModel model(r.file());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, SectionsModel::Name)).toString(), QStringLiteral("市民課"));
    QCOMPARE(model.data(model.index(1, SectionsModel::Code)).toString(), QStringLiteral("0402"));
    r.c.reopen();
    r.c.addSection(QStringLiteral("0101"), QStringLiteral("総務課"));
    SectionsModel again(r.file());
    QAbstractItemModelTester tester2(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
    again.reload();
    QCOMPARE(again.rowCount(), 3);
    QCOMPARE(again.rowForId(r.shimin), 1);
}

void TstOrganisationDialogs::addSection() {
    TempCase c; // the administrator manages the organisation
    SectionDialog dialog(c.file());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "sectionCodeEdit"), QStringLiteral("0501"));
    typeJapanese(child<QLineEdit>(&dialog, "sectionNameEdit"), QStringLiteral("福祉課"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(&dialog);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(dialog.created());
    const std::optional<Section> s = c.file().sections().byCode(QStringLiteral("0501"));
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("福祉課"));
}

void TstOrganisationDialogs::sectionErrorsAtTheField_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::newRow("no code") << QString() << QStringLiteral("福祉課") << QStringLiteral("code");
    QTest::newRow("no name") << QStringLiteral("0501") << QString() << QStringLiteral("name");
    QTest::newRow("duplicate code") << QStringLiteral("0301") << QStringLiteral("別の課")
                                    << QStringLiteral("code");
}

void TstOrganisationDialogs::sectionErrorsAtTheField() {
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, field);
    TempCase c;
    c.addSection(QStringLiteral("0301"), QStringLiteral("市民課"));
    SectionDialog dialog(c.file());
    dialog.show();
    child<QLineEdit>(&dialog, "sectionCodeEdit")->setText(code);
    child<QLineEdit>(&dialog, "sectionNameEdit")->setText(name);
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.created());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    auto* label = child<QLabel>(&dialog, qPrintable(field + QStringLiteral("Error")));
    QVERIFY(label && label->isVisible());
    QCOMPARE(c.file().sections().list().size(), 1);
}

namespace {
void fillPerson(PersonDialog& dialog, const QString& staffNo, qint64 section) {
    QTest::keyClicks(child<QLineEdit>(&dialog, "staffNoEdit"), staffNo);
    typeJapanese(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("山田 花子"));
    typeJapanese(child<QLineEdit>(&dialog, "kanaEdit"), QStringLiteral("ヤマダ ハナコ"));
    auto* combo = child<QComboBox>(&dialog, "sectionCombo");
    combo->setCurrentIndex(combo->findData(section));
}
} // namespace

void TstOrganisationDialogs::addPersonWithRoleAndDesignation() {
    RegistersCase r;
    PersonDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillPerson(dialog, QStringLiteral("A100"), r.shimin);
    QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("yamada@example.jp"));

    QTest::mouseClick(child<QPushButton>(&dialog, "addRoleButton"), Qt::LeftButton);
    QCOMPARE(dialog.roleRows().size(), 1);
    PersonRoleRow* role = dialog.roleRows().first();
    auto* roleCombo = child<QComboBox>(role, "roleCombo");
    roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(Role::UnitManager)));
    child<QDateEdit>(role, "roleStartsEdit")->setDate(QDate(2025, 4, 1));
    auto* ends = child<OptionalDateEdit>(role, "roleEndsEdit");
    ends->setDate(QDate(2026, 3, 31));

    QTest::mouseClick(child<QPushButton>(&dialog, "addHandlerButton"), Qt::LeftButton);
    QCOMPARE(dialog.handlerRows().size(), 1);
    HandlerRow* handler = dialog.handlerRows().first();
    QCOMPARE(handler->sectionId(), std::optional<qint64>(r.shimin)); // followed the person's section
    typeJapanese(child<QLineEdit>(handler, "handlerDutyEdit"), QStringLiteral("住民票の交付"));
    typeJapanese(child<QLineEdit>(handler, "handlerScopeEdit"), QStringLiteral("住民の氏名・住所"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(&dialog);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(dialog.saved());
    const Person p = r.file().people().get(r.session(), dialog.saved()->id);
    QCOMPARE(p.staffNo, QStringLiteral("A100"));
    QCOMPARE(p.name, QStringLiteral("山田 花子"));
    QCOMPARE(p.kana, QStringLiteral("ヤマダ ハナコ"));
    QCOMPARE(p.sectionId, r.shimin);
    QCOMPARE(p.email, QStringLiteral("yamada@example.jp"));
    const QList<PersonRole> roles = r.file().people().roles(r.session(), p.id);
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().role, Role::UnitManager);
    QCOMPARE(roles.first().sectionId, std::optional<qint64>(r.shimin));
    QCOMPARE(roles.first().startsOn, QDate(2025, 4, 1));
    QCOMPARE(roles.first().endsOn, std::optional<QDate>(QDate(2026, 3, 31)));
    const QList<DesignatedHandler> handlers = r.file().people().handlers(r.session(), r.shimin);
    QCOMPARE(handlers.size(), 1);
    QCOMPARE(handlers.first().personId, p.id);
    QCOMPARE(handlers.first().duty, QStringLiteral("住民票の交付"));
    QCOMPARE(handlers.first().dataScope, QStringLiteral("住民の氏名・住所"));
}

void TstOrganisationDialogs::dispatchedWorkerIsAnEmploymentType() {
    RegistersCase r;
    PersonDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillPerson(dialog, QStringLiteral("H001"), r.zeimu);
    auto* employment = child<QComboBox>(&dialog, "employmentCombo");
    const int dispatched = employment->findText(QStringLiteral("派遣"));
    QVERIFY(dispatched >= 0);
    employment->setCurrentIndex(dispatched);
    clickOk(&dialog);
    QVERIFY(dialog.saved());
    QCOMPARE(r.file().people().get(r.session(), dialog.saved()->id).employment,
             EmploymentType::Dispatched);
}

void TstOrganisationDialogs::editPersonAndRevokeDesignation() {
    RegistersCase r;
    const Person p = r.addPerson(QStringLiteral("B200"), QStringLiteral("鈴木 一郎"), r.shimin);
    r.file().people().assignRole(r.session(), p.id, Role::Handler, r.shimin, QDate(2025, 4, 1));
    const DesignatedHandler h = r.file().people().designateHandler(
        r.session(), p.id, r.shimin, QStringLiteral("窓口"), QStringLiteral("氏名"), QDate(2025, 4, 1));

    PersonDialog dialog(r.file(), p.id);
    dialog.show();
    QCOMPARE(child<QLineEdit>(&dialog, "staffNoEdit")->text(), QStringLiteral("B200"));
    QCOMPARE(dialog.existingRoles().size(), 1);
    QCOMPARE(dialog.findChildren<QLabel*>(QStringLiteral("existingRoleLabel")).size(), 1);
    QCOMPARE(dialog.handlerRows().size(), 1);
    HandlerRow* existing = dialog.handlerRows().first();
    QVERIFY(!existing->isNew());
    QVERIFY(child<QLineEdit>(existing, "handlerDutyEdit")->isReadOnly());

    auto* section = child<QComboBox>(&dialog, "sectionCombo");
    section->setCurrentIndex(section->findData(r.zeimu));
    auto* employment = child<QComboBox>(&dialog, "employmentCombo");
    employment->setCurrentIndex(employment->findText(QStringLiteral("会計年度任用")));
    existing->setRevokeOn(QDate(2025, 10, 1));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(&dialog);
    QCOMPARE(accepted.size(), 1);

    const Person after = r.file().people().get(r.session(), p.id);
    QCOMPARE(after.sectionId, r.zeimu);
    QCOMPARE(after.employment, EmploymentType::FiscalYear);
    QCOMPARE(after.name, QStringLiteral("鈴木 一郎"));
    const QList<DesignatedHandler> hs = r.file().people().handlers(r.session(), r.shimin);
    QCOMPARE(hs.size(), 1);
    QCOMPARE(hs.first().id, h.id);
    QCOMPARE(hs.first().revokedOn, std::optional<QDate>(QDate(2025, 10, 1)));
}

void TstOrganisationDialogs::personErrorsAtTheField_data() {
    QTest::addColumn<QString>("staffNo");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kana");
    QTest::addColumn<bool>("withSection");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("field");
    const QString n = QStringLiteral("山田");
    const QString k = QStringLiteral("ヤマダ");
    QTest::newRow("staff number") << QStringLiteral("A 1") << n << k << true << QString()
                                  << QStringLiteral("staff_no");
    QTest::newRow("name") << QStringLiteral("A1") << QString() << k << true << QString()
                          << QStringLiteral("name");
    QTest::newRow("kana") << QStringLiteral("A1") << n << QString() << true << QString()
                          << QStringLiteral("kana");
    QTest::newRow("section") << QStringLiteral("A1") << n << k << false << QString()
                             << QStringLiteral("section");
    QTest::newRow("email") << QStringLiteral("A1") << n << k << true << QStringLiteral("not-mail")
                           << QStringLiteral("email");
}

void TstOrganisationDialogs::personErrorsAtTheField() {
    QFETCH(QString, staffNo);
    QFETCH(QString, name);
    QFETCH(QString, kana);
    QFETCH(bool, withSection);
    QFETCH(QString, email);
    QFETCH(QString, field);
    RegistersCase r;
    PersonDialog dialog(r.file(), std::nullopt);
    dialog.show();
    child<QLineEdit>(&dialog, "staffNoEdit")->setText(staffNo);
    child<QLineEdit>(&dialog, "nameEdit")->setText(name);
    child<QLineEdit>(&dialog, "kanaEdit")->setText(kana);
    child<QLineEdit>(&dialog, "emailEdit")->setText(email);
    if (withSection) {
        auto* combo = child<QComboBox>(&dialog, "sectionCombo");
        combo->setCurrentIndex(combo->findData(r.shimin));
    }
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.saved());
    QVERIFY2(!dialog.fieldError(field).isEmpty(), qPrintable(field));
    QVERIFY(child<QLabel>(&dialog, qPrintable(field + QStringLiteral("Error")))->isVisible());
    QVERIFY(r.file().people().list(r.session()).isEmpty());
}

void TstOrganisationDialogs::duplicateStaffNumberAtTheField() {
    RegistersCase r;
    r.addPerson(QStringLiteral("A100"), QStringLiteral("先 客"), r.shimin);
    PersonDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillPerson(dialog, QStringLiteral("A100"), r.shimin);
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY(!dialog.fieldError(QStringLiteral("staff_no")).isEmpty());
    QCOMPARE(r.file().people().list(r.session()).size(), 1);
}

void TstOrganisationDialogs::refusedRoleRowSavesNothing() {
    RegistersCase r;
    PersonDialog dialog(r.file(), std::nullopt);
    dialog.show();
    fillPerson(dialog, QStringLiteral("A100"), r.shimin);
    PersonRoleRow* role = dialog.addRoleRow();
    role->setAssignment({Role::Handler, r.shimin}, QDate(2025, 4, 1), QDate(2025, 3, 1));
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY(dialog.isVisible());
    QVERIFY(!role->errorText().isEmpty()); // "cannot end before it starts", under the row
    // A row added to a shown dialog is shown by its layout on the next event-loop pass.
    QTRY_VERIFY(child<QLabel>(role, "roleRowError")->isVisible());
    // The person was added inside the same transaction and rolled back with the role.
    QVERIFY(r.file().people().list(r.session()).isEmpty());
    QVERIFY(!r.file().people().idByStaffNo(QStringLiteral("A100")));

    // Corrected, the same dialog saves both.
    role->setAssignment({Role::Handler, r.shimin}, QDate(2025, 4, 1), std::nullopt);
    clickOk(&dialog);
    QVERIFY(dialog.saved());
    QVERIFY(role->errorText().isEmpty());
    QCOMPARE(r.file().people().roles(r.session(), dialog.saved()->id).size(), 1);
}

void TstOrganisationDialogs::refusedDesignationRowSavesNothing() {
    RegistersCase r;
    const Person p = r.addPerson(QStringLiteral("B200"), QStringLiteral("鈴木 一郎"), r.shimin);
    PersonDialog dialog(r.file(), p.id);
    dialog.show();
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("鈴木 次郎"));
    HandlerRow* handler = dialog.addHandlerRow(); // duty and data scope left empty
    clickOk(&dialog);
    QVERIFY(!dialog.saved());
    QVERIFY(!handler->errorText().isEmpty());
    // The rename in the same save was rolled back.
    QCOMPARE(r.file().people().get(r.session(), p.id).name, QStringLiteral("鈴木 一郎"));
    QVERIFY(r.file().people().handlers(r.session()).isEmpty());
}

void TstOrganisationDialogs::screenshot() {
    // In Japanese, as the city sees it: long labels must still fit.
    TranslationLoader japanese;
    japanese.install(QStringLiteral("ja"));
    RegistersCase r;
    const Person p = r.addPerson(QStringLiteral("B200"), QStringLiteral("鈴木 一郎"), r.shimin,
                                 EmploymentType::Dispatched);
    r.file().people().assignRole(r.session(), p.id, Role::Handler, r.shimin, QDate(2025, 4, 1));
    r.file().people().designateHandler(r.session(), p.id, r.shimin, QStringLiteral("窓口業務"),
                                       QStringLiteral("住民の氏名・住所"), QDate(2025, 4, 1));
    PersonDialog dialog(r.file(), p.id);
    dialog.addRoleRow();
    dialog.show();
    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("bad"));
    clickOk(&dialog);
    saveGrab(&dialog, QStringLiteral("person-dialog"));
    SectionDialog section(r.file());
    section.show();
    saveGrab(&section, QStringLiteral("section-dialog"));
}

QTEST_MAIN(TstOrganisationDialogs)
#include "tst_organisation_dialogs.moc"
