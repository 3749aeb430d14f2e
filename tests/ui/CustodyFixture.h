#pragma once
// A small city for the custody GUI tests: two sections, a unit manager, a handler and a second
// manager, people linked to them, a My Number file, and helpers to bring carry-outs through the
// workflow. Services are called with explicit Sessions, so the case file can be open as
// whoever the screen under test acts for.
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"

namespace mamori::test {

struct CustodyWorld {
    qint64 own = 0, other = 0;
    Session manager, handler, otherManager;
    qint64 handlerPerson = 0, managerPerson = 0, clerkPerson = 0;
    qint64 myNumberFile = 0;

    explicit CustodyWorld(TempCase& tc) {
        own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
        other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
        const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, own);
        const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, other);
        manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
        handler = Session(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, own}}, false);
        otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, other}}, false);
        handlerPerson = addPerson(tc, QStringLiteral("P001"), QStringLiteral("山田 花子"), h);
        managerPerson = addPerson(tc, QStringLiteral("P002"), QStringLiteral("伊藤 浩"), m);
        clerkPerson = addPerson(tc, QStringLiteral("P003"), QStringLiteral("佐藤 次郎"), std::nullopt);
        PersonalInfoFile f;
        f.fileNo = QStringLiteral("F-01");
        f.name = QStringLiteral("国民健康保険被保険者台帳");
        f.sectionId = own;
        f.purpose = QStringLiteral("資格管理");
        f.containsMyNumber = true;
        myNumberFile = tc.file().files().create(manager, f).id;
    }

    qint64 addPerson(TempCase& tc, const QString& no, const QString& name, std::optional<qint64> account) {
        Person p;
        p.staffNo = no;
        p.name = name;
        p.kana = QStringLiteral("テスト");
        p.sectionId = own;
        const qint64 id = tc.file().people().add(tc.admin(), p).id;
        if (account)
            tc.file().people().linkAccount(tc.admin(), id, account);
        return id;
    }

    // A request of the own section without a file (no measure required for OTHER items).
    CarryOut draft(int i = 0) const {
        CarryOut c;
        c.sectionId = own;
        c.requestedBy = handlerPerson;
        c.itemType = CarryOutItemType::Other;
        c.description = QStringLiteral("訪問調査票 %1").arg(i);
        c.recordCount = 12;
        c.purpose = QStringLiteral("訪問調査");
        c.destination = QStringLiteral("東町公民館");
        c.plannedOutOn = QDate(2025, 11, 23);
        c.plannedReturnOn = QDate(2025, 11, 25);
        return c;
    }

    // A fresh request brought to `state` (REQUESTED, APPROVED, OUT or RETURNED).
    CarryOut reach(TempCase& tc, CarryOutState state, int i = 0) const {
        CarryOutService& s = tc.file().carryOuts();
        CarryOut c = s.request(handler, draft(i));
        if (state == CarryOutState::Requested)
            return c;
        c = s.approve(manager, c.id);
        if (state == CarryOutState::Approved)
            return c;
        c = s.markOut(handler, c.id, tc.clock().now());
        if (state == CarryOutState::Out)
            return c;
        return s.markReturned(manager, c.id, CarryOutReturn{tc.clock().now(), handlerPerson, true, true, QString()});
    }
};

} // namespace mamori::test
