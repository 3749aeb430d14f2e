// The records room: Ctrl+J focuses the scan field in the main window's toolbar; a scanned
// control number opens the carry-out (the prefilled return dialog when it is out, the detail
// with "Mark out now" ready when approved); an unknown code is explained at the field; the
// navigation shows the overdue count, refreshed on changes and when the date changes.
#include "CustodyFixture.h"

#include "custody/CarryOutApprovalDialog.h"
#include "custody/CarryOutDetailDialog.h"
#include "custody/CarryOutRequestDialog.h"
#include "custody/CarryOutReturnDialog.h"
#include "custody/CarryOutWorkflow.h"
#include "custody/OverdueBadge.h"
#include "scan/ScanField.h"
#include "scan/ScanResolver.h"
#include "shell/MainWindow.h"
#include "shell/TranslationLoader.h"

#include "common/Error.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

void scan(MainWindow& w, const QString& code) {
    w.findChild<QAction*>(QStringLiteral("scanAction"))->trigger();
    QLineEdit* input = w.scanField()->input();
    // A scanner types plain ASCII, then Enter.
    QTest::keyClicks(input, code);
    QTest::keyClick(input, Qt::Key_Return);
}

// A resolver of another kind (the disposal helper's "DS-…" will look like this).
class FakeDisposalResolver : public ScanResolver {
public:
    bool accepts(const QString& code) const override { return code.startsWith(QLatin1String("DS-")); }
    void open(const QString& code, QWidget*) override {
        if (code != QLatin1String("DS-2025-000001"))
            throw Error(ErrorCode::NotFound, QStringLiteral("No disposal batch has this control number."));
        opened << code;
    }
    QString example() const override { return QStringLiteral("DS-2025-000001"); }
    QStringList opened;
};

} // namespace

class TstCarryOutsScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void navigationAndShortcut();
    void scanToReturn();
    void scanToMarkOut();
    void unknownScannedCode_data();
    void unknownScannedCode();
    void fullWidthAndLowerCaseScans();
    void otherKindsPlugIn();
    void overdueBadge();
    void screenshots();
};

void TstCarryOutsScan::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TstCarryOutsScan::navigationAndShortcut() {
    TempCase tc;
    CustodyWorld w(tc);
    MainWindow w1(tc.reopen(QStringLiteral("handler")));
    QVERIFY(w1.areaKeys().contains(QStringLiteral("carryouts")));
    QAction* action = w1.findChild<QAction*>(QStringLiteral("scanAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    QVERIFY(w1.findChild<QToolBar*>(QStringLiteral("scanToolBar")));

    w1.show();
    QVERIFY(QTest::qWaitForWindowActive(&w1));
    QVERIFY(!w1.scanField()->input()->hasFocus());
    QTest::keyClick(&w1, Qt::Key_J, Qt::ControlModifier);
    QVERIFY(w1.scanField()->input()->hasFocus());
}

void TstCarryOutsScan::scanToReturn() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Out);
    tc.clock().advanceSeconds(2 * 3600);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    scan(main, c.controlNo);
    QVERIFY(main.scanField()->errorText().isEmpty());
    QVERIFY(main.scanField()->input()->text().isEmpty()); // ready for the next scan
    auto* dialog = main.findChild<CarryOutReturnDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Prefilled: the one who took it out, both checks ticked; one confirmation records it.
    QCOMPARE(dialog->draft().returnedBy, w.handlerPerson);
    QVERIFY(dialog->draft().countMatches && dialog->draft().sealIntact);
    dialog->findChild<QPushButton*>(QStringLiteral("returnSubmitButton"))->click();
    const CarryOut r = tc.file().carryOuts().get(w.manager, c.id);
    QCOMPARE(r.state, CarryOutState::Returned);
    QCOMPARE(r.checkedByAccount, std::optional<qint64>(w.manager.accountId()));
}

void TstCarryOutsScan::scanToMarkOut() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Approved);
    MainWindow main(tc.reopen(QStringLiteral("handler")));
    scan(main, c.controlNo);
    auto* detail = main.findChild<CarryOutDetailDialog*>();
    QVERIFY(detail);
    auto* out = detail->findChild<QPushButton*>(QStringLiteral("detailMarkOutButton"));
    QVERIFY(out->isEnabled());
    QVERIFY(out->isDefault()); // Enter is the one confirmation
    QVERIFY(!detail->findChild<QPushButton*>(QStringLiteral("detailReturnButton"))->isEnabled());
    out->click();
    QCOMPARE(tc.file().carryOuts().get(w.handler, c.id).state, CarryOutState::Out);
    QVERIFY(!detail->isVisible());
}

void TstCarryOutsScan::unknownScannedCode_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such carry-out") << QStringLiteral("CO-2025-999999")
                                       << QStringLiteral("No carry-out has this control number.");
    QTest::newRow("unknown kind") << QStringLiteral("XYZ-1") << QStringLiteral("Unknown code \"XYZ-1\"");
    QTest::newRow("garbage") << QStringLiteral("4901234567894") << QStringLiteral("Unknown code");
}

void TstCarryOutsScan::unknownScannedCode() {
    QFETCH(QString, code);
    QFETCH(QString, message);
    TempCase tc;
    CustodyWorld w(tc);
    w.reach(tc, CarryOutState::Out);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    scan(main, code);
    QVERIFY2(main.scanField()->errorText().contains(message), qPrintable(main.scanField()->errorText()));
    QVERIFY(!main.findChild<QLabel*>(QStringLiteral("scanInputError"))->isHidden());
    QCOMPARE(main.scanField()->input()->text(), code); // kept, selected: the next scan replaces it
    QVERIFY(!main.findChild<CarryOutReturnDialog*>());
    QVERIFY(!main.findChild<CarryOutDetailDialog*>());
    // Typing again clears the message.
    QTest::keyClick(main.scanField()->input(), Qt::Key_C);
    QVERIFY(main.scanField()->errorText().isEmpty());
}

void TstCarryOutsScan::fullWidthAndLowerCaseScans() {
    QCOMPARE(ScanField::normalise(QStringLiteral(" ｃｏ－２０２５－０００００１ ")), QStringLiteral("CO-2025-000001"));
    QCOMPARE(ScanField::normalise(QStringLiteral("co-2025-000001\t")), QStringLiteral("CO-2025-000001"));
}

void TstCarryOutsScan::otherKindsPlugIn() {
    ScanField field;
    auto disposal = std::make_unique<FakeDisposalResolver>();
    FakeDisposalResolver* fake = disposal.get();
    field.addResolver(std::move(disposal));
    field.input()->setText(QStringLiteral("ds-2025-000001"));
    QVERIFY(field.submit());
    QCOMPARE(fake->opened, QStringList{QStringLiteral("DS-2025-000001")});
    field.input()->setText(QStringLiteral("DS-2025-000002"));
    QVERIFY(!field.submit());
    QCOMPARE(field.errorText(), QStringLiteral("No disposal batch has this control number."));
    field.input()->setText(QStringLiteral("CO-2025-000001"));
    QVERIFY(!field.submit());
    QVERIFY(field.errorText().contains(QStringLiteral("DS-2025-000001"))); // the example of each kind
}

void TstCarryOutsScan::overdueBadge() {
    TempCase tc;
    CustodyWorld w(tc);
    const CarryOut c = w.reach(tc, CarryOutState::Out); // due back 2025-11-25
    w.reach(tc, CarryOutState::Approved, 1);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    auto* badge = main.findChild<OverdueBadge*>();
    QVERIFY(badge);
    QCOMPARE(badge->count(), 0);
    QCOMPARE(main.areaTitle(QStringLiteral("carryouts")), QStringLiteral("Carry-outs"));

    // The date changes: the badge notices on its next look at the clock.
    tc.clock().set(QDateTime(QDate(2025, 11, 26), QTime(0, 5), Qt::UTC));
    badge->checkDate();
    QCOMPARE(badge->count(), 1);
    QCOMPARE(main.areaTitle(QStringLiteral("carryouts")), QStringLiteral("Carry-outs (1 overdue)"));

    // A change through the workflow refreshes it at once.
    QVERIFY(main.carryOutWorkflow());
    auto* dialog = main.carryOutWorkflow()->recordReturn(tc.file().carryOuts().get(w.manager, c.id), &main);
    dialog->findChild<QPushButton*>(QStringLiteral("returnSubmitButton"))->click();
    QCOMPARE(badge->count(), 0);
    QCOMPARE(main.areaTitle(QStringLiteral("carryouts")), QStringLiteral("Carry-outs"));
}

// Not a check: with MAMORI_SCREENSHOT_DIR set, saves the screens in Japanese as PNG files there,
// for a person to look at the layout.
void TstCarryOutsScan::screenshots() {
    const QString dir = qEnvironmentVariable("MAMORI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MAMORI_SCREENSHOT_DIR not set");
    TranslationLoader translations;
    QCOMPARE(translations.install(QStringLiteral("ja")), QStringLiteral("ja"));
    TempCase tc;
    CustodyWorld w(tc);
    for (int i = 0; i < 12; ++i)
        w.reach(tc, static_cast<CarryOutState>(i % 4 == 0 ? 0 : i % 4 == 1 ? 1 : i % 4 == 2 ? 3 : 5), i);
    CarryOut d = w.draft(99);
    d.fileId = w.myNumberFile;
    d.itemType = CarryOutItemType::Paper;
    d.appliedMeasures = {CarryOutMeasure::LockedCase};
    const CarryOut mine = tc.file().carryOuts().request(w.handler, d);
    tc.clock().set(QDateTime(QDate(2025, 11, 27), QTime(9, 0), Qt::UTC));
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.resize(1280, 760);
    main.showArea(QStringLiteral("carryouts"));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.findChild<OverdueBadge*>()->refresh();
    QTest::keyClicks(main.scanField()->input(), QStringLiteral("CO-1"));
    QTest::keyClick(main.scanField()->input(), Qt::Key_Return);
    QVERIFY(main.grab().save(dir + QStringLiteral("/carryouts-list.png")));
    CarryOutRequestDialog request(tc.file());
    request.show();
    request.submit();
    QVERIFY(request.grab().save(dir + QStringLiteral("/carryouts-request.png")));
    CarryOutApprovalDialog approval(tc.file(), mine);
    approval.show();
    QVERIFY(approval.grab().save(dir + QStringLiteral("/carryouts-approval.png")));
    CarryOutReturnDialog ret(tc.file(), tc.file().carryOuts().list(w.manager, CarryOutFilter{CarryOutState::Overdue, {}, {}, {}, false, {}}).first());
    ret.show();
    QVERIFY(ret.grab().save(dir + QStringLiteral("/carryouts-return.png")));
}

QTEST_MAIN(TstCarryOutsScan)
#include "tst_carry_outs_scan.moc"
