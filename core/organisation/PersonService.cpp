#include "organisation/PersonService.h"

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
    return QCoreApplication::translate("mamori::PersonService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const char* const kPersonColumns =
    "SELECT id, staff_no, name, kana, section_id, employment, email, account_id, active FROM people";

Person readPerson(const Statement& s)
{
    Person p;
    p.id = s.int64(0);
    p.staffNo = s.text(1);
    p.name = s.text(2);
    p.kana = s.text(3);
    p.sectionId = s.int64(4);
    p.employment = employmentFromKey(s.text(5)).value_or(EmploymentType::Regular);
    p.email = s.text(6);
    if (!s.isNull(7))
        p.accountId = s.int64(7);
    p.active = s.int64(8) != 0;
    return p;
}

std::optional<QDate> optionalDate(const Statement& s, int col)
{
    if (s.isNull(col))
        return std::nullopt;
    return QDate::fromString(s.text(col), Qt::ISODate);
}

QString dateText(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

// Names of the fields that differ, for the journal: what changed, never the values.
QStringList changedFields(const Person& a, const Person& b)
{
    QStringList out;
    if (a.staffNo != b.staffNo) out << QStringLiteral("staff_no");
    if (a.name != b.name) out << QStringLiteral("name");
    if (a.kana != b.kana) out << QStringLiteral("kana");
    if (a.sectionId != b.sectionId) out << QStringLiteral("section");
    if (a.employment != b.employment) out << QStringLiteral("employment");
    if (a.email != b.email) out << QStringLiteral("email");
    return out;
}

Person normalised(Person p)
{
    p.staffNo = p.staffNo.trimmed();
    p.name = p.name.trimmed();
    p.kana = p.kana.trimmed();
    p.email = p.email.trimmed();
    if (p.email.isNull())
        p.email = QStringLiteral(""); // a null QString binds NULL; the column holds "" for none
    return p;
}
} // namespace

QString PersonService::now() const
{
    return m_file.clock().now().toUTC().toString(Qt::ISODate);
}

bool PersonService::sectionExists(qint64 id)
{
    Statement s = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
    s.bind(1, id);
    return s.next();
}

std::optional<Person> PersonService::find(qint64 id)
{
    Statement s = m_file.db().prepare(QString::fromLatin1(kPersonColumns) + QStringLiteral(" WHERE id = ?"));
    s.bind(1, id);
    if (s.next())
        return readPerson(s);
    return std::nullopt;
}

std::optional<qint64> PersonService::idByStaffNo(const QString& staffNo)
{
    Statement s = m_file.db().prepare("SELECT id FROM people WHERE staff_no = ?");
    s.bind(1, staffNo.trimmed());
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

void PersonService::validate(const Person& input)
{
    validateFields(input);
    if (!sectionExists(input.sectionId))
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
}

void PersonService::validateFields(const Person& input)
{
    static const QRegularExpression staffNo(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const Person p = normalised(input);
    if (!staffNo.match(p.staffNo).hasMatch())
        throw invalid(tr("A staff number has 1 to 20 letters, digits, hyphens or underscores."), QStringLiteral("staff_no"));
    if (p.name.isEmpty() || p.name.size() > 100)
        throw invalid(tr("Enter the person's name (at most 100 characters)."), QStringLiteral("name"));
    if (p.kana.isEmpty() || p.kana.size() > 100)
        throw invalid(tr("Enter the reading of the name in kana (at most 100 characters)."), QStringLiteral("kana"));
    if (!p.email.isEmpty() && (p.email.size() > 254 || !email.match(p.email).hasMatch()))
        throw invalid(tr("The e-mail address is not valid."), QStringLiteral("email"));
}

Person PersonService::add(const Session& actor, const Person& input)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    Person p = normalised(input);
    validate(p);
    if (idByStaffNo(p.staffNo))
        throw Error(ErrorCode::AlreadyExists, tr("A person with this staff number already exists."))
            .withField(QStringLiteral("staff_no"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO people(staff_no, name, kana, section_id, employment, email, account_id, active, created_at, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    ins.bind(1, p.staffNo).bind(2, p.name).bind(3, p.kana).bind(4, p.sectionId).bind(5, employmentKey(p.employment))
        .bind(6, p.email);
    if (p.accountId)
        ins.bind(7, *p.accountId);
    else
        ins.bindNull(7);
    ins.bind(8, now()).bind(9, now());
    ins.run();
    p.id = m_file.db().lastInsertId();
    p.active = true;
    m_file.journal().append(actor, JournalAction::Create, QStringLiteral("person"), QString::number(p.id),
                            QStringLiteral("section %1, employment %2").arg(p.sectionId).arg(employmentKey(p.employment)));
    tx.commit();
    return p;
}

Person PersonService::update(const Session& actor, const Person& input)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    Person p = normalised(input);
    const std::optional<Person> old = find(p.id);
    if (!old)
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    validate(p);
    const std::optional<qint64> holder = idByStaffNo(p.staffNo);
    if (holder && *holder != p.id)
        throw Error(ErrorCode::AlreadyExists, tr("A person with this staff number already exists."))
            .withField(QStringLiteral("staff_no"));
    p.active = old->active;
    p.accountId = old->accountId;
    const QStringList changed = changedFields(*old, p);
    if (changed.isEmpty())
        return p;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE people SET staff_no = ?, name = ?, kana = ?, section_id = ?, employment = ?, email = ?, "
        "updated_at = ? WHERE id = ?");
    up.bind(1, p.staffNo).bind(2, p.name).bind(3, p.kana).bind(4, p.sectionId).bind(5, employmentKey(p.employment))
        .bind(6, p.email).bind(7, now()).bind(8, p.id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("person"), QString::number(p.id),
                            QStringLiteral("changed %1").arg(changed.join(QStringLiteral(", "))));
    tx.commit();
    return p;
}

Person PersonService::get(const Session& actor, qint64 id)
{
    const std::optional<Person> p = find(id);
    // Refuse before saying whether the record exists, unless the actor may read somewhere.
    if (!p) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, QStringLiteral("person"));
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, p->sectionId, QStringLiteral("person"));
    m_file.journal().append(actor, JournalAction::View, QStringLiteral("person"), QString::number(id), QString());
    return *p;
}

QList<Person> PersonService::list(const Session& actor, std::optional<qint64> section)
{
    const Session::Scope scope = m_file.readScope(actor, section, QStringLiteral("person"));
    QList<Person> out;
    Statement s = m_file.db().prepare(QString::fromLatin1(kPersonColumns) +
                                      QStringLiteral(" WHERE (?1 IS NULL OR section_id = ?1) ORDER BY section_id, staff_no"));
    if (section)
        s.bind(1, *section);
    else
        s.bindNull(1);
    while (s.next()) {
        Person p = readPerson(s);
        if (scope.all || scope.sections.contains(p.sectionId))
            out.append(std::move(p));
    }
    m_file.journal().append(actor, JournalAction::View, QStringLiteral("person"), QString(),
                            QStringLiteral("list %1: %2 records")
                                .arg(section ? QStringLiteral("section %1").arg(*section) : QStringLiteral("all readable sections"))
                                .arg(out.size()));
    return out;
}

void PersonService::linkAccount(const Session& actor, qint64 personId, std::optional<qint64> accountId)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    if (!find(personId))
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    if (accountId) {
        Statement s = m_file.db().prepare("SELECT 1 FROM accounts WHERE id = ?");
        s.bind(1, *accountId);
        if (!s.next())
            throw invalid(tr("Choose an existing account."), QStringLiteral("account"));
    }
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE people SET account_id = ?, updated_at = ? WHERE id = ?");
    if (accountId)
        up.bind(1, *accountId);
    else
        up.bindNull(1);
    up.bind(2, now()).bind(3, personId);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("person"), QString::number(personId),
                            accountId ? QStringLiteral("linked account %1").arg(*accountId) : QStringLiteral("unlinked account"));
    tx.commit();
}

void PersonService::deactivate(const Session& actor, qint64 id)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    if (!find(id))
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE people SET active = 0, updated_at = ? WHERE id = ?");
    up.bind(1, now()).bind(2, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("person"), QString::number(id),
                            QStringLiteral("changed active"));
    tx.commit();
}

PersonRole PersonService::assignRole(const Session& actor, qint64 personId, Role role, std::optional<qint64> section,
                                     const QDate& startsOn, const std::optional<QDate>& endsOn)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    if (!find(personId))
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    if (isSectionScoped(role) != section.has_value() || (section && !sectionExists(*section)))
        throw invalid(isSectionScoped(role) ? tr("This role needs a section.") : tr("This role applies to the whole city; do not give a section."),
                      QStringLiteral("section"));
    if (!startsOn.isValid())
        throw invalid(tr("Enter the date the role starts."), QStringLiteral("starts_on"));
    if (endsOn && (!endsOn->isValid() || *endsOn < startsOn))
        throw invalid(tr("The role cannot end before it starts."), QStringLiteral("ends_on"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO person_roles(person_id, role, section_id, starts_on, ends_on, created_at) VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind(1, personId).bind(2, roleKey(role));
    if (section)
        ins.bind(3, *section);
    else
        ins.bindNull(3);
    ins.bind(4, startsOn.toString(Qt::ISODate)).bind(5, dateText(endsOn)).bind(6, now());
    ins.run();
    const qint64 id = m_file.db().lastInsertId();
    m_file.journal().append(actor, JournalAction::Create, QStringLiteral("person_role"), QString::number(id),
                            QStringLiteral("person %1, role %2").arg(personId).arg(roleKey(role)));
    tx.commit();
    return PersonRole{id, personId, role, section, startsOn, endsOn};
}

QList<PersonRole> PersonService::roles(const Session& actor, qint64 personId)
{
    get(actor, personId); // permission check and the journaled read
    QList<PersonRole> out;
    Statement s = m_file.db().prepare(
        "SELECT id, person_id, role, section_id, starts_on, ends_on FROM person_roles WHERE person_id = ? ORDER BY starts_on, id");
    s.bind(1, personId);
    while (s.next()) {
        PersonRole r;
        r.id = s.int64(0);
        r.personId = s.int64(1);
        r.role = roleFromKey(s.text(2)).value_or(Role::Staff);
        if (!s.isNull(3))
            r.sectionId = s.int64(3);
        r.startsOn = QDate::fromString(s.text(4), Qt::ISODate);
        r.endsOn = optionalDate(s, 5);
        out.append(r);
    }
    return out;
}

DesignatedHandler PersonService::designateHandler(const Session& actor, qint64 personId, qint64 sectionId,
                                                  const QString& duty, const QString& dataScope, const QDate& on)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    if (!find(personId))
        throw Error(ErrorCode::NotFound, tr("This person does not exist."));
    if (!sectionExists(sectionId))
        throw invalid(tr("Choose an existing section."), QStringLiteral("section"));
    if (duty.trimmed().isEmpty() || duty.size() > 200)
        throw invalid(tr("Enter the duty of the handler (at most 200 characters)."), QStringLiteral("duty"));
    if (dataScope.trimmed().isEmpty() || dataScope.size() > 500)
        throw invalid(tr("Enter the personal data the handler may handle (at most 500 characters)."), QStringLiteral("data_scope"));
    if (!on.isValid())
        throw invalid(tr("Enter the date of the designation."), QStringLiteral("designated_on"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO designated_handlers(person_id, section_id, duty, data_scope, designated_on, designated_by) "
        "VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind(1, personId).bind(2, sectionId).bind(3, duty.trimmed()).bind(4, dataScope.trimmed())
        .bind(5, on.toString(Qt::ISODate)).bind(6, actor.accountId());
    ins.run();
    const qint64 id = m_file.db().lastInsertId();
    m_file.journal().append(actor, JournalAction::Create, QStringLiteral("designated_handler"), QString::number(id),
                            QStringLiteral("person %1, section %2").arg(personId).arg(sectionId));
    tx.commit();
    return DesignatedHandler{id, personId, sectionId, duty.trimmed(), dataScope.trimmed(), on, actor.accountId(), std::nullopt};
}

void PersonService::revokeHandler(const Session& actor, qint64 handlerId, const QDate& on)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    Statement s = m_file.db().prepare("SELECT designated_on, revoked_on FROM designated_handlers WHERE id = ?");
    s.bind(1, handlerId);
    if (!s.next())
        throw Error(ErrorCode::NotFound, tr("This designation does not exist."));
    const QDate designated = QDate::fromString(s.text(0), Qt::ISODate);
    const bool revoked = !s.isNull(1);
    if (revoked)
        throw Error(ErrorCode::Conflict, tr("This designation has already been revoked."));
    if (!on.isValid() || on < designated)
        throw invalid(tr("The designation cannot be revoked before it was made."), QStringLiteral("revoked_on"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE designated_handlers SET revoked_on = ? WHERE id = ?");
    up.bind(1, on.toString(Qt::ISODate)).bind(2, handlerId);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("designated_handler"), QString::number(handlerId),
                            QStringLiteral("changed revoked_on"));
    tx.commit();
}

QList<DesignatedHandler> PersonService::handlers(const Session& actor, std::optional<qint64> section)
{
    const Session::Scope scope = m_file.readScope(actor, section, QStringLiteral("person"));
    QList<DesignatedHandler> out;
    Statement s = m_file.db().prepare(
        "SELECT id, person_id, section_id, duty, data_scope, designated_on, designated_by, revoked_on "
        "FROM designated_handlers WHERE (?1 IS NULL OR section_id = ?1) ORDER BY section_id, designated_on, id");
    if (section)
        s.bind(1, *section);
    else
        s.bindNull(1);
    while (s.next()) {
        DesignatedHandler h{s.int64(0), s.int64(1), s.int64(2), s.text(3), s.text(4),
                            QDate::fromString(s.text(5), Qt::ISODate), s.int64(6), optionalDate(s, 7)};
        if (scope.all || scope.sections.contains(h.sectionId))
            out.append(h);
    }
    m_file.journal().append(actor, JournalAction::View, QStringLiteral("designated_handler"), QString(),
                            QStringLiteral("list: %1 records").arg(out.size()));
    return out;
}

} // namespace mamori
