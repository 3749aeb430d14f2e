#pragma once

// Complete types: the lists below are returned by value.
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

// The physical measures of a handling area (seed 002 Art. 9, 11): the checklist of the area
// designation sheet, in this order.
enum class AreaMeasure { Partitions, SeatLayout, LockableCabinets, LockedBuilding, EntryControl, Other };
QList<AreaMeasure> allAreaMeasures();
// "PARTITIONS" etc., as stored in the case file.
QString areaMeasureKey(AreaMeasure m);
std::optional<AreaMeasure> areaMeasureFromKey(const QString& key);
// The wording of seed 002 (間仕切り等の設置 ...), for forms.
QString areaMeasureLabel(AreaMeasure m);

struct AreaMeasureState {
    AreaMeasure measure = AreaMeasure::Other;
    bool inPlace = false;
    QString remark;
};

// 取扱区域: a place where personal data is handled, kept by one section.
struct HandlingArea {
    qint64 id = 0;
    QString areaCode; // unique in the case file
    qint64 sectionId = 0;
    QString building;
    QString floor;
    QString room;
    QString remarks;
    QString layoutMime; // "image/png", "image/jpeg" or "" when there is no layout image
};

// Handling areas, their measures checklist, authorised handlers and layout image.
//
// Permissions: an area belongs to a section, and what it protects is that section's personal
// data, so every write needs WritePersonalData for the area's section (the section's
// UNIT_MANAGER, UNIT_ASSISTANT or HANDLER, or a city-wide role that holds it); moving an area
// to another section needs it for both. Reads need ReadPersonalData for the section, and
// every create, update, delete, list and view is journaled (entity "area") with ids and field
// names only.
class HandlingAreaService {
public:
    static constexpr qint64 kMaxLayoutImageBytes = 20 * 1024 * 1024;

    explicit HandlingAreaService(CaseFile& file) : m_file(file) {}

    HandlingArea create(const Session& actor, const HandlingArea& area);
    // Replaces every field but id and the layout image.
    HandlingArea update(const Session& actor, const HandlingArea& area);
    // Refused (Conflict) while a file of the register names this area.
    void remove(const Session& actor, qint64 id);
    HandlingArea get(const Session& actor, qint64 id);
    // The areas the actor may read, optionally of one section; ordered by section, area code.
    QList<HandlingArea> list(const Session& actor, std::optional<qint64> section = std::nullopt);

    // All six measures, in allAreaMeasures() order; those never recorded are not in place.
    QList<AreaMeasureState> measures(const Session& actor, qint64 areaId);
    // Records the given measures (the others keep their state).
    void setMeasures(const Session& actor, qint64 areaId, const QList<AreaMeasureState>& states);

    // The people authorised to handle personal data in the area, ordered by staff number.
    QList<Person> handlers(const Session& actor, qint64 areaId);
    void setHandlers(const Session& actor, qint64 areaId, const QList<qint64>& personIds);

    // The files of the register whose handling area is this one.
    QList<PersonalInfoFile> filesHandled(const Session& actor, qint64 areaId);

    // A PNG or JPEG of at most kMaxLayoutImageBytes, recognised by its header bytes.
    void setLayoutImage(const Session& actor, qint64 areaId, const QByteArray& image);
    void clearLayoutImage(const Session& actor, qint64 areaId);
    // Empty when the area has none.
    QByteArray layoutImage(const Session& actor, qint64 areaId);
    // "image/png" or "image/jpeg" when the header is a well-formed PNG or JPEG start, else "".
    static QString imageMimeType(const QByteArray& image);

private:
    std::optional<HandlingArea> find(qint64 id);
    HandlingArea readable(const Session& actor, qint64 id);
    HandlingArea writable(const Session& actor, qint64 id);
    void validate(const HandlingArea& area);
    void touch(qint64 id);
    QString now() const;
    CaseFile& m_file;
};

} // namespace mamori
