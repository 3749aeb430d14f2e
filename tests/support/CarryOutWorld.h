#pragma once

// A small carry-out ledger for the form, label and CLI tests: two sections, their managers and
// a handler, one register file with My Numbers, and carry-outs in most states. Header-only so
// that test executables can use it without another library.
#include "TestCase.h"

#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"

namespace mamori::test {

struct CarryOutWorld {
    qint64 own = 0, other = 0;
    Session manager, handler, otherManager;
    qint64 ichiro = 0, hanako = 0; // people of the own section; ichiro is the handler's person
    qint64 myNumberFile = 0;
    // In the own section, by control number:
    // CO-2025-000001 paper from the My Number file, out 11-10, returned and checked 11-14, closed;
    // CO-2025-000002 USB, encrypted, out since 11-17, planned back 11-20: overdue on 11-23;
    // CO-2025-000003 requested for 12-01; CO-2025-000004 rejected; CO-2025-000005 lost.
    // In the other section: CO-2025-000006 requested.
    QList<qint64> ids;
};

inline CarryOutWorld makeCarryOutWorld(TempCase& tc)
{
    CarryOutWorld w;
    w.own = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
    w.other = tc.addSection(QStringLiteral("0301"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("shimin.kacho"), Role::UnitManager, w.own);
    const qint64 h = tc.addAccount(QStringLiteral("shimin.tanto"), Role::Handler, w.own);
    const qint64 o = tc.addAccount(QStringLiteral("zeimu.kacho"), Role::UnitManager, w.other);
    w.manager = Session(m, QStringLiteral("shimin.kacho"), QStringLiteral("市民課長"), {{Role::UnitManager, w.own}}, false);
    w.handler = Session(h, QStringLiteral("shimin.tanto"), QStringLiteral("市民課担当"), {{Role::Handler, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("zeimu.kacho"), QStringLiteral("税務課長"), {{Role::UnitManager, w.other}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.sectionId = w.own;
    p.staffNo = QStringLiteral("10234");
    p.name = QStringLiteral("白岡 一郎");
    p.kana = QStringLiteral("シラオカ イチロウ");
    w.ichiro = file.people().add(tc.admin(), p).id;
    file.people().linkAccount(tc.admin(), w.ichiro, h);
    p.staffNo = QStringLiteral("10057");
    p.name = QStringLiteral("向 花子");
    p.kana = QStringLiteral("ムコウ ハナコ");
    w.hanako = file.people().add(tc.admin(), p).id;
    p.sectionId = w.other;
    p.staffNo = QStringLiteral("20001");
    p.name = QStringLiteral("税務 三郎");
    p.kana = QStringLiteral("ゼイム サブロウ");
    const qint64 saburo = file.people().add(tc.admin(), p).id;

    PersonalInfoFile f;
    f.fileNo = QStringLiteral("0201-001");
    f.name = QStringLiteral("住民基本台帳ファイル");
    f.sectionId = w.own;
    f.purpose = QStringLiteral("住民の居住関係の公証");
    f.containsMyNumber = true;
    f.personCount = 52340;
    w.myNumberFile = file.files().create(w.manager, f).id;

    CarryOutService& s = file.carryOuts();
    FakeClock& clock = tc.clock();
    auto at = [&clock](int month, int day, int hour = 9) {
        clock.set(QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::UTC));
        return clock.now();
    };
    CarryOut c;
    c.sectionId = w.own;
    c.requestedBy = w.ichiro;

    at(11, 7);
    c.fileId = w.myNumberFile;
    c.itemType = CarryOutItemType::Paper;
    c.description = QStringLiteral("転入届 写し");
    c.recordCount = 12;
    c.purpose = QStringLiteral("出張窓口での本人確認");
    c.destination = QStringLiteral("東町公民館 <出張窓口>");
    c.plannedOutOn = QDate(2025, 11, 10);
    c.plannedReturnOn = QDate(2025, 11, 14);
    c.appliedMeasures = {CarryOutMeasure::LockedCase, CarryOutMeasure::Sealing, CarryOutMeasure::Masking};
    qint64 id = s.request(w.handler, c).id;
    w.ids << id;
    s.approve(w.manager, id);
    s.markOut(w.handler, id, at(11, 10));
    s.markReturned(w.manager, id, CarryOutReturn{at(11, 14, 7), w.ichiro, true, true, QString()});
    s.close(w.manager, id);

    at(11, 14);
    c.fileId.reset();
    c.itemType = CarryOutItemType::Usb;
    c.description = QStringLiteral("訪問調査データ（USBメモリ 管理番号U-07）");
    c.recordCount = 240;
    c.purpose = QStringLiteral("訪問調査");
    c.destination = QStringLiteral("西町地区");
    c.plannedOutOn = QDate(2025, 11, 17);
    c.plannedReturnOn = QDate(2025, 11, 20);
    c.appliedMeasures = {CarryOutMeasure::Encryption, CarryOutMeasure::AuthSet};
    id = s.request(w.handler, c).id;
    w.ids << id;
    s.approve(w.manager, id);
    s.markOut(w.handler, id, at(11, 17));

    at(11, 21);
    c.itemType = CarryOutItemType::Paper;
    c.description = QStringLiteral("説明会資料");
    c.recordCount = 30;
    c.purpose = QStringLiteral("住民説明会");
    c.destination = QStringLiteral("市民会館");
    c.plannedOutOn = QDate(2025, 12, 1);
    c.plannedReturnOn = QDate(2025, 12, 1);
    c.appliedMeasures = {};
    w.ids << s.request(w.handler, c).id;

    c.description = QStringLiteral("申請書原本");
    c.plannedOutOn = QDate(2025, 11, 25);
    c.plannedReturnOn = QDate(2025, 11, 26);
    id = s.request(w.handler, c).id;
    w.ids << id;
    s.reject(w.manager, id, QStringLiteral("写しで足りる"));

    c.itemType = CarryOutItemType::Laptop;
    c.description = QStringLiteral("ノートPC（資産番号 PC-1123）");
    c.recordCount = 0;
    c.purpose = QStringLiteral("研修");
    c.destination = QStringLiteral("県庁");
    c.plannedOutOn = QDate(2025, 11, 21);
    c.plannedReturnOn = QDate(2025, 11, 28);
    c.appliedMeasures = {CarryOutMeasure::Encryption, CarryOutMeasure::AuthSet};
    id = s.request(w.handler, c).id;
    w.ids << id;
    s.approve(w.manager, id);
    s.markOut(w.handler, id, at(11, 21, 10));
    s.markLost(w.handler, id, QStringLiteral("移動中に紛失"));

    c.sectionId = w.other;
    c.requestedBy = saburo;
    c.itemType = CarryOutItemType::Paper;
    c.description = QStringLiteral("課税資料");
    c.recordCount = 5;
    c.purpose = QStringLiteral("調査");
    c.destination = QStringLiteral("税務署");
    c.plannedOutOn = QDate(2025, 11, 25);
    c.plannedReturnOn = QDate(2025, 11, 25);
    c.appliedMeasures = {};
    w.ids << s.request(w.otherManager, c).id;

    clock.set(QDateTime(QDate(2025, 11, 23), QTime(9, 0), Qt::UTC));
    return w;
}

} // namespace mamori::test
