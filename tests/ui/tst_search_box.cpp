// The search box in the main window's toolbar: Ctrl+F focuses it, Enter lists the hits of every
// kind with their section, choosing a hit opens the record through the screens' own paths, and
// no hits or core's refusal are explained beside the field. An account that reads no personal
// data has no box at all.
#include "IncidentFixture.h"

#include "custody/CarryOutDetailDialog.h"
#include "custody/DisposalService.h"
#include "custody/HandlingAreaService.h"
#include "custody/areas/AreaDialog.h"
#include "custody/areas/AreasModel.h"
#include "custody/areas/AreasView.h"
#include "custody/files/PersonalInfoFileDialog.h"
#include "disposals/DisposalsView.h"
#include "incidents/IncidentEditor.h"
#include "lists/ListFilterBar.h"
#include "organisation/PeopleView.h"
#include "organisation/PersonDialog.h"
#include "search/SearchBox.h"
#include "search/SearchResultsModel.h"
#include "search/SearchResultsPopup.h"
#include "shell/MainWindow.h"
#include "shell/TranslationLoader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using namespace mamori::ui;

namespace {

// The custody and incident world plus one record of each kind the index holds.
struct SearchWorld : IncidentWorld {
    CarryOut carryOut;
    HandlingArea area;
    Disposal disposal;
    Incident incident;

    explicit SearchWorld(TempCase& tc) : IncidentWorld(tc) {
        carryOut = reach(tc, CarryOutState::Approved);
        HandlingArea a;
        a.areaCode = QStringLiteral("AR-77");
        a.sectionId = own;
        a.building = QStringLiteral("本庁舎");
        a.floor = QStringLiteral("2F");
        a.room = QStringLiteral("書庫");
        area = tc.file().areas().create(manager, a);
        Disposal d;
        d.sectionId = own;
        d.requestedBy = handlerPerson;
        d.description = QStringLiteral("課税資料（平成30年度分）");
        d.quantity = 4;
        d.method = DisposalMethod::Dissolution;
        d.performer = DisposalPerformer::InHouse;
        d.plannedOn = QDate(2025, 11, 20);
        disposal = tc.file().disposals().plan(manager, d);
        incident = reportOne(tc, QStringLiteral("訪問調査票の紛失"));
    }
};

// Types into the box as a user does and presses Enter. ASCII goes through key clicks; other
// text arrives as an input method's commit, which is how kanji reach a line edit.
void search(MainWindow& w, const QString& query) {
    w.findChild<QAction*>(QStringLiteral("searchAction"))->trigger();
    QLineEdit* input = w.searchBox()->input();
    input->clear();
    bool ascii = true;
    for (QChar c : query)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(input, query);
    } else {
        QInputMethodEvent commit;
        commit.setCommitString(query);
        QCoreApplication::sendEvent(input, &commit);
    }
    QTest::keyClick(input, Qt::Key_Return);
}

QStringList column(const SearchResultsModel* m, int c) {
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}

} // namespace

class TstSearchBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shortcutAndPlaceholder();
    void modelLabelsEveryKind();
    void hitsListedWithSection();
    void japaneseQuery();
    void chooseOpensRecord_data();
    void chooseOpensRecord();
    void personEditorForOrganisationKeeper();
    void filteredListStillShowsHit();
    void noHits();
    void nothingSearchable();
    void refusedWithoutReadPermission();
    void hiddenWithoutReadPermission_data();
    void hiddenWithoutReadPermission();
    void screenshots();
};

void TstSearchBox::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TstSearchBox::shortcutAndPlaceholder() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    QVERIFY(main.searchBox());
    QVERIFY(main.findChild<QToolBar*>(QStringLiteral("searchToolBar")));
    QAction* action = main.findChild<QAction*>(QStringLiteral("searchAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(!main.searchBox()->input()->placeholderText().isEmpty());
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QVERIFY(!main.searchBox()->input()->hasFocus());
    QTest::keyClick(&main, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(main.searchBox()->input()->hasFocus());
}

void TstSearchBox::modelLabelsEveryKind() {
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList kinds{QStringLiteral("person"),   QStringLiteral("area"),
                            QStringLiteral("file"),     QStringLiteral("carry_out"),
                            QStringLiteral("disposal"), QStringLiteral("incident")};
    QList<SearchHit> hits;
    for (const QString& k : kinds)
        hits.append(SearchHit{k, 1, 7, QStringLiteral("title")});
    model.setHits(hits, {{7, QStringLiteral("市民課")}});
    QCOMPARE(column(&model, SearchResultsModel::Kind),
             (QStringList{QStringLiteral("Person"), QStringLiteral("Handling area"),
                          QStringLiteral("Personal-information file"), QStringLiteral("Carry-out"),
                          QStringLiteral("Disposal"), QStringLiteral("Incident")}));
    QCOMPARE(column(&model, SearchResultsModel::Section), QStringList(6, QStringLiteral("市民課")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstSearchBox::hitsListedWithSection() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    QAbstractItemModelTester tester(main.searchBox()->results(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("テスト")); // the kana of all three people
    const SearchResultsModel* m = main.searchBox()->results();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(column(m, SearchResultsModel::Kind), QStringList(3, QStringLiteral("Person")));
    QVERIFY(column(m, SearchResultsModel::Title).contains(QStringLiteral("山田 花子")));
    QCOMPARE(column(m, SearchResultsModel::Section), QStringList(3, QStringLiteral("保険年金課")));
    QVERIFY(main.searchBox()->popup()->isVisible());
    QVERIFY(main.searchBox()->messageText().isEmpty());
    QVERIFY(main.searchBox()->popup()->noteText().isEmpty());             // fewer than the limit
    QCOMPARE(main.searchBox()->popup()->view()->currentIndex().row(), 0); // Enter opens the first
}

void TstSearchBox::japaneseQuery() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("紛失"));
    const SearchResultsModel* m = main.searchBox()->results();
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->hit(0).entity, QStringLiteral("incident"));
    QCOMPARE(m->index(0, SearchResultsModel::Kind).data().toString(), QStringLiteral("Incident"));
}

void TstSearchBox::chooseOpensRecord_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("carry-out") << QStringLiteral("carry_out");
    QTest::newRow("incident") << QStringLiteral("incident");
    QTest::newRow("area") << QStringLiteral("area");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("disposal") << QStringLiteral("disposal");
    QTest::newRow("person") << QStringLiteral("person");
}

void TstSearchBox::chooseOpensRecord() {
    QFETCH(QString, kind);
    TempCase tc;
    SearchWorld w(tc);
    const QHash<QString, QString> queries{{QStringLiteral("carry_out"), w.carryOut.controlNo},
                                          {QStringLiteral("incident"), w.incident.incidentNo},
                                          {QStringLiteral("area"), w.area.areaCode},
                                          {QStringLiteral("file"), QStringLiteral("被保険者台帳")},
                                          {QStringLiteral("disposal"), w.disposal.controlNo},
                                          {QStringLiteral("person"), QStringLiteral("P002")}};
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, queries.value(kind));
    SearchBox* box = main.searchBox();
    QCOMPARE(box->results()->rowCount(), 1);
    QCOMPARE(box->results()->hit(0).entity, kind);
    QTest::keyClick(box->popup()->view(), Qt::Key_Return);
    QVERIFY(!box->popup()->isVisible());

    if (kind == QLatin1String("carry_out")) {
        auto* d = main.findChild<CarryOutDetailDialog*>();
        QVERIFY(d && d->isVisible());
    } else if (kind == QLatin1String("incident")) {
        auto* e = main.findChild<IncidentEditor*>();
        QVERIFY(e && e->isVisible());
        QCOMPARE(e->incident().id, w.incident.id);
    } else if (kind == QLatin1String("area")) {
        QCOMPARE(main.currentArea(), QStringLiteral("areas"));
        auto* d = main.findChild<AreaDialog*>();
        QVERIFY(d && d->isVisible());
    } else if (kind == QLatin1String("file")) {
        QCOMPARE(main.currentArea(), QStringLiteral("files"));
        auto* d = main.findChild<PersonalInfoFileDialog*>();
        QVERIFY(d && d->isVisible());
    } else if (kind == QLatin1String("disposal")) {
        QCOMPARE(main.currentArea(), QStringLiteral("disposals"));
        const std::optional<Disposal> d = main.findChild<DisposalsView*>()->selectedDisposal();
        QVERIFY(d);
        QCOMPARE(d->id, w.disposal.id);
    } else {
        // A unit manager reads people but does not keep the organisation: the row, no editor.
        QCOMPARE(main.currentArea(), QStringLiteral("people"));
        QCOMPARE(main.findChild<PeopleView*>()->selectedPersonId(),
                 std::optional<qint64>(w.managerPerson));
        QVERIFY(!main.findChild<PersonDialog*>());
    }
}

void TstSearchBox::personEditorForOrganisationKeeper() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("exec")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("P003"));
    QCOMPARE(main.searchBox()->results()->rowCount(), 1);
    // A click chooses as Enter does.
    QTreeView* view = main.searchBox()->popup()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(main.currentArea(), QStringLiteral("people"));
    QCOMPARE(main.findChild<PeopleView*>()->selectedPersonId(),
             std::optional<qint64>(w.clerkPerson));
    auto* d = main.findChild<PersonDialog*>();
    QVERIFY(d && d->isVisible());
}

void TstSearchBox::filteredListStillShowsHit() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    // Yesterday's filter hides the area; the hit clears it rather than finding nothing.
    main.showArea(QStringLiteral("areas"));
    ListFilter hiding;
    hiding.text = QStringLiteral("no such area");
    auto* areas = main.findChild<AreasView*>();
    areas->filterBar()->setFilter(hiding);
    QCOMPARE(areas->model()->rowCount(), 0);
    search(main, w.area.areaCode);
    QTest::keyClick(main.searchBox()->popup()->view(), Qt::Key_Return);
    auto* d = main.findChild<AreaDialog*>();
    QVERIFY(d && d->isVisible());
}

void TstSearchBox::noHits() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("ZQX"));
    QVERIFY2(main.searchBox()->messageText().contains(QStringLiteral("No record")),
             qPrintable(main.searchBox()->messageText()));
    QVERIFY(main.searchBox()->messageText().contains(QStringLiteral("ZQX")));
    QVERIFY(!main.findChild<QLabel*>(QStringLiteral("searchInputError"))->isHidden());
    QVERIFY(!main.searchBox()->popup()->isVisible());
    QCOMPARE(main.searchBox()->results()->rowCount(), 0);
    // Typing again clears the message.
    QTest::keyClick(main.searchBox()->input(), Qt::Key_A);
    QVERIFY(main.searchBox()->messageText().isEmpty());
}

void TstSearchBox::nothingSearchable() {
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("-- !"));
    // Core's InvalidArgument ("query") is shown as it words it.
    QVERIFY2(main.searchBox()->messageText().contains(QStringLiteral("Type at least one")),
             qPrintable(main.searchBox()->messageText()));
    QVERIFY(!main.searchBox()->popup()->isVisible());
}

void TstSearchBox::refusedWithoutReadPermission() {
    // The main window gives such an account no box; the box itself still explains core's refusal.
    TempCase tc;
    SearchWorld w(tc);
    CaseFile& file = tc.reopen(QStringLiteral("staff"));
    SearchBox box(file);
    box.input()->setText(QStringLiteral("P001"));
    QVERIFY(!box.submit());
    QVERIFY2(box.messageText().contains(QStringLiteral("may not read personal data")),
             qPrintable(box.messageText()));
    QCOMPARE(box.results()->rowCount(), 0);
}

void TstSearchBox::hiddenWithoutReadPermission_data() {
    QTest::addColumn<QString>("login");
    QTest::newRow("staff (no screens)") << QStringLiteral("staff");
    QTest::newRow("system administrator") << kAdminLogin;
}

void TstSearchBox::hiddenWithoutReadPermission() {
    QFETCH(QString, login);
    TempCase tc;
    SearchWorld w(tc);
    MainWindow main(tc.reopen(login));
    QVERIFY(!main.searchBox());
    QVERIFY(!main.findChild<SearchBox*>());
    QVERIFY(!main.findChild<QToolBar*>(QStringLiteral("searchToolBar")));
    QVERIFY(!main.findChild<QAction*>(QStringLiteral("searchAction")));
}

// Not a check: with MAMORI_SCREENSHOT_DIR set, saves the toolbar and the result list in
// Japanese as PNG files there, for a person to look at the layout.
void TstSearchBox::screenshots() {
    const QString dir = qEnvironmentVariable("MAMORI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MAMORI_SCREENSHOT_DIR not set");
    TranslationLoader translations;
    QCOMPARE(translations.install(QStringLiteral("ja")), QStringLiteral("ja"));
    TempCase tc;
    SearchWorld w(tc);
    for (int i = 1; i < 16; ++i) // more than the list shows without scrolling
        w.reach(tc, CarryOutState::Requested, i);
    MainWindow main(tc.reopen(QStringLiteral("mgr")));
    main.resize(1280, 760);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    search(main, QStringLiteral("訪問調査"));
    SearchResultsPopup* popup = main.searchBox()->popup();
    QVERIFY(popup->isVisible());
    QVERIFY(main.grab().save(dir + QStringLiteral("/search-window.png")));
    QVERIFY(popup->grab().save(dir + QStringLiteral("/search-results.png")));
    popup->hide();
    search(main, QStringLiteral("ZQX"));
    QVERIFY(main.grab().save(dir + QStringLiteral("/search-no-hits.png")));
}

QTEST_MAIN(TstSearchBox)
#include "tst_search_box.moc"
