// Disposals (廃棄・消去): the state machine of BRIEF §5.3 for in-house and contractor disposals,
// who may do what, the evidence a contractor's disposal needs before verification, dates in
// order, control numbers, lists and the journal.
#include "ErrorOf.h"
#include "TestCase.h"

#include "custody/DisposalService.h"
#include "custody/PersonalInfoFileService.h"
#include "demo/DemoImages.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
struct World {
    qint64 own = 0, other = 0;
    Session manager, otherManager, handler, staff, auditor;
    qint64 handlerPerson = 0; // linked to the handler's account
    qint64 managerPerson = 0; // linked to the manager's account
    qint64 witnessA = 0, witnessB = 0;
};

qint64 addPerson(TempCase& tc, const QString& no, qint64 section, std::optional<qint64> account)
{
    Person p;
    p.staffNo = no;
    p.name = QStringLiteral("立会 花子%1").arg(no);
    p.kana = QStringLiteral("タチアイ ハナコ");
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
    const qint64 a = tc.addAccount(QStringLiteral("auditor"), Role::Auditor);
    w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, w.other}}, false);
    w.handler = Session(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, w.own}}, false);
    w.staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, w.own}}, false);
    w.auditor = Session(a, QStringLiteral("auditor"), QStringLiteral("auditor"), {{Role::Auditor, std::nullopt}}, false);
    w.handlerPerson = addPerson(tc, QStringLiteral("P001"), w.own, h);
    w.managerPerson = addPerson(tc, QStringLiteral("P002"), w.own, m);
    w.witnessA = addPerson(tc, QStringLiteral("P003"), w.own, std::nullopt);
    w.witnessB = addPerson(tc, QStringLiteral("P004"), w.own, std::nullopt);
    return w;
}

Disposal draft(const World& w, DisposalPerformer performer = DisposalPerformer::InHouse)
{
    Disposal d;
    d.sectionId = w.own;
    d.requestedBy = w.handlerPerson;
    d.itemKind = DisposalItemKind::Documents;
    d.description = QStringLiteral("国民健康保険被保険者証交付申請書（令和元年度分）");
    d.quantity = 3;
    d.recordCount = 1200;
    d.basis = QStringLiteral("保存期間満了");
    d.method = performer == DisposalPerformer::InHouse ? DisposalMethod::Shredding : DisposalMethod::Dissolution;
    d.performer = performer;
    if (performer == DisposalPerformer::Contractor) {
        d.contractorName = QStringLiteral("株式会社試験リサイクル");
        d.subcontractTier = 1;
    }
    d.place = QStringLiteral("本庁舎2階");
    d.plannedOn = QDate(2025, 11, 20);
    return d;
}

DisposalCertificate certificate(TempCase& tc, const QString& no)
{
    DisposalCertificate c;
    c.certificateNo = no;
    c.issuer = QStringLiteral("株式会社試験リサイクル");
    c.issuedOn = tc.clock().now().toLocalTime().date();
    c.receivedOn = c.issuedOn;
    c.responsiblePerson = QStringLiteral("工場長");
    return c;
}

using S = DisposalState;
using P = DisposalPerformer;

// Brings a fresh plan of `performer` to `state` through the workflow. WITNESSED of a contractor
// is reached by a witness at the contractor's (witnessA).
Disposal reach(TempCase& tc, const World& w, P performer, S state)
{
    DisposalService& s = tc.file().disposals();
    Disposal d = s.plan(w.handler, draft(w, performer));
    if (state == S::Planned)
        return d;
    if (state == S::Cancelled)
        return s.cancel(w.handler, d.id, QStringLiteral("計画変更"));
    d = s.approve(w.manager, d.id);
    if (state == S::Approved)
        return d;
    const DisposalExecution e{tc.clock().now(), w.handlerPerson, QString()};
    d = performer == P::InHouse ? s.markExecuted(w.handler, d.id, e) : s.markHandedOver(w.handler, d.id, e);
    if (state == S::ExecutedInHouse || state == S::HandedToContractor)
        return d;
    if (state == S::Witnessed || performer == P::InHouse)
        d = s.addWitness(w.handler, d.id, w.witnessA, tc.clock().now());
    else
        d = s.addCertificate(w.handler, d.id, certificate(tc, QStringLiteral("C-1")));
    if (state == S::Witnessed || state == S::CertificateReceived)
        return d;
    d = s.verify(w.manager, d.id);
    if (state == S::Verified)
        return d;
    return s.record(w.handler, d.id);
}

enum class Action { Approve, Cancel, Execute, HandOver, Witness, Certificate, Verify, Record };
const QList<Action> kActions{Action::Approve, Action::Cancel,      Action::Execute, Action::HandOver,
                             Action::Witness, Action::Certificate, Action::Verify,  Action::Record};

const char* actionName(Action a)
{
    switch (a) {
    case Action::Approve: return "approve";
    case Action::Cancel: return "cancel";
    case Action::Execute: return "execute";
    case Action::HandOver: return "hand-over";
    case Action::Witness: return "witness";
    case Action::Certificate: return "certificate";
    case Action::Verify: return "verify";
    case Action::Record: break;
    }
    return "record";
}

Disposal perform(TempCase& tc, const World& w, Action a, qint64 id, const Session* as = nullptr)
{
    DisposalService& s = tc.file().disposals();
    const Session& writer = as ? *as : w.handler;
    const Session& manager = as ? *as : w.manager;
    const DisposalExecution e{tc.clock().now(), w.handlerPerson, QString()};
    switch (a) {
    case Action::Approve: return s.approve(manager, id);
    case Action::Cancel: return s.cancel(writer, id, QStringLiteral("取りやめ"));
    case Action::Execute: return s.markExecuted(writer, id, e);
    case Action::HandOver: return s.markHandedOver(writer, id, e);
    case Action::Witness: return s.addWitness(writer, id, w.witnessB, tc.clock().now());
    case Action::Certificate: return s.addCertificate(writer, id, certificate(tc, QStringLiteral("C-2")));
    case Action::Verify: return s.verify(manager, id);
    case Action::Record: break;
    }
    return s.record(writer, id);
}

// The transitions of BRIEF §5.3 (plus cancelling a plan); every other pair must be refused.
std::optional<S> allowed(P performer, S from, Action a)
{
    switch (a) {
    case Action::Approve: return from == S::Planned ? std::optional(S::Approved) : std::nullopt;
    case Action::Cancel:
        return from == S::Planned || from == S::Approved ? std::optional(S::Cancelled) : std::nullopt;
    case Action::Execute:
        return from == S::Approved && performer == P::InHouse ? std::optional(S::ExecutedInHouse) : std::nullopt;
    case Action::HandOver:
        return from == S::Approved && performer == P::Contractor ? std::optional(S::HandedToContractor) : std::nullopt;
    case Action::Witness:
        if (from == S::ExecutedInHouse || from == S::HandedToContractor)
            return S::Witnessed;
        if (from == S::Witnessed || from == S::CertificateReceived)
            return from; // a further witness
        return std::nullopt;
    case Action::Certificate:
        if (performer != P::Contractor)
            return std::nullopt;
        if (from == S::HandedToContractor || from == S::Witnessed || from == S::CertificateReceived)
            return S::CertificateReceived;
        return std::nullopt;
    case Action::Verify:
        // HANDED_TO_CONTRACTOR has neither certificate nor witness yet: refused, see below.
        if (from == S::ExecutedInHouse || from == S::Witnessed || from == S::CertificateReceived)
            return S::Verified;
        return std::nullopt;
    case Action::Record: return from == S::Verified ? std::optional(S::Recorded) : std::nullopt;
    }
    return std::nullopt;
}

QList<S> reachable(P performer)
{
    if (performer == P::InHouse)
        return {S::Planned, S::Approved, S::ExecutedInHouse, S::Witnessed, S::Verified, S::Recorded, S::Cancelled};
    return {S::Planned,   S::Approved, S::HandedToContractor, S::Witnessed, S::CertificateReceived,
            S::Verified, S::Recorded, S::Cancelled};
}

QList<JournalEntry> journal(CaseFile& file, const QString& action, const QString& entity = QStringLiteral("disposal"))
{
    JournalFilter f;
    f.action = action;
    f.entity = entity;
    return file.journal().page(f, 0, 1000);
}
} // namespace

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(DisposalState)
Q_DECLARE_METATYPE(DisposalPerformer)

class TestDisposals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keys()
    {
        for (S s : allDisposalStates())
            QCOMPARE(disposalStateFromKey(disposalStateKey(s)), s);
        for (DisposalMethod m : allDisposalMethods())
            QCOMPARE(disposalMethodFromKey(disposalMethodKey(m)), m);
        for (DisposalItemKind k : allDisposalItemKinds())
            QCOMPARE(disposalItemKindFromKey(disposalItemKindKey(k)), k);
        for (P p : {P::InHouse, P::Contractor})
            QCOMPARE(disposalPerformerFromKey(disposalPerformerKey(p)), p);
        QVERIFY(!disposalStateFromKey(QStringLiteral("BURNT")));
    }
    void transitions_data()
    {
        QTest::addColumn<DisposalPerformer>("performer");
        QTest::addColumn<DisposalState>("from");
        QTest::addColumn<Action>("action");
        for (P p : {P::InHouse, P::Contractor})
            for (S s : reachable(p))
                for (Action a : kActions)
                    QTest::addRow("%s %s %s %s", qPrintable(disposalPerformerKey(p)), qPrintable(disposalStateKey(s)),
                                  actionName(a), allowed(p, s, a) ? "allowed" : "refused")
                        << p << s << a;
    }
    void transitions()
    {
        QFETCH(DisposalPerformer, performer);
        QFETCH(DisposalState, from);
        QFETCH(Action, action);
        TempCase tc;
        const World w = world(tc);
        const Disposal d = reach(tc, w, performer, from);
        QCOMPARE(d.state, from);
        const std::optional<S> to = allowed(performer, from, action);
        const qint64 before = journal(tc.file(), JournalAction::Update).size();
        if (to) {
            QCOMPARE(perform(tc, w, action, d.id).state, *to);
            QCOMPARE(tc.file().disposals().get(w.manager, d.id).state, *to);
            QCOMPARE(journal(tc.file(), JournalAction::Update).size(), before + 1);
        } else {
            const Error e = errorOf([&] { perform(tc, w, action, d.id); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QVERIFY2(!e.message().isEmpty(), "a refusal says why");
            const Disposal after = tc.file().disposals().get(w.manager, d.id);
            QCOMPARE(after.state, from);
            QCOMPARE(after.witnesses.size(), d.witnesses.size());
            QCOMPARE(after.certificates.size(), d.certificates.size());
            QCOMPARE(journal(tc.file(), JournalAction::Update).size(), before);
        }
    }
    void whoMay_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<DisposalPerformer>("performer");
        QTest::addColumn<DisposalState>("from");
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("ok");
        struct Row { Action a; P p; S from; };
        const Row rows[] = {
            {Action::Approve, P::InHouse, S::Planned},        {Action::Cancel, P::InHouse, S::Planned},
            {Action::Execute, P::InHouse, S::Approved},       {Action::HandOver, P::Contractor, S::Approved},
            {Action::Witness, P::InHouse, S::ExecutedInHouse}, {Action::Certificate, P::Contractor, S::HandedToContractor},
            {Action::Verify, P::InHouse, S::ExecutedInHouse}, {Action::Record, P::InHouse, S::Verified},
        };
        for (const Row& r : rows) {
            const bool managerOnly = r.a == Action::Approve || r.a == Action::Verify;
            for (const char* who : {"mgr", "handler", "staff", "mgr2", "admin", "auditor"}) {
                const QString name = QString::fromLatin1(who);
                const bool ok = name == QLatin1String("mgr") || (!managerOnly && name == QLatin1String("handler"));
                QTest::addRow("%s by %s: %s", actionName(r.a), who, ok ? "allowed" : "denied") << r.a << r.p << r.from << name << ok;
            }
        }
    }
    void whoMay()
    {
        QFETCH(Action, action);
        QFETCH(DisposalPerformer, performer);
        QFETCH(DisposalState, from);
        QFETCH(QString, who);
        QFETCH(bool, ok);
        TempCase tc;
        const World w = world(tc);
        const Session actor = who == QLatin1String("mgr")       ? w.manager
                              : who == QLatin1String("handler") ? w.handler
                              : who == QLatin1String("staff")   ? w.staff
                              : who == QLatin1String("mgr2")    ? w.otherManager
                              : who == QLatin1String("auditor") ? w.auditor
                                                                : tc.admin();
        const Disposal d = reach(tc, w, performer, from);
        const qint64 denied = journal(tc.file(), JournalAction::Denied).size();
        if (ok) {
            QVERIFY(perform(tc, w, action, d.id, &actor).state != from || action == Action::Witness);
        } else {
            QCOMPARE(errorOf([&] { perform(tc, w, action, d.id, &actor); }).code(), ErrorCode::PermissionDenied);
            QCOMPARE(tc.file().disposals().get(w.manager, d.id).state, from);
            QVERIFY(journal(tc.file(), JournalAction::Denied).size() > denied);
        }
    }
    void whoMayPlanAndRead_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("write");
        QTest::addColumn<bool>("read");
        QTest::addRow("handler") << QStringLiteral("handler") << true << true;
        QTest::addRow("manager") << QStringLiteral("mgr") << true << true;
        QTest::addRow("staff") << QStringLiteral("staff") << false << false;
        QTest::addRow("other section's manager") << QStringLiteral("mgr2") << false << false;
        QTest::addRow("auditor") << QStringLiteral("auditor") << false << true;
        QTest::addRow("administrator") << QStringLiteral("admin") << false << false;
    }
    void whoMayPlanAndRead()
    {
        QFETCH(QString, who);
        QFETCH(bool, write);
        QFETCH(bool, read);
        TempCase tc;
        const World w = world(tc);
        const Session actor = who == QLatin1String("handler") ? w.handler
                              : who == QLatin1String("mgr")   ? w.manager
                              : who == QLatin1String("staff") ? w.staff
                              : who == QLatin1String("mgr2")  ? w.otherManager
                              : who == QLatin1String("auditor") ? w.auditor
                                                                : tc.admin();
        DisposalService& s = tc.file().disposals();
        if (write) {
            QCOMPARE(s.plan(actor, draft(w)).state, S::Planned);
        } else {
            QCOMPARE(errorOf([&] { s.plan(actor, draft(w)); }).code(), ErrorCode::PermissionDenied);
            s.plan(w.handler, draft(w));
        }
        QCOMPARE(s.list(w.manager).size(), 1);
        const qint64 id = s.list(w.manager).first().id;
        if (read) {
            QCOMPARE(s.get(actor, id).id, id);
            QCOMPARE(s.list(actor).size(), 1);
        } else {
            QCOMPARE(errorOf([&] { s.get(actor, id); }).code(), ErrorCode::PermissionDenied);
            const Error e = errorOf([&] { s.list(actor); });
            // The other section's manager may list: only their own section, where there is nothing.
            if (who == QLatin1String("mgr2"))
                QCOMPARE(s.list(actor).size(), 0);
            else
                QCOMPARE(e.code(), ErrorCode::PermissionDenied);
        }
    }
    void selfApprovalRefused()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        Disposal mine = draft(w);
        mine.requestedBy = w.managerPerson;
        const qint64 a = s.plan(w.manager, mine).id;
        const qint64 b = s.plan(w.handler, mine).id; // entered by a handler for the manager
        for (qint64 id : {a, b}) {
            const Error e = errorOf([&] { s.approve(w.manager, id); });
            QCOMPARE(e.code(), ErrorCode::Conflict);
            QCOMPARE(s.get(w.manager, id).state, S::Planned);
        }
    }
    void contractorNeedsCertificateOrWitness_data()
    {
        QTest::addColumn<QString>("evidence");
        QTest::addRow("certificate") << QStringLiteral("certificate");
        QTest::addRow("witness") << QStringLiteral("witness");
        QTest::addRow("both") << QStringLiteral("both");
    }
    void contractorNeedsCertificateOrWitness()
    {
        QFETCH(QString, evidence);
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const Disposal d = reach(tc, w, P::Contractor, S::HandedToContractor);
        QCOMPARE(DisposalService::missingEvidence(d), (QStringList{QStringLiteral("certificate"), QStringLiteral("witness")}));
        const Error e = errorOf([&] { s.verify(w.manager, d.id); });
        QCOMPARE(e.code(), ErrorCode::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("certificate")) && e.message().contains(QStringLiteral("witness")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(d.controlNo), qPrintable(e.message()));
        QCOMPARE(s.get(w.manager, d.id).state, S::HandedToContractor);
        if (evidence != QLatin1String("witness"))
            s.addCertificate(w.handler, d.id, certificate(tc, QStringLiteral("KR-1")));
        if (evidence != QLatin1String("certificate"))
            s.addWitness(w.handler, d.id, w.witnessA, tc.clock().now());
        const Disposal v = s.verify(w.manager, d.id, QStringLiteral("照合済み"));
        QCOMPARE(v.state, S::Verified);
        QCOMPARE(v.verifiedByAccount, w.manager.accountId());
        QCOMPARE(v.verificationNote, QStringLiteral("照合済み"));
    }
    void inHouseNeedsNoCertificate()
    {
        TempCase tc;
        const World w = world(tc);
        const Disposal d = reach(tc, w, P::InHouse, S::ExecutedInHouse);
        QVERIFY(DisposalService::missingEvidence(d).isEmpty());
        QCOMPARE(tc.file().disposals().verify(w.manager, d.id).state, S::Verified);
        const Error e = errorOf([&] { tc.file().disposals().addCertificate(w.handler, d.id, certificate(tc, QStringLiteral("X"))); });
        QCOMPARE(e.code(), ErrorCode::Conflict);
    }
    void badDates_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("executed before approval") << QStringLiteral("executed_at");
        QTest::addRow("handed over before approval") << QStringLiteral("handed_at");
        QTest::addRow("witness before hand-over") << QStringLiteral("witnessed_at");
        QTest::addRow("issued before hand-over") << QStringLiteral("issued_on");
        QTest::addRow("received before issued") << QStringLiteral("received_on");
        QTest::addRow("received in the future") << QStringLiteral("received_future");
        QTest::addRow("no planned date") << QStringLiteral("planned_on");
    }
    void badDates()
    {
        QFETCH(QString, field);
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const QDateTime now = tc.clock().now();
        const DisposalExecution early{now.addSecs(-3600), w.handlerPerson, QString()};
        Error e(ErrorCode::Internal, QString());
        S expected = S::Planned;
        qint64 id = 0;
        if (field == QLatin1String("planned_on")) {
            Disposal d = draft(w);
            d.plannedOn = QDate();
            e = errorOf([&] { s.plan(w.handler, d); });
            QCOMPARE(e.field(), QStringLiteral("planned_on"));
            QCOMPARE(s.list(w.manager).size(), 0);
            return;
        }
        if (field == QLatin1String("executed_at")) {
            id = reach(tc, w, P::InHouse, S::Approved).id;
            expected = S::Approved;
            e = errorOf([&] { s.markExecuted(w.handler, id, early); });
        } else if (field == QLatin1String("handed_at")) {
            id = reach(tc, w, P::Contractor, S::Approved).id;
            expected = S::Approved;
            e = errorOf([&] { s.markHandedOver(w.handler, id, early); });
            field = QStringLiteral("executed_at");
        } else {
            tc.clock().advanceSeconds(86400 * 2);
            id = reach(tc, w, P::Contractor, S::HandedToContractor).id;
            expected = S::HandedToContractor;
            DisposalCertificate c = certificate(tc, QStringLiteral("C-9"));
            if (field == QLatin1String("witnessed_at")) {
                e = errorOf([&] { s.addWitness(w.handler, id, w.witnessA, tc.clock().now().addSecs(-60)); });
            } else {
                if (field == QLatin1String("issued_on"))
                    c.issuedOn = c.issuedOn.addDays(-1);
                if (field == QLatin1String("received_on"))
                    c.receivedOn = c.issuedOn.addDays(-1);
                if (field == QLatin1String("received_future")) {
                    c.receivedOn = c.issuedOn.addDays(3);
                    field = QStringLiteral("received_on");
                }
                e = errorOf([&] { s.addCertificate(w.handler, id, c); });
            }
        }
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), field);
        const Disposal after = s.get(w.manager, id);
        QCOMPARE(after.state, expected);
        QVERIFY(after.witnesses.isEmpty());
        QVERIFY(after.certificates.isEmpty());
    }
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* f : {"section", "file", "requested_by", "description", "serial_nos", "quantity", "record_count",
                              "method", "method_detail", "contractor_name", "subcontract_tier", "planned_on"})
            QTest::addRow("%s", f) << QString::fromLatin1(f);
        QTest::addRow("duplicate serial") << QStringLiteral("serial_nos:dup");
        QTest::addRow("in-house with contractor") << QStringLiteral("contractor_name:inhouse");
        QTest::addRow("quantity below serials") << QStringLiteral("quantity:serials");
    }
    void validation()
    {
        QFETCH(QString, field);
        TempCase tc;
        const World w = world(tc);
        Disposal d = draft(w, field.startsWith(QLatin1String("contractor_name:")) ? P::InHouse : P::Contractor);
        d.method = DisposalMethod::Shredding;
        const QString f = field.section(QLatin1Char(':'), 0, 0);
        const QString variant = field.section(QLatin1Char(':'), 1);
        if (field == QLatin1String("section")) d.sectionId = 999;
        if (field == QLatin1String("file")) d.fileId = 999;
        if (field == QLatin1String("requested_by")) d.requestedBy = 999;
        if (field == QLatin1String("description")) d.description = QStringLiteral("   ");
        if (f == QLatin1String("serial_nos") || f == QLatin1String("quantity")) {
            d.itemKind = DisposalItemKind::Media;
            d.serialNos = {QStringLiteral("SN-1"), QStringLiteral("SN-2")};
            if (variant == QLatin1String("dup")) d.serialNos = {QStringLiteral("SN-1"), QStringLiteral(" SN-1 ")};
            else if (f == QLatin1String("serial_nos")) d.serialNos = {QStringLiteral("  ")};
            if (variant == QLatin1String("serials")) d.quantity = 1;
            else if (f == QLatin1String("quantity")) d.quantity = 0;
        }
        if (field == QLatin1String("record_count")) d.recordCount = -5;
        if (field == QLatin1String("method")) d.method = DisposalMethod::Degaussing; // paper cannot be degaussed
        if (field == QLatin1String("method_detail")) {
            d.itemKind = DisposalItemKind::BuiltInDisk;
            d.serialNos = {QStringLiteral("HDD-1")};
            d.method = DisposalMethod::Overwrite; // needs the tool and standard
        }
        if (field == QLatin1String("contractor_name")) d.contractorName.clear();
        if (variant == QLatin1String("inhouse")) d.contractorName = QStringLiteral("株式会社X");
        if (field == QLatin1String("subcontract_tier")) d.subcontractTier = 0;
        if (field == QLatin1String("planned_on")) d.plannedOn = QDate();
        if (field == QLatin1String("section")) {
            QCOMPARE(errorOf([&] { tc.file().disposals().validate(d); }).field(), f);
            return;
        }
        const Error e = errorOf([&] { tc.file().disposals().plan(w.handler, d); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), f);
        QCOMPARE(tc.file().disposals().list(w.manager).size(), 0);
    }
    void updateOnlyWhilePlanned()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        Disposal d = s.plan(w.handler, draft(w));
        d.itemKind = DisposalItemKind::Media;
        d.serialNos = {QStringLiteral("USB-0001"), QStringLiteral("USB-0002")};
        d.method = DisposalMethod::PhysicalDestruction;
        d.sectionId = w.other; // ignored: a plan stays with its section
        const Disposal u = s.update(w.handler, d);
        QCOMPARE(u.serialNos, d.serialNos);
        QCOMPARE(u.method, DisposalMethod::PhysicalDestruction);
        QCOMPARE(u.sectionId, w.own);
        const QList<JournalEntry> updates = journal(tc.file(), JournalAction::Update);
        QVERIFY2(updates.first().summary.contains(QStringLiteral("serial_nos")), qPrintable(updates.first().summary));
        QVERIFY(!updates.first().summary.contains(QStringLiteral("USB-0001")));
        s.approve(w.manager, d.id);
        d.description = QStringLiteral("変更");
        QCOMPARE(errorOf([&] { s.update(w.handler, d); }).code(), ErrorCode::Conflict);
    }
    void getReturnsEverything()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        Disposal plan = draft(w, P::Contractor);
        plan.itemKind = DisposalItemKind::BuiltInDisk;
        plan.method = DisposalMethod::PhysicalDestruction;
        plan.serialNos = {QStringLiteral("WD-1"), QStringLiteral("WD-2")};
        plan.subcontractTier = 2;
        qint64 id = s.plan(w.handler, plan).id;
        s.approve(w.manager, id);
        s.markHandedOver(w.handler, id, {tc.clock().now(), w.handlerPerson, QStringLiteral("搬出口")});
        tc.clock().advanceSeconds(600);
        s.addWitness(w.handler, id, w.witnessA, tc.clock().now());
        const Disposal withCert = s.addCertificate(w.handler, id, certificate(tc, QStringLiteral("EDE-7")));
        const QByteArray photo = DemoImages::certificatePhoto(40, 30);
        s.attach(w.handler, id, QStringLiteral("/home/someone/before.png"), photo, QStringLiteral("破壊前"),
                 withCert.certificates.first().id);
        s.attach(w.handler, id, QStringLiteral("site.png"), photo);
        const Disposal d = s.get(w.manager, id);
        QCOMPARE(d.controlNo, QStringLiteral("DS-2025-000001"));
        QCOMPARE(d.serialNos, (QStringList{QStringLiteral("WD-1"), QStringLiteral("WD-2")}));
        QCOMPARE(d.subcontractTier, 2);
        QCOMPARE(d.place, QStringLiteral("搬出口"));
        QCOMPARE(d.performedBy, w.handlerPerson);
        QVERIFY(!d.requestedByName.isEmpty());
        QCOMPARE(d.witnesses.size(), 1);
        QCOMPARE(d.witnesses.first().personId, w.witnessA);
        QCOMPARE(d.witnesses.first().personName, QStringLiteral("立会 花子P003"));
        QCOMPARE(d.witnesses.first().witnessedAt, tc.clock().now());
        QCOMPARE(d.certificates.size(), 1);
        const DisposalCertificate& c = d.certificates.first();
        QCOMPARE(c.certificateNo, QStringLiteral("EDE-7"));
        QCOMPARE(c.checkedByAccount, w.handler.accountId());
        QCOMPARE(c.attachments.size(), 1);
        QCOMPARE(c.attachments.first().fileName, QStringLiteral("before.png"));
        QCOMPARE(c.attachments.first().caption, QStringLiteral("破壊前"));
        QCOMPARE(d.attachments.size(), 1);
        QCOMPARE(d.attachments.first().mediaType, QStringLiteral("image/png"));
        // The list carries the same, for the ledger form.
        const Disposal listed = s.list(w.manager).first();
        QCOMPARE(listed.witnesses.size(), 1);
        QCOMPARE(listed.certificates.first().attachments.size(), 1);
        QCOMPARE(listed.attachments.size(), 1);
        QCOMPARE(listed.serialNos, d.serialNos);
        // A second certificate with the same number is refused at the field.
        const Error dup = errorOf([&] { s.addCertificate(w.handler, id, certificate(tc, QStringLiteral("EDE-7"))); });
        QCOMPARE(dup.field(), QStringLiteral("certificate_no"));
        // The same witness twice, too.
        QCOMPARE(errorOf([&] { s.addWitness(w.handler, id, w.witnessA, tc.clock().now()); }).field(), QStringLiteral("witness"));
    }
    void performerCannotWitness()
    {
        TempCase tc;
        const World w = world(tc);
        const Disposal d = reach(tc, w, P::InHouse, S::ExecutedInHouse);
        const Error e = errorOf([&] { tc.file().disposals().addWitness(w.handler, d.id, w.handlerPerson, tc.clock().now()); });
        QCOMPARE(e.code(), ErrorCode::Conflict);
        QCOMPARE(e.field(), QStringLiteral("witness"));
    }
    void controlNumbers()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const Disposal a = s.plan(w.handler, draft(w));
        const Disposal b = s.plan(w.handler, draft(w));
        QCOMPARE(a.controlNo, QStringLiteral("DS-2025-000001"));
        QCOMPARE(b.controlNo, QStringLiteral("DS-2025-000002"));
        QCOMPARE(s.findByControlNo(w.manager, QStringLiteral(" ds-2025-000002 ")).id, b.id);
        const Error unknown = errorOf([&] { s.findByControlNo(w.manager, QStringLiteral("DS-2025-999999")); });
        QCOMPARE(unknown.code(), ErrorCode::NotFound);
        QCOMPARE(unknown.field(), QStringLiteral("control_no"));
        bool refused = false;
        try {
            tc.file().db().exec("UPDATE disposals SET control_no = 'DS-2025-000001' WHERE id = 2");
        } catch (const Error&) {
            refused = true;
        }
        QVERIFY2(refused, "a duplicate control number must be refused by the schema");
        tc.clock().set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        QCOMPARE(s.plan(w.handler, draft(w)).controlNo, QStringLiteral("DS-2026-000001"));
    }
    void listsByStateSectionAndDate()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        reach(tc, w, P::InHouse, S::Approved);
        Disposal theirs = draft(w);
        theirs.sectionId = w.other;
        theirs.requestedBy = addPerson(tc, QStringLiteral("P009"), w.other, std::nullopt);
        theirs.plannedOn = QDate(2025, 12, 1);
        s.plan(w.otherManager, theirs);
        QCOMPARE(s.list(w.manager).size(), 1);
        QCOMPARE(s.list(w.otherManager).size(), 1);
        QCOMPARE(s.list(w.auditor).size(), 2);
        QCOMPARE(errorOf([&] { s.list(w.staff); }).code(), ErrorCode::PermissionDenied);
        DisposalFilter other;
        other.sectionId = w.other;
        QCOMPARE(errorOf([&] { s.list(w.manager, other); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(s.list(w.auditor, other).size(), 1);
        DisposalFilter state;
        state.state = S::Approved;
        QCOMPARE(s.list(w.auditor, state).size(), 1);
        state.state = S::Planned;
        QCOMPARE(s.list(w.auditor, state).first().sectionId, w.other);
        DisposalFilter range;
        range.from = QDate(2025, 11, 21);
        QCOMPARE(s.list(w.auditor, range).size(), 1);
        range.to = QDate(2025, 11, 30);
        QCOMPARE(s.list(w.auditor, range).size(), 0);
        DisposalFilter contractor;
        contractor.performer = P::Contractor;
        QCOMPARE(s.list(w.auditor, contractor).size(), 0);
    }
    void journalHoldsIdsOnly()
    {
        TempCase tc;
        const World w = world(tc);
        reach(tc, w, P::Contractor, S::Recorded);
        tc.file().disposals().list(w.manager);
        QStringList summaries;
        for (const JournalEntry& e : journal(tc.file(), JournalAction::Update))
            summaries << e.summary;
        const QString all = summaries.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("PLANNED -> APPROVED")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("APPROVED -> HANDED_TO_CONTRACTOR")));
        QVERIFY(all.contains(QStringLiteral("HANDED_TO_CONTRACTOR -> CERTIFICATE_RECEIVED")));
        QVERIFY(all.contains(QStringLiteral("CERTIFICATE_RECEIVED -> VERIFIED")));
        QVERIFY(all.contains(QStringLiteral("VERIFIED -> RECORDED")));
        QCOMPARE(journal(tc.file(), JournalAction::Create).size(), 1);
        for (const JournalEntry& e : tc.file().journal().page(JournalFilter{}, 0, 1000)) {
            QVERIFY(!e.summary.contains(QStringLiteral("国民健康保険")));
            QVERIFY(!e.summary.contains(QStringLiteral("試験リサイクル")));
            QVERIFY(!e.summary.contains(QStringLiteral("立会")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDisposals)
#include "tst_disposals.moc"
