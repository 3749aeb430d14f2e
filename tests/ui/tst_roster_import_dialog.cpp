// The roster import dialog offscreen: the preview with per-row errors and line numbers,
// encoding detected and overridden, Cancel changing nothing, Import bringing in the valid
// rows, and all-or-nothing importing nothing when a row is refused.
#include "RegistersTestUtil.h"

#include "organisation/RosterImportDialog.h"
#include "organisation/RosterPreviewModel.h"

#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {
QString roster(const char* name) {
    return fixturePath(QStringLiteral("roster/") + QLatin1String(name));
}

int refusedRows(const RosterPreviewModel& m) {
    int n = 0;
    for (int i = 0; i < m.rowCount(); ++i)
        n += m.entry(i).outcome == RosterPreviewModel::Outcome::Refused ? 1 : 0;
    return n;
}
} // namespace

class TstRosterImportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void previewShowsBrokenRowsWithLines();
    void previewModelPassesTester();
    void cancelChangesNothing();
    void importBringsInValidRows();
    void allOrNothingImportsNothing();
    void cp932IsDetectedAndCanBeOverridden();
    void notARosterShownAtTheFile();
    void screenshot();
};

void TstRosterImportDialog::previewShowsBrokenRowsWithLines() {
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    dialog.show();
    QVERIFY(!child<QPushButton>(&dialog, "rosterImportButton")->isEnabled());
    QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
    RosterPreviewModel* model = dialog.previewModel();
    // Valid: C001 (line 2) and C008 (line 10); the other six are refused, each with its line.
    QCOMPARE(refusedRows(*model), 6);
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->entry(0).line, 2);
    QCOMPARE(model->entry(0).outcome, RosterPreviewModel::Outcome::Create);
    QCOMPARE(model->entry(1).line, 3);
    QCOMPARE(model->entry(1).outcome, RosterPreviewModel::Outcome::Refused);
    QVERIFY(!model->entry(1).reason.isEmpty());
    QVERIFY(model->data(model->index(1, RosterPreviewModel::Result))
                .toString()
                .contains(model->entry(1).reason));
    QVERIFY(model->data(model->index(1, 0), Qt::ForegroundRole).isValid()); // red
    QCOMPARE(model->data(model->index(1, RosterPreviewModel::Line)).toInt(), 3);
    QCOMPARE(model->entry(model->rowCount() - 1).line, 10);
    // 税務課 exists in this case file, so no new section; counts as the core preview says.
    QCOMPARE(dialog.previewReport().created, 2);
    QCOMPARE(dialog.previewReport().refused.size(), 6);
    QVERIFY(dialog.countsText().contains(QLatin1String("6")));
    QCOMPARE(dialog.usedEncoding(), std::optional<RosterEncoding>(RosterEncoding::Utf8));
    QVERIFY(!child<QLabel>(&dialog, "rosterDetectedLabel")->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "rosterImportButton")->isEnabled());
}

void TstRosterImportDialog::previewModelPassesTester() {
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    QAbstractItemModelTester tester(dialog.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
    QVERIFY(dialog.previewModel()->rowCount() > 0);
    QVERIFY(dialog.setFilePath(roster("utf8-bom.csv")));
    QVERIFY(!dialog.setFilePath(roster("does-not-exist.csv")));
    QCOMPARE(dialog.previewModel()->rowCount(), 0);
}

void TstRosterImportDialog::cancelChangesNothing() {
    RegistersCase r;
    const qint64 before = r.file().journal().count();
    {
        RosterImportDialog dialog(r.file());
        dialog.show();
        QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.imported());
    }
    QVERIFY(!r.file().people().idByStaffNo(QStringLiteral("C001")));
    QCOMPARE(r.file().sections().list().size(), 2);
    QCOMPARE(r.file().journal().count(), before); // a preview writes nothing
}

void TstRosterImportDialog::importBringsInValidRows() {
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    dialog.show();
    QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(&dialog, "rosterImportButton"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(dialog.imported());
    QCOMPARE(dialog.imported()->created, 2);
    QVERIFY(dialog.imported()->written);
    QVERIFY(r.file().people().idByStaffNo(QStringLiteral("C001")));
    QVERIFY(r.file().people().idByStaffNo(QStringLiteral("C008")));
    QVERIFY(!r.file().people().idByStaffNo(QStringLiteral("C003")));
    const Person p =
        r.file().people().get(r.session(), *r.file().people().idByStaffNo(QStringLiteral("C008")));
    QCOMPARE(p.sectionId, r.zeimu);
    QCOMPARE(p.employment, EmploymentType::Temporary);

    // Importing the same file again: the preview now says "update" for those rows.
    RosterImportDialog again(r.file());
    QVERIFY(again.setFilePath(roster("broken-rows.csv")));
    QCOMPARE(again.previewModel()->entry(0).outcome, RosterPreviewModel::Outcome::Update);
    QCOMPARE(again.previewReport().updated, 2);
}

void TstRosterImportDialog::allOrNothingImportsNothing() {
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    dialog.show();
    QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
    auto* importButton = child<QPushButton>(&dialog, "rosterImportButton");
    dialog.setAllOrNothing(true);
    QVERIFY(child<QCheckBox>(&dialog, "rosterAllOrNothingCheck")->isChecked());
    QVERIFY(!importButton->isEnabled());
    // Even forced, core refuses and the message shows in the dialog.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.importError().isEmpty());
    QVERIFY(!dialog.imported());
    QVERIFY(!r.file().people().idByStaffNo(QStringLiteral("C001")));

    // A clean file imports with the box ticked.
    QVERIFY(dialog.setFilePath(roster("utf8-bom.csv")));
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog.imported());
    QVERIFY(dialog.imported()->created > 0);
}

void TstRosterImportDialog::cp932IsDetectedAndCanBeOverridden() {
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    QVERIFY(dialog.setFilePath(roster("cp932.csv")));
    QCOMPARE(dialog.usedEncoding(), std::optional<RosterEncoding>(RosterEncoding::Cp932));
    QVERIFY(dialog.previewModel()->rowCount() > 0);
    const QString name =
        dialog.previewModel()->data(dialog.previewModel()->index(0, RosterPreviewModel::Name))
            .toString();
    QVERIFY2(name.contains(QChar(0x5C71)) || !name.isEmpty(), qPrintable(name));
    // Read as UTF-8 by choice, the same bytes are refused with a message at the file.
    dialog.setEncoding(RosterEncoding::Utf8);
    QVERIFY(!dialog.usedEncoding());
    QVERIFY(!dialog.fileError().isEmpty());
    QCOMPARE(dialog.previewModel()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&dialog, "rosterImportButton")->isEnabled());
    dialog.setEncoding(RosterEncoding::Cp932);
    QCOMPARE(dialog.usedEncoding(), std::optional<RosterEncoding>(RosterEncoding::Cp932));
    QVERIFY(dialog.fileError().isEmpty());
}

void TstRosterImportDialog::notARosterShownAtTheFile() {
    RegistersCase r;
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("notes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b,c\n1,2,3\n");
    f.close();
    RosterImportDialog dialog(r.file());
    dialog.show();
    QVERIFY(!dialog.setFilePath(path));
    QVERIFY(!dialog.fileError().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "rosterFileError")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "rosterImportButton")->isEnabled());
}

void TstRosterImportDialog::screenshot() {
    // In Japanese, as the city sees it: long labels must still fit.
    TranslationLoader japanese;
    japanese.install(QStringLiteral("ja"));
    RegistersCase r;
    RosterImportDialog dialog(r.file());
    dialog.show();
    QVERIFY(dialog.setFilePath(roster("broken-rows.csv")));
    saveGrab(&dialog, QStringLiteral("roster-import"));
}

QTEST_MAIN(TstRosterImportDialog)
#include "tst_roster_import_dialog.moc"
