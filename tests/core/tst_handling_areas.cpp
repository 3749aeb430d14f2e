// Handling areas (取扱区域): validation, measures, handlers, layout image, permissions, journal.
#include "TestCase.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
template <typename F>
ErrorCode errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

template <typename F>
QString fieldOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.field();
    }
    return QStringLiteral("<no error>");
}

HandlingArea area(const QString& code, qint64 section)
{
    HandlingArea a;
    a.areaCode = code;
    a.sectionId = section;
    a.building = QStringLiteral("本庁舎");
    a.floor = QStringLiteral("2F");
    a.room = QStringLiteral("市民課執務室");
    return a;
}

QByteArray png(quint32 width = 4, quint32 height = 3)
{
    QByteArray b = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    for (quint32 v : {width, height})
        for (int shift : {24, 16, 8, 0})
            b.append(static_cast<char>((v >> shift) & 0xFF));
    b.append(QByteArray::fromHex("0806000000")); // depth, colour type, methods
    b.append(QByteArray(4, '\0'));                // CRC (not checked)
    return b;
}

QByteArray jpeg()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
}

// The sessions of the tests: the section's manager, another section's manager, a staff member.
struct Actors {
    qint64 own = 0, other = 0;
    Session manager, otherManager, staff;
};

Actors actors(TempCase& tc)
{
    Actors a;
    a.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
    a.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, a.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, a.other);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, a.own);
    a.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, a.own}}, false);
    a.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, a.other}}, false);
    a.staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, a.own}}, false);
    return a;
}

QList<JournalEntry> entries(CaseFile& file, const QString& action, const QString& entity = QStringLiteral("area"))
{
    JournalFilter f;
    f.action = action;
    f.entity = entity;
    return file.journal().page(f, 0, 1000);
}
} // namespace

class TestHandlingAreas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measureKeys()
    {
        QCOMPARE(allAreaMeasures().size(), 6);
        for (AreaMeasure m : allAreaMeasures())
            QCOMPARE(areaMeasureFromKey(areaMeasureKey(m)), m);
        QCOMPARE(areaMeasureLabel(AreaMeasure::Partitions), QStringLiteral("間仕切り等の設置"));
        QVERIFY(!areaMeasureFromKey(QStringLiteral("moat")));
    }
    void createUpdateListRemove()
    {
        TempCase tc;
        const Actors a = actors(tc);
        HandlingAreaService& areas = tc.file().areas();
        HandlingArea created = areas.create(a.manager, area(QStringLiteral("A-01"), a.own));
        QVERIFY(created.id > 0);
        QCOMPARE(errorOf([&] { areas.create(a.manager, area(QStringLiteral("A-01"), a.own)); }), ErrorCode::AlreadyExists);
        QCOMPARE(fieldOf([&] { areas.create(a.manager, area(QStringLiteral("A 02"), a.own)); }), QStringLiteral("area_code"));
        HandlingArea noBuilding = area(QStringLiteral("A-03"), a.own);
        noBuilding.building = QStringLiteral("  ");
        QCOMPARE(fieldOf([&] { areas.create(a.manager, noBuilding); }), QStringLiteral("building"));
        // Nobody manages a section that does not exist; a city-wide role hears that it does not.
        QCOMPARE(errorOf([&] { areas.create(a.manager, area(QStringLiteral("A-04"), 999)); }), ErrorCode::PermissionDenied);
        const qint64 ownerId = tc.addAccount(QStringLiteral("owner"), Role::ExecutiveOwner);
        const Session owner(ownerId, QStringLiteral("owner"), QStringLiteral("owner"), {{Role::ExecutiveOwner, std::nullopt}}, false);
        QCOMPARE(fieldOf([&] { areas.create(owner, area(QStringLiteral("A-04"), 999)); }), QStringLiteral("section"));

        created.room = QStringLiteral("書庫");
        created.remarks = QStringLiteral("窓口から見えない位置");
        areas.update(a.manager, created);
        const QList<JournalEntry> updates = entries(tc.file(), JournalAction::Update);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().summary, QStringLiteral("changed room, remarks"));
        QCOMPARE(updates.first().entityId, QString::number(created.id));

        const HandlingArea read = areas.get(a.manager, created.id);
        QCOMPARE(read.room, QStringLiteral("書庫"));
        QCOMPARE(areas.list(a.manager).size(), 1);
        QCOMPARE(areas.list(a.manager, a.own).size(), 1);
        QCOMPARE(entries(tc.file(), JournalAction::View).size(), 3);

        areas.remove(a.manager, created.id);
        QCOMPARE(errorOf([&] { areas.get(a.manager, created.id); }), ErrorCode::NotFound);
        QCOMPARE(entries(tc.file(), JournalAction::Delete).size(), 1);
        // The journal names ids and fields, never what the fields hold.
        for (const JournalEntry& e : entries(tc.file(), QString()))
            QVERIFY2(!e.summary.contains(QStringLiteral("書庫")), qPrintable(e.summary));
    }
    void measuresAndHandlers()
    {
        TempCase tc;
        const Actors a = actors(tc);
        HandlingAreaService& areas = tc.file().areas();
        const HandlingArea created = areas.create(a.manager, area(QStringLiteral("A-01"), a.own));
        QList<AreaMeasureState> initial = areas.measures(a.manager, created.id);
        QCOMPARE(initial.size(), 6);
        for (const AreaMeasureState& m : initial)
            QVERIFY(!m.inPlace);
        areas.setMeasures(a.manager, created.id,
                          {{AreaMeasure::Partitions, true, QStringLiteral("高さ1.8m")}, {AreaMeasure::EntryControl, true, QString()}});
        areas.setMeasures(a.manager, created.id, {{AreaMeasure::Partitions, true, QStringLiteral("高さ2m")}});
        const QList<AreaMeasureState> now = areas.measures(a.manager, created.id);
        QCOMPARE(now.at(0).measure, AreaMeasure::Partitions);
        QVERIFY(now.at(0).inPlace);
        QCOMPARE(now.at(0).remark, QStringLiteral("高さ2m"));
        QVERIFY(!now.at(1).inPlace);
        QCOMPARE(now.at(4).measure, AreaMeasure::EntryControl);
        QVERIFY(now.at(4).inPlace);
        QCOMPARE(entries(tc.file(), JournalAction::Update).first().summary, QStringLiteral("changed measures PARTITIONS"));

        PersonService& people = tc.file().people();
        Person p;
        p.staffNo = QStringLiteral("P001");
        p.name = QStringLiteral("試験 花子");
        p.kana = QStringLiteral("シケン ハナコ");
        p.sectionId = a.own;
        const qint64 p1 = people.add(tc.admin(), p).id;
        p.staffNo = QStringLiteral("P000");
        const qint64 p2 = people.add(tc.admin(), p).id;
        QCOMPARE(fieldOf([&] { areas.setHandlers(a.manager, created.id, {p1, 4242}); }), QStringLiteral("handlers"));
        areas.setHandlers(a.manager, created.id, {p1, p2, p1});
        const QList<Person> handlers = areas.handlers(a.manager, created.id);
        QCOMPARE(handlers.size(), 2);
        QCOMPARE(handlers.at(0).staffNo, QStringLiteral("P000"));
        areas.setHandlers(a.manager, created.id, {p1});
        QCOMPARE(areas.handlers(a.manager, created.id).size(), 1);
    }
    void layoutImage()
    {
        TempCase tc;
        const Actors a = actors(tc);
        HandlingAreaService& areas = tc.file().areas();
        const HandlingArea created = areas.create(a.manager, area(QStringLiteral("A-01"), a.own));
        QCOMPARE(HandlingAreaService::imageMimeType(png()), QStringLiteral("image/png"));
        QCOMPARE(HandlingAreaService::imageMimeType(jpeg()), QStringLiteral("image/jpeg"));

        // Not an image, a corrupt PNG header (zero width, truncated), a corrupt JPEG segment, too large.
        QCOMPARE(fieldOf([&] { areas.setLayoutImage(a.manager, created.id, QByteArrayLiteral("%PDF-1.7 not an image")); }),
                 QStringLiteral("layout_image"));
        QCOMPARE(errorOf([&] { areas.setLayoutImage(a.manager, created.id, png(0, 3)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([&] { areas.setLayoutImage(a.manager, created.id, png().left(20)); }), ErrorCode::InvalidArgument);
        QCOMPARE(errorOf([&] { areas.setLayoutImage(a.manager, created.id, QByteArray::fromHex("ffd8ffe0ffff0000")); }),
                 ErrorCode::InvalidArgument);
        QByteArray huge = png();
        huge.append(QByteArray(static_cast<qsizetype>(HandlingAreaService::kMaxLayoutImageBytes), 'x'));
        QCOMPARE(fieldOf([&] { areas.setLayoutImage(a.manager, created.id, huge); }), QStringLiteral("layout_image"));
        QCOMPARE(areas.layoutImage(a.manager, created.id), QByteArray());

        areas.setLayoutImage(a.manager, created.id, jpeg());
        QCOMPARE(areas.get(a.manager, created.id).layoutMime, QStringLiteral("image/jpeg"));
        QCOMPARE(areas.layoutImage(a.manager, created.id), jpeg());
        areas.setLayoutImage(a.manager, created.id, png());
        QCOMPARE(areas.layoutImage(a.manager, created.id), png());
        areas.clearLayoutImage(a.manager, created.id);
        QCOMPARE(areas.layoutImage(a.manager, created.id), QByteArray());
        QCOMPARE(areas.get(a.manager, created.id).layoutMime, QString());
    }
    void filesHandledInTheArea()
    {
        TempCase tc;
        const Actors a = actors(tc);
        HandlingAreaService& areas = tc.file().areas();
        const HandlingArea here = areas.create(a.manager, area(QStringLiteral("A-01"), a.own));
        const HandlingArea there = areas.create(a.manager, area(QStringLiteral("A-02"), a.own));
        PersonalInfoFile f;
        f.fileNo = QStringLiteral("F-1");
        f.name = QStringLiteral("住民基本台帳ファイル");
        f.sectionId = a.own;
        f.purpose = QStringLiteral("住民の居住関係の公証");
        f.handlingAreaId = here.id;
        const PersonalInfoFile f1 = tc.file().files().create(a.manager, f);
        f.fileNo = QStringLiteral("F-2");
        f.handlingAreaId = there.id;
        tc.file().files().create(a.manager, f);
        f.fileNo = QStringLiteral("F-3");
        f.handlingAreaId.reset();
        tc.file().files().create(a.manager, f);
        const QList<PersonalInfoFile> handled = areas.filesHandled(a.manager, here.id);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().id, f1.id);
        // An area that files still point at cannot be removed.
        QCOMPARE(errorOf([&] { areas.remove(a.manager, here.id); }), ErrorCode::Conflict);
    }
    void permissions()
    {
        TempCase tc;
        const Actors a = actors(tc);
        HandlingAreaService& areas = tc.file().areas();
        HandlingArea mine = areas.create(a.manager, area(QStringLiteral("A-01"), a.own));
        const HandlingArea theirs = areas.create(a.otherManager, area(QStringLiteral("B-01"), a.other));

        // Another section's manager neither reads nor changes this section's areas.
        QCOMPARE(errorOf([&] { areas.get(a.otherManager, mine.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.update(a.otherManager, mine); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.create(a.otherManager, area(QStringLiteral("X-1"), a.own)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.setLayoutImage(a.otherManager, mine.id, png()); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.setMeasures(a.otherManager, mine.id, {}); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.list(a.otherManager, a.own); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.remove(a.otherManager, mine.id); }), ErrorCode::PermissionDenied);
        // Moving an area into a section one does not manage is refused too.
        mine.sectionId = a.other;
        QCOMPARE(errorOf([&] { areas.update(a.manager, mine); }), ErrorCode::PermissionDenied);

        // Lists show only the readable sections.
        const QList<HandlingArea> listed = areas.list(a.manager);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().areaCode, QStringLiteral("A-01"));
        QCOMPARE(areas.list(a.otherManager).first().id, theirs.id);

        // Staff and the administrator (by default) read nothing and change nothing.
        QCOMPARE(errorOf([&] { areas.list(a.staff); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.create(a.staff, area(QStringLiteral("X-2"), a.own)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.list(tc.admin()); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { areas.create(tc.admin(), area(QStringLiteral("X-3"), a.own)); }), ErrorCode::PermissionDenied);
        QVERIFY(entries(tc.file(), JournalAction::Denied).size() >= 11);
        Statement count = tc.file().db().prepare("SELECT COUNT(*) FROM handling_areas");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 2);
    }
};

QTEST_GUILESS_MAIN(TestHandlingAreas)
#include "tst_handling_areas.moc"
