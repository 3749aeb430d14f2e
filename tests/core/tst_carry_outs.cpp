// Carry-outs (持出し): the state machine, who may decide, required measures per sensitivity,
// the checked return, control numbers, overdue from the clock, and the journal.
#include "ErrorOf.h"
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
struct World {
    qint64 own = 0, other = 0;
    Session manager, otherManager, handler, staff;
    qint64 handlerPerson = 0; // linked to the handler's account
    qint64 managerPerson = 0; // linked to the manager's account
};

qint64 addPerson(TempCase& tc, const QString& no, qint64 section, std::optional<qint64> account)
{
    Person p;
    p.staffNo = no;
    p.name = QStringLiteral("試験 太郎");
    p.kana = QStringLiteral("シケン タロウ");
    p.sectionId = section;
    const qint64 id = tc.file().people().add(tc.admin(), p).id;
    if (account)
        tc.file().people().linkAccount(tc.admin(), id, account);
    return id;
}

World world(TempCase& tc)
{
    World w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
    w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, w.other);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, w.own);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, w.own);
    w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, w.other}}, false);
    w.handler = Session(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, w.own}}, false);
    w.staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, w.own}}, false);
    w.handlerPerson = addPerson(tc, QStringLiteral("P001"), w.own, h);
    w.managerPerson = addPerson(tc, QStringLiteral("P002"), w.own, m);
    return w;
}

// A request of the own section: no file, an item of type OTHER, so that no measure is required.
CarryOut draft(const World& w, CarryOutItemType type = CarryOutItemType::Other)
{
    CarryOut c;
    c.sectionId = w.own;
    c.requestedBy = w.handlerPerson;
    c.itemType = type;
    c.description = QStringLiteral("訪問調査票 一式");
    c.recordCount = 12;
    c.purpose = QStringLiteral("訪問調査");
    c.destination = QStringLiteral("東町公民館");
    c.plannedOutOn = QDate(2025, 11, 23);
    c.plannedReturnOn = QDate(2025, 11, 25);
    return c;
}

CarryOutReturn returned(TempCase& tc, const World& w)
{
    return CarryOutReturn{tc.clock().now(), w.handlerPerson, true, true, QString()};
}

// Brings a fresh request to `state` through the workflow.
CarryOut reach(TempCase& tc, const World& w, CarryOutState state)
{
    CarryOutService& s = tc.file().carryOuts();
    CarryOut c = s.request(w.handler, draft(w));
    if (state == CarryOutState::Requested)
        return c;
    if (state == CarryOutState::Rejected)
        return s.reject(w.manager, c.id, QStringLiteral("目的が不明確"));
    c = s.approve(w.manager, c.id);
    if (state == CarryOutState::Approved)
        return c;
    c = s.markOut(w.handler, c.id, tc.clock().now());
    if (state == CarryOutState::Overdue) {
        tc.clock().set(QDateTime(QDate(2025, 11, 27), QTime(9, 0), Qt::UTC));
        return s.get(w.manager, c.id);
    }
    if (state == CarryOutState::Out)
        return c;
    if (state == CarryOutState::Lost)
        return s.markLost(w.handler, c.id, QStringLiteral("移動中に紛失"));
    c = s.markReturned(w.manager, c.id, returned(tc, w));
    if (state == CarryOutState::Returned)
        return c;
    return s.close(w.manager, c.id);
}

enum class Action { Approve, Reject, Out, Return, Close, Lost };

const char* actionName(Action a)
{
    switch (a) {
    case Action::Approve: return "approve";
    case Action::Reject: return "reject";
    case Action::Out: return "out";
    case Action::Return: return "return";
    case Action::Close: return "close";
    case Action::Lost: break;
    }
    return "lost";
}

CarryOut perform(TempCase& tc, const World& w, Action a, qint64 id)
{
    CarryOutService& s = tc.file().carryOuts();
    switch (a) {
    case Action::Approve: return s.approve(w.manager, id);
    case Action::Reject: return s.reject(w.manager, id, QStringLiteral("不要"));
    case Action::Out: return s.markOut(w.handler, id, tc.clock().now());
    case Action::Return: return s.markReturned(w.manager, id, returned(tc, w));
    case Action::Close: return s.close(w.manager, id);
    case Action::Lost: break;
    }
    return s.markLost(w.handler, id, QStringLiteral("紛失"));
}

// The allowed transitions of BRIEF §5.2; every other pair must be refused.
std::optional<CarryOutState> allowed(CarryOutState from, Action a)
{
    using S = CarryOutState;
    if (from == S::Requested && a == Action::Approve) return S::Approved;
    if (from == S::Requested && a == Action::Reject) return S::Rejected;
    if (from == S::Approved && a == Action::Out) return S::Out;
    if ((from == S::Out || from == S::Overdue) && a == Action::Return) return S::Returned;
    if ((from == S::Out || from == S::Overdue) && a == Action::Lost) return S::Lost;
    if (from == S::Returned && a == Action::Close) return S::Closed;
    return std::nullopt;
}

QList<JournalEntry> journal(CaseFile& file, const QString& action)
{
    JournalFilter f;
    f.action = action;
    f.entity = QStringLiteral("carry_out");
    return file.journal().page(f, 0, 1000);
}
} // namespace

Q_DECLARE_METATYPE(Action)

class TestCarryOuts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keys()
    {
        for (CarryOutState s : allCarryOutStates())
            QCOMPARE(carryOutStateFromKey(carryOutStateKey(s)), s);
        for (CarryOutMeasure m : allCarryOutMeasures())
            QCOMPARE(carryOutMeasureFromKey(carryOutMeasureKey(m)), m);
        for (CarryOutItemType t : allCarryOutItemTypes())
            QCOMPARE(carryOutItemTypeFromKey(carryOutItemTypeKey(t)), t);
        QVERIFY(!carryOutStateFromKey(QStringLiteral("GONE")));
    }
    void transitions_data()
    {
        QTest::addColumn<CarryOutState>("from");
        QTest::addColumn<Action>("action");
        for (CarryOutState s : allCarryOutStates())
            for (Action a : {Action::Approve, Action::Reject, Action::Out, Action::Return, Action::Close, Action::Lost})
                QTest::addRow("%s %s %s", qPrintable(carryOutStateKey(s)), actionName(a), allowed(s, a) ? "allowed" : "refused")
                    << s << a;
    }
    void transitions()
    {
        QFETCH(CarryOutState, from);
        QFETCH(Action, action);
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, from);
        QCOMPARE(c.state, from);
        const std::optional<CarryOutState> to = allowed(from, action);
        const qint64 before = journal(tc.file(), JournalAction::Update).size();
        if (to) {
            QCOMPARE(perform(tc, w, action, c.id).state, *to);
            QCOMPARE(tc.file().carryOuts().get(w.manager, c.id).state, *to);
            QCOMPARE(journal(tc.file(), JournalAction::Update).size(), before + 1);
        } else {
            const Error e = errorOf([&] { perform(tc, w, action, c.id); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QVERIFY2(e.message().contains(carryOutStateKey(from)), qPrintable(e.message()));
            QCOMPARE(tc.file().carryOuts().get(w.manager, c.id).state, from);
            QCOMPARE(journal(tc.file(), JournalAction::Update).size(), before);
        }
    }
    void approvalRecordsWhoAndWhen()
    {
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, CarryOutState::Approved);
        QCOMPARE(c.approverAccount, w.manager.accountId());
        QCOMPARE(c.decidedAt, tc.clock().now());
        QCOMPARE(c.requestedByAccount, w.handler.accountId());
    }
    void selfApprovalRefused()
    {
        TempCase tc;
        const World w = world(tc);
        CarryOutService& s = tc.file().carryOuts();
        // Requested by the manager's own account.
        CarryOut mine = draft(w);
        mine.requestedBy = w.managerPerson;
        const qint64 a = s.request(w.manager, mine).id;
        QCOMPARE(errorOf([&] { s.approve(w.manager, a); }).code(), ErrorCode::Conflict);
        QCOMPARE(errorOf([&] { s.reject(w.manager, a, QStringLiteral("x")); }).code(), ErrorCode::Conflict);
        // Entered by a handler for the manager as the person carrying it out.
        const qint64 b = s.request(w.handler, mine).id;
        QCOMPARE(errorOf([&] { s.approve(w.manager, b); }).code(), ErrorCode::Conflict);
        QCOMPARE(errorOf([&] { s.reject(w.manager, b, QStringLiteral("x")); }).code(), ErrorCode::Conflict);
        QCOMPARE(s.get(w.manager, a).state, CarryOutState::Requested);
        QCOMPARE(s.get(w.manager, b).state, CarryOutState::Requested);
    }
    void onlyTheSectionsManagerDecides_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addRow("other section's manager") << QStringLiteral("mgr2");
        QTest::addRow("handler of the section") << QStringLiteral("handler");
        QTest::addRow("administrator") << QStringLiteral("admin");
    }
    void onlyTheSectionsManagerDecides()
    {
        QFETCH(QString, who);
        TempCase tc;
        const World w = world(tc);
        const Session actor = who == QLatin1String("mgr2") ? w.otherManager : who == QLatin1String("handler") ? w.handler : tc.admin();
        const qint64 id = reach(tc, w, CarryOutState::Requested).id;
        const qint64 denied = journal(tc.file(), JournalAction::Denied).size();
        QCOMPARE(errorOf([&] { tc.file().carryOuts().approve(actor, id); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { tc.file().carryOuts().reject(actor, id, QStringLiteral("x")); }).code(),
                 ErrorCode::PermissionDenied);
        QCOMPARE(journal(tc.file(), JournalAction::Denied).size(), denied + 2);
        QCOMPARE(tc.file().carryOuts().get(w.manager, id).state, CarryOutState::Requested);
    }
    void whoMayRequest_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("ok");
        QTest::addRow("handler") << QStringLiteral("handler") << true;
        QTest::addRow("manager") << QStringLiteral("mgr") << true;
        QTest::addRow("staff") << QStringLiteral("staff") << false;
        QTest::addRow("other section's manager") << QStringLiteral("mgr2") << false;
    }
    void whoMayRequest()
    {
        QFETCH(QString, who);
        QFETCH(bool, ok);
        TempCase tc;
        const World w = world(tc);
        const Session actor = who == QLatin1String("handler") ? w.handler
                              : who == QLatin1String("mgr") ? w.manager
                              : who == QLatin1String("staff") ? w.staff : w.otherManager;
        if (ok) {
            QCOMPARE(tc.file().carryOuts().request(actor, draft(w)).state, CarryOutState::Requested);
        } else {
            QCOMPARE(errorOf([&] { tc.file().carryOuts().request(actor, draft(w)); }).code(), ErrorCode::PermissionDenied);
            QCOMPARE(tc.file().carryOuts().list(w.manager).size(), 0);
        }
    }
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* f : {"section", "file", "requested_by", "description", "record_count", "purpose", "destination",
                              "planned_out_at", "planned_return_at"})
            QTest::addRow("%s", f) << QString::fromLatin1(f);
    }
    void validation()
    {
        QFETCH(QString, field);
        TempCase tc;
        const World w = world(tc);
        CarryOut c = draft(w);
        if (field == QLatin1String("section")) c.sectionId = 999;
        if (field == QLatin1String("file")) c.fileId = 999;
        if (field == QLatin1String("requested_by")) c.requestedBy = 999;
        if (field == QLatin1String("description")) c.description = QStringLiteral("  ");
        if (field == QLatin1String("record_count")) c.recordCount = -1;
        if (field == QLatin1String("purpose")) c.purpose.clear();
        if (field == QLatin1String("destination")) c.destination.clear();
        if (field == QLatin1String("planned_out_at")) c.plannedOutOn = QDate();
        if (field == QLatin1String("planned_return_at")) c.plannedReturnOn = QDate(2025, 11, 22);
        const Session actor = field == QLatin1String("section") ? tc.admin() : w.handler;
        if (field == QLatin1String("section")) {
            // Nobody holds a right on a section that does not exist: validate() alone.
            const Error e = errorOf([&] { tc.file().carryOuts().validate(c); });
            QCOMPARE(e.field(), field);
            return;
        }
        const Error e = errorOf([&] { tc.file().carryOuts().request(actor, c); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), field);
        QCOMPARE(tc.file().carryOuts().list(w.manager).size(), 0);
    }
    void fileOfAnotherSectionRefused()
    {
        TempCase tc;
        const World w = world(tc);
        PersonalInfoFile f;
        f.fileNo = QStringLiteral("G-01");
        f.name = QStringLiteral("課税台帳");
        f.sectionId = w.other;
        f.purpose = QStringLiteral("課税");
        const qint64 file = tc.file().files().create(w.otherManager, f).id;
        CarryOut c = draft(w);
        c.fileId = file;
        QCOMPARE(errorOf([&] { tc.file().carryOuts().request(w.handler, c); }).field(), QStringLiteral("file"));
    }
    void requiredMeasureDefaults_data()
    {
        QTest::addColumn<CarryOutSensitivity>("level");
        QTest::addColumn<CarryOutItemType>("type");
        QTest::addColumn<QString>("required");
        using L = CarryOutSensitivity;
        using T = CarryOutItemType;
        QTest::addRow("normal paper") << L::Normal << T::Paper << QString();
        QTest::addRow("normal usb") << L::Normal << T::Usb << QStringLiteral("ENCRYPTION");
        QTest::addRow("sensitive paper") << L::Sensitive << T::Paper << QStringLiteral("LOCKED_CASE");
        QTest::addRow("sensitive laptop") << L::Sensitive << T::Laptop << QStringLiteral("LOCKED_CASE,ENCRYPTION");
        QTest::addRow("my number paper") << L::MyNumber << T::Paper << QStringLiteral("LOCKED_CASE,SEALING,MASKING");
        QTest::addRow("my number optical") << L::MyNumber << T::Optical << QStringLiteral("LOCKED_CASE,SEALING,ENCRYPTION");
        QTest::addRow("my number other") << L::MyNumber << T::Other << QStringLiteral("LOCKED_CASE,SEALING");
    }
    void requiredMeasureDefaults()
    {
        QFETCH(CarryOutSensitivity, level);
        QFETCH(CarryOutItemType, type);
        QFETCH(QString, required);
        TempCase tc;
        QStringList keys;
        for (CarryOutMeasure m : tc.file().carryOuts().requiredMeasures(level, type))
            keys << carryOutMeasureKey(m);
        QCOMPARE(keys.join(QLatin1Char(',')), required);
    }
    void requiredMeasuresEnforced_data()
    {
        QTest::addColumn<bool>("sensitive");
        QTest::addColumn<bool>("myNumber");
        QTest::addColumn<CarryOutItemType>("type");
        QTest::addRow("normal usb") << false << false << CarryOutItemType::Usb;
        QTest::addRow("sensitive paper") << true << false << CarryOutItemType::Paper;
        QTest::addRow("my number paper") << false << true << CarryOutItemType::Paper;
        QTest::addRow("my number laptop") << true << true << CarryOutItemType::Laptop;
    }
    void requiredMeasuresEnforced()
    {
        QFETCH(bool, sensitive);
        QFETCH(bool, myNumber);
        QFETCH(CarryOutItemType, type);
        TempCase tc;
        const World w = world(tc);
        PersonalInfoFile f;
        f.fileNo = QStringLiteral("F-01");
        f.name = QStringLiteral("国民健康保険被保険者台帳");
        f.sectionId = w.own;
        f.purpose = QStringLiteral("資格管理");
        f.containsSensitive = sensitive;
        f.containsMyNumber = myNumber;
        CarryOut c = draft(w, type);
        c.fileId = tc.file().files().create(w.manager, f).id;
        CarryOutService& s = tc.file().carryOuts();
        const CarryOut req = s.request(w.handler, c);
        const QList<CarryOutMeasure> required = s.requiredMeasures(s.sensitivityOf(req), type);
        QVERIFY(!required.isEmpty());
        // Every required measure but one: still refused, at the measures.
        s.setMeasures(w.handler, req.id, required.mid(1));
        const Error e = errorOf([&] { s.approve(w.manager, req.id); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), QStringLiteral("measures"));
        QVERIFY2(e.message().contains(carryOutMeasureKey(required.first())), qPrintable(e.message()));
        QCOMPARE(s.get(w.manager, req.id).state, CarryOutState::Requested);
        s.setMeasures(w.handler, req.id, required);
        const CarryOut ok = s.approve(w.manager, req.id);
        QCOMPARE(ok.state, CarryOutState::Approved);
        QCOMPARE(ok.appliedMeasures, required);
    }
    void requiredMeasuresCanBeSet()
    {
        TempCase tc;
        const World w = world(tc);
        CarryOutService& s = tc.file().carryOuts();
        const QList<RequiredCarryOutMeasure> rules{
            {CarryOutSensitivity::Normal, CarryOutItemScope::Any, CarryOutMeasure::TrackableDelivery}};
        QCOMPARE(errorOf([&] { s.setRequiredMeasures(w.manager, CarryOutSensitivity::Normal, rules); }).code(),
                 ErrorCode::PermissionDenied);
        s.setRequiredMeasures(tc.admin(), CarryOutSensitivity::Normal, rules);
        QCOMPARE(s.requiredMeasures(CarryOutSensitivity::Normal, CarryOutItemType::Usb),
                 QList<CarryOutMeasure>{CarryOutMeasure::TrackableDelivery});
        // My Number rules are untouched and still add up with the normal ones.
        QVERIFY(s.requiredMeasures(CarryOutSensitivity::MyNumber, CarryOutItemType::Paper).contains(CarryOutMeasure::Masking));
        const CarryOut c = s.request(w.handler, draft(w));
        QCOMPARE(errorOf([&] { s.approve(w.manager, c.id); }).field(), QStringLiteral("measures"));
        JournalFilter jf;
        jf.entity = QStringLiteral("carry_out_required_measures");
        QCOMPARE(tc.file().journal().page(jf, 0, 10).size(), 1);
    }
    void returnedBeforeOutRefused()
    {
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, CarryOutState::Out);
        CarryOutReturn r = returned(tc, w);
        r.returnedAt = c.outAt.addSecs(-60);
        const Error e = errorOf([&] { tc.file().carryOuts().markReturned(w.manager, c.id, r); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), QStringLiteral("returned_at"));
        const CarryOut after = tc.file().carryOuts().get(w.manager, c.id);
        QCOMPARE(after.state, CarryOutState::Out);
        QVERIFY(!after.returnedAt.isValid());
    }
    void returnIsCheckedBySomeoneElse()
    {
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, CarryOutState::Out);
        CarryOutService& s = tc.file().carryOuts();
        // The handler brings it back and cannot check it themselves.
        QCOMPARE(errorOf([&] { s.markReturned(w.handler, c.id, returned(tc, w)); }).code(), ErrorCode::Conflict);
        tc.clock().advanceSeconds(3600);
        CarryOutReturn r = returned(tc, w);
        r.countMatches = false;
        r.sealIntact = true;
        r.remarks = QStringLiteral("1枚不足");
        const CarryOut back = s.markReturned(w.manager, c.id, r);
        QCOMPARE(back.state, CarryOutState::Returned);
        QCOMPARE(back.checkedByAccount, w.manager.accountId());
        QCOMPARE(back.returnedBy, w.handlerPerson);
        QCOMPARE(back.countMatches, false);
        QCOMPARE(back.sealIntact, true);
        QCOMPARE(back.returnedAt, r.returnedAt);
    }
    void controlNumbers()
    {
        TempCase tc;
        const World w = world(tc);
        CarryOutService& s = tc.file().carryOuts();
        const CarryOut a = s.request(w.handler, draft(w));
        const CarryOut b = s.request(w.handler, draft(w));
        QCOMPARE(a.controlNo, QStringLiteral("CO-2025-000001"));
        QCOMPARE(b.controlNo, QStringLiteral("CO-2025-000002"));
        QCOMPARE(s.findByControlNo(w.manager, QStringLiteral(" co-2025-000002 ")).id, b.id);
        const Error unknown = errorOf([&] { s.findByControlNo(w.manager, QStringLiteral("CO-2025-999999")); });
        QCOMPARE(unknown.code(), ErrorCode::NotFound);
        QCOMPARE(unknown.field(), QStringLiteral("control_no"));
        // The schema refuses a duplicate whatever writes it.
        bool refused = false;
        try {
            tc.file().db().exec("UPDATE carry_outs SET control_no = 'CO-2025-000001' WHERE id = 2");
        } catch (const Error&) {
            refused = true;
        }
        QVERIFY2(refused, "a duplicate control number must be refused by the schema");
        QCOMPARE(s.get(w.manager, b.id).controlNo, QStringLiteral("CO-2025-000002"));
        // A new year starts a new series.
        tc.clock().set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(s.request(w.handler, draft(w)).controlNo, QStringLiteral("CO-2026-000001"));
    }
    void overdueFromTheClock()
    {
        TempCase tc;
        const World w = world(tc);
        CarryOutService& s = tc.file().carryOuts();
        const CarryOut late = reach(tc, w, CarryOutState::Out);
        CarryOut later = draft(w);
        later.plannedReturnOn = QDate(2025, 12, 31);
        const qint64 onTime = s.markOut(w.handler, s.approve(w.manager, s.request(w.handler, later).id).id, tc.clock().now()).id;
        CarryOutFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(s.list(w.manager, overdue).size(), 0);
        // The planned return day itself is not overdue yet.
        tc.clock().set(QDateTime(QDate(2025, 11, 25), QTime(23, 0), Qt::UTC));
        QCOMPARE(s.list(w.manager, overdue).size(), 0);
        tc.clock().set(QDateTime(QDate(2025, 11, 27), QTime(9, 0), Qt::UTC));
        const QList<CarryOut> list = s.list(w.manager, overdue);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, late.id);
        QCOMPARE(list.first().state, CarryOutState::Overdue);
        CarryOutFilter byState;
        byState.state = CarryOutState::Out;
        QCOMPARE(s.list(w.manager, byState).size(), 1);
        QCOMPARE(s.list(w.manager, byState).first().id, onTime);
        byState.state = CarryOutState::Overdue;
        QCOMPARE(s.list(w.manager, byState).first().id, late.id);
        // Returned, it leaves the overdue list.
        s.markReturned(w.manager, late.id, returned(tc, w));
        QCOMPARE(s.list(w.manager, overdue).size(), 0);
    }
    void lost()
    {
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, CarryOutState::Overdue);
        CarryOutService& s = tc.file().carryOuts();
        QCOMPARE(errorOf([&] { s.markLost(w.handler, c.id, QString()); }).field(), QStringLiteral("remarks"));
        const CarryOut gone = s.markLost(w.handler, c.id, QStringLiteral("電車内で紛失"));
        QCOMPARE(gone.state, CarryOutState::Lost);
        QCOMPARE(gone.remarks, QStringLiteral("電車内で紛失"));
        CarryOutFilter f;
        f.state = CarryOutState::Lost;
        QCOMPARE(s.list(w.manager, f).size(), 1);
    }
    void listsBySectionAndDate()
    {
        TempCase tc;
        const World w = world(tc);
        CarryOutService& s = tc.file().carryOuts();
        s.request(w.handler, draft(w));
        CarryOut theirs = draft(w);
        theirs.sectionId = w.other;
        theirs.requestedBy = addPerson(tc, QStringLiteral("P003"), w.other, std::nullopt);
        theirs.plannedOutOn = QDate(2025, 12, 1);
        theirs.plannedReturnOn = QDate(2025, 12, 2);
        s.request(w.otherManager, theirs);
        QCOMPARE(s.list(w.manager).size(), 1);
        QCOMPARE(s.list(w.otherManager).size(), 1);
        QCOMPARE(errorOf([&] { s.list(w.staff); }).code(), ErrorCode::PermissionDenied);
        CarryOutFilter other;
        other.sectionId = w.other;
        QCOMPARE(errorOf([&] { s.list(w.manager, other); }).code(), ErrorCode::PermissionDenied);
        CarryOutFilter range;
        range.from = QDate(2025, 11, 24);
        QCOMPARE(s.list(w.otherManager, range).size(), 1);
        range.to = QDate(2025, 11, 30);
        QCOMPARE(s.list(w.otherManager, range).size(), 0);
    }
    void journalHoldsIdsOnly()
    {
        TempCase tc;
        const World w = world(tc);
        const CarryOut c = reach(tc, w, CarryOutState::Closed);
        tc.file().carryOuts().list(w.manager);
        const QList<JournalEntry> updates = journal(tc.file(), JournalAction::Update);
        QStringList summaries;
        for (const JournalEntry& e : updates)
            summaries << e.summary;
        QVERIFY2(summaries.contains(QStringLiteral("REQUESTED -> APPROVED")), qPrintable(summaries.join(QLatin1Char('|'))));
        QVERIFY(summaries.contains(QStringLiteral("APPROVED -> OUT")));
        QVERIFY(summaries.contains(QStringLiteral("RETURNED -> CLOSED")));
        QCOMPARE(journal(tc.file(), JournalAction::Create).size(), 1);
        QVERIFY(journal(tc.file(), JournalAction::View).size() >= 1);
        for (const JournalEntry& e : tc.file().journal().page(JournalFilter{}, 0, 1000)) {
            QVERIFY(!e.summary.contains(QStringLiteral("訪問調査")));
            QVERIFY(!e.summary.contains(QStringLiteral("公民館")));
        }
        QCOMPARE(c.state, CarryOutState::Closed);
    }
};

QTEST_GUILESS_MAIN(TestCarryOuts)
#include "tst_carry_outs.moc"
