#include "incidents/IncidentService.h"

#include "accounts/AccountService.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "incidents/ReportRulesJson.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::IncidentService", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kEntity = QStringLiteral("incident");

const char* const kColumns =
    "SELECT id, incident_no, section_id, state, reported_by_account, reported_at, aware_at, aware_person, carry_out_id, "
    "summary, leak_type, suspected, medium, data_items, persons, sensitive, ordinance_sensitive, my_number, "
    "my_number_system, public_exposure, property_damage_risk, improper_purpose, advanced_encryption, contractor_involved, "
    "secondary_damage, secondary_damage_details, cause, occurred_on, how_detected, facts_version, publication, "
    "publication_decided_on, publication_decided_by, publication_reason, published_on, ppc_secretariat_informed_on, "
    "closed_at, closed_by FROM incidents";

QDate optionalDate(const Statement& s, int col)
{
    return s.isNull(col) ? QDate() : QDate::fromString(s.text(col), Qt::ISODate);
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindOptional(Statement& s, int index, const std::optional<qint64>& v)
{
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

void bindDate(Statement& s, int index, const QDate& d)
{
    if (d.isValid())
        s.bind(index, d.toString(Qt::ISODate));
    else
        s.bindNull(index);
}

QString idList(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// Trims and checks a text field: required or not, at most `max` characters.
QString text(const QString& value, int max, bool required, const QString& field, const QString& message)
{
    const QString t = nonNull(value.trimmed());
    if ((required && t.isEmpty()) || t.size() > max)
        throw invalid(message, field);
    return t;
}

template <typename E>
std::optional<E> fromKey(const QList<E>& all, QString (*key)(E), const QString& k)
{
    for (E e : all)
        if (key(e) == k)
            return e;
    return std::nullopt;
}

QJsonObject factsJson(const IncidentFacts& f)
{
    return QJsonObject{{QStringLiteral("aware_at"), f.awareOn.toString(Qt::ISODate)},
                       {QStringLiteral("persons"), static_cast<double>(f.persons)},
                       {QStringLiteral("sensitive"), f.sensitive},
                       {QStringLiteral("ordinance_sensitive"), f.ordinanceSensitive},
                       {QStringLiteral("ordinance_defines_sensitive"), f.ordinanceDefinesSensitive},
                       {QStringLiteral("property_damage_risk"), f.propertyDamageRisk},
                       {QStringLiteral("improper_purpose"), f.improperPurpose},
                       {QStringLiteral("advanced_encryption"), f.advancedEncryption},
                       {QStringLiteral("my_number"), f.myNumber},
                       {QStringLiteral("my_number_system"), f.myNumberSystem},
                       {QStringLiteral("public_exposure"), f.publicExposure}};
}

IncidentFacts factsFromJson(const QString& json)
{
    IncidentFacts f;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    f.awareOn = QDate::fromString(o.value(QStringLiteral("aware_at")).toString(), Qt::ISODate);
    f.persons = static_cast<qint64>(o.value(QStringLiteral("persons")).toDouble());
    f.sensitive = o.value(QStringLiteral("sensitive")).toBool();
    f.ordinanceSensitive = o.value(QStringLiteral("ordinance_sensitive")).toBool();
    f.ordinanceDefinesSensitive = o.value(QStringLiteral("ordinance_defines_sensitive")).toBool();
    f.propertyDamageRisk = o.value(QStringLiteral("property_damage_risk")).toBool();
    f.improperPurpose = o.value(QStringLiteral("improper_purpose")).toBool();
    f.advancedEncryption = o.value(QStringLiteral("advanced_encryption")).toBool();
    f.myNumber = o.value(QStringLiteral("my_number")).toBool();
    f.myNumberSystem = o.value(QStringLiteral("my_number_system")).toBool();
    f.publicExposure = o.value(QStringLiteral("public_exposure")).toBool();
    return f;
}

RegimeAssessment regimeFrom(Regime regime, const Statement& s, int col)
{
    // Columns from `col`: reportable, grounds, preliminary due, final due.
    RegimeAssessment r;
    r.regime = regime;
    r.reportable = s.int64(col) != 0;
    for (const QString& id : s.text(col + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.grounds << ReportGround{id, Reportability::legalBasis(id)};
    r.preliminaryDue = optionalDate(s, col + 2);
    r.finalDue = optionalDate(s, col + 3);
    r.notifyIndividuals = r.reportable;
    return r;
}

// The names of the facts that differ, for the journal (names only, never values).
QStringList changedFields(const IncidentDetails& a, const IncidentDetails& b)
{
    QStringList out;
    auto check = [&](bool differs, const char* name) {
        if (differs)
            out << QString::fromLatin1(name);
    };
    check(a.summary != b.summary, "summary");
    check(a.leakType != b.leakType, "leak_type");
    check(a.suspected != b.suspected, "suspected");
    check(a.medium != b.medium, "medium");
    check(a.dataItems != b.dataItems, "data_items");
    check(a.persons != b.persons, "persons");
    check(a.sensitive != b.sensitive, "sensitive");
    check(a.ordinanceSensitive != b.ordinanceSensitive, "ordinance_sensitive");
    check(a.myNumber != b.myNumber, "my_number");
    check(a.myNumberSystem != b.myNumberSystem, "my_number_system");
    check(a.publicExposure != b.publicExposure, "public_exposure");
    check(a.propertyDamageRisk != b.propertyDamageRisk, "property_damage_risk");
    check(a.improperPurpose != b.improperPurpose, "improper_purpose");
    check(a.advancedEncryption != b.advancedEncryption, "advanced_encryption");
    check(a.contractorInvolved != b.contractorInvolved, "contractor_involved");
    check(a.secondaryDamage != b.secondaryDamage, "secondary_damage");
    check(a.secondaryDamageDetails != b.secondaryDamageDetails, "secondary_damage_details");
    check(a.cause != b.cause, "cause");
    check(a.occurredOn != b.occurredOn, "occurred_on");
    check(a.howDetected != b.howDetected, "how_detected");
    check(a.fileIds != b.fileIds, "files");
    return out;
}
} // namespace

// ---- keys ----------------------------------------------------------------------------------

QList<LeakType> allLeakTypes()
{
    return {LeakType::Leak, LeakType::Loss, LeakType::Damage};
}

QString leakTypeKey(LeakType t)
{
    switch (t) {
    case LeakType::Leak: return QStringLiteral("LEAK");
    case LeakType::Loss: return QStringLiteral("LOSS");
    case LeakType::Damage: break;
    }
    return QStringLiteral("DAMAGE");
}

std::optional<LeakType> leakTypeFromKey(const QString& key)
{
    return fromKey(allLeakTypes(), &leakTypeKey, key);
}

QList<LeakMedium> allLeakMedia()
{
    return {LeakMedium::Paper, LeakMedium::Electronic, LeakMedium::Both};
}

QString leakMediumKey(LeakMedium m)
{
    switch (m) {
    case LeakMedium::Paper: return QStringLiteral("PAPER");
    case LeakMedium::Electronic: return QStringLiteral("ELECTRONIC");
    case LeakMedium::Both: break;
    }
    return QStringLiteral("BOTH");
}

std::optional<LeakMedium> leakMediumFromKey(const QString& key)
{
    return fromKey(allLeakMedia(), &leakMediumKey, key);
}

QString reportKindKey(ReportKind k)
{
    return k == ReportKind::Preliminary ? QStringLiteral("PRELIMINARY") : QStringLiteral("FINAL");
}

std::optional<ReportKind> reportKindFromKey(const QString& key)
{
    return fromKey(QList<ReportKind>{ReportKind::Preliminary, ReportKind::Final}, &reportKindKey, key);
}

std::optional<Regime> regimeFromKey(const QString& key)
{
    return fromKey(QList<Regime>{Regime::Appi, Regime::MyNumber}, &regimeKey, key);
}

QString noticeKindKey(NoticeKind k)
{
    return k == NoticeKind::Notice ? QStringLiteral("NOTICE") : QStringLiteral("SUBSTITUTE");
}

QString publicationDecisionKey(PublicationDecision d)
{
    switch (d) {
    case PublicationDecision::Undecided: return QStringLiteral("UNDECIDED");
    case PublicationDecision::Publish: return QStringLiteral("PUBLISH");
    case PublicationDecision::DoNotPublish: break;
    }
    return QStringLiteral("DO_NOT_PUBLISH");
}

QString measureStatusKey(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Planned: return QStringLiteral("PLANNED");
    case MeasureStatus::InProgress: return QStringLiteral("IN_PROGRESS");
    case MeasureStatus::Done: break;
    }
    return QStringLiteral("DONE");
}

std::optional<MeasureStatus> measureStatusFromKey(const QString& key)
{
    return fromKey(QList<MeasureStatus>{MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done},
                   &measureStatusKey, key);
}

const PpcReport* Incident::report(Regime regime, ReportKind kind) const
{
    for (const PpcReport& r : reports)
        if (r.regime == regime && r.kind == kind)
            return &r;
    return nullptr;
}

// ---- configuration -------------------------------------------------------------------------

QString IncidentService::now() const
{
    return storedTime(m_file.clock().now());
}

QDate IncidentService::today() const
{
    return m_file.clock().now().toLocalTime().date();
}

ReportRules IncidentService::rules() const
{
    // The product's defaults, with what the city changed on top (ReportRulesJson).
    Statement s = m_file.db().prepare("SELECT value FROM incident_settings WHERE key = 'report_rules'");
    if (!s.next())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(s.text(0).toUtf8());
    if (!doc.isObject())
        throw Error(ErrorCode::Damaged, tr("The case file's reporting rules are unreadable."));
    return ReportRulesJson::fromJson(doc.object());
}

void IncidentService::setRules(const Session& actor, const ReportRules& rules)
{
    m_file.require(actor, Permission::ManageSettings, std::nullopt, QStringLiteral("incident_settings"));
    ReportRulesJson::validate(rules);
    const QJsonObject before = ReportRulesJson::toJson(this->rules());
    const QJsonObject after = ReportRulesJson::toJson(rules);
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changed << it.key();
    if (changed.isEmpty())
        return;
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("INSERT OR REPLACE INTO incident_settings(key, value) VALUES('report_rules', ?)");
    up.bind(1, QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
    up.run();
    // Numbers of the rules, not personal data: the journal says which changed, and to what.
    QStringList summary;
    for (const QString& key : changed)
        summary << key + QLatin1Char('=') + ReportRulesJson::valueText(after.value(key));
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("incident_settings"),
                            QStringLiteral("report_rules"), summary.join(QStringLiteral(", ")));
    tx.commit();
}

bool IncidentService::ordinanceDefinesSensitive()
{
    Statement s = m_file.db().prepare("SELECT value FROM incident_settings WHERE key = 'ordinance_defines_sensitive'");
    return s.next() && s.text(0) == QLatin1String("1");
}

void IncidentService::setOrdinanceDefinesSensitive(const Session& actor, bool defines)
{
    m_file.require(actor, Permission::ManageSettings, std::nullopt, QStringLiteral("incident_settings"));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "INSERT OR REPLACE INTO incident_settings(key, value) VALUES('ordinance_defines_sensitive', ?)");
    up.bind(1, defines ? QStringLiteral("1") : QStringLiteral("0"));
    up.run();
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("incident_settings"),
                            QStringLiteral("ordinance_defines_sensitive"), QStringLiteral("set to %1").arg(defines ? 1 : 0));
    tx.commit();
}

QList<EscalationTarget> IncidentService::escalationChain()
{
    return EscalationChain::forPreset(m_file.settings().value(CaseSetting::TitlePreset).toString(), m_file.accounts().titles());
}

IncidentFacts IncidentService::factsFor(const Incident& incident)
{
    const IncidentDetails& d = incident.details;
    IncidentFacts f;
    f.awareOn = incident.awareAt.toLocalTime().date();
    f.persons = d.persons;
    f.sensitive = d.sensitive;
    f.ordinanceSensitive = d.ordinanceSensitive;
    f.ordinanceDefinesSensitive = ordinanceDefinesSensitive();
    f.propertyDamageRisk = d.propertyDamageRisk;
    f.improperPurpose = d.improperPurpose;
    f.advancedEncryption = d.advancedEncryption;
    f.myNumber = d.myNumber;
    f.myNumberSystem = d.myNumberSystem;
    f.publicExposure = d.publicExposure;
    return f;
}

// ---- reading -------------------------------------------------------------------------------

std::optional<Incident> IncidentService::find(qint64 id)
{
    Incident i;
    {
        Statement s = m_file.db().prepare(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE id = ?"));
        s.bind(1, id);
        if (!s.next())
            return std::nullopt;
        i.id = s.int64(0);
        i.incidentNo = s.text(1);
        i.sectionId = s.int64(2);
        i.state = incidentStateFromKey(s.text(3)).value_or(IncidentState::UnitNotified);
        i.reportedByAccount = s.int64(4);
        i.reportedAt = s.dateTime(5);
        i.awareAt = s.dateTime(6);
        i.awarePerson = s.optionalInt64(7);
        i.carryOutId = s.optionalInt64(8);
        IncidentDetails& d = i.details;
        d.summary = s.text(9);
        d.leakType = leakTypeFromKey(s.text(10)).value_or(LeakType::Leak);
        d.suspected = s.int64(11) != 0;
        d.medium = leakMediumFromKey(s.text(12)).value_or(LeakMedium::Paper);
        d.dataItems = s.text(13);
        d.persons = s.int64(14);
        d.sensitive = s.int64(15) != 0;
        d.ordinanceSensitive = s.int64(16) != 0;
        d.myNumber = s.int64(17) != 0;
        d.myNumberSystem = s.int64(18) != 0;
        d.publicExposure = s.int64(19) != 0;
        d.propertyDamageRisk = s.int64(20) != 0;
        d.improperPurpose = s.int64(21) != 0;
        d.advancedEncryption = s.int64(22) != 0;
        d.contractorInvolved = s.int64(23) != 0;
        d.secondaryDamage = s.int64(24) != 0;
        d.secondaryDamageDetails = s.text(25);
        d.cause = s.text(26);
        d.occurredOn = optionalDate(s, 27);
        d.howDetected = s.text(28);
        i.factsVersion = s.int32(29);
        const QString pub = s.text(30);
        for (PublicationDecision p : {PublicationDecision::Undecided, PublicationDecision::Publish, PublicationDecision::DoNotPublish})
            if (publicationDecisionKey(p) == pub)
                i.publication.decision = p;
        i.publication.decidedOn = optionalDate(s, 31);
        i.publication.decidedBy = s.optionalInt64(32);
        i.publication.reason = s.text(33);
        i.publication.publishedOn = optionalDate(s, 34);
        i.publication.ppcSecretariatInformedOn = optionalDate(s, 35);
        i.closedAt = s.dateTime(36);
        i.closedBy = s.optionalInt64(37);
    }
    loadChildren(i);
    return i;
}

void IncidentService::loadChildren(Incident& i)
{
    Database& db = m_file.db();
    {
        Statement s = db.prepare("SELECT file_id FROM incident_files WHERE incident_id = ? ORDER BY file_id");
        s.bind(1, i.id);
        while (s.next())
            i.details.fileIds << s.int64(0);
    }
    {
        Statement s = db.prepare(
            "SELECT id, action, done_at, recorded_by, recorded_at FROM incident_containment WHERE incident_id = ? "
            "ORDER BY done_at, id");
        s.bind(1, i.id);
        while (s.next())
            i.containment << ContainmentAction{s.int64(0), s.text(1), s.dateTime(2), s.int64(3), s.dateTime(4)};
    }
    {
        Statement s = db.prepare(
            "SELECT step, recipient, recipient_title, method, informed_at, recorded_by, note FROM incident_escalations "
            "WHERE incident_id = ? ORDER BY step");
        s.bind(1, i.id);
        while (s.next())
            i.escalations << EscalationRecord{s.int32(0), s.text(1), s.text(2),
                                              contactMethodFromKey(s.text(3)).value_or(ContactMethod::Other),
                                              s.dateTime(4), s.int64(5), s.text(6)};
    }
    {
        Statement s = db.prepare(
            "SELECT id, assessed_at, assessed_by, facts_version, facts_json, appi_reportable, appi_grounds, "
            "appi_preliminary_due, appi_final_due, my_number_reportable, my_number_grounds, my_number_preliminary_due, "
            "my_number_final_due FROM incident_assessments WHERE incident_id = ? ORDER BY id");
        s.bind(1, i.id);
        while (s.next()) {
            IncidentAssessment a;
            a.id = s.int64(0);
            a.assessedAt = s.dateTime(1);
            a.assessedBy = s.int64(2);
            a.factsVersion = s.int32(3);
            a.facts = factsFromJson(s.text(4));
            a.result.appi = regimeFrom(Regime::Appi, s, 5);
            a.result.myNumber = regimeFrom(Regime::MyNumber, s, 9);
            i.assessments << a;
        }
    }
    {
        Statement s = db.prepare(
            "SELECT id, regime, kind, submitted_on, submitted_by, summary, data_items, persons, cause, secondary_damage, "
            "individual_response, publication, prevention, other, grounds, contact, other_bodies, recorded_at "
            "FROM incident_reports WHERE incident_id = ? ORDER BY submitted_on, id");
        s.bind(1, i.id);
        while (s.next()) {
            PpcReport r;
            r.id = s.int64(0);
            r.regime = regimeFromKey(s.text(1)).value_or(Regime::Appi);
            r.kind = reportKindFromKey(s.text(2)).value_or(ReportKind::Preliminary);
            r.submittedOn = optionalDate(s, 3);
            r.submittedBy = s.int64(4);
            r.items = {s.text(5), s.text(6), s.optionalInt64(7), s.text(8), s.text(9), s.text(10), s.text(11), s.text(12),
                       s.text(13)};
            r.grounds = s.text(14).split(QLatin1Char(','), Qt::SkipEmptyParts);
            r.contact = s.text(15);
            r.otherBodies = s.text(16);
            r.recordedAt = s.dateTime(17);
            i.reports << r;
        }
    }
    {
        Statement s = db.prepare(
            "SELECT id, kind, group_label, persons, method, notified_at, notified_by, number_change_guidance, description, "
            "recorded_by FROM incident_notices WHERE incident_id = ? ORDER BY notified_at, id");
        s.bind(1, i.id);
        while (s.next()) {
            IndividualNotice n;
            n.id = s.int64(0);
            n.kind = s.text(1) == QLatin1String("SUBSTITUTE") ? NoticeKind::Substitute : NoticeKind::Notice;
            n.groupLabel = s.text(2);
            n.persons = s.int64(3);
            if (!s.isNull(4))
                n.method = contactMethodFromKey(s.text(4));
            n.notifiedAt = s.dateTime(5);
            n.notifiedBy = s.optionalInt64(6);
            n.numberChangeGuidance = s.int64(7) != 0;
            n.description = s.text(8);
            n.recordedBy = s.int64(9);
            i.notices << n;
        }
    }
    {
        Statement s = db.prepare(
            "SELECT id, description, owner_person, due_on, status FROM incident_measures WHERE incident_id = ? ORDER BY id");
        s.bind(1, i.id);
        while (s.next())
            i.measures << PreventionMeasure{s.int64(0), s.text(1), s.int64(2), optionalDate(s, 3),
                                            measureStatusFromKey(s.text(4)).value_or(MeasureStatus::Planned), {}};
    }
    for (PreventionMeasure& m : i.measures) {
        Statement s = db.prepare("SELECT section_id FROM incident_measure_shares WHERE measure_id = ? ORDER BY section_id");
        s.bind(1, m.id);
        while (s.next())
            m.sharedWithSections << s.int64(0);
    }
}

Incident IncidentService::get(const Session& actor, qint64 id)
{
    const std::optional<Incident> i = find(id);
    if (!i) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("This incident does not exist."));
    }
    m_file.require(actor, Permission::ReadPersonalData, i->sectionId, kEntity);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString::number(id), QString());
    return *i;
}

Incident IncidentService::getByNumber(const Session& actor, const QString& incidentNo)
{
    std::optional<qint64> id;
    {
        Statement s = m_file.db().prepare("SELECT id FROM incidents WHERE incident_no = ?");
        s.bind(1, nonNull(incidentNo.trimmed().toUpper()));
        if (s.next())
            id = s.int64(0);
    }
    if (!id) {
        if (actor.scope(Permission::ReadPersonalData).isEmpty())
            m_file.require(actor, Permission::ReadPersonalData, std::nullopt, kEntity);
        throw Error(ErrorCode::NotFound, tr("No incident has this number.")).withField(QStringLiteral("incident_no"));
    }
    return get(actor, *id);
}

QList<Incident> IncidentService::list(const Session& actor, const IncidentFilter& filter)
{
    const Session::Scope scope = m_file.readScope(actor, filter.sectionId, kEntity);
    QStringList where;
    if (filter.openOnly)
        where << QStringLiteral("state <> 'CLOSED'");
    if (filter.state)
        where << QStringLiteral("state = '%1'").arg(incidentStateKey(*filter.state)); // a fixed key, not user text
    if (filter.sectionId)
        where << QStringLiteral("section_id = %1").arg(*filter.sectionId);
    QString sql = QStringLiteral("SELECT id, section_id FROM incidents");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY aware_at DESC, incident_no DESC");
    QList<qint64> ids;
    {
        Statement s = m_file.db().prepare(sql);
        while (s.next())
            if (scope.all || scope.sections.contains(s.int64(1)))
                ids << s.int64(0);
    }
    QList<Incident> out;
    for (qint64 id : ids)
        out << *find(id);
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("list open %1, state %2, section %3: %4 records")
                                .arg(filter.openOnly ? 1 : 0)
                                .arg(filter.state ? incidentStateKey(*filter.state) : QStringLiteral("any"),
                                     filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"))
                                .arg(out.size()));
    return out;
}

// ---- permission and state checks -----------------------------------------------------------

void IncidentService::refuse(const Session& actor, const Incident& incident, const QString& journalSummary,
                             const QString& message)
{
    if (!m_file.db().inTransaction())
        m_file.journal().append(actor, JournalAction::Denied, kEntity, QString::number(incident.id), journalSummary);
    throw Error(ErrorCode::PermissionDenied, message);
}

void IncidentService::requireReach(const Session& actor, const Incident& incident, IncidentAction action)
{
    if (!actor.isRecovery())
        for (const RoleAssignment& r : actor.roles()) {
            const IncidentWorkflow::Reach reach = IncidentWorkflow::reach(r.role, action);
            if (reach == IncidentWorkflow::Reach::All ||
                (reach == IncidentWorkflow::Reach::OwnSection && r.sectionId == incident.sectionId))
                return;
        }
    refuse(actor, incident, QStringLiteral("%1 refused").arg(incidentActionKey(action)),
           tr("You may not do this on this incident (%1).").arg(incidentActionKey(action)));
}

void IncidentService::requireRole(const Session& actor, const Incident& incident, Role role, const QString& what)
{
    const bool sectionScoped = isSectionScoped(role);
    if (!actor.isRecovery())
        for (const RoleAssignment& r : actor.roles())
            if (r.role == role && (!sectionScoped || r.sectionId == incident.sectionId))
                return;
    refuse(actor, incident, QStringLiteral("%1 needs %2").arg(what, roleKey(role)),
           tr("Only the %1 may record this step (%2).").arg(roleKey(role), what));
}

void IncidentService::requireState(const Incident& incident, IncidentAction action)
{
    if (IncidentWorkflow::allows(action, incident.state))
        return;
    throw Error(ErrorCode::Conflict, tr("An incident in state %1 does not allow this (%2).")
                                         .arg(incidentStateKey(incident.state), incidentActionKey(action)))
        .withField(QStringLiteral("state"));
}

Incident IncidentService::writable(const Session& actor, qint64 id, IncidentAction action)
{
    const std::optional<Incident> i = find(id);
    if (!i)
        throw Error(ErrorCode::NotFound, tr("This incident does not exist."));
    if (action != IncidentAction::Escalate)
        requireReach(actor, *i, action);
    requireState(*i, action);
    return *i;
}

// Writes the state the action leads to and the journal entry, inside the caller's transaction.
void IncidentService::moveTo(const Session& actor, const Incident& incident, IncidentAction action, const QString& summary)
{
    const IncidentState next = IncidentWorkflow::after(action, incident.state);
    Statement up = m_file.db().prepare("UPDATE incidents SET state = ?, updated_at = ? WHERE id = ?");
    up.bind(1, incidentStateKey(next)).bind(2, now()).bind(3, incident.id);
    up.run();
    QString line = incidentActionKey(action);
    if (next != incident.state)
        line += QStringLiteral(", %1 -> %2").arg(incidentStateKey(incident.state), incidentStateKey(next));
    if (!summary.isEmpty())
        line += QStringLiteral(", ") + summary;
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(incident.id), line);
}

void IncidentService::validateAwareAt(const QDateTime& awareAt, const QString& field)
{
    if (!awareAt.isValid())
        throw invalid(tr("Enter when the city became aware of the incident."), field);
    if (awareAt > m_file.clock().now())
        throw invalid(tr("The awareness time cannot be in the future."), field);
}

void IncidentService::requirePerson(qint64 personId, const QString& field)
{
    Statement s = m_file.db().prepare("SELECT 1 FROM people WHERE id = ?");
    s.bind(1, personId);
    if (!s.next())
        throw invalid(tr("Choose a person from the staff list."), field);
}

void IncidentService::validateDetails(const IncidentDetails& d)
{
    if (d.summary.trimmed().isEmpty() || d.summary.trimmed().size() > 4000)
        throw invalid(tr("Describe what happened (at most 4000 characters)."), QStringLiteral("summary"));
    if (d.persons < 0)
        throw invalid(tr("The number of persons cannot be negative."), QStringLiteral("persons"));
    if (d.dataItems.trimmed().size() > 2000)
        throw invalid(tr("The data items may have at most 2000 characters."), QStringLiteral("data_items"));
    if (d.secondaryDamage && d.secondaryDamageDetails.trimmed().isEmpty())
        throw invalid(tr("Describe the secondary damage."), QStringLiteral("secondary_damage_details"));
    if (d.secondaryDamageDetails.trimmed().size() > 4000)
        throw invalid(tr("The secondary damage may be described in at most 4000 characters."),
                      QStringLiteral("secondary_damage_details"));
    if (d.cause.trimmed().size() > 4000)
        throw invalid(tr("The cause may be described in at most 4000 characters."), QStringLiteral("cause"));
    if (d.howDetected.trimmed().size() > 2000)
        throw invalid(tr("How it was detected may be described in at most 2000 characters."), QStringLiteral("how_detected"));
    if (d.occurredOn.isValid() && d.occurredOn > today())
        throw invalid(tr("The date of occurrence cannot be in the future."), QStringLiteral("occurred_on"));
    for (qint64 fileId : d.fileIds) {
        Statement s = m_file.db().prepare("SELECT 1 FROM pi_files WHERE id = ?");
        s.bind(1, fileId);
        if (!s.next())
            throw invalid(tr("Choose files from the register."), QStringLiteral("files"));
    }
}

QString IncidentService::nextIncidentNo()
{
    const QString prefix = QStringLiteral("IN-%1-").arg(today().year(), 4, 10, QLatin1Char('0'));
    Statement s = m_file.db().prepare(
        "SELECT incident_no FROM incidents WHERE substr(incident_no, 1, 8) = ? ORDER BY incident_no DESC LIMIT 1");
    s.bind(1, prefix);
    qint64 last = 0;
    if (s.next())
        last = s.text(0).mid(prefix.size()).toLongLong();
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

// ---- the workflow --------------------------------------------------------------------------

Incident IncidentService::insert(const Session& actor, const Incident& i, const QString& summary)
{
    Transaction tx(m_file.db());
    const QString incidentNo = nextIncidentNo();
    const IncidentDetails& d = i.details;
    Statement ins = m_file.db().prepare(
        "INSERT INTO incidents(incident_no, section_id, state, reported_by_account, reported_at, aware_at, aware_person, "
        "carry_out_id, summary, leak_type, suspected, medium, data_items, persons, sensitive, my_number, how_detected, "
        "created_at, updated_at) VALUES(?1, ?2, 'UNIT_NOTIFIED', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?4, ?4)");
    ins.bind(1, incidentNo).bind(2, i.sectionId).bind(3, actor.accountId()).bind(4, now()).bind(5, storedTime(i.awareAt));
    bindOptional(ins, 6, i.awarePerson);
    bindOptional(ins, 7, i.carryOutId);
    ins.bind(8, d.summary).bind(9, leakTypeKey(d.leakType)).bind(10, d.suspected).bind(11, leakMediumKey(d.medium))
        .bind(12, nonNull(d.dataItems)).bind(13, d.persons).bind(14, d.sensitive).bind(15, d.myNumber)
        .bind(16, nonNull(d.howDetected));
    ins.run();
    const qint64 id = m_file.db().lastInsertId();
    for (qint64 fileId : d.fileIds) {
        Statement f = m_file.db().prepare("INSERT OR IGNORE INTO incident_files(incident_id, file_id) VALUES(?, ?)");
        f.bind(1, id).bind(2, fileId);
        f.run();
    }
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(id),
                            QStringLiteral("section %1, state UNIT_NOTIFIED%2").arg(i.sectionId).arg(summary));
    tx.commit();
    return *find(id);
}

Incident IncidentService::report(const Session& actor, const IncidentReport& r)
{
    if (actor.isRecovery() || actor.accountId() == 0)
        throw Error(ErrorCode::PermissionDenied, tr("Only an officer's account may report an incident."));
    Incident i;
    i.sectionId = r.sectionId;
    {
        Statement s = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
        s.bind(1, r.sectionId);
        if (!s.next())
            throw invalid(tr("Choose the section whose data is concerned."), QStringLiteral("section"));
    }
    i.awareAt = r.awareAt.isValid() ? r.awareAt : m_file.clock().now();
    validateAwareAt(i.awareAt, QStringLiteral("aware_at"));
    if (r.awarePerson)
        requirePerson(*r.awarePerson, QStringLiteral("aware_person"));
    i.awarePerson = r.awarePerson;
    i.details.summary = text(r.summary, 2000, true, QStringLiteral("summary"),
                             tr("Describe what happened (at most 2000 characters)."));
    return insert(actor, i, QString());
}

Incident IncidentService::openFromCarryOut(const Session& actor, const CarryOut& c)
{
    Incident i;
    i.sectionId = c.sectionId;
    i.awareAt = m_file.clock().now();
    i.carryOutId = c.id;
    IncidentDetails& d = i.details;
    d.summary = tr("Carry-out %1 was reported lost.").arg(c.controlNo);
    d.leakType = LeakType::Loss;
    d.suspected = true;
    d.medium = c.itemType == CarryOutItemType::Paper ? LeakMedium::Paper : LeakMedium::Electronic;
    d.persons = c.recordCount;
    d.howDetected = tr("Marked lost on the carry-out ledger.");
    if (c.fileId) {
        d.fileIds << *c.fileId;
        Statement s = m_file.db().prepare("SELECT contains_sensitive, contains_my_number FROM pi_files WHERE id = ?");
        s.bind(1, *c.fileId);
        if (s.next()) {
            d.sensitive = s.int64(0) != 0;
            d.myNumber = s.int64(1) != 0;
        }
    }
    return insert(actor, i, QStringLiteral(", from carry_out %1").arg(c.id));
}

std::optional<qint64> IncidentService::incidentForCarryOut(qint64 carryOutId)
{
    Statement s = m_file.db().prepare("SELECT id FROM incidents WHERE carry_out_id = ? ORDER BY id LIMIT 1");
    s.bind(1, carryOutId);
    return s.next() ? std::optional<qint64>(s.int64(0)) : std::nullopt;
}

Incident IncidentService::addContainment(const Session& actor, qint64 id, const QString& action, const QDateTime& doneAt)
{
    const Incident i = writable(actor, id, IncidentAction::Contain);
    const QString what = text(action, 1000, true, QStringLiteral("action"),
                              tr("Describe the containment action (at most 1000 characters)."));
    if (!doneAt.isValid() || doneAt > m_file.clock().now() || doneAt < i.awareAt)
        throw invalid(tr("The containment time must lie between the awareness time and now."), QStringLiteral("done_at"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_containment(incident_id, action, done_at, recorded_by, recorded_at) VALUES(?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, what).bind(3, storedTime(doneAt)).bind(4, actor.accountId()).bind(5, now());
    ins.run();
    moveTo(actor, i, IncidentAction::Contain, QStringLiteral("containment %1").arg(m_file.db().lastInsertId()));
    tx.commit();
    return *find(id);
}

Incident IncidentService::escalate(const Session& actor, qint64 id, ContactMethod method, const QDateTime& informedAt,
                                   const QString& note)
{
    const Incident i = writable(actor, id, IncidentAction::Escalate);
    const QList<EscalationTarget> chain = escalationChain();
    const int step = static_cast<int>(i.escalations.size()) + 1;
    if (step > chain.size())
        throw Error(ErrorCode::Conflict, tr("Every step of the escalation chain has been recorded."));
    requireRole(actor, i, EscalationChain::senderOf(chain, step), QStringLiteral("escalation step %1").arg(step));
    const QDateTime earliest = i.escalations.isEmpty() ? i.awareAt : i.escalations.constLast().informedAt;
    if (!informedAt.isValid() || informedAt > m_file.clock().now() || informedAt < earliest)
        throw invalid(tr("The time of this step must lie between the previous step (or the awareness time) and now."),
                      QStringLiteral("informed_at"));
    const QString remark = text(note, 1000, false, QStringLiteral("note"), tr("The note may have at most 1000 characters."));
    const EscalationTarget& to = chain.at(step - 1);
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_escalations(incident_id, step, recipient, recipient_title, method, informed_at, recorded_by, "
        "note, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, step).bind(3, to.recipient).bind(4, to.title).bind(5, contactMethodKey(method))
        .bind(6, storedTime(informedAt)).bind(7, actor.accountId()).bind(8, remark).bind(9, now());
    ins.run();
    moveTo(actor, i, IncidentAction::Escalate, QStringLiteral("step %1 to %2 by %3").arg(step).arg(to.recipient, contactMethodKey(method)));
    tx.commit();
    return *find(id);
}

Incident IncidentService::recordFacts(const Session& actor, qint64 id, const IncidentDetails& input, const QDateTime& awareAt,
                                      std::optional<qint64> awarePerson)
{
    const Incident i = writable(actor, id, IncidentAction::RecordFacts);
    IncidentDetails d = input;
    for (QString* s : {&d.summary, &d.dataItems, &d.secondaryDamageDetails, &d.cause, &d.howDetected})
        *s = nonNull(s->trimmed());
    std::sort(d.fileIds.begin(), d.fileIds.end());
    d.fileIds.erase(std::unique(d.fileIds.begin(), d.fileIds.end()), d.fileIds.end());
    validateDetails(d);
    const QDateTime aware = awareAt.isValid() ? awareAt : i.awareAt;
    validateAwareAt(aware, QStringLiteral("aware_at"));
    if (d.occurredOn.isValid() && d.occurredOn > aware.toLocalTime().date())
        throw invalid(tr("The incident cannot have occurred after the city became aware of it."), QStringLiteral("occurred_on"));
    if (awarePerson)
        requirePerson(*awarePerson, QStringLiteral("aware_person"));
    QStringList changed = changedFields(i.details, d);
    if (aware != i.awareAt)
        changed << QStringLiteral("aware_at");
    if (awarePerson && awarePerson != i.awarePerson)
        changed << QStringLiteral("aware_person");

    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE incidents SET summary = ?1, leak_type = ?2, suspected = ?3, medium = ?4, data_items = ?5, persons = ?6, "
        "sensitive = ?7, ordinance_sensitive = ?8, my_number = ?9, my_number_system = ?10, public_exposure = ?11, "
        "property_damage_risk = ?12, improper_purpose = ?13, advanced_encryption = ?14, contractor_involved = ?15, "
        "secondary_damage = ?16, secondary_damage_details = ?17, cause = ?18, occurred_on = ?19, how_detected = ?20, "
        "aware_at = ?21, aware_person = COALESCE(?22, aware_person), "
        "facts_version = facts_version + CASE WHEN ?23 THEN 1 ELSE 0 END WHERE id = ?24");
    up.bind(1, d.summary).bind(2, leakTypeKey(d.leakType)).bind(3, d.suspected).bind(4, leakMediumKey(d.medium))
        .bind(5, d.dataItems).bind(6, d.persons).bind(7, d.sensitive).bind(8, d.ordinanceSensitive).bind(9, d.myNumber)
        .bind(10, d.myNumberSystem).bind(11, d.publicExposure).bind(12, d.propertyDamageRisk).bind(13, d.improperPurpose)
        .bind(14, d.advancedEncryption).bind(15, d.contractorInvolved).bind(16, d.secondaryDamage)
        .bind(17, d.secondaryDamageDetails).bind(18, d.cause);
    bindDate(up, 19, d.occurredOn);
    up.bind(20, d.howDetected).bind(21, storedTime(aware));
    bindOptional(up, 22, awarePerson);
    up.bind(23, !changed.isEmpty()).bind(24, id);
    up.run();
    Statement del = m_file.db().prepare("DELETE FROM incident_files WHERE incident_id = ?");
    del.bind(1, id);
    del.run();
    for (qint64 fileId : d.fileIds) {
        Statement f = m_file.db().prepare("INSERT INTO incident_files(incident_id, file_id) VALUES(?, ?)");
        f.bind(1, id).bind(2, fileId);
        f.run();
    }
    moveTo(actor, i, IncidentAction::RecordFacts,
           changed.isEmpty() ? QStringLiteral("no change") : QStringLiteral("changed ") + changed.join(QStringLiteral(", ")));
    tx.commit();
    return *find(id);
}

Incident IncidentService::assess(const Session& actor, qint64 id)
{
    const Incident i = writable(actor, id, IncidentAction::Assess);
    const IncidentFacts facts = factsFor(i);
    const Assessment a = Reportability::assess(facts, rules());
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_assessments(incident_id, assessed_at, assessed_by, facts_version, facts_json, appi_reportable, "
        "appi_grounds, appi_preliminary_due, appi_final_due, my_number_reportable, my_number_grounds, "
        "my_number_preliminary_due, my_number_final_due) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, now()).bind(3, actor.accountId()).bind(4, i.factsVersion)
        .bind(5, QString::fromUtf8(QJsonDocument(factsJson(facts)).toJson(QJsonDocument::Compact)));
    int col = 6;
    for (const RegimeAssessment* r : {&a.appi, &a.myNumber}) {
        ins.bind(col, r->reportable).bind(col + 1, nonNull(r->groundIds().join(QLatin1Char(','))));
        bindDate(ins, col + 2, r->preliminaryDue);
        bindDate(ins, col + 3, r->finalDue);
        col += 4;
    }
    ins.run();
    const qint64 assessmentId = m_file.db().lastInsertId();
    moveTo(actor, i, IncidentAction::Assess,
           QStringLiteral("assessment %1: appi %2 (%3), my_number %4 (%5)")
               .arg(assessmentId)
               .arg(a.appi.reportable ? QStringLiteral("reportable") : QStringLiteral("not reportable"),
                    a.appi.groundIds().join(QLatin1Char(',')),
                    a.myNumber.reportable ? QStringLiteral("reportable") : QStringLiteral("not reportable"),
                    a.myNumber.groundIds().join(QLatin1Char(','))));
    tx.commit();
    return *find(id);
}

Incident IncidentService::fileReport(const Session& actor, qint64 id, const PpcReport& input)
{
    const Incident i = writable(actor, id, IncidentAction::FileReport);
    const IncidentAssessment* latest = i.latestAssessment();
    if (input.regime == Regime::MyNumber && (!latest || !latest->facts.myNumber))
        throw invalid(tr("A My Number report needs an assessment whose facts involve My Numbers."), QStringLiteral("regime"));
    if (i.report(input.regime, input.kind))
        throw Error(ErrorCode::Conflict, tr("This report has already been filed.")).withField(QStringLiteral("kind"));
    const PpcReport* preliminary = i.report(input.regime, ReportKind::Preliminary);
    if (input.kind == ReportKind::Final && !preliminary)
        throw invalid(tr("File the preliminary report before the final report."), QStringLiteral("kind"));
    const QDate awareOn = i.awareAt.toLocalTime().date();
    if (!input.submittedOn.isValid() || input.submittedOn > today())
        throw invalid(tr("Enter the submission date (not in the future)."), QStringLiteral("submitted_on"));
    if (input.submittedOn < awareOn)
        throw invalid(tr("A report cannot be submitted before the awareness date (%1).").arg(awareOn.toString(Qt::ISODate)),
                      QStringLiteral("submitted_on"));
    if (preliminary && input.submittedOn < preliminary->submittedOn)
        throw invalid(tr("The final report cannot be dated before the preliminary report."), QStringLiteral("submitted_on"));

    // A 速報 carries what is known (Rules Art. 8(1)); a 確報 all nine items.
    const bool final = input.kind == ReportKind::Final;
    const QString need = tr("Fill in this item of the report (at most 4000 characters).");
    PpcReportItems items;
    items.summary = text(input.items.summary, 4000, true, QStringLiteral("summary"), need);
    items.dataItems = text(input.items.dataItems, 4000, final, QStringLiteral("data_items"), need);
    if (input.items.persons && *input.items.persons < 0)
        throw invalid(tr("The number of persons cannot be negative."), QStringLiteral("persons"));
    if (final && !input.items.persons)
        throw invalid(need, QStringLiteral("persons"));
    items.persons = input.items.persons;
    items.cause = text(input.items.cause, 4000, final, QStringLiteral("cause"), need);
    items.secondaryDamage = text(input.items.secondaryDamage, 4000, final, QStringLiteral("secondary_damage"), need);
    items.individualResponse = text(input.items.individualResponse, 4000, final, QStringLiteral("individual_response"), need);
    items.publication = text(input.items.publication, 4000, final, QStringLiteral("publication"), need);
    items.prevention = text(input.items.prevention, 4000, final, QStringLiteral("prevention"), need);
    items.other = text(input.items.other, 4000, final, QStringLiteral("other"), need);
    const QString contact = text(input.contact, 500, false, QStringLiteral("contact"),
                                 tr("The contact may have at most 500 characters."));
    const QString otherBodies = text(input.otherBodies, 2000, false, QStringLiteral("other_bodies"),
                                     tr("The reports to other bodies may have at most 2000 characters."));
    QStringList grounds;
    if (latest)
        grounds = (input.regime == Regime::Appi ? latest->result.appi : latest->result.myNumber).groundIds();

    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_reports(incident_id, regime, kind, submitted_on, submitted_by, summary, data_items, persons, "
        "cause, secondary_damage, individual_response, publication, prevention, other, grounds, contact, other_bodies, "
        "recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, regimeKey(input.regime)).bind(3, reportKindKey(input.kind))
        .bind(4, input.submittedOn.toString(Qt::ISODate)).bind(5, actor.accountId()).bind(6, items.summary)
        .bind(7, items.dataItems);
    bindOptional(ins, 8, items.persons);
    ins.bind(9, items.cause).bind(10, items.secondaryDamage).bind(11, items.individualResponse).bind(12, items.publication)
        .bind(13, items.prevention).bind(14, items.other).bind(15, nonNull(grounds.join(QLatin1Char(',')))).bind(16, contact)
        .bind(17, otherBodies).bind(18, now());
    ins.run();
    moveTo(actor, i, IncidentAction::FileReport,
           QStringLiteral("report %1 %2 %3").arg(m_file.db().lastInsertId()).arg(regimeKey(input.regime), reportKindKey(input.kind)));
    tx.commit();
    return *find(id);
}

Incident IncidentService::addNotice(const Session& actor, qint64 id, const IndividualNotice& input)
{
    const Incident i = writable(actor, id, IncidentAction::RecordNotice);
    const QString group = text(input.groupLabel, 200, true, QStringLiteral("group"),
                               tr("Name the group of individuals (at most 200 characters)."));
    if (input.persons < 0)
        throw invalid(tr("The number of persons cannot be negative."), QStringLiteral("persons"));
    if (!input.notifiedAt.isValid() || input.notifiedAt > m_file.clock().now() || input.notifiedAt < i.awareAt)
        throw invalid(tr("The date and time must lie between the awareness time and now."), QStringLiteral("notified_at"));
    const bool substitute = input.kind == NoticeKind::Substitute;
    if (!substitute && !input.method)
        throw invalid(tr("Choose how the individuals were notified."), QStringLiteral("method"));
    const QString description = text(input.description, 2000, substitute, QStringLiteral("description"),
                                     substitute ? tr("Describe the substitute measure (at most 2000 characters).")
                                                : tr("The remarks may have at most 2000 characters."));
    if (input.notifiedBy)
        requirePerson(*input.notifiedBy, QStringLiteral("notified_by"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_notices(incident_id, kind, group_label, persons, method, notified_at, notified_by, "
        "number_change_guidance, description, recorded_by, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, id).bind(2, noticeKindKey(input.kind)).bind(3, group).bind(4, input.persons);
    if (!substitute)
        ins.bind(5, contactMethodKey(*input.method));
    else
        ins.bindNull(5);
    ins.bind(6, storedTime(input.notifiedAt));
    bindOptional(ins, 7, input.notifiedBy);
    ins.bind(8, input.numberChangeGuidance).bind(9, description).bind(10, actor.accountId()).bind(11, now());
    ins.run();
    moveTo(actor, i, IncidentAction::RecordNotice,
           QStringLiteral("notice %1 %2, %3 persons").arg(m_file.db().lastInsertId()).arg(noticeKindKey(input.kind)).arg(input.persons));
    tx.commit();
    return *find(id);
}

Incident IncidentService::decidePublication(const Session& actor, qint64 id, const Publication& p)
{
    const Incident i = writable(actor, id, IncidentAction::DecidePublication);
    const QDate awareOn = i.awareAt.toLocalTime().date();
    if (p.decision == PublicationDecision::Undecided)
        throw invalid(tr("Choose whether to publish."), QStringLiteral("decision"));
    if (!p.decidedOn.isValid() || p.decidedOn > today() || p.decidedOn < awareOn)
        throw invalid(tr("The date of the decision must lie between the awareness date and today."), QStringLiteral("decided_on"));
    if (p.publishedOn.isValid() && p.decision != PublicationDecision::Publish)
        throw invalid(tr("A publication date needs the decision to publish."), QStringLiteral("published_on"));
    if (p.publishedOn.isValid() && (p.publishedOn > today() || p.publishedOn < awareOn))
        throw invalid(tr("The publication date must lie between the awareness date and today."), QStringLiteral("published_on"));
    if (p.ppcSecretariatInformedOn.isValid() && (p.ppcSecretariatInformedOn > today() || p.ppcSecretariatInformedOn < awareOn))
        throw invalid(tr("The date the PPC secretariat was informed must lie between the awareness date and today."),
                      QStringLiteral("ppc_secretariat_informed_on"));
    const QString reason = text(p.reason, 2000, false, QStringLiteral("reason"), tr("The reason may have at most 2000 characters."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare(
        "UPDATE incidents SET publication = ?, publication_decided_on = ?, publication_decided_by = ?, "
        "publication_reason = ?, published_on = ?, ppc_secretariat_informed_on = ? WHERE id = ?");
    up.bind(1, publicationDecisionKey(p.decision)).bind(2, p.decidedOn.toString(Qt::ISODate)).bind(3, actor.accountId())
        .bind(4, reason);
    bindDate(up, 5, p.publishedOn);
    bindDate(up, 6, p.ppcSecretariatInformedOn);
    up.bind(7, id);
    up.run();
    moveTo(actor, i, IncidentAction::DecidePublication,
           QStringLiteral("publication %1, published_on %2, ppc_secretariat_informed_on %3")
               .arg(publicationDecisionKey(p.decision))
               .arg(p.publishedOn.isValid() ? 1 : 0)
               .arg(p.ppcSecretariatInformedOn.isValid() ? 1 : 0));
    tx.commit();
    return *find(id);
}

namespace {
void checkSections(Database& db, const QList<qint64>& sections)
{
    for (qint64 s : sections) {
        Statement q = db.prepare("SELECT 1 FROM sections WHERE id = ?");
        q.bind(1, s);
        if (!q.next())
            throw invalid(QCoreApplication::translate("mamori::IncidentService", "Choose existing sections to share the measure with."),
                          QStringLiteral("shared_with"));
    }
}

void writeShares(Database& db, qint64 measureId, const QList<qint64>& sections)
{
    Statement del = db.prepare("DELETE FROM incident_measure_shares WHERE measure_id = ?");
    del.bind(1, measureId);
    del.run();
    for (qint64 s : sections) {
        Statement ins = db.prepare("INSERT OR IGNORE INTO incident_measure_shares(measure_id, section_id) VALUES(?, ?)");
        ins.bind(1, measureId).bind(2, s);
        ins.run();
    }
}
} // namespace

Incident IncidentService::addPreventionMeasure(const Session& actor, qint64 id, const PreventionMeasure& m)
{
    const Incident i = writable(actor, id, IncidentAction::RecordPrevention);
    const QString description = text(m.description, 2000, true, QStringLiteral("description"),
                                     tr("Describe the measure (at most 2000 characters)."));
    requirePerson(m.ownerPerson, QStringLiteral("owner"));
    if (!m.dueOn.isValid())
        throw invalid(tr("Enter the date the measure is due."), QStringLiteral("due_on"));
    checkSections(m_file.db(), m.sharedWithSections);
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare(
        "INSERT INTO incident_measures(incident_id, description, owner_person, due_on, status, recorded_by, created_at, "
        "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
    ins.bind(1, id).bind(2, description).bind(3, m.ownerPerson).bind(4, m.dueOn.toString(Qt::ISODate))
        .bind(5, measureStatusKey(m.status)).bind(6, actor.accountId()).bind(7, now());
    ins.run();
    const qint64 measureId = m_file.db().lastInsertId();
    writeShares(m_file.db(), measureId, m.sharedWithSections);
    moveTo(actor, i, IncidentAction::RecordPrevention,
           QStringLiteral("measure %1 %2, shared with %3").arg(measureId).arg(measureStatusKey(m.status), idList(m.sharedWithSections)));
    tx.commit();
    return *find(id);
}

Incident IncidentService::updatePreventionMeasure(const Session& actor, qint64 id, qint64 measureId, MeasureStatus status,
                                                  const QList<qint64>& sharedWithSections)
{
    const Incident i = writable(actor, id, IncidentAction::RecordPrevention);
    const bool ours = std::any_of(i.measures.cbegin(), i.measures.cend(),
                                  [&](const PreventionMeasure& m) { return m.id == measureId; });
    if (!ours)
        throw Error(ErrorCode::NotFound, tr("This incident has no such measure.")).withField(QStringLiteral("measure"));
    checkSections(m_file.db(), sharedWithSections);
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE incident_measures SET status = ?, updated_at = ? WHERE id = ?");
    up.bind(1, measureStatusKey(status)).bind(2, now()).bind(3, measureId);
    up.run();
    writeShares(m_file.db(), measureId, sharedWithSections);
    moveTo(actor, i, IncidentAction::RecordPrevention,
           QStringLiteral("measure %1 %2, shared with %3").arg(measureId).arg(measureStatusKey(status), idList(sharedWithSections)));
    tx.commit();
    return *find(id);
}

QStringList IncidentService::missingForClose(const Incident& i)
{
    QStringList missing;
    const bool mayorInformed = std::any_of(i.escalations.cbegin(), i.escalations.cend(), [](const EscalationRecord& e) {
        return e.recipient == EscalationChain::orgHeadKey();
    });
    if (!mayorInformed)
        missing << QStringLiteral("mayor_informed");
    const IncidentAssessment* latest = i.latestAssessment();
    if (!latest)
        missing << QStringLiteral("assessment");
    else if (latest->factsVersion != i.factsVersion)
        missing << QStringLiteral("reassessment");
    if (latest) {
        for (const RegimeAssessment* r : {&latest->result.appi, &latest->result.myNumber}) {
            if (!r->reportable)
                continue;
            const QString prefix = regimeKey(r->regime) + QLatin1Char('_');
            if (!i.report(r->regime, ReportKind::Preliminary))
                missing << prefix + QStringLiteral("preliminary");
            if (!i.report(r->regime, ReportKind::Final))
                missing << prefix + QStringLiteral("final");
        }
        if (latest->result.anyReportable()) {
            // Done when a substitute measure covers whoever could not be reached, or the
            // notices reach as many persons as the facts count.
            qint64 notified = 0;
            bool substitute = false;
            for (const IndividualNotice& n : i.notices) {
                if (n.kind == NoticeKind::Substitute)
                    substitute = true;
                else
                    notified += n.persons;
            }
            if (i.notices.isEmpty() || (!substitute && notified < i.details.persons))
                missing << QStringLiteral("notices");
        }
    }
    if (i.measures.isEmpty())
        missing << QStringLiteral("prevention");
    return missing;
}

std::optional<DueReport> IncidentService::nextReportDue(const Incident& i)
{
    const IncidentAssessment* a = i.latestAssessment();
    if (!a || i.state == IncidentState::Closed)
        return std::nullopt;
    std::optional<DueReport> best;
    for (const RegimeAssessment* r : {&a->result.appi, &a->result.myNumber}) {
        if (!r->reportable)
            continue;
        std::optional<DueReport> next;
        if (!i.report(r->regime, ReportKind::Preliminary))
            next = DueReport{r->regime, ReportKind::Preliminary, r->preliminaryDue};
        else if (!i.report(r->regime, ReportKind::Final))
            next = DueReport{r->regime, ReportKind::Final, r->finalDue};
        if (next && (!best || next->due < best->due))
            best = next;
    }
    return best;
}

QString IncidentService::describeMissing(const QString& key)
{
    if (key == QLatin1String("mayor_informed"))
        return tr("the mayor has not been informed (last step of the escalation chain)");
    if (key == QLatin1String("assessment"))
        return tr("the reportability has not been assessed");
    if (key == QLatin1String("reassessment"))
        return tr("the facts changed after the last assessment: assess again");
    if (key == QLatin1String("appi_preliminary"))
        return tr("the preliminary report under the APPI has not been filed");
    if (key == QLatin1String("appi_final"))
        return tr("the final report under the APPI has not been filed");
    if (key == QLatin1String("my_number_preliminary"))
        return tr("the preliminary report under the My Number Act has not been filed");
    if (key == QLatin1String("my_number_final"))
        return tr("the final report under the My Number Act has not been filed");
    if (key == QLatin1String("notices"))
        return tr("not every individual has been notified and no substitute measure is recorded");
    if (key == QLatin1String("prevention"))
        return tr("no recurrence prevention measure is recorded");
    return key;
}

Incident IncidentService::close(const Session& actor, qint64 id)
{
    const Incident i = writable(actor, id, IncidentAction::Close);
    const QStringList missing = missingForClose(i);
    if (!missing.isEmpty()) {
        QStringList sentences;
        for (const QString& key : missing)
            sentences << describeMissing(key);
        throw Error(ErrorCode::Conflict,
                    tr("The incident cannot be closed yet: %1.").arg(sentences.join(QStringLiteral("; "))),
                    missing.join(QLatin1Char(',')));
    }
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE incidents SET closed_at = ?, closed_by = ? WHERE id = ?");
    up.bind(1, now()).bind(2, actor.accountId()).bind(3, id);
    up.run();
    moveTo(actor, i, IncidentAction::Close, QString());
    tx.commit();
    return *find(id);
}

} // namespace mamori
