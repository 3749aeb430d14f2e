#include "custody/PersonalInfoFileService.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::PersonalInfoFileService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kEntity = QStringLiteral("file");
const QString kRightEntity = QStringLiteral("file_access_right");

const char* const kFileColumns =
    "SELECT id, file_no, name, section_id, purpose, record_items, record_scope, collection_method, "
    "contains_sensitive, contains_my_number, person_count, regular_recipients, disclosure_office, "
    "correction_procedures, file_type, storage_media, handling_area_id, foreign_location, foreign_regime_notes "
    "FROM pi_files";

PersonalInfoFile readFile(const Statement& s)
{
    PersonalInfoFile f;
    f.id = s.int64(0);
    f.fileNo = s.text(1);
    f.name = s.text(2);
    f.sectionId = s.int64(3);
    f.purpose = s.text(4);
    f.recordItems = s.text(5);
    f.recordScope = s.text(6);
    f.collectionMethod = s.text(7);
    f.containsSensitive = s.int64(8) != 0;
    f.containsMyNumber = s.int64(9) != 0;
    f.personCount = s.int64(10);
    f.regularRecipients = s.text(11);
    f.disclosureOffice = s.text(12);
    f.correctionProcedures = s.text(13);
    f.fileType = piFileTypeFromKey(s.text(14)).value_or(PiFileType::Computerised);
    f.storageMedia = s.text(15);
    if (!s.isNull(16))
        f.handlingAreaId = s.int64(16);
    f.foreignLocation = s.text(17);
    f.foreignRegimeNotes = s.text(18);
    return f;
}

const char* const kRightColumns =
    "SELECT id, file_id, person_id, operations, granted_by, granted_on, review_due, revoked_on FROM file_access_rights";

FileAccessRight readRight(const Statement& s)
{
    FileAccessRight r;
    r.id = s.int64(0);
    r.fileId = s.int64(1);
    r.personId = s.int64(2);
    r.operations = s.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.grantedBy = s.int64(4);
    r.grantedOn = QDate::fromString(s.text(5), Qt::ISODate);
    r.reviewDue = QDate::fromString(s.text(6), Qt::ISODate);
    if (!s.isNull(7))
        r.revokedOn = QDate::fromString(s.text(7), Qt::ISODate);
    return r;
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

PersonalInfoFile normalised(PersonalInfoFile f)
{
    for (QString* s : {&f.fileNo, &f.name, &f.purpose, &f.recordItems, &f.recordScope, &f.collectionMethod,
                       &f.regularRecipients, &f.disclosureOffice, &f.correctionProcedures, &f.storageMedia,
                       &f.foreignLocation, &f.foreignRegimeNotes})
        *s = nonNull(s->trimmed());
    return f;
}

QStringList changedFields(const PersonalInfoFile& a, const PersonalInfoFile& b)
{
    QStringList out;
    if (a.fileNo != b.fileNo) out << QStringLiteral("file_no");
    if (a.name != b.name) out << QStringLiteral("name");
    if (a.sectionId != b.sectionId) out << QStringLiteral("section");
    if (a.purpose != b.purpose) out << QStringLiteral("purpose");
    if (a.recordItems != b.recordItems) out << QStringLiteral("record_items");
    if (a.recordScope != b.recordScope) out << QStringLiteral("record_scope");
    if (a.collectionMethod != b.collectionMethod) out << QStringLiteral("collection_method");
    if (a.containsSensitive != b.containsSensitive) out << QStringLiteral("contains_sensitive");
    if (a.containsMyNumber != b.containsMyNumber) out << QStringLiteral("contains_my_number");
    if (a.personCount != b.personCount) out << QStringLiteral("person_count");
    if (a.regularRecipients != b.regularRecipients) out << QStringLiteral("regular_recipients");
    if (a.disclosureOffice != b.disclosureOffice) out << QStringLiteral("disclosure_office");
    if (a.correctionProcedures != b.correctionProcedures) out << QStringLiteral("correction_procedures");
    if (a.fileType != b.fileType) out << QStringLiteral("file_type");
    if (a.storageMedia != b.storageMedia) out << QStringLiteral("storage_media");
    if (a.handlingAreaId != b.handlingAreaId) out << QStringLiteral("handling_area");
    if (a.foreignLocation != b.foreignLocation) out << QStringLiteral("foreign_location");
    if (a.foreignRegimeNotes != b.foreignRegimeNotes) out << QStringLiteral("foreign_regime_notes");
    return out;
}

// Binds every column but id, in kFileColumns order, from parameter 1.
void bindFile(Statement& s, const PersonalInfoFile& f)
{
    s.bind(1, f.fileNo).bind(2, f.name).bind(3, f.sectionId).bind(4, f.purpose).bind(5, f.recordItems)
        .bind(6, f.recordScope).bind(7, f.collectionMethod).bind(8, f.containsSensitive).bind(9, f.containsMyNumber)
        .bind(10, f.personCount).bind(11, f.regularRecipients).bind(12, f.disclosureOffice)
        .bind(13, f.correctionProcedures).bind(14, piFileTypeKey(f.fileType)).bind(15, f.storageMedia);
    if (f.handlingAreaId)
        s.bind(16, *f.handlingAreaId);
    else
        s.bindNull(16);
    s.bind(17, f.foreignLocation).bind(18, f.foreignRegimeNotes);
}
} // namespace

QString piFileTypeKey(PiFileType t)
{
    return t == PiFileType::Manual ? QStringLiteral("MANUAL") : QStringLiteral("COMPUTERISED");
}

std::optional<PiFileType> piFileTypeFromKey(const QString& key)
{
    if (key == QLatin1String("COMPUTERISED"))
        return PiFileType::Computerised;
    if (key == QLatin1String("MANUAL"))
        return PiFileType::Manual;
    return std::nullopt;
}

QString piFileTypeLabel(PiFileType t)
{
    return t == PiFileType::Manual ? QStringLiteral("マニュアル処理ファイル") : QStringLiteral("電算処理ファイル");
}

QStringList allFileOperations()
{
    return {QStringLiteral("read"), QStringLiteral("update"), QStringLiteral("export"), QStringLiteral("print")};
}

QString PersonalInfoFileService::now() const
{
    return m_file.clock().now().toUTC().toString(Qt::ISODate);
}

std::optional<PersonalInfoFile> PersonalInfoFileService::find(qint64 id)
{
    Statement s = m_file.db().prepare(QString::fromLatin1(kFileColumns) + QStringLiteral(" WHERE id = ?"));
    s.bind(1, id);
    if (s.next())
        return readFile(s);
    return std::nullopt;
}

PersonalInfoFile PersonalInfoFileService::readable(const Session& actor, qint64 id)
{
    const std::optional<PersonalInfoFile> f = find(id);
    if (!f) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This file of the register does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, f->sectionId, kEntity);
    return *f;
}

void PersonalInfoFileService::validate(const PersonalInfoFile& input)
{
    static const QRegularExpression fileNo(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$"));
    const PersonalInfoFile f = normalised(input);
    if (!fileNo.match(f.fileNo).hasMatch())
        throw invalid(tr("A file number has 1 to 20 letters, digits, hyphens or underscores."), QStringLiteral("file_no"));
    if (f.name.isEmpty() || f.name.size() > 200)
        throw invalid(tr("Enter the name of the file (at most 200 characters)."), QStringLiteral("name"));
    Statement section = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
    section.bind(1, f.sectionId);
    if (!section.next())
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
    if (f.purpose.isEmpty() || f.purpose.size() > 2000)
        throw invalid(tr("Enter the purpose of use (at most 2000 characters)."), QStringLiteral("purpose"));
    if (f.personCount < 0)
        throw invalid(tr("The number of persons cannot be negative."), QStringLiteral("person_count"));
    if (f.handlingAreaId) {
        Statement area = m_file.db().prepare("SELECT 1 FROM handling_areas WHERE id = ?");
        area.bind(1, *f.handlingAreaId);
        if (!area.next())
            throw invalid(tr("Choose an existing handling area."), QStringLiteral("handling_area"));
    }
    // Seed 000 Art. 16: data kept abroad needs what is known of that country's regime.
    if (!f.foreignLocation.isEmpty() && f.foreignRegimeNotes.isEmpty())
        throw invalid(tr("Describe what is known of the personal-information regime where the file is kept."),
                      QStringLiteral("foreign_regime_notes"));
    Statement dup = m_file.db().prepare("SELECT id FROM pi_files WHERE file_no = ?");
    dup.bind(1, f.fileNo);
    if (dup.next() && dup.int64(0) != f.id)
        throw Error(ErrorCode::AlreadyExists, tr("A file with this number already exists in the register."))
            .withField(QStringLiteral("file_no"));
}

PersonalInfoFile PersonalInfoFileService::create(const Session& actor, const PersonalInfoFile& input)
{
    PersonalInfoFile f = normalised(input);
    f.id = 0;
    m_file.require(actor, Permission::WritePersonalData, f.sectionId, kEntity);
    validate(f);
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO pi_files(file_no, name, section_id, purpose, record_items, record_scope, collection_method, "
        "contains_sensitive, contains_my_number, person_count, regular_recipients, disclosure_office, "
        "correction_procedures, file_type, storage_media, handling_area_id, foreign_location, foreign_regime_notes, "
        "created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
        "?18, ?19, ?19)");
    bindFile(ins, f);
    ins.bind(19, now());
    ins.run();
    f.id = m_file.db().lastInsertId();
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(f.id),
                            QStringLiteral("section %1, type %2").arg(f.sectionId).arg(piFileTypeKey(f.fileType)));
    tx.commit();
    return f;
}

PersonalInfoFile PersonalInfoFileService::update(const Session& actor, const PersonalInfoFile& input)
{
    PersonalInfoFile f = normalised(input);
    const std::optional<PersonalInfoFile> old = find(f.id);
    if (!old) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This file of the register does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, old->sectionId, kEntity);
    if (f.sectionId != old->sectionId)
        m_file.require(actor, Permission::WritePersonalData, f.sectionId, kEntity);
    validate(f);
    const QStringList changed = changedFields(*old, f);
    if (changed.isEmpty())
        return f;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE pi_files SET file_no = ?1, name = ?2, section_id = ?3, purpose = ?4, record_items = ?5, "
        "record_scope = ?6, collection_method = ?7, contains_sensitive = ?8, contains_my_number = ?9, "
        "person_count = ?10, regular_recipients = ?11, disclosure_office = ?12, correction_procedures = ?13, "
        "file_type = ?14, storage_media = ?15, handling_area_id = ?16, foreign_location = ?17, "
        "foreign_regime_notes = ?18, updated_at = ?19 WHERE id = ?20");
    bindFile(up, f);
    up.bind(19, now()).bind(20, f.id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(f.id),
                            QStringLiteral("changed %1").arg(changed.join(QStringLiteral(", "))));
    tx.commit();
    return f;
}

void PersonalInfoFileService::remove(const Session& actor, qint64 id)
{
    const std::optional<PersonalInfoFile> old = find(id);
    if (!old) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This file of the register does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, old->sectionId, kEntity);
    Transaction tx(m_file.db());
    for (const char* sql : {"DELETE FROM file_access_rights WHERE file_id = ?", "DELETE FROM pi_files WHERE id = ?"}) {
        Statement del = m_file.db().prepare(sql);
        del.bind(1, id);
        del.run();
    }
    m_file.journal().append(actor, JournalAction::Delete, kEntity, QString::number(id), QString());
    tx.commit();
}

PersonalInfoFile PersonalInfoFileService::get(const Session& actor, qint64 id)
{
    const PersonalInfoFile f = readable(actor, id);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(id), QString());
    return f;
}

QList<PersonalInfoFile> PersonalInfoFileService::list(const Session& actor, std::optional<qint64> section)
{
    const Session::Scope scope = m_file.readScope(actor, section, kEntity);
    QList<PersonalInfoFile> out;
    Statement s = m_file.db().prepare(QString::fromLatin1(kFileColumns) +
                                      QStringLiteral(" WHERE (?1 IS NULL OR section_id = ?1) ORDER BY section_id, file_no"));
    if (section)
        s.bind(1, *section);
    else
        s.bindNull(1);
    while (s.next()) {
        PersonalInfoFile f = readFile(s);
        if (scope.all || scope.sections.contains(f.sectionId))
            out.append(std::move(f));
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list %1: %2 records")
                                .arg(section ? QStringLiteral("section %1").arg(*section) : QStringLiteral("all readable sections"))
                                .arg(out.size()));
    return out;
}

QList<PersonalInfoFile> PersonalInfoFileService::inArea(const Session& actor, qint64 areaId)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    QList<PersonalInfoFile> out;
    Statement s = m_file.db().prepare(QString::fromLatin1(kFileColumns) +
                                      QStringLiteral(" WHERE handling_area_id = ? ORDER BY section_id, file_no"));
    s.bind(1, areaId);
    while (s.next()) {
        PersonalInfoFile f = readFile(s);
        if (scope.all || scope.sections.contains(f.sectionId))
            out.append(std::move(f));
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list area %1: %2 records").arg(areaId).arg(out.size()));
    return out;
}

FileAccessRight PersonalInfoFileService::grant(const Session& actor, qint64 fileId, qint64 personId,
                                               const QStringList& operations, const QDate& grantedOn, const QDate& reviewDue)
{
    const std::optional<PersonalInfoFile> f = find(fileId);
    if (!f) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This file of the register does not exist."));
    }
    m_file.require(actor, Permission::WritePersonalData, f->sectionId, kEntity);
    Statement person = m_file.db().prepare("SELECT 1 FROM people WHERE id = ?");
    person.bind(1, personId);
    if (!person.next())
        throw invalid(tr("Choose an existing person."), QStringLiteral("person"));
    QStringList ops;
    for (const QString& op : allFileOperations()) // canonical order, no repeats
        if (operations.contains(op))
            ops << op;
    for (const QString& op : operations)
        if (!allFileOperations().contains(op))
            throw invalid(tr("Unknown operation %1: use read, update, export or print.").arg(op), QStringLiteral("operations"));
    if (ops.isEmpty())
        throw invalid(tr("Grant at least one operation."), QStringLiteral("operations"));
    if (!grantedOn.isValid())
        throw invalid(tr("Enter the date the right is granted."), QStringLiteral("granted_on"));
    if (!reviewDue.isValid() || reviewDue < grantedOn)
        throw invalid(tr("The review date cannot be before the grant."), QStringLiteral("review_due"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO file_access_rights(file_id, person_id, operations, granted_by, granted_on, review_due) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind(1, fileId).bind(2, personId).bind(3, ops.join(QLatin1Char(','))).bind(4, actor.accountId())
        .bind(5, grantedOn.toString(Qt::ISODate)).bind(6, reviewDue.toString(Qt::ISODate));
    ins.run();
    const qint64 id = m_file.db().lastInsertId();
    m_file.journal().append(actor, JournalAction::Create, kRightEntity, QString::number(id),
                            QStringLiteral("file %1, person %2, operations %3").arg(fileId).arg(personId).arg(ops.join(QLatin1Char(','))));
    tx.commit();
    return FileAccessRight{id, fileId, personId, ops, actor.accountId(), grantedOn, reviewDue, std::nullopt};
}

void PersonalInfoFileService::revoke(const Session& actor, qint64 rightId, const QDate& on)
{
    Statement s = m_file.db().prepare(
        "SELECT f.section_id, r.granted_on, r.revoked_on FROM file_access_rights r JOIN pi_files f ON f.id = r.file_id "
        "WHERE r.id = ?");
    s.bind(1, rightId);
    if (!s.next()) {
        if (actor.scope(Permission::WritePersonalData).isEmpty())
            m_file.require(actor, Permission::WritePersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This access right does not exist."));
    }
    const qint64 section = s.int64(0);
    const QDate granted = QDate::fromString(s.text(1), Qt::ISODate);
    const bool revoked = !s.isNull(2);
    m_file.require(actor, Permission::WritePersonalData, section, kEntity);
    if (revoked)
        throw Error(ErrorCode::Conflict, tr("This access right has already been revoked."));
    if (!on.isValid() || on < granted)
        throw invalid(tr("The right cannot be revoked before it was granted."), QStringLiteral("revoked_on"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE file_access_rights SET revoked_on = ? WHERE id = ?");
    up.bind(1, on.toString(Qt::ISODate)).bind(2, rightId);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kRightEntity, QString::number(rightId),
                            QStringLiteral("changed revoked_on"));
    tx.commit();
}

QList<FileAccessRight> PersonalInfoFileService::accessRights(const Session& actor, qint64 fileId)
{
    readable(actor, fileId);
    QList<FileAccessRight> out;
    Statement s = m_file.db().prepare(QString::fromLatin1(kRightColumns) +
                                      QStringLiteral(" WHERE file_id = ? ORDER BY granted_on, id"));
    s.bind(1, fileId);
    while (s.next())
        out.append(readRight(s));
    m_file.journal().append(actor, JournalAction::View, kRightEntity, QString(),
                            QStringLiteral("list file %1: %2 records").arg(fileId).arg(out.size()));
    return out;
}

QList<FileAccessRight> PersonalInfoFileService::overdueReviews(const Session& actor, const QDate& today)
{
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    QList<FileAccessRight> out;
    Statement s = m_file.db().prepare(
        "SELECT r.id, r.file_id, r.person_id, r.operations, r.granted_by, r.granted_on, r.review_due, r.revoked_on, "
        "f.section_id FROM file_access_rights r JOIN pi_files f ON f.id = r.file_id "
        "WHERE r.revoked_on IS NULL AND r.review_due < ? ORDER BY r.review_due, r.id");
    s.bind(1, today.toString(Qt::ISODate));
    while (s.next()) {
        if (scope.all || scope.sections.contains(s.int64(8)))
            out.append(readRight(s));
    }
    m_file.journal().append(actor, JournalAction::View, kRightEntity, QString(),
                            QStringLiteral("overdue reviews: %1 records").arg(out.size()));
    return out;
}

} // namespace mamori
