#include "custody/CarryOutService.h"

#include "accounts/ScopeSql.h"

#include "search/SearchText.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "incidents/IncidentService.h"
#include "journal/Journal.h"
#include "search/SearchText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <tuple>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::CarryOutService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kEntity = QStringLiteral("carry_out");

const char* const kColumns =
    "SELECT id, control_no, section_id, file_id, requested_by, requested_by_account, item_type, description, "
    "record_count, purpose, destination, planned_out_at, planned_return_at, state, approver_account, decided_at, "
    "rejection_reason, out_at, returned_at, returned_by, checked_by_account, count_matches, seal_intact, remarks "
    "FROM carry_outs";

CarryOut readCarryOut(const Statement& s)
{
    CarryOut c;
    c.id = s.int64(0);
    c.controlNo = s.text(1);
    c.sectionId = s.int64(2);
    c.fileId = s.optionalInt64(3);
    c.requestedBy = s.int64(4);
    c.requestedByAccount = s.int64(5);
    c.itemType = carryOutItemTypeFromKey(s.text(6)).value_or(CarryOutItemType::Other);
    c.description = s.text(7);
    c.recordCount = s.int64(8);
    c.purpose = s.text(9);
    c.destination = s.text(10);
    c.plannedOutOn = QDate::fromString(s.text(11), Qt::ISODate);
    c.plannedReturnOn = QDate::fromString(s.text(12), Qt::ISODate);
    c.state = carryOutStateFromKey(s.text(13)).value_or(CarryOutState::Requested);
    c.approverAccount = s.optionalInt64(14);
    c.decidedAt = s.dateTime(15);
    c.rejectionReason = s.text(16);
    c.outAt = s.dateTime(17);
    c.returnedAt = s.dateTime(18);
    c.returnedBy = s.optionalInt64(19);
    c.checkedByAccount = s.optionalInt64(20);
    if (!s.isNull(21))
        c.countMatches = s.int64(21) != 0;
    if (!s.isNull(22))
        c.sealIntact = s.int64(22) != 0;
    c.remarks = s.text(23);
    return c;
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QList<CarryOutMeasure> canonical(const QList<CarryOutMeasure>& measures)
{
    QList<CarryOutMeasure> out;
    for (CarryOutMeasure m : allCarryOutMeasures())
        if (measures.contains(m))
            out << m;
    return out;
}

QString measureKeys(const QList<CarryOutMeasure>& measures)
{
    QStringList keys;
    for (CarryOutMeasure m : measures)
        keys << carryOutMeasureKey(m);
    return keys.join(QLatin1Char(','));
}

bool isMedia(CarryOutItemType t)
{
    return t == CarryOutItemType::Usb || t == CarryOutItemType::Laptop || t == CarryOutItemType::Optical;
}
} // namespace

QList<CarryOutItemType> allCarryOutItemTypes()
{
    return {CarryOutItemType::Paper, CarryOutItemType::Usb, CarryOutItemType::Laptop, CarryOutItemType::Optical,
            CarryOutItemType::Other};
}

QString carryOutItemTypeKey(CarryOutItemType t)
{
    switch (t) {
    case CarryOutItemType::Paper: return QStringLiteral("PAPER");
    case CarryOutItemType::Usb: return QStringLiteral("USB");
    case CarryOutItemType::Laptop: return QStringLiteral("LAPTOP");
    case CarryOutItemType::Optical: return QStringLiteral("OPTICAL");
    case CarryOutItemType::Other: break;
    }
    return QStringLiteral("OTHER");
}

std::optional<CarryOutItemType> carryOutItemTypeFromKey(const QString& key)
{
    for (CarryOutItemType t : allCarryOutItemTypes())
        if (carryOutItemTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QList<CarryOutMeasure> allCarryOutMeasures()
{
    return {CarryOutMeasure::LockedCase, CarryOutMeasure::TrackableDelivery, CarryOutMeasure::Sealing,
            CarryOutMeasure::Masking, CarryOutMeasure::Encryption, CarryOutMeasure::AuthSet};
}

QString carryOutMeasureKey(CarryOutMeasure m)
{
    switch (m) {
    case CarryOutMeasure::LockedCase: return QStringLiteral("LOCKED_CASE");
    case CarryOutMeasure::TrackableDelivery: return QStringLiteral("TRACKABLE_DELIVERY");
    case CarryOutMeasure::Sealing: return QStringLiteral("SEALING");
    case CarryOutMeasure::Masking: return QStringLiteral("MASKING");
    case CarryOutMeasure::Encryption: return QStringLiteral("ENCRYPTION");
    case CarryOutMeasure::AuthSet: break;
    }
    return QStringLiteral("AUTH_SET");
}

std::optional<CarryOutMeasure> carryOutMeasureFromKey(const QString& key)
{
    for (CarryOutMeasure m : allCarryOutMeasures())
        if (carryOutMeasureKey(m) == key)
            return m;
    return std::nullopt;
}

QString carryOutSensitivityKey(CarryOutSensitivity s)
{
    switch (s) {
    case CarryOutSensitivity::Normal: return QStringLiteral("NORMAL");
    case CarryOutSensitivity::Sensitive: return QStringLiteral("SENSITIVE");
    case CarryOutSensitivity::MyNumber: break;
    }
    return QStringLiteral("MY_NUMBER");
}

QString carryOutItemScopeKey(CarryOutItemScope s)
{
    switch (s) {
    case CarryOutItemScope::Any: return QStringLiteral("ANY");
    case CarryOutItemScope::Paper: return QStringLiteral("PAPER");
    case CarryOutItemScope::Media: break;
    }
    return QStringLiteral("MEDIA");
}

QList<CarryOutState> allCarryOutStates()
{
    return {CarryOutState::Requested, CarryOutState::Approved, CarryOutState::Rejected, CarryOutState::Out,
            CarryOutState::Overdue, CarryOutState::Returned, CarryOutState::Closed, CarryOutState::Lost};
}

QString carryOutStateKey(CarryOutState s)
{
    switch (s) {
    case CarryOutState::Requested: return QStringLiteral("REQUESTED");
    case CarryOutState::Approved: return QStringLiteral("APPROVED");
    case CarryOutState::Rejected: return QStringLiteral("REJECTED");
    case CarryOutState::Out: return QStringLiteral("OUT");
    case CarryOutState::Overdue: return QStringLiteral("OVERDUE");
    case CarryOutState::Returned: return QStringLiteral("RETURNED");
    case CarryOutState::Closed: return QStringLiteral("CLOSED");
    case CarryOutState::Lost: break;
    }
    return QStringLiteral("LOST");
}

std::optional<CarryOutState> carryOutStateFromKey(const QString& key)
{
    for (CarryOutState s : allCarryOutStates())
        if (carryOutStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString CarryOutService::now() const
{
    return storedTime(m_file.clock().now());
}

QDate CarryOutService::today() const
{
    return m_file.clock().now().toLocalTime().date();
}

CarryOut CarryOutService::withEffectiveState(CarryOut c) const
{
    if (c.state == CarryOutState::Out && c.plannedReturnOn < today())
        c.state = CarryOutState::Overdue;
    return c;
}

std::optional<CarryOut> CarryOutService::find(qint64 id)
{
    std::optional<CarryOut> c;
    {
        Statement s = m_file.db().prepare(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE id = ?"));
        s.bind(1, id);
        if (!s.next())
            return std::nullopt;
        c = readCarryOut(s);
    }
    Statement m = m_file.db().prepare("SELECT measure FROM carry_out_measures WHERE carry_out_id = ? AND applied = 1");
    m.bind(1, id);
    QList<CarryOutMeasure> applied;
    while (m.next())
        if (const auto measure = carryOutMeasureFromKey(m.text(0)))
            applied << *measure;
    c->appliedMeasures = canonical(applied);
    return withEffectiveState(*c);
}

CarryOut CarryOutService::writable(const Session& actor, qint64 id)
{
    const std::optional<CarryOut> c = find(id);
    if (!c) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This carry-out does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, c->sectionId, kEntity);
    return *c;
}

void CarryOutService::requireState(const CarryOut& c, std::initializer_list<CarryOutState> allowed, const QString& action)
{
    for (CarryOutState s : allowed)
        if (c.state == s)
            return;
    throw Error(ErrorCode::Conflict, tr("The carry-out %1 is %2: it cannot be %3 now.")
                                         .arg(c.controlNo, carryOutStateKey(c.state), action));
}

void CarryOutService::requireManager(const Session& actor, const CarryOut& c)
{
    if (actor.roles().contains(RoleAssignment{Role::UnitManager, c.sectionId}))
        return;
    if (!m_file.db().inTransaction()) {
        m_file.journal().append(actor, JournalAction::Denied, kEntity, QString::number(c.id),
                                QStringLiteral("decision needs UNIT_MANAGER of section %1").arg(c.sectionId));
    }
    throw Error(ErrorCode::PermissionDenied,
                tr("Only the unit manager of the section may approve or reject a carry-out."));
}

bool CarryOutService::isOwnRequest(const Session& actor, const CarryOut& c)
{
    // Entered by the actor, or entered by someone else for the person the actor's account is.
    if (c.requestedByAccount == actor.accountId())
        return true;
    Statement linked = m_file.db().prepare("SELECT account_id FROM people WHERE id = ?");
    linked.bind(1, c.requestedBy);
    return linked.next() && !linked.isNull(0) && linked.int64(0) == actor.accountId();
}

CarryOutSensitivity CarryOutService::sensitivityOf(const CarryOut& c)
{
    if (!c.fileId)
        return CarryOutSensitivity::Normal;
    Statement s = m_file.db().prepare("SELECT contains_sensitive, contains_my_number FROM pi_files WHERE id = ?");
    s.bind(1, *c.fileId);
    if (!s.next())
        return CarryOutSensitivity::Normal;
    if (s.int64(1) != 0)
        return CarryOutSensitivity::MyNumber;
    return s.int64(0) != 0 ? CarryOutSensitivity::Sensitive : CarryOutSensitivity::Normal;
}

QList<CarryOutMeasure> CarryOutService::requiredMeasures(CarryOutSensitivity level, CarryOutItemType type)
{
    // A My Number file is also sensitive, and a sensitive one also normal: the rules add up.
    QStringList levels{QStringLiteral("NORMAL")};
    if (level != CarryOutSensitivity::Normal)
        levels << QStringLiteral("SENSITIVE");
    if (level == CarryOutSensitivity::MyNumber)
        levels << QStringLiteral("MY_NUMBER");
    QList<CarryOutMeasure> out;
    for (const RequiredCarryOutMeasure& r : requiredMeasureRules()) {
        if (!levels.contains(carryOutSensitivityKey(r.level)))
            continue;
        const bool applies = r.scope == CarryOutItemScope::Any ||
                             (r.scope == CarryOutItemScope::Paper && type == CarryOutItemType::Paper) ||
                             (r.scope == CarryOutItemScope::Media && isMedia(type));
        if (applies)
            out << r.measure;
    }
    return canonical(out);
}

QList<RequiredCarryOutMeasure> CarryOutService::requiredMeasureRules()
{
    QList<RequiredCarryOutMeasure> out;
    Statement s = m_file.db().prepare("SELECT level, item_scope, measure FROM carry_out_required_measures");
    while (s.next()) {
        RequiredCarryOutMeasure r;
        for (CarryOutSensitivity l : {CarryOutSensitivity::Normal, CarryOutSensitivity::Sensitive, CarryOutSensitivity::MyNumber})
            if (carryOutSensitivityKey(l) == s.text(0))
                r.level = l;
        for (CarryOutItemScope sc : {CarryOutItemScope::Any, CarryOutItemScope::Paper, CarryOutItemScope::Media})
            if (carryOutItemScopeKey(sc) == s.text(1))
                r.scope = sc;
        const std::optional<CarryOutMeasure> m = carryOutMeasureFromKey(s.text(2));
        if (!m)
            continue;
        r.measure = *m;
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const RequiredCarryOutMeasure& a, const RequiredCarryOutMeasure& b) {
        return std::tuple(static_cast<int>(a.level), static_cast<int>(a.scope), static_cast<int>(a.measure)) <
               std::tuple(static_cast<int>(b.level), static_cast<int>(b.scope), static_cast<int>(b.measure));
    });
    return out;
}

void CarryOutService::setRequiredMeasures(const Session& actor, CarryOutSensitivity level,
                                          const QList<RequiredCarryOutMeasure>& rules)
{
    m_file.require(actor, Permission::ManageSettings, std::nullopt, kEntity);
    for (const RequiredCarryOutMeasure& r : rules)
        if (r.level != level)
            throw invalid(tr("Every rule must be of the sensitivity level being set."), QStringLiteral("level"));
    Transaction tx(m_file.db());
    Statement del = m_file.db().prepare("DELETE FROM carry_out_required_measures WHERE level = ?");
    del.bind(1, carryOutSensitivityKey(level));
    del.run();
    for (const RequiredCarryOutMeasure& r : rules) {
        Statement ins = m_file.db().prepare(
            "INSERT OR IGNORE INTO carry_out_required_measures(level, item_scope, measure) VALUES(?, ?, ?)");
        ins.bind(1, carryOutSensitivityKey(level)).bind(2, carryOutItemScopeKey(r.scope)).bind(3, carryOutMeasureKey(r.measure));
        ins.run();
    }
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("carry_out_required_measures"),
                            carryOutSensitivityKey(level), QStringLiteral("%1 rules").arg(rules.size()));
    tx.commit();
}

void CarryOutService::validate(const CarryOut& c)
{
    Statement section = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
    section.bind(1, c.sectionId);
    if (!section.next())
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
    if (c.fileId) {
        Statement file = m_file.db().prepare("SELECT section_id FROM pi_files WHERE id = ?");
        file.bind(1, *c.fileId);
        if (!file.next() || file.int64(0) != c.sectionId)
            throw invalid(tr("Choose a file of the register kept by this section."), QStringLiteral("file"));
    }
    Statement person = m_file.db().prepare("SELECT 1 FROM people WHERE id = ?");
    person.bind(1, c.requestedBy);
    if (!person.next())
        throw invalid(tr("Choose the person who carries the item out."), QStringLiteral("requested_by"));
    if (c.description.trimmed().isEmpty() || c.description.trimmed().size() > 500)
        throw invalid(tr("Describe what is carried out (at most 500 characters)."), QStringLiteral("description"));
    if (c.recordCount < 0)
        throw invalid(tr("The number of records cannot be negative."), QStringLiteral("record_count"));
    if (c.purpose.trimmed().isEmpty() || c.purpose.trimmed().size() > 1000)
        throw invalid(tr("Enter the purpose of the carry-out (at most 1000 characters)."), QStringLiteral("purpose"));
    if (c.destination.trimmed().isEmpty() || c.destination.trimmed().size() > 500)
        throw invalid(tr("Enter the destination (at most 500 characters)."), QStringLiteral("destination"));
    if (!c.plannedOutOn.isValid())
        throw invalid(tr("Enter the planned date of departure."), QStringLiteral("planned_out_at"));
    if (!c.plannedReturnOn.isValid() || c.plannedReturnOn < c.plannedOutOn)
        throw invalid(tr("The planned return cannot be before the planned departure."), QStringLiteral("planned_return_at"));
}

QString CarryOutService::nextControlNo()
{
    const QString prefix = QStringLiteral("CO-%1-").arg(today().year(), 4, 10, QLatin1Char('0'));
    Statement s = m_file.db().prepare(
        "SELECT control_no FROM carry_outs WHERE substr(control_no, 1, 8) = ? ORDER BY control_no DESC LIMIT 1");
    s.bind(1, prefix);
    qint64 last = 0;
    if (s.next())
        last = s.text(0).mid(prefix.size()).toLongLong();
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

CarryOut CarryOutService::request(const Session& actor, const CarryOut& input)
{
    CarryOut c = input;
    c.id = 0;
    for (QString* s : {&c.description, &c.purpose, &c.destination, &c.remarks})
        *s = nonNull(s->trimmed());
    m_file.require(actor, Permission::WritePersonalData, c.sectionId, kEntity);
    validate(c);
    c.state = CarryOutState::Requested;
    c.requestedByAccount = actor.accountId();
    c.appliedMeasures = canonical(c.appliedMeasures);
    Transaction tx(m_file.db());
    c.controlNo = nextControlNo();
    Statement ins = m_file.db().prepare(
        "INSERT INTO carry_outs(control_no, section_id, file_id, requested_by, requested_by_account, item_type, "
        "description, record_count, purpose, destination, planned_out_at, planned_return_at, state, remarks, "
        "created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'REQUESTED', ?13, ?14, ?14)");
    ins.bind(1, c.controlNo).bind(2, c.sectionId);
    if (c.fileId)
        ins.bind(3, *c.fileId);
    else
        ins.bindNull(3);
    ins.bind(4, c.requestedBy).bind(5, c.requestedByAccount).bind(6, carryOutItemTypeKey(c.itemType))
        .bind(7, c.description).bind(8, c.recordCount).bind(9, c.purpose).bind(10, c.destination)
        .bind(11, c.plannedOutOn.toString(Qt::ISODate)).bind(12, c.plannedReturnOn.toString(Qt::ISODate))
        .bind(13, c.remarks).bind(14, now());
    ins.run();
    c.id = m_file.db().lastInsertId();
    for (CarryOutMeasure m : allCarryOutMeasures()) {
        Statement mi = m_file.db().prepare("INSERT INTO carry_out_measures(carry_out_id, measure, applied) VALUES(?, ?, ?)");
        mi.bind(1, c.id).bind(2, carryOutMeasureKey(m)).bind(3, c.appliedMeasures.contains(m));
        mi.run();
    }
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(c.id),
                            QStringLiteral("section %1, item %2, state REQUESTED, measures %3")
                                .arg(c.sectionId)
                                .arg(carryOutItemTypeKey(c.itemType), measureKeys(c.appliedMeasures)));
    tx.commit();
    return *find(c.id);
}

CarryOut CarryOutService::setMeasures(const Session& actor, qint64 id, const QList<CarryOutMeasure>& applied)
{
    const CarryOut c = writable(actor, id);
    requireState(c, {CarryOutState::Requested, CarryOutState::Approved}, tr("changed"));
    const QList<CarryOutMeasure> measures = canonical(applied);
    Transaction tx(m_file.db());
    for (CarryOutMeasure m : allCarryOutMeasures()) {
        Statement up = m_file.db().prepare(
            "INSERT OR REPLACE INTO carry_out_measures(carry_out_id, measure, applied) VALUES(?, ?, ?)");
        up.bind(1, id).bind(2, carryOutMeasureKey(m)).bind(3, measures.contains(m));
        up.run();
    }
    Statement touch = m_file.db().prepare("UPDATE carry_outs SET updated_at = ? WHERE id = ?");
    touch.bind(1, now()).bind(2, id);
    touch.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("changed measures: %1").arg(measureKeys(measures)));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::approve(const Session& actor, qint64 id)
{
    const CarryOut c = writable(actor, id);
    requireManager(actor, c);
    requireState(c, {CarryOutState::Requested}, tr("approved"));
    if (isOwnRequest(actor, c))
        throw Error(ErrorCode::Conflict, tr("Nobody may approve their own carry-out request."));
    QStringList missing;
    for (CarryOutMeasure m : requiredMeasures(sensitivityOf(c), c.itemType))
        if (!c.appliedMeasures.contains(m))
            missing << carryOutMeasureKey(m);
    if (!missing.isEmpty())
        throw invalid(tr("These measures are required before approval: %1.").arg(missing.join(QStringLiteral(", "))),
                      QStringLiteral("measures"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE carry_outs SET state = 'APPROVED', approver_account = ?1, decided_at = ?2, updated_at = ?2 WHERE id = ?3");
    up.bind(1, actor.accountId()).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("REQUESTED -> APPROVED"));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::reject(const Session& actor, qint64 id, const QString& reason)
{
    const CarryOut c = writable(actor, id);
    requireManager(actor, c);
    requireState(c, {CarryOutState::Requested}, tr("rejected"));
    if (isOwnRequest(actor, c))
        throw Error(ErrorCode::Conflict, tr("Nobody may decide on their own carry-out request."));
    const QString why = nonNull(reason.trimmed());
    if (why.isEmpty() || why.size() > 1000)
        throw invalid(tr("Enter the reason for the rejection (at most 1000 characters)."), QStringLiteral("rejection_reason"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE carry_outs SET state = 'REJECTED', approver_account = ?1, decided_at = ?2, updated_at = ?2, "
        "rejection_reason = ?3 WHERE id = ?4");
    up.bind(1, actor.accountId()).bind(2, now()).bind(3, why).bind(4, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("REQUESTED -> REJECTED, changed rejection_reason"));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::markOut(const Session& actor, qint64 id, const QDateTime& outAt)
{
    const CarryOut c = writable(actor, id);
    requireState(c, {CarryOutState::Approved}, tr("taken out"));
    if (!outAt.isValid())
        throw invalid(tr("Enter the date and time the item left."), QStringLiteral("out_at"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE carry_outs SET state = 'OUT', out_at = ?1, updated_at = ?2 WHERE id = ?3");
    up.bind(1, storedTime(outAt)).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("APPROVED -> OUT"));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::markReturned(const Session& actor, qint64 id, const CarryOutReturn& ret)
{
    const CarryOut c = writable(actor, id);
    requireState(c, {CarryOutState::Out, CarryOutState::Overdue}, tr("returned"));
    if (!ret.returnedAt.isValid() || ret.returnedAt < c.outAt)
        throw invalid(tr("The return cannot be before the item left (%1).").arg(c.outAt.toLocalTime().toString(Qt::ISODate)),
                      QStringLiteral("returned_at"));
    std::optional<qint64> returnerAccount;
    {
        Statement person = m_file.db().prepare("SELECT account_id FROM people WHERE id = ?");
        person.bind(1, ret.returnedBy);
        if (!person.next())
            throw invalid(tr("Choose the person who brings the item back."), QStringLiteral("returned_by"));
        returnerAccount = person.optionalInt64(0);
    }
    // Seed 000 Art. 13: the return is checked by someone other than the one who returns it.
    if (returnerAccount == actor.accountId())
        throw Error(ErrorCode::Conflict, tr("The return must be checked by someone other than the person who brings it back."))
            .withField(QStringLiteral("checked_by"));
    const QString remarks = nonNull(ret.remarks.trimmed());
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE carry_outs SET state = 'RETURNED', returned_at = ?1, returned_by = ?2, checked_by_account = ?3, "
        "count_matches = ?4, seal_intact = ?5, remarks = CASE WHEN ?6 = '' THEN remarks ELSE ?6 END, updated_at = ?7 "
        "WHERE id = ?8");
    up.bind(1, storedTime(ret.returnedAt)).bind(2, ret.returnedBy).bind(3, actor.accountId()).bind(4, ret.countMatches)
        .bind(5, ret.sealIntact).bind(6, remarks).bind(7, now()).bind(8, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("%1 -> RETURNED, count_matches %2, seal_intact %3")
                                .arg(carryOutStateKey(c.state))
                                .arg(ret.countMatches ? 1 : 0)
                                .arg(ret.sealIntact ? 1 : 0));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::close(const Session& actor, qint64 id)
{
    const CarryOut c = writable(actor, id);
    requireState(c, {CarryOutState::Returned}, tr("closed"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE carry_outs SET state = 'CLOSED', updated_at = ? WHERE id = ?");
    up.bind(1, now()).bind(2, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("RETURNED -> CLOSED"));
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::markLost(const Session& actor, qint64 id, const QString& remarks)
{
    const CarryOut c = writable(actor, id);
    requireState(c, {CarryOutState::Out, CarryOutState::Overdue}, tr("reported lost"));
    const QString text = nonNull(remarks.trimmed());
    if (text.isEmpty() || text.size() > 2000)
        throw invalid(tr("Describe how and when the item was lost (at most 2000 characters)."), QStringLiteral("remarks"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE carry_outs SET state = 'LOST', remarks = ?, updated_at = ? WHERE id = ?");
    up.bind(1, text).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("%1 -> LOST, changed remarks").arg(carryOutStateKey(c.state)));
    // BRIEF §5.2: OUT | OVERDUE -> LOST opens an incident, in the same transaction.
    IncidentService(m_file).openFromCarryOut(actor, c);
    tx.commit();
    return *find(id);
}

CarryOut CarryOutService::get(const Session& actor, qint64 id)
{
    const std::optional<CarryOut> c = find(id);
    if (!c) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This carry-out does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, c->sectionId, kEntity);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(id), QString());
    return *c;
}

CarryOut CarryOutService::findByControlNo(const Session& actor, const QString& controlNo)
{
    std::optional<qint64> id;
    {
        Statement s = m_file.db().prepare("SELECT id FROM carry_outs WHERE control_no = ?");
        s.bind(1, nonNull(controlNo.trimmed().toUpper()));
        if (s.next())
            id = s.int64(0);
    }
    if (!id) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("No carry-out has this control number.")).withField(QStringLiteral("control_no"));
    }
    return get(actor, *id);
}

QString CarryOutService::whereClause(const Session::Scope& scope, const CarryOutFilter& filter,
                                     QStringList& values, bool sectionIndexed, bool textIndexed) const
{
    QStringList where;
    const QString todayIso = today().toString(Qt::ISODate);
    std::optional<CarryOutState> state = filter.state;
    if (filter.overdueOnly) {
        if (state && state != CarryOutState::Overdue)
            where << QStringLiteral("0"); // overdue and another state: nothing
        state = CarryOutState::Overdue;
    }
    if (state == CarryOutState::Overdue) {
        where << QStringLiteral("state = 'OUT' AND planned_return_at < ?");
        values << todayIso;
    } else if (state == CarryOutState::Out) {
        where << QStringLiteral("state = 'OUT' AND planned_return_at >= ?");
        values << todayIso;
    } else if (state) {
        where << QStringLiteral("state = ?");
        values << carryOutStateKey(*state);
    }
    // Numbers, not user text: safe to write into the statement.
    if (filter.sectionId)
        where << QStringLiteral("section_id = %1").arg(*filter.sectionId);
    // A unary + on the column makes SQLite ignore its index for this term.
    if (!scope.all)
        where << scopeSql(scope, sectionIndexed ? QStringLiteral("section_id") : QStringLiteral("+section_id"));
    if (filter.from) {
        where << QStringLiteral("planned_out_at >= ?");
        values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        where << QStringLiteral("planned_out_at <= ?");
        values << filter.to->toString(Qt::ISODate);
    }
    const QStringList words = filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QString pattern = word;
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(control_no LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\' OR "
                                "purpose LIKE ? ESCAPE '\\' OR destination LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern << pattern;
        // LIKE alone reads every row of the ledger (3 s on a city's 100,000 carry-outs): where
        // the search index finds every row that contains the word, it narrows the rows first,
        // and LIKE keeps the exact meaning (bench_city_lists, city_carryout_filter_text).
        if (SearchText::findsEverySubstring(word)) {
            where << QStringLiteral("%1id IN (SELECT docid / 8 FROM search_index WHERE search_index MATCH ? "
                                    "AND docid % 8 = 4)")
                         .arg(textIndexed ? QString() : QStringLiteral("+"));
            values << SearchText::matchExpression(word);
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void CarryOutService::loadMeasures(QList<CarryOut>& rows)
{
    if (rows.isEmpty())
        return;
    QHash<qint64, qsizetype> at;
    QStringList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        at.insert(rows[i].id, i);
        ids << QString::number(rows[i].id);
    }
    QHash<qint64, QList<CarryOutMeasure>> applied;
    Statement m = m_file.db().prepare(
        QStringLiteral("SELECT carry_out_id, measure FROM carry_out_measures WHERE applied = 1 AND carry_out_id IN (%1)")
            .arg(ids.join(QLatin1Char(','))));
    while (m.next())
        if (const auto measure = carryOutMeasureFromKey(m.text(1)))
            applied[m.int64(0)] << *measure;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it)
        rows[at.value(it.key())].appliedMeasures = canonical(it.value());
}

QList<CarryOut> CarryOutService::list(const Session& actor, const CarryOutFilter& filter)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    if (filter.sectionId)
        m_file.require(actor, Permission::ReadPersonalData, *filter.sectionId, kEntity);
    QStringList values; // one per placeholder, in order
    const QString sql = QString::fromLatin1(kColumns) + whereClause(scope, filter, values) +
                        QStringLiteral(" ORDER BY planned_out_at, control_no");
    QList<CarryOut> out;
    {
        Statement s = m_file.db().prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            s.bind(i + 1, values[i]);
        while (s.next())
            out << withEffectiveState(readCarryOut(s));
    }
    loadMeasures(out);
    const std::optional<CarryOutState> state = filter.overdueOnly ? std::optional(CarryOutState::Overdue) : filter.state;
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list state %1, section %2, overdue %3: %4 records")
                                .arg(state ? carryOutStateKey(*state) : QStringLiteral("any"),
                                     filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"))
                                .arg(filter.overdueOnly ? 1 : 0)
                                .arg(out.size()));
    return out;
}

QList<CarryOut> CarryOutService::page(const Session& actor, const CarryOutFilter& filter, CarryOutSortKey key,
                                      bool descending, int offset, int limit)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    if (filter.sectionId)
        m_file.require(actor, Permission::ReadPersonalData, *filter.sectionId, kEntity);
    if (offset < 0 || limit <= 0)
        throw invalid(tr("A page needs a positive size and offset."), QStringLiteral("limit"));
    QString column;
    switch (key) {
    case CarryOutSortKey::PlannedOut: column = QStringLiteral("planned_out_at"); break;
    case CarryOutSortKey::ControlNo: break;
    case CarryOutSortKey::Section:
        column = QStringLiteral("(SELECT code FROM sections WHERE sections.id = carry_outs.section_id)");
        break;
    case CarryOutSortKey::State: column = QStringLiteral("state"); break;
    case CarryOutSortKey::ItemType: column = QStringLiteral("item_type"); break;
    case CarryOutSortKey::RecordCount: column = QStringLiteral("record_count"); break;
    case CarryOutSortKey::PlannedReturn: column = QStringLiteral("planned_return_at"); break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString order = QStringLiteral(" ORDER BY ");
    if (!column.isEmpty())
        order += column + direction + QStringLiteral(", ");
    order += QStringLiteral("control_no") + direction;
    QStringList values;
    // An officer who reads many sections gets "section_id IN (...)": SQLite 3.15 then walks the
    // section index and sorts every matching row (1.6 s for a city's 100,000). When the order is
    // one that has its own index, keeping the planner off the section index lets it read the
    // page in order and only test each row's section (first page in milliseconds).
    const bool sectionIndexed =
        filter.sectionId || (key != CarryOutSortKey::PlannedOut && key != CarryOutSortKey::ControlNo);
    // A common word (税務調査: 16,000 of a city's 100,000 carry-outs) has so many candidates that
    // fetching and sorting them all took 80 ms; reading in order finds the first page's 100
    // after some 600 rows. A rare word is the other way round.
    const bool textIndexed = !(key == CarryOutSortKey::PlannedOut || key == CarryOutSortKey::ControlNo) ||
                             !pageInOrderIsCheaper(filter, offset, limit);
    const QString sql = QString::fromLatin1(kColumns) + whereClause(scope, filter, values, sectionIndexed, textIndexed) + order +
                        QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QList<CarryOut> out;
    {
        Statement s = m_file.db().prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            s.bind(i + 1, values[i]);
        while (s.next())
            out << withEffectiveState(readCarryOut(s));
    }
    loadMeasures(out);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("page offset %1, state %2, section %3, overdue %4, text %5: %6 records")
                                .arg(offset)
                                .arg(filter.state ? carryOutStateKey(*filter.state) : QStringLiteral("any"),
                                     filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"))
                                .arg(filter.overdueOnly ? 1 : 0)
                                .arg(filter.text.trimmed().isEmpty() ? 0 : 1)
                                .arg(out.size()));
    return out;
}

bool CarryOutService::pageInOrderIsCheaper(const CarryOutFilter& filter, int offset, int limit)
{
    // The fewest candidates of any word the index narrows; none means no index term at all.
    std::optional<qint64> candidates;
    for (const QString& word : filter.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!SearchText::findsEverySubstring(word))
            continue;
        Statement s = m_file.db().prepare(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND docid % 8 = 4");
        s.bind(1, SearchText::matchExpression(word));
        const qint64 n = s.next() ? s.int64(0) : 0;
        candidates = candidates ? std::min(*candidates, n) : n;
    }
    if (!candidates)
        return false;
    Statement rows = m_file.db().prepare("SELECT max(id) FROM carry_outs"); // about the row count
    const qint64 total = rows.next() ? rows.int64(0) : 0;
    // Reading in order visits about (offset + limit) * total / candidates rows to fill the page;
    // from the index, every candidate is read and sorted.
    return static_cast<double>(offset + limit) * static_cast<double>(total) <
           static_cast<double>(*candidates) * static_cast<double>(*candidates);
}

qint64 CarryOutService::count(const Session& actor, const CarryOutFilter& filter)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    if (filter.sectionId)
        m_file.require(actor, Permission::ReadPersonalData, *filter.sectionId, kEntity);
    QStringList values;
    Statement s = m_file.db().prepare(QStringLiteral("SELECT COUNT(*) FROM carry_outs") + whereClause(scope, filter, values));
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values[i]);
    return s.next() ? s.int64(0) : 0;
}

} // namespace mamori
