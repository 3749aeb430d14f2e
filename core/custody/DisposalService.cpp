#include "custody/DisposalService.h"

#include "accounts/ScopeSql.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::DisposalService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kEntity = QStringLiteral("disposal");
const QString kAttachmentEntity = QStringLiteral("disposal_attachment");
const QString kOwnerDisposal = QStringLiteral("disposal");
const QString kOwnerCertificate = QStringLiteral("disposal_certificate");

const char* const kColumns =
    "SELECT d.id, d.control_no, d.section_id, d.file_id, d.requested_by, rp.name, d.requested_by_account, d.item_kind, "
    "d.description, d.model, d.quantity, d.record_count, d.basis, d.method, d.method_detail, d.performer, "
    "d.contractor_name, d.subcontract_tier, d.place, d.planned_on, d.state, d.approver_account, d.approved_at, "
    "d.executed_at, d.performed_by, pp.name, d.verified_by_account, d.verified_at, d.verification_note, d.recorded_at, "
    "d.cancel_reason, d.remarks FROM disposals d LEFT JOIN people rp ON rp.id = d.requested_by "
    "LEFT JOIN people pp ON pp.id = d.performed_by";

Disposal readDisposal(const Statement& s)
{
    Disposal d;
    d.id = s.int64(0);
    d.controlNo = s.text(1);
    d.sectionId = s.int64(2);
    d.fileId = s.optionalInt64(3);
    d.requestedBy = s.int64(4);
    d.requestedByName = s.text(5);
    d.requestedByAccount = s.int64(6);
    d.itemKind = disposalItemKindFromKey(s.text(7)).value_or(DisposalItemKind::Documents);
    d.description = s.text(8);
    d.model = s.text(9);
    d.quantity = s.int64(10);
    d.recordCount = s.int64(11);
    d.basis = s.text(12);
    d.method = disposalMethodFromKey(s.text(13)).value_or(DisposalMethod::Shredding);
    d.methodDetail = s.text(14);
    d.performer = disposalPerformerFromKey(s.text(15)).value_or(DisposalPerformer::InHouse);
    d.contractorName = s.text(16);
    if (!s.isNull(17))
        d.subcontractTier = s.int32(17);
    d.place = s.text(18);
    d.plannedOn = QDate::fromString(s.text(19), Qt::ISODate);
    d.state = disposalStateFromKey(s.text(20)).value_or(DisposalState::Planned);
    d.approverAccount = s.optionalInt64(21);
    d.approvedAt = s.dateTime(22);
    d.executedAt = s.dateTime(23);
    d.performedBy = s.optionalInt64(24);
    d.performedByName = s.text(25);
    d.verifiedByAccount = s.optionalInt64(26);
    d.verifiedAt = s.dateTime(27);
    d.verificationNote = s.text(28);
    d.recordedAt = s.dateTime(29);
    d.cancelReason = s.text(30);
    d.remarks = s.text(31);
    return d;
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString localIso(const QDateTime& t)
{
    return t.toLocalTime().toString(Qt::ISODate);
}

// Documents cannot be degaussed or overwritten; media and disks can be anything but dissolved
// (溶解 is for paper).
bool methodFits(DisposalMethod m, DisposalItemKind k)
{
    if (k == DisposalItemKind::Documents)
        return m != DisposalMethod::Degaussing && m != DisposalMethod::Overwrite;
    return m != DisposalMethod::Dissolution;
}

QStringList cleanSerials(const QStringList& serials)
{
    QStringList out;
    for (const QString& s : serials) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

QList<DisposalItemKind> allDisposalItemKinds()
{
    return {DisposalItemKind::Documents, DisposalItemKind::Media, DisposalItemKind::BuiltInDisk};
}

QString disposalItemKindKey(DisposalItemKind k)
{
    switch (k) {
    case DisposalItemKind::Documents: return QStringLiteral("DOCUMENTS");
    case DisposalItemKind::Media: return QStringLiteral("MEDIA");
    case DisposalItemKind::BuiltInDisk: break;
    }
    return QStringLiteral("BUILT_IN_DISK");
}

std::optional<DisposalItemKind> disposalItemKindFromKey(const QString& key)
{
    for (DisposalItemKind k : allDisposalItemKinds())
        if (disposalItemKindKey(k) == key)
            return k;
    return std::nullopt;
}

QList<DisposalMethod> allDisposalMethods()
{
    return {DisposalMethod::Shredding, DisposalMethod::Dissolution, DisposalMethod::Incineration,
            DisposalMethod::PhysicalDestruction, DisposalMethod::Degaussing, DisposalMethod::Overwrite};
}

QString disposalMethodKey(DisposalMethod m)
{
    switch (m) {
    case DisposalMethod::Shredding: return QStringLiteral("SHREDDING");
    case DisposalMethod::Dissolution: return QStringLiteral("DISSOLUTION");
    case DisposalMethod::Incineration: return QStringLiteral("INCINERATION");
    case DisposalMethod::PhysicalDestruction: return QStringLiteral("PHYSICAL_DESTRUCTION");
    case DisposalMethod::Degaussing: return QStringLiteral("DEGAUSSING");
    case DisposalMethod::Overwrite: break;
    }
    return QStringLiteral("OVERWRITE");
}

std::optional<DisposalMethod> disposalMethodFromKey(const QString& key)
{
    for (DisposalMethod m : allDisposalMethods())
        if (disposalMethodKey(m) == key)
            return m;
    return std::nullopt;
}

QString disposalPerformerKey(DisposalPerformer p)
{
    return p == DisposalPerformer::InHouse ? QStringLiteral("IN_HOUSE") : QStringLiteral("CONTRACTOR");
}

std::optional<DisposalPerformer> disposalPerformerFromKey(const QString& key)
{
    for (DisposalPerformer p : {DisposalPerformer::InHouse, DisposalPerformer::Contractor})
        if (disposalPerformerKey(p) == key)
            return p;
    return std::nullopt;
}

QList<DisposalState> allDisposalStates()
{
    return {DisposalState::Planned,  DisposalState::Approved,  DisposalState::ExecutedInHouse,
            DisposalState::HandedToContractor, DisposalState::Witnessed, DisposalState::CertificateReceived,
            DisposalState::Verified, DisposalState::Recorded,  DisposalState::Cancelled};
}

QString disposalStateKey(DisposalState s)
{
    switch (s) {
    case DisposalState::Planned: return QStringLiteral("PLANNED");
    case DisposalState::Approved: return QStringLiteral("APPROVED");
    case DisposalState::ExecutedInHouse: return QStringLiteral("EXECUTED_INHOUSE");
    case DisposalState::HandedToContractor: return QStringLiteral("HANDED_TO_CONTRACTOR");
    case DisposalState::Witnessed: return QStringLiteral("WITNESSED");
    case DisposalState::CertificateReceived: return QStringLiteral("CERTIFICATE_RECEIVED");
    case DisposalState::Verified: return QStringLiteral("VERIFIED");
    case DisposalState::Recorded: return QStringLiteral("RECORDED");
    case DisposalState::Cancelled: break;
    }
    return QStringLiteral("CANCELLED");
}

std::optional<DisposalState> disposalStateFromKey(const QString& key)
{
    for (DisposalState s : allDisposalStates())
        if (disposalStateKey(s) == key)
            return s;
    return std::nullopt;
}

DisposalService::DisposalService(CaseFile& file) : m_file(file), m_attachments(file.db()) {}

QString DisposalService::now() const
{
    return storedTime(m_file.clock().now());
}

QDate DisposalService::today() const
{
    return m_file.clock().now().toLocalTime().date();
}

QStringList DisposalService::missingEvidence(const Disposal& d)
{
    // Seed 002 Art. 11(6) asks for a certificate; seed 000 Art. 14 accepts a witness instead.
    if (d.performer != DisposalPerformer::Contractor || !d.certificates.isEmpty() || !d.witnesses.isEmpty())
        return {};
    return {QStringLiteral("certificate"), QStringLiteral("witness")};
}

QList<Disposal> DisposalService::load(const QString& where, const QStringList& values)
{
    const QString condition = where.isEmpty() ? QStringLiteral("1") : where;
    QList<Disposal> out;
    QHash<qint64, int> index;
    {
        Statement s = m_file.db().prepare(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE ") + condition +
                                          QStringLiteral(" ORDER BY d.planned_on, d.control_no"));
        for (int i = 0; i < values.size(); ++i)
            s.bind(i + 1, values[i]);
        while (s.next()) {
            index.insert(s.int64(0), int(out.size()));
            out << readDisposal(s);
        }
    }
    if (out.isEmpty())
        return out;
    // The children of every disposal found, one query each rather than one per disposal.
    const QString ids = QStringLiteral("SELECT d.id FROM disposals d WHERE ") + condition;
    const auto bindAll = [&values](Statement& s, int first) {
        for (int i = 0; i < values.size(); ++i)
            s.bind(first + i, values[i]);
    };
    {
        Statement s = m_file.db().prepare(QStringLiteral("SELECT disposal_id, serial_no FROM disposal_media WHERE disposal_id IN (%1) "
                                                         "ORDER BY disposal_id, position").arg(ids));
        bindAll(s, 1);
        while (s.next())
            out[index.value(s.int64(0))].serialNos << s.text(1);
    }
    {
        Statement s = m_file.db().prepare(
            QStringLiteral("SELECT w.disposal_id, w.id, w.person_id, p.name, w.witnessed_at, w.recorded_by_account "
                           "FROM disposal_witnesses w LEFT JOIN people p ON p.id = w.person_id WHERE w.disposal_id IN (%1) "
                           "ORDER BY w.disposal_id, w.witnessed_at, w.id").arg(ids));
        bindAll(s, 1);
        while (s.next()) {
            DisposalWitness w;
            w.id = s.int64(1);
            w.personId = s.int64(2);
            w.personName = s.text(3);
            w.witnessedAt = s.dateTime(4);
            w.recordedByAccount = s.int64(5);
            out[index.value(s.int64(0))].witnesses << w;
        }
    }
    QHash<qint64, std::pair<int, int>> certIndex; // certificate id -> (disposal index, certificate index)
    {
        Statement s = m_file.db().prepare(
            QStringLiteral("SELECT disposal_id, id, certificate_no, issuer, issued_on, responsible_person, received_on, "
                           "checked_by_account FROM disposal_certificates WHERE disposal_id IN (%1) ORDER BY disposal_id, "
                           "received_on, id").arg(ids));
        bindAll(s, 1);
        while (s.next()) {
            DisposalCertificate c;
            c.disposalId = s.int64(0);
            c.id = s.int64(1);
            c.certificateNo = s.text(2);
            c.issuer = s.text(3);
            c.issuedOn = QDate::fromString(s.text(4), Qt::ISODate);
            c.responsiblePerson = s.text(5);
            c.receivedOn = QDate::fromString(s.text(6), Qt::ISODate);
            c.checkedByAccount = s.int64(7);
            const int di = index.value(c.disposalId);
            certIndex.insert(c.id, {di, int(out[di].certificates.size())});
            out[di].certificates << c;
        }
    }
    for (const AttachmentInfo& a : m_attachments.listIn(kOwnerDisposal, ids, values))
        out[index.value(a.ownerId)].attachments << a;
    if (!certIndex.isEmpty()) {
        const QString certIds = QStringLiteral("SELECT id FROM disposal_certificates WHERE disposal_id IN (%1)").arg(ids);
        for (const AttachmentInfo& a : m_attachments.listIn(kOwnerCertificate, certIds, values)) {
            const auto [di, ci] = certIndex.value(a.ownerId);
            out[di].certificates[ci].attachments << a;
        }
    }
    return out;
}

std::optional<Disposal> DisposalService::find(qint64 id)
{
    const QList<Disposal> found = load(QStringLiteral("d.id = %1").arg(id), {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Disposal DisposalService::writable(const Session& actor, qint64 id)
{
    const std::optional<Disposal> d = find(id);
    if (!d) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This disposal does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, d->sectionId, kEntity);
    return *d;
}

void DisposalService::requireState(const Disposal& d, std::initializer_list<DisposalState> allowed, const QString& action)
{
    for (DisposalState s : allowed)
        if (d.state == s)
            return;
    throw Error(ErrorCode::Conflict,
                tr("The disposal %1 is %2: it cannot be %3 now.").arg(d.controlNo, disposalStateKey(d.state), action));
}

void DisposalService::requireManager(const Session& actor, const Disposal& d, const QString& what)
{
    if (actor.roles().contains(RoleAssignment{Role::UnitManager, d.sectionId}))
        return;
    if (!m_file.db().inTransaction()) {
        m_file.journal().append(actor, JournalAction::Denied, kEntity, QString::number(d.id),
                                QStringLiteral("%1 needs UNIT_MANAGER of section %2").arg(what).arg(d.sectionId));
    }
    throw Error(ErrorCode::PermissionDenied, tr("Only the unit manager of the section may approve or verify a disposal."));
}

bool DisposalService::isOwnRequest(const Session& actor, const Disposal& d)
{
    if (d.requestedByAccount == actor.accountId())
        return true;
    Statement linked = m_file.db().prepare("SELECT account_id FROM people WHERE id = ?");
    linked.bind(1, d.requestedBy);
    return linked.next() && !linked.isNull(0) && linked.int64(0) == actor.accountId();
}

void DisposalService::checkPerson(qint64 personId, const QString& field, const QString& message)
{
    Statement person = m_file.db().prepare("SELECT 1 FROM people WHERE id = ?");
    person.bind(1, personId);
    if (!person.next())
        throw invalid(message, field);
}

void DisposalService::validate(const Disposal& d)
{
    Statement section = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
    section.bind(1, d.sectionId);
    if (!section.next())
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
    if (d.fileId) {
        Statement file = m_file.db().prepare("SELECT section_id FROM pi_files WHERE id = ?");
        file.bind(1, *d.fileId);
        if (!file.next() || file.int64(0) != d.sectionId)
            throw invalid(tr("Choose a file of the register kept by this section."), QStringLiteral("file"));
    }
    checkPerson(d.requestedBy, QStringLiteral("requested_by"), tr("Choose the person who asks for the disposal."));
    if (d.description.trimmed().isEmpty() || d.description.trimmed().size() > 500)
        throw invalid(tr("Describe what is disposed of (at most 500 characters)."), QStringLiteral("description"));
    if (d.model.trimmed().size() > 200)
        throw invalid(tr("The model has at most 200 characters."), QStringLiteral("model"));
    const QStringList serials = cleanSerials(d.serialNos);
    if (d.itemKind != DisposalItemKind::Documents && serials.isEmpty())
        throw invalid(tr("Enter the serial number of every medium or disk to be destroyed."), QStringLiteral("serial_nos"));
    for (const QString& s : serials)
        if (s.size() > 100)
            throw invalid(tr("A serial number has at most 100 characters."), QStringLiteral("serial_nos"));
    if (serials.size() > 1000 || serials.size() != QSet<QString>(serials.begin(), serials.end()).size())
        throw invalid(tr("Each serial number is listed once (at most 1000)."), QStringLiteral("serial_nos"));
    if (d.quantity < 1)
        throw invalid(tr("The quantity is at least 1."), QStringLiteral("quantity"));
    if (d.itemKind != DisposalItemKind::Documents && d.quantity < serials.size())
        throw invalid(tr("The quantity is smaller than the number of serial numbers."), QStringLiteral("quantity"));
    if (d.recordCount < 0)
        throw invalid(tr("The number of records cannot be negative."), QStringLiteral("record_count"));
    if (d.basis.trimmed().size() > 500)
        throw invalid(tr("The basis has at most 500 characters."), QStringLiteral("basis"));
    if (!methodFits(d.method, d.itemKind))
        throw invalid(tr("This method cannot destroy this kind of item: paper is shredded, dissolved, incinerated or "
                         "destroyed; media and disks are not dissolved."),
                      QStringLiteral("method"));
    if (d.method == DisposalMethod::Overwrite && d.methodDetail.trimmed().isEmpty())
        throw invalid(tr("Name the overwrite tool and the standard it follows."), QStringLiteral("method_detail"));
    if (d.methodDetail.trimmed().size() > 500)
        throw invalid(tr("The method details have at most 500 characters."), QStringLiteral("method_detail"));
    if (d.performer == DisposalPerformer::Contractor) {
        if (d.contractorName.trimmed().isEmpty() || d.contractorName.trimmed().size() > 200)
            throw invalid(tr("Enter the contractor's name (at most 200 characters)."), QStringLiteral("contractor_name"));
        if (!d.subcontractTier || *d.subcontractTier < 1 || *d.subcontractTier > 9)
            throw invalid(tr("Enter the subcontract tier: 1 for the contractor itself, 2 for its subcontractor, and so on "
                             "(at most 9)."),
                          QStringLiteral("subcontract_tier"));
    } else {
        if (!d.contractorName.trimmed().isEmpty())
            throw invalid(tr("An in-house disposal has no contractor."), QStringLiteral("contractor_name"));
        if (d.subcontractTier)
            throw invalid(tr("An in-house disposal has no subcontract tier."), QStringLiteral("subcontract_tier"));
    }
    if (d.place.trimmed().size() > 200)
        throw invalid(tr("The place has at most 200 characters."), QStringLiteral("place"));
    if (!d.plannedOn.isValid())
        throw invalid(tr("Enter the planned date of the disposal."), QStringLiteral("planned_on"));
    if (d.remarks.trimmed().size() > 2000)
        throw invalid(tr("The remarks have at most 2000 characters."), QStringLiteral("remarks"));
}

QString DisposalService::nextControlNo()
{
    const QString prefix = QStringLiteral("DS-%1-").arg(today().year(), 4, 10, QLatin1Char('0'));
    Statement s = m_file.db().prepare(
        "SELECT control_no FROM disposals WHERE substr(control_no, 1, 8) = ? ORDER BY control_no DESC LIMIT 1");
    s.bind(1, prefix);
    qint64 last = 0;
    if (s.next())
        last = s.text(0).mid(prefix.size()).toLongLong();
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

void DisposalService::writeSerials(qint64 id, const QStringList& serials)
{
    Statement del = m_file.db().prepare("DELETE FROM disposal_media WHERE disposal_id = ?");
    del.bind(1, id);
    del.run();
    for (int i = 0; i < serials.size(); ++i) {
        Statement ins = m_file.db().prepare("INSERT INTO disposal_media(disposal_id, position, serial_no) VALUES(?, ?, ?)");
        ins.bind(1, id).bind(2, i + 1).bind(3, serials[i]);
        ins.run();
    }
}

namespace {
Disposal cleaned(const Disposal& input)
{
    Disposal d = input;
    for (QString* s : {&d.description, &d.model, &d.basis, &d.methodDetail, &d.contractorName, &d.place, &d.remarks})
        *s = nonNull(s->trimmed());
    d.serialNos = cleanSerials(d.serialNos);
    return d;
}

void bindPlan(Statement& s, const Disposal& d)
{
    // ?1.. in the order of the planned columns of INSERT and UPDATE below.
    if (d.fileId)
        s.bind(1, *d.fileId);
    else
        s.bindNull(1);
    s.bind(2, d.requestedBy).bind(3, disposalItemKindKey(d.itemKind)).bind(4, d.description).bind(5, d.model)
        .bind(6, d.quantity).bind(7, d.recordCount).bind(8, d.basis).bind(9, disposalMethodKey(d.method))
        .bind(10, d.methodDetail).bind(11, disposalPerformerKey(d.performer)).bind(12, d.contractorName);
    if (d.subcontractTier)
        s.bind(13, *d.subcontractTier);
    else
        s.bindNull(13);
    s.bind(14, d.place).bind(15, d.plannedOn.toString(Qt::ISODate)).bind(16, d.remarks);
}
} // namespace

Disposal DisposalService::plan(const Session& actor, const Disposal& input)
{
    Disposal d = cleaned(input);
    d.id = 0;
    m_file.require(actor, Permission::WritePersonalData, d.sectionId, kEntity);
    validate(d);
    Transaction tx(m_file.db());
    d.controlNo = nextControlNo();
    Statement ins = m_file.db().prepare(
        "INSERT INTO disposals(file_id, requested_by, item_kind, description, model, quantity, record_count, basis, method, "
        "method_detail, performer, contractor_name, subcontract_tier, place, planned_on, remarks, control_no, section_id, "
        "requested_by_account, state, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?15, ?16, ?17, ?18, ?19, 'PLANNED', ?20, ?20)");
    bindPlan(ins, d);
    ins.bind(17, d.controlNo).bind(18, d.sectionId).bind(19, actor.accountId()).bind(20, now());
    ins.run();
    d.id = m_file.db().lastInsertId();
    writeSerials(d.id, d.serialNos);
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(d.id),
                            QStringLiteral("section %1, %2, %3, %4, %5 serials, state PLANNED")
                                .arg(d.sectionId)
                                .arg(disposalItemKindKey(d.itemKind), disposalMethodKey(d.method),
                                     disposalPerformerKey(d.performer))
                                .arg(d.serialNos.size()));
    tx.commit();
    return *find(d.id);
}

Disposal DisposalService::update(const Session& actor, const Disposal& input)
{
    const Disposal old = writable(actor, input.id);
    requireState(old, {DisposalState::Planned}, tr("changed"));
    Disposal d = cleaned(input);
    d.sectionId = old.sectionId; // a plan stays with its section
    validate(d);
    QStringList changed;
    const auto note = [&changed](bool differs, const char* field) {
        if (differs)
            changed << QString::fromLatin1(field);
    };
    note(d.fileId != old.fileId, "file");
    note(d.requestedBy != old.requestedBy, "requested_by");
    note(d.itemKind != old.itemKind, "item_kind");
    note(d.description != old.description, "description");
    note(d.model != old.model, "model");
    note(d.serialNos != old.serialNos, "serial_nos");
    note(d.quantity != old.quantity, "quantity");
    note(d.recordCount != old.recordCount, "record_count");
    note(d.basis != old.basis, "basis");
    note(d.method != old.method, "method");
    note(d.methodDetail != old.methodDetail, "method_detail");
    note(d.performer != old.performer, "performer");
    note(d.contractorName != old.contractorName, "contractor_name");
    note(d.subcontractTier != old.subcontractTier, "subcontract_tier");
    note(d.place != old.place, "place");
    note(d.plannedOn != old.plannedOn, "planned_on");
    note(d.remarks != old.remarks, "remarks");
    if (changed.isEmpty())
        return old;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE disposals SET file_id = ?1, requested_by = ?2, item_kind = ?3, description = ?4, model = ?5, quantity = ?6, "
        "record_count = ?7, basis = ?8, method = ?9, method_detail = ?10, performer = ?11, contractor_name = ?12, "
        "subcontract_tier = ?13, place = ?14, planned_on = ?15, remarks = ?16, updated_at = ?17 WHERE id = ?18");
    bindPlan(up, d);
    up.bind(17, now()).bind(18, d.id);
    up.run();
    writeSerials(d.id, d.serialNos);
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(d.id),
                            QStringLiteral("changed %1").arg(changed.join(QStringLiteral(", "))));
    tx.commit();
    return *find(d.id);
}

Disposal DisposalService::approve(const Session& actor, qint64 id)
{
    const Disposal d = writable(actor, id);
    requireManager(actor, d, QStringLiteral("approval"));
    requireState(d, {DisposalState::Planned}, tr("approved"));
    if (isOwnRequest(actor, d))
        throw Error(ErrorCode::Conflict, tr("Nobody may approve their own disposal request."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE disposals SET state = 'APPROVED', approver_account = ?1, approved_at = ?2, updated_at = ?2 WHERE id = ?3");
    up.bind(1, actor.accountId()).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("PLANNED -> APPROVED"));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::cancel(const Session& actor, qint64 id, const QString& reason)
{
    const Disposal d = writable(actor, id);
    requireState(d, {DisposalState::Planned, DisposalState::Approved}, tr("cancelled"));
    const QString why = nonNull(reason.trimmed());
    if (why.isEmpty() || why.size() > 1000)
        throw invalid(tr("Enter why the disposal is cancelled (at most 1000 characters)."), QStringLiteral("cancel_reason"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE disposals SET state = 'CANCELLED', cancel_reason = ?, updated_at = ? WHERE id = ?");
    up.bind(1, why).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("%1 -> CANCELLED, changed cancel_reason").arg(disposalStateKey(d.state)));
    tx.commit();
    return *find(id);
}

void DisposalService::checkExecution(const Disposal& d, const DisposalExecution& e, const QString& timeMessage)
{
    if (!e.at.isValid() || e.at < d.approvedAt)
        throw invalid(timeMessage.arg(localIso(d.approvedAt)), QStringLiteral("executed_at"));
    if (e.place.trimmed().size() > 200)
        throw invalid(tr("The place has at most 200 characters."), QStringLiteral("place"));
}

Disposal DisposalService::markExecuted(const Session& actor, qint64 id, const DisposalExecution& e)
{
    const Disposal d = writable(actor, id);
    requireState(d, {DisposalState::Approved}, tr("executed"));
    if (d.performer != DisposalPerformer::InHouse)
        throw Error(ErrorCode::Conflict, tr("The disposal %1 is done by a contractor: record the hand-over instead.").arg(d.controlNo));
    checkExecution(d, e, tr("The disposal cannot have been done before it was approved (%1)."));
    checkPerson(e.performedBy, QStringLiteral("performed_by"), tr("Choose the member of staff who destroyed the items."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE disposals SET state = 'EXECUTED_INHOUSE', executed_at = ?1, performed_by = ?2, "
        "place = CASE WHEN ?3 = '' THEN place ELSE ?3 END, updated_at = ?4 WHERE id = ?5");
    up.bind(1, storedTime(e.at)).bind(2, e.performedBy).bind(3, nonNull(e.place.trimmed())).bind(4, now()).bind(5, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("APPROVED -> EXECUTED_INHOUSE, performed_by %1").arg(e.performedBy));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::markHandedOver(const Session& actor, qint64 id, const DisposalExecution& e)
{
    const Disposal d = writable(actor, id);
    requireState(d, {DisposalState::Approved}, tr("handed over"));
    if (d.performer != DisposalPerformer::Contractor)
        throw Error(ErrorCode::Conflict, tr("The disposal %1 is done in-house: record its execution instead.").arg(d.controlNo));
    checkExecution(d, e, tr("The items cannot have been handed over before the disposal was approved (%1)."));
    checkPerson(e.performedBy, QStringLiteral("performed_by"), tr("Choose the member of staff who handed the items over."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE disposals SET state = 'HANDED_TO_CONTRACTOR', executed_at = ?1, performed_by = ?2, "
        "place = CASE WHEN ?3 = '' THEN place ELSE ?3 END, updated_at = ?4 WHERE id = ?5");
    up.bind(1, storedTime(e.at)).bind(2, e.performedBy).bind(3, nonNull(e.place.trimmed())).bind(4, now()).bind(5, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("APPROVED -> HANDED_TO_CONTRACTOR, performed_by %1").arg(e.performedBy));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::addWitness(const Session& actor, qint64 id, qint64 personId, const QDateTime& witnessedAt)
{
    const Disposal d = writable(actor, id);
    requireState(d, {DisposalState::ExecutedInHouse, DisposalState::HandedToContractor, DisposalState::Witnessed,
                     DisposalState::CertificateReceived},
                 tr("witnessed"));
    checkPerson(personId, QStringLiteral("witness"), tr("Choose the member of staff who witnessed the disposal."));
    // In-house, the witness watches the work itself; at a contractor, after the hand-over.
    const QDateTime earliest = d.performer == DisposalPerformer::Contractor ? d.executedAt : d.approvedAt;
    if (!witnessedAt.isValid() || witnessedAt < earliest)
        throw invalid(d.performer == DisposalPerformer::Contractor
                          ? tr("The witness cannot have watched before the items were handed over (%1).").arg(localIso(earliest))
                          : tr("The witness cannot have watched before the disposal was approved (%1).").arg(localIso(earliest)),
                      QStringLiteral("witnessed_at"));
    if (d.performedBy == personId && d.performer == DisposalPerformer::InHouse)
        throw Error(ErrorCode::Conflict, tr("The person who destroyed the items cannot also be their witness."))
            .withField(QStringLiteral("witness"));
    for (const DisposalWitness& w : d.witnesses)
        if (w.personId == personId)
            throw Error(ErrorCode::AlreadyExists, tr("This person is already recorded as a witness.")).withField(QStringLiteral("witness"));
    const DisposalState to = (d.state == DisposalState::ExecutedInHouse || d.state == DisposalState::HandedToContractor)
                                 ? DisposalState::Witnessed
                                 : d.state;
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO disposal_witnesses(disposal_id, person_id, witnessed_at, recorded_by_account) VALUES(?, ?, ?, ?)");
    ins.bind(1, id).bind(2, personId).bind(3, storedTime(witnessedAt)).bind(4, actor.accountId());
    ins.run();
    Statement up = m_file.db().prepare("UPDATE disposals SET state = ?, updated_at = ? WHERE id = ?");
    up.bind(1, disposalStateKey(to)).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            d.state == to ? QStringLiteral("added witness person %1").arg(personId)
                                          : QStringLiteral("%1 -> %2, added witness person %3")
                                                .arg(disposalStateKey(d.state), disposalStateKey(to))
                                                .arg(personId));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::addCertificate(const Session& actor, qint64 id, const DisposalCertificate& input)
{
    const Disposal d = writable(actor, id);
    if (d.performer != DisposalPerformer::Contractor)
        throw Error(ErrorCode::Conflict, tr("Only a disposal by a contractor has a contractor's certificate."));
    requireState(d, {DisposalState::HandedToContractor, DisposalState::Witnessed, DisposalState::CertificateReceived},
                 tr("given a certificate"));
    DisposalCertificate c = input;
    c.certificateNo = nonNull(c.certificateNo.trimmed());
    c.issuer = nonNull(c.issuer.trimmed());
    c.responsiblePerson = nonNull(c.responsiblePerson.trimmed());
    if (c.certificateNo.isEmpty() || c.certificateNo.size() > 100)
        throw invalid(tr("Enter the certificate number (at most 100 characters)."), QStringLiteral("certificate_no"));
    for (const DisposalCertificate& other : d.certificates)
        if (other.certificateNo == c.certificateNo)
            throw Error(ErrorCode::AlreadyExists, tr("This disposal already has a certificate with this number."))
                .withField(QStringLiteral("certificate_no"));
    if (c.issuer.isEmpty() || c.issuer.size() > 200)
        throw invalid(tr("Enter who issued the certificate (at most 200 characters)."), QStringLiteral("issuer"));
    if (c.responsiblePerson.size() > 200)
        throw invalid(tr("The responsible person has at most 200 characters."), QStringLiteral("responsible_person"));
    const QDate handed = d.executedAt.toLocalTime().date();
    if (!c.issuedOn.isValid() || c.issuedOn < handed)
        throw invalid(tr("The certificate cannot be issued before the items were handed over (%1).")
                          .arg(handed.toString(Qt::ISODate)),
                      QStringLiteral("issued_on"));
    if (!c.receivedOn.isValid() || c.receivedOn < c.issuedOn)
        throw invalid(tr("The certificate cannot be received before it was issued."), QStringLiteral("received_on"));
    if (c.receivedOn > today())
        throw invalid(tr("The certificate cannot be received in the future."), QStringLiteral("received_on"));
    const DisposalState to = d.state == DisposalState::CertificateReceived ? d.state : DisposalState::CertificateReceived;
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO disposal_certificates(disposal_id, certificate_no, issuer, issued_on, responsible_person, received_on, "
        "checked_by_account, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, c.certificateNo).bind(3, c.issuer).bind(4, c.issuedOn.toString(Qt::ISODate))
        .bind(5, c.responsiblePerson).bind(6, c.receivedOn.toString(Qt::ISODate)).bind(7, actor.accountId()).bind(8, now());
    ins.run();
    const qint64 certId = m_file.db().lastInsertId();
    Statement up = m_file.db().prepare("UPDATE disposals SET state = ?, updated_at = ? WHERE id = ?");
    up.bind(1, disposalStateKey(to)).bind(2, now()).bind(3, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            d.state == to ? QStringLiteral("added certificate %1").arg(certId)
                                          : QStringLiteral("%1 -> %2, added certificate %3")
                                                .arg(disposalStateKey(d.state), disposalStateKey(to))
                                                .arg(certId));
    tx.commit();
    return *find(id);
}

AttachmentInfo DisposalService::attach(const Session& actor, qint64 id, const QString& fileName, const QByteArray& bytes,
                                       const QString& caption, std::optional<qint64> certificateId)
{
    const Disposal d = writable(actor, id);
    if (d.state == DisposalState::Recorded || d.state == DisposalState::Cancelled)
        throw Error(ErrorCode::Conflict, tr("The disposal %1 is %2: nothing more can be attached.")
                                             .arg(d.controlNo, disposalStateKey(d.state)));
    if (certificateId) {
        bool ours = false;
        for (const DisposalCertificate& c : d.certificates)
            ours = ours || c.id == *certificateId;
        if (!ours)
            throw invalid(tr("Choose a certificate of this disposal."), QStringLiteral("certificate"));
    }
    Transaction tx(m_file.db());
    const AttachmentInfo a = m_attachments.add(certificateId ? kOwnerCertificate : kOwnerDisposal,
                                               certificateId ? *certificateId : id, fileName, bytes, caption,
                                               actor.accountId(), m_file.clock().now());
    m_file.journal().append(actor, JournalAction::Create, kAttachmentEntity, QString::number(a.id),
                            QStringLiteral("disposal %1%2, %3, %4 bytes, sha256 %5")
                                .arg(id)
                                .arg(certificateId ? QStringLiteral(", certificate %1").arg(*certificateId) : QString())
                                .arg(a.mediaType)
                                .arg(a.size)
                                .arg(a.sha256));
    tx.commit();
    return a;
}

std::pair<qint64, Disposal> DisposalService::attachmentOwner(const Session& actor, qint64 attachmentId, bool write)
{
    const std::optional<AttachmentInfo> a = m_attachments.info(attachmentId);
    std::optional<qint64> disposalId;
    if (a && a->ownerEntity == kOwnerDisposal) {
        disposalId = a->ownerId;
    } else if (a && a->ownerEntity == kOwnerCertificate) {
        Statement s = m_file.db().prepare("SELECT disposal_id FROM disposal_certificates WHERE id = ?");
        s.bind(1, a->ownerId);
        if (s.next())
            disposalId = s.int64(0);
    }
    const Permission p = write ? Permission::WritePersonalData : Permission::ReadPersonalData;
    const std::optional<Disposal> d = disposalId ? find(*disposalId) : std::nullopt;
    if (!d) {
        if (actor.scope(p).isEmpty())
            m_file.require(actor, p, std::nullopt, kAttachmentEntity);
        throw Error(ErrorCode::NotFound, tr("This attachment does not exist."));
    }
    m_file.require(actor, p, d->sectionId, kAttachmentEntity);
    return {attachmentId, *d};
}

void DisposalService::removeAttachment(const Session& actor, qint64 attachmentId)
{
    const Disposal d = attachmentOwner(actor, attachmentId, true).second;
    requireState(d, {DisposalState::Planned, DisposalState::Approved, DisposalState::ExecutedInHouse,
                     DisposalState::HandedToContractor, DisposalState::Witnessed, DisposalState::CertificateReceived},
                 tr("changed"));
    Transaction tx(m_file.db());
    m_attachments.remove(attachmentId);
    m_file.journal().append(actor, JournalAction::Delete, kAttachmentEntity, QString::number(attachmentId),
                            QStringLiteral("disposal %1").arg(d.id));
    tx.commit();
}

AttachmentInfo DisposalService::attachmentInfo(const Session& actor, qint64 attachmentId)
{
    attachmentOwner(actor, attachmentId, false);
    return *m_attachments.info(attachmentId);
}

QByteArray DisposalService::attachmentContent(const Session& actor, qint64 attachmentId)
{
    const Disposal d = attachmentOwner(actor, attachmentId, false).second;
    QByteArray bytes = m_attachments.content(attachmentId);
    m_file.journal().append(actor, JournalAction::View, kAttachmentEntity, QString::number(attachmentId),
                            QStringLiteral("disposal %1").arg(d.id));
    return bytes;
}

QByteArray DisposalService::exportAttachment(const Session& actor, qint64 attachmentId)
{
    const Disposal d = attachmentOwner(actor, attachmentId, false).second;
    m_file.require(actor, Permission::ExportPersonalData, d.sectionId, kAttachmentEntity);
    QByteArray bytes = m_attachments.content(attachmentId);
    m_file.journal().append(actor, JournalAction::Export, kAttachmentEntity, QString::number(attachmentId),
                            QStringLiteral("disposal %1, %2 bytes").arg(d.id).arg(bytes.size()));
    return bytes;
}

Disposal DisposalService::verify(const Session& actor, qint64 id, const QString& note)
{
    const Disposal d = writable(actor, id);
    requireManager(actor, d, QStringLiteral("verification"));
    requireState(d, {DisposalState::ExecutedInHouse, DisposalState::HandedToContractor, DisposalState::Witnessed,
                     DisposalState::CertificateReceived},
                 tr("verified"));
    if (!missingEvidence(d).isEmpty())
        throw Error(ErrorCode::Conflict,
                    tr("The disposal %1 was done by a contractor and cannot be verified yet. Missing: a disposal "
                       "certificate from the contractor, or a recorded witness (either one is enough).")
                        .arg(d.controlNo))
            .withField(QStringLiteral("certificates"));
    const QString text = nonNull(note.trimmed());
    if (text.size() > 2000)
        throw invalid(tr("The verification note has at most 2000 characters."), QStringLiteral("verification_note"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE disposals SET state = 'VERIFIED', verified_by_account = ?1, verified_at = ?2, verification_note = ?3, "
        "updated_at = ?2 WHERE id = ?4");
    up.bind(1, actor.accountId()).bind(2, now()).bind(3, text).bind(4, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("%1 -> VERIFIED, %2 certificates, %3 witnesses")
                                .arg(disposalStateKey(d.state))
                                .arg(d.certificates.size())
                                .arg(d.witnesses.size()));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::record(const Session& actor, qint64 id)
{
    const Disposal d = writable(actor, id);
    requireState(d, {DisposalState::Verified}, tr("recorded"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE disposals SET state = 'RECORDED', recorded_at = ?1, updated_at = ?1 WHERE id = ?2");
    up.bind(1, now()).bind(2, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("VERIFIED -> RECORDED"));
    tx.commit();
    return *find(id);
}

Disposal DisposalService::get(const Session& actor, qint64 id)
{
    const std::optional<Disposal> d = find(id);
    if (!d) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This disposal does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, d->sectionId, kEntity);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(id), QString());
    return *d;
}

Disposal DisposalService::findByControlNo(const Session& actor, const QString& controlNo)
{
    std::optional<qint64> id;
    {
        Statement s = m_file.db().prepare("SELECT id FROM disposals WHERE control_no = ?");
        s.bind(1, nonNull(controlNo.trimmed().toUpper()));
        if (s.next())
            id = s.int64(0);
    }
    if (!id) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("No disposal has this control number.")).withField(QStringLiteral("control_no"));
    }
    return get(actor, *id);
}

QList<Disposal> DisposalService::list(const Session& actor, const DisposalFilter& filter)
{
    const Session::Scope scope = m_file.readScope(actor, filter.sectionId, kEntity);
    QStringList where;
    QStringList values; // one per placeholder, in order
    if (!scope.all)
        where << scopeSql(scope, QStringLiteral("d.section_id"));
    if (filter.state) {
        where << QStringLiteral("d.state = ?");
        values << disposalStateKey(*filter.state);
    }
    if (filter.sectionId)
        where << QStringLiteral("d.section_id = %1").arg(*filter.sectionId);
    if (filter.from) {
        where << QStringLiteral("d.planned_on >= ?");
        values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        where << QStringLiteral("d.planned_on <= ?");
        values << filter.to->toString(Qt::ISODate);
    }
    if (filter.performer) {
        where << QStringLiteral("d.performer = ?");
        values << disposalPerformerKey(*filter.performer);
    }
    const QList<Disposal> out = load(where.join(QStringLiteral(" AND ")), values);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list state %1, section %2, from %3, to %4: %5 records")
                                .arg(filter.state ? disposalStateKey(*filter.state) : QStringLiteral("any"),
                                     filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"),
                                     filter.from ? filter.from->toString(Qt::ISODate) : QStringLiteral("any"),
                                     filter.to ? filter.to->toString(Qt::ISODate) : QStringLiteral("any"))
                                .arg(out.size()));
    return out;
}

} // namespace mamori
