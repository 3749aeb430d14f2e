#include "custody/HandlingAreaService.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/PersonalInfoFileService.h"
#include "journal/Journal.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::HandlingAreaService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kEntity = QStringLiteral("area");

const char* const kAreaColumns =
    "SELECT id, area_code, section_id, building, floor, room, remarks, layout_mime FROM handling_areas";

HandlingArea readArea(const Statement& s)
{
    HandlingArea a;
    a.id = s.int64(0);
    a.areaCode = s.text(1);
    a.sectionId = s.int64(2);
    a.building = s.text(3);
    a.floor = s.text(4);
    a.room = s.text(5);
    a.remarks = s.text(6);
    a.layoutMime = s.text(7);
    return a;
}

// A null QString binds NULL; these columns hold "" for none.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

HandlingArea normalised(HandlingArea a)
{
    a.areaCode = nonNull(a.areaCode.trimmed());
    a.building = nonNull(a.building.trimmed());
    a.floor = nonNull(a.floor.trimmed());
    a.room = nonNull(a.room.trimmed());
    a.remarks = nonNull(a.remarks.trimmed());
    return a;
}

QStringList changedFields(const HandlingArea& a, const HandlingArea& b)
{
    QStringList out;
    if (a.areaCode != b.areaCode) out << QStringLiteral("area_code");
    if (a.sectionId != b.sectionId) out << QStringLiteral("section");
    if (a.building != b.building) out << QStringLiteral("building");
    if (a.floor != b.floor) out << QStringLiteral("floor");
    if (a.room != b.room) out << QStringLiteral("room");
    if (a.remarks != b.remarks) out << QStringLiteral("remarks");
    return out;
}

quint32 bigEndian32(const QByteArray& b, int at)
{
    return (static_cast<quint32>(static_cast<quint8>(b[at])) << 24) | (static_cast<quint32>(static_cast<quint8>(b[at + 1])) << 16) |
           (static_cast<quint32>(static_cast<quint8>(b[at + 2])) << 8) | static_cast<quint32>(static_cast<quint8>(b[at + 3]));
}
} // namespace

QList<AreaMeasure> allAreaMeasures()
{
    return {AreaMeasure::Partitions, AreaMeasure::SeatLayout, AreaMeasure::LockableCabinets,
            AreaMeasure::LockedBuilding, AreaMeasure::EntryControl, AreaMeasure::Other};
}

QString areaMeasureKey(AreaMeasure m)
{
    switch (m) {
    case AreaMeasure::Partitions: return QStringLiteral("PARTITIONS");
    case AreaMeasure::SeatLayout: return QStringLiteral("SEAT_LAYOUT");
    case AreaMeasure::LockableCabinets: return QStringLiteral("LOCKABLE_CABINETS");
    case AreaMeasure::LockedBuilding: return QStringLiteral("LOCKED_BUILDING");
    case AreaMeasure::EntryControl: return QStringLiteral("ENTRY_CONTROL");
    case AreaMeasure::Other: return QStringLiteral("OTHER");
    }
    return {};
}

std::optional<AreaMeasure> areaMeasureFromKey(const QString& key)
{
    for (AreaMeasure m : allAreaMeasures())
        if (areaMeasureKey(m) == key)
            return m;
    return std::nullopt;
}

QString areaMeasureLabel(AreaMeasure m)
{
    switch (m) {
    case AreaMeasure::Partitions: return QStringLiteral("間仕切り等の設置");
    case AreaMeasure::SeatLayout: return QStringLiteral("座席配置の工夫");
    case AreaMeasure::LockableCabinets: return QStringLiteral("施錠できるキャビネット等");
    case AreaMeasure::LockedBuilding: return QStringLiteral("施錠管理された建物内への機器設置");
    case AreaMeasure::EntryControl: return QStringLiteral("入退室管理");
    case AreaMeasure::Other: return QStringLiteral("その他");
    }
    return {};
}

QString HandlingAreaService::imageMimeType(const QByteArray& image)
{
    // PNG: the 8-byte signature, then the IHDR chunk (length 13) with a non-zero width and height.
    static const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a");
    if (image.startsWith(png)) {
        if (image.size() < 33 || bigEndian32(image, 8) != 13 || image.mid(12, 4) != "IHDR" ||
            bigEndian32(image, 16) == 0 || bigEndian32(image, 20) == 0)
            return {};
        return QStringLiteral("image/png");
    }
    // JPEG: SOI (FF D8), then a marker segment (FF xx) whose length fits in the data.
    if (image.size() >= 6 && static_cast<quint8>(image[0]) == 0xFF && static_cast<quint8>(image[1]) == 0xD8 &&
        static_cast<quint8>(image[2]) == 0xFF) {
        const quint8 marker = static_cast<quint8>(image[3]);
        const int length = (static_cast<quint8>(image[4]) << 8) | static_cast<quint8>(image[5]);
        if (marker < 0xC0 || marker == 0xFF || marker == 0xD8 || marker == 0xD9 || length < 2 || 4 + length > image.size())
            return {};
        return QStringLiteral("image/jpeg");
    }
    return {};
}

QString HandlingAreaService::now() const
{
    return m_file.clock().now().toUTC().toString(Qt::ISODate);
}

std::optional<HandlingArea> HandlingAreaService::find(qint64 id)
{
    Statement s = m_file.db().prepare(QString::fromLatin1(kAreaColumns) + QStringLiteral(" WHERE id = ?"));
    s.bind(1, id);
    if (s.next())
        return readArea(s);
    return std::nullopt;
}

HandlingArea HandlingAreaService::readable(const Session& actor, qint64 id)
{
    const std::optional<HandlingArea> a = find(id);
    // Refuse before saying whether the record exists, unless the actor may read somewhere.
    if (!a) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This handling area does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, a->sectionId, kEntity);
    return *a;
}

HandlingArea HandlingAreaService::writable(const Session& actor, qint64 id)
{
    const std::optional<HandlingArea> a = find(id);
    if (!a) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This handling area does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, a->sectionId, kEntity);
    return *a;
}

void HandlingAreaService::validate(const HandlingArea& input)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$"));
    const HandlingArea a = normalised(input);
    if (!code.match(a.areaCode).hasMatch())
        throw invalid(tr("An area code has 1 to 20 letters, digits, hyphens or underscores."), QStringLiteral("area_code"));
    Statement s = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
    s.bind(1, a.sectionId);
    if (!s.next())
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
    if (a.building.isEmpty() || a.building.size() > 100)
        throw invalid(tr("Enter the building (at most 100 characters)."), QStringLiteral("building"));
    if (a.floor.size() > 20)
        throw invalid(tr("The floor has at most 20 characters."), QStringLiteral("floor"));
    if (a.room.size() > 100)
        throw invalid(tr("The room has at most 100 characters."), QStringLiteral("room"));
    if (a.remarks.size() > 2000)
        throw invalid(tr("The remarks have at most 2000 characters."), QStringLiteral("remarks"));
    Statement dup = m_file.db().prepare("SELECT id FROM handling_areas WHERE area_code = ?");
    dup.bind(1, a.areaCode);
    if (dup.next() && dup.int64(0) != a.id)
        throw Error(ErrorCode::AlreadyExists, tr("A handling area with this code already exists."))
            .withField(QStringLiteral("area_code"));
}

HandlingArea HandlingAreaService::create(const Session& actor, const HandlingArea& input)
{
    HandlingArea a = normalised(input);
    a.id = 0;
    m_file.require(actor, Permission::WritePersonalData, a.sectionId, kEntity);
    validate(a);
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO handling_areas(area_code, section_id, building, floor, room, remarks, created_at, updated_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, a.areaCode).bind(2, a.sectionId).bind(3, a.building).bind(4, a.floor).bind(5, a.room)
        .bind(6, a.remarks).bind(7, now()).bind(8, now());
    ins.run();
    a.id = m_file.db().lastInsertId();
    a.layoutMime.clear();
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(a.id),
                            QStringLiteral("section %1").arg(a.sectionId));
    tx.commit();
    return a;
}

HandlingArea HandlingAreaService::update(const Session& actor, const HandlingArea& input)
{
    HandlingArea a = normalised(input);
    const HandlingArea old = writable(actor, a.id);
    if (a.sectionId != old.sectionId)
        m_file.require(actor, Permission::WritePersonalData, a.sectionId, kEntity);
    validate(a);
    a.layoutMime = old.layoutMime;
    const QStringList changed = changedFields(old, a);
    if (changed.isEmpty())
        return a;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE handling_areas SET area_code = ?, section_id = ?, building = ?, floor = ?, room = ?, remarks = ?, "
        "updated_at = ? WHERE id = ?");
    up.bind(1, a.areaCode).bind(2, a.sectionId).bind(3, a.building).bind(4, a.floor).bind(5, a.room)
        .bind(6, a.remarks).bind(7, now()).bind(8, a.id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(a.id),
                            QStringLiteral("changed %1").arg(changed.join(QStringLiteral(", "))));
    tx.commit();
    return a;
}

void HandlingAreaService::remove(const Session& actor, qint64 id)
{
    writable(actor, id);
    Statement used = m_file.db().prepare("SELECT COUNT(*) FROM pi_files WHERE handling_area_id = ?");
    used.bind(1, id);
    if (used.next() && used.int64(0) > 0)
        throw Error(ErrorCode::Conflict, tr("Files of the register are handled in this area; assign them another area first."));
    Transaction tx(m_file.db());
    for (const char* sql : {"DELETE FROM area_measures WHERE area_id = ?", "DELETE FROM area_handlers WHERE area_id = ?",
                            "DELETE FROM handling_areas WHERE id = ?"}) {
        Statement del = m_file.db().prepare(sql);
        del.bind(1, id);
        del.run();
    }
    m_file.journal().append(actor, JournalAction::Delete, kEntity, QString::number(id), QString());
    tx.commit();
}

HandlingArea HandlingAreaService::get(const Session& actor, qint64 id)
{
    const HandlingArea a = readable(actor, id);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(id), QString());
    return a;
}

QList<HandlingArea> HandlingAreaService::list(const Session& actor, std::optional<qint64> section)
{
    const Session::Scope scope = m_file.readScope(actor, section, kEntity);
    QList<HandlingArea> out;
    Statement s = m_file.db().prepare(QString::fromLatin1(kAreaColumns) +
                                      QStringLiteral(" WHERE (?1 IS NULL OR section_id = ?1) ORDER BY section_id, area_code"));
    if (section)
        s.bind(1, *section);
    else
        s.bindNull(1);
    while (s.next()) {
        HandlingArea a = readArea(s);
        if (scope.all || scope.sections.contains(a.sectionId))
            out.append(std::move(a));
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list %1: %2 records")
                                .arg(section ? QStringLiteral("section %1").arg(*section) : QStringLiteral("all readable sections"))
                                .arg(out.size()));
    return out;
}

QList<AreaMeasureState> HandlingAreaService::measures(const Session& actor, qint64 areaId)
{
    readable(actor, areaId);
    QList<AreaMeasureState> out;
    for (AreaMeasure m : allAreaMeasures())
        out.append(AreaMeasureState{m, false, QString()});
    Statement s = m_file.db().prepare("SELECT measure, in_place, remark FROM area_measures WHERE area_id = ?");
    s.bind(1, areaId);
    while (s.next()) {
        const std::optional<AreaMeasure> m = areaMeasureFromKey(s.text(0));
        if (!m)
            continue;
        AreaMeasureState& state = out[static_cast<qsizetype>(allAreaMeasures().indexOf(*m))];
        state.inPlace = s.int64(1) != 0;
        state.remark = s.text(2);
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(areaId), QStringLiteral("measures"));
    return out;
}

void HandlingAreaService::setMeasures(const Session& actor, qint64 areaId, const QList<AreaMeasureState>& states)
{
    writable(actor, areaId);
    for (const AreaMeasureState& st : states)
        if (st.remark.trimmed().size() > 500)
            throw invalid(tr("A remark on a measure has at most 500 characters."), QStringLiteral("measures"));
    if (states.isEmpty())
        return;
    QStringList keys;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        // The SQLite of Debian's SQLCipher predates UPSERT; the row is the whole state, so replace it.
        "INSERT OR REPLACE INTO area_measures(area_id, measure, in_place, remark) VALUES(?, ?, ?, ?)");
    for (const AreaMeasureState& st : states) {
        up.bind(1, areaId).bind(2, areaMeasureKey(st.measure)).bind(3, st.inPlace).bind(4, nonNull(st.remark.trimmed()));
        up.run();
        keys << areaMeasureKey(st.measure);
    }
    touch(areaId);
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(areaId),
                            QStringLiteral("changed measures %1").arg(keys.join(QStringLiteral(", "))));
    tx.commit();
}

QList<Person> HandlingAreaService::handlers(const Session& actor, qint64 areaId)
{
    readable(actor, areaId);
    QList<Person> out;
    Statement s = m_file.db().prepare(
        "SELECT p.id, p.staff_no, p.name, p.kana, p.section_id, p.email, p.active FROM area_handlers h "
        "JOIN people p ON p.id = h.person_id WHERE h.area_id = ? ORDER BY p.staff_no");
    s.bind(1, areaId);
    while (s.next()) {
        Person p;
        p.id = s.int64(0);
        p.staffNo = s.text(1);
        p.name = s.text(2);
        p.kana = s.text(3);
        p.sectionId = s.int64(4);
        p.email = s.text(5);
        p.active = s.int64(6) != 0;
        out.append(p);
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(areaId),
                            QStringLiteral("handlers: %1 records").arg(out.size()));
    return out;
}

void HandlingAreaService::setHandlers(const Session& actor, qint64 areaId, const QList<qint64>& personIds)
{
    writable(actor, areaId);
    const QSet<qint64> unique(personIds.begin(), personIds.end());
    for (qint64 id : unique) {
        Statement s = m_file.db().prepare("SELECT 1 FROM people WHERE id = ?");
        s.bind(1, id);
        if (!s.next())
            throw invalid(tr("Choose existing people as handlers."), QStringLiteral("handlers"));
    }
    Transaction tx(m_file.db());
    Statement del = m_file.db().prepare("DELETE FROM area_handlers WHERE area_id = ?");
    del.bind(1, areaId);
    del.run();
    Statement ins = m_file.db().prepare("INSERT INTO area_handlers(area_id, person_id) VALUES(?, ?)");
    for (qint64 id : unique) {
        ins.bind(1, areaId).bind(2, id);
        ins.run();
    }
    touch(areaId);
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(areaId),
                            QStringLiteral("changed handlers: %1 people").arg(unique.size()));
    tx.commit();
}

QList<PersonalInfoFile> HandlingAreaService::filesHandled(const Session& actor, qint64 areaId)
{
    readable(actor, areaId);
    return m_file.files().inArea(actor, areaId);
}

void HandlingAreaService::setLayoutImage(const Session& actor, qint64 areaId, const QByteArray& image)
{
    writable(actor, areaId);
    if (image.size() > kMaxLayoutImageBytes)
        throw invalid(tr("The layout image is larger than 20 MB."), QStringLiteral("layout_image"));
    const QString mime = imageMimeType(image);
    if (mime.isEmpty())
        throw invalid(tr("The layout image must be a PNG or JPEG file."), QStringLiteral("layout_image"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE handling_areas SET layout_image = ?, layout_mime = ?, updated_at = ? WHERE id = ?");
    up.bind(1, image).bind(2, mime).bind(3, now()).bind(4, areaId);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(areaId),
                            QStringLiteral("changed layout_image (%1, %2 bytes)").arg(mime).arg(image.size()));
    tx.commit();
}

void HandlingAreaService::clearLayoutImage(const Session& actor, qint64 areaId)
{
    writable(actor, areaId);
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE handling_areas SET layout_image = NULL, layout_mime = '', updated_at = ? WHERE id = ?");
    up.bind(1, now()).bind(2, areaId);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(areaId), QStringLiteral("removed layout_image"));
    tx.commit();
}

QByteArray HandlingAreaService::layoutImage(const Session& actor, qint64 areaId)
{
    readable(actor, areaId);
    Statement s = m_file.db().prepare("SELECT layout_image FROM handling_areas WHERE id = ?");
    s.bind(1, areaId);
    QByteArray out = s.next() && !s.isNull(0) ? s.blob(0) : QByteArray();
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(areaId), QStringLiteral("layout_image"));
    return out;
}

void HandlingAreaService::touch(qint64 id)
{
    Statement up = m_file.db().prepare("UPDATE handling_areas SET updated_at = ? WHERE id = ?");
    up.bind(1, now()).bind(2, id);
    up.run();
}

} // namespace mamori
