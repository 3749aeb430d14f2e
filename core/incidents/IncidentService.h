#pragma once

#include "incidents/EscalationChain.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/ReportRules.h"
#include "incidents/Reportability.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mamori {

class CaseFile;
class Session;
struct CarryOut;

// 漏えい・滅失・毀損 (BRIEF §1 LeakageEvent).
enum class LeakType { Leak, Loss, Damage };
QList<LeakType> allLeakTypes();
QString leakTypeKey(LeakType t); // "LEAK", "LOSS", "DAMAGE"
std::optional<LeakType> leakTypeFromKey(const QString& key);

// The medium the data was on (PPC web form: 紙 / 電子).
enum class LeakMedium { Paper, Electronic, Both };
QList<LeakMedium> allLeakMedia();
QString leakMediumKey(LeakMedium m); // "PAPER", "ELECTRONIC", "BOTH"
std::optional<LeakMedium> leakMediumFromKey(const QString& key);

// The investigation facts (issue 4, 002 Art. 13(3)). Facts can change; each change bumps the
// incident's facts version and asks for a re-assessment before closing.
struct IncidentDetails {
    QString summary;       // 概要
    LeakType leakType = LeakType::Leak;
    bool suspected = true; // 「おそれ」: suspected rather than confirmed
    LeakMedium medium = LeakMedium::Paper;
    QString dataItems;     // 項目: which kinds of data (never the data itself)
    qint64 persons = 0;    // 本人の数
    bool sensitive = false;
    bool ordinanceSensitive = false;
    bool myNumber = false;
    bool myNumberSystem = false;
    bool publicExposure = false;
    bool propertyDamageRisk = false;
    bool improperPurpose = false;
    bool advancedEncryption = false;
    bool contractorInvolved = false;
    bool secondaryDamage = false;
    QString secondaryDamageDetails;
    QString cause;         // 原因
    QDate occurredOn;      // 発生日, when known
    QString howDetected;   // 発覚の経緯
    QList<qint64> fileIds; // entries of the personal-information file register (pi_files)
};

struct ContainmentAction {
    qint64 id = 0;
    QString action;    // e.g. 端末をネットワークから切断
    QDateTime doneAt;
    qint64 recordedBy = 0; // account
    QDateTime recordedAt;
};

struct EscalationRecord {
    int step = 0;          // 1-based position in the chain
    QString recipient;     // EscalationTarget::recipient
    QString recipientTitle;
    ContactMethod method = ContactMethod::InPerson;
    QDateTime informedAt;
    qint64 recordedBy = 0; // the sender's account
    QString note;
};

// One evaluation of Rule A and Rule B, kept for good: facts change and each re-assessment is
// a new record.
struct IncidentAssessment {
    qint64 id = 0;
    QDateTime assessedAt;
    qint64 assessedBy = 0;
    int factsVersion = 0;
    IncidentFacts facts;
    Assessment result;
};

enum class ReportKind { Preliminary, Final }; // 速報 / 確報
QString reportKindKey(ReportKind k);         // "PRELIMINARY", "FINAL"
std::optional<ReportKind> reportKindFromKey(const QString& key);
std::optional<Regime> regimeFromKey(const QString& key);

// The nine items of a PPC report (BRIEF §6). A 速報 may leave blank what is not yet known; a
// 確報 needs all nine.
struct PpcReportItems {
    QString summary;             // 1 概要
    QString dataItems;           // 2 項目
    std::optional<qint64> persons; // 3 本人の数
    QString cause;               // 4 原因
    QString secondaryDamage;     // 5 二次被害の有無・内容
    QString individualResponse;  // 6 本人への対応の実施状況
    QString publication;         // 7 公表の実施状況
    QString prevention;          // 8 再発防止のための措置
    QString other;               // 9 その他参考となる事項
};

struct PpcReport {
    qint64 id = 0;
    Regime regime = Regime::Appi;
    ReportKind kind = ReportKind::Preliminary;
    QDate submittedOn;
    qint64 submittedBy = 0; // account; the form names the organisation, not this person
    PpcReportItems items;
    QStringList grounds;    // ticked grounds, from the latest assessment when filed
    QString contact;        // 連絡先 (a section or desk)
    QString otherBodies;    // reports to the police or other bodies
    QDateTime recordedAt;
};

enum class NoticeKind { Notice, Substitute }; // 本人への通知 / 代替措置 (公表 and an inquiry desk)
QString noticeKindKey(NoticeKind k);          // "NOTICE", "SUBSTITUTE"

// The notice to one group of individuals, or the substitute measure taken where notice is
// impracticable.
struct IndividualNotice {
    qint64 id = 0;
    NoticeKind kind = NoticeKind::Notice;
    QString groupLabel;      // e.g. 令和7年度児童手当受給者
    qint64 persons = 0;
    std::optional<ContactMethod> method; // set for a notice
    QDateTime notifiedAt;    // date and time (Q3-4-1: record them, also for a phone call)
    std::optional<qint64> notifiedBy; // person who gave the notice
    bool numberChangeGuidance = false; // My Number cases: how to ask for a new number (番号法 Art. 7(2))
    QString description;     // the substitute measure, or remarks
    qint64 recordedBy = 0;
};

enum class PublicationDecision { Undecided, Publish, DoNotPublish };
QString publicationDecisionKey(PublicationDecision d); // "UNDECIDED", "PUBLISH", "DO_NOT_PUBLISH"

struct Publication {
    PublicationDecision decision = PublicationDecision::Undecided;
    QDate decidedOn;
    std::optional<qint64> decidedBy;
    QString reason;
    QDate publishedOn;
    QDate ppcSecretariatInformedOn; // 000 Art. 39: information to the PPC secretariat
};

enum class MeasureStatus { Planned, InProgress, Done };
QString measureStatusKey(MeasureStatus s); // "PLANNED", "IN_PROGRESS", "DONE"
std::optional<MeasureStatus> measureStatusFromKey(const QString& key);

struct PreventionMeasure {
    qint64 id = 0;
    QString description;
    qint64 ownerPerson = 0;
    QDate dueOn;
    MeasureStatus status = MeasureStatus::Planned;
    QList<qint64> sharedWithSections; // 000 Art. 37(5): shared with sections doing similar work
};

struct Incident {
    qint64 id = 0;
    QString incidentNo; // IN-YYYY-NNNNNN
    qint64 sectionId = 0;
    IncidentState state = IncidentState::UnitNotified;
    qint64 reportedByAccount = 0;
    QDateTime reportedAt;
    QDateTime awareAt; // when any staff member of the body became aware (Q3-4-1)
    std::optional<qint64> awarePerson;
    std::optional<qint64> carryOutId;
    IncidentDetails details;
    int factsVersion = 0;
    Publication publication;
    QDateTime closedAt;
    std::optional<qint64> closedBy;

    QList<ContainmentAction> containment;
    QList<EscalationRecord> escalations;
    QList<IncidentAssessment> assessments; // oldest first
    QList<PpcReport> reports;
    QList<IndividualNotice> notices;
    QList<PreventionMeasure> measures;

    const IncidentAssessment* latestAssessment() const
    {
        return assessments.isEmpty() ? nullptr : &assessments.constLast();
    }
    const PpcReport* report(Regime regime, ReportKind kind) const;
};

// What the reporter gives: anyone who notices a leak (000 Art. 37(1); 002 Art. 13(1)).
struct IncidentReport {
    qint64 sectionId = 0;     // the section whose data is concerned
    QDateTime awareAt;        // default: now
    std::optional<qint64> awarePerson;
    QString summary;
};

// The next PPC report still to file for an open incident, by the latest assessment.
struct DueReport {
    Regime regime = Regime::Appi;
    ReportKind kind = ReportKind::Preliminary;
    QDate due;
};

struct IncidentFilter {
    bool openOnly = false;
    std::optional<qint64> sectionId;
    std::optional<IncidentState> state;
};

// The leak-incident workflow (BRIEF §5.1, issue 4).
//
// Permissions: anyone may report. The rest follows IncidentWorkflow::reach: the section's
// UNIT_MANAGER contains, records facts, assesses, records notices and prevention measures;
// PROGRAM_COORDINATOR and EXECUTIVE_OWNER do all but containment for every section, and alone
// file the PPC reports, decide the publication and close. Each escalation step is recorded by
// its sender (EscalationChain). Reads need ReadPersonalData for the section (the reporter is
// shown what they just reported). Every change, list and view is journaled (entity
// "incident") with ids, states and field names only; a refusal is journaled as denied.
// Each operation is one transaction: nothing is saved half-way.
class IncidentService {
public:
    explicit IncidentService(CaseFile& file) : m_file(file) {}

    // The rules assessments use: the product's defaults with the city's changes on top.
    ReportRules rules() const;
    // ManageSettings. Applies to assessments made from now on; earlier ones keep their dues.
    void setRules(const Session& actor, const ReportRules& rules);
    // The city's ordinance defines 条例要配慮個人情報 (Rule A item 5 applies only then).
    bool ordinanceDefinesSensitive();
    void setOrdinanceDefinesSensitive(const Session& actor, bool defines); // ManageSettings
    // The chain of the case file's title preset, with its titles.
    QList<EscalationTarget> escalationChain();

    Incident report(const Session& actor, const IncidentReport& report);
    // Opens an incident for a carry-out just marked lost, pre-filled from it (section, file,
    // record count, medium, sensitivity). Called by CarryOutService::markLost inside its
    // transaction; the actor is the one who recorded the loss.
    Incident openFromCarryOut(const Session& actor, const CarryOut& carryOut);
    std::optional<qint64> incidentForCarryOut(qint64 carryOutId);

    Incident addContainment(const Session& actor, qint64 id, const QString& action, const QDateTime& doneAt);
    // Records the next step of the chain.
    Incident escalate(const Session& actor, qint64 id, ContactMethod method, const QDateTime& informedAt,
                      const QString& note = {});
    // Replaces the facts (and the awareness time when `awareAt` is valid).
    Incident recordFacts(const Session& actor, qint64 id, const IncidentDetails& details,
                         const QDateTime& awareAt = {}, std::optional<qint64> awarePerson = std::nullopt);
    Incident assess(const Session& actor, qint64 id);
    Incident fileReport(const Session& actor, qint64 id, const PpcReport& report);
    Incident addNotice(const Session& actor, qint64 id, const IndividualNotice& notice);
    Incident decidePublication(const Session& actor, qint64 id, const Publication& publication);
    Incident addPreventionMeasure(const Session& actor, qint64 id, const PreventionMeasure& measure);
    Incident updatePreventionMeasure(const Session& actor, qint64 id, qint64 measureId, MeasureStatus status,
                                     const QList<qint64>& sharedWithSections);
    // Refused (Conflict, detail = the keys of missingForClose) while anything is missing.
    Incident close(const Session& actor, qint64 id);

    // What still stands in the way of closing, as stable keys: "mayor_informed", "assessment",
    // "reassessment", "appi_preliminary", "appi_final", "my_number_preliminary",
    // "my_number_final", "notices", "prevention".
    static QStringList missingForClose(const Incident& incident);
    // The translated sentence for one of those keys.
    static QString describeMissing(const QString& key);
    // The earliest report due (for the dashboard's "days to the next PPC deadline" and lists);
    // none when closed, not assessed, not reportable or everything is filed.
    static std::optional<DueReport> nextReportDue(const Incident& incident);
    // The facts the rules see for this incident.
    IncidentFacts factsFor(const Incident& incident);

    Incident get(const Session& actor, qint64 id);
    // By its number (IN-2025-000001, as printed on its forms), with the same checks as get().
    Incident getByNumber(const Session& actor, const QString& incidentNo);
    // Of the sections the actor may read, newest awareness first.
    QList<Incident> list(const Session& actor, const IncidentFilter& filter = {});

private:
    std::optional<Incident> find(qint64 id);
    void loadChildren(Incident& incident);
    Incident writable(const Session& actor, qint64 id, IncidentAction action);
    void requireReach(const Session& actor, const Incident& incident, IncidentAction action);
    void requireRole(const Session& actor, const Incident& incident, Role role, const QString& what);
    void refuse(const Session& actor, const Incident& incident, const QString& journalSummary, const QString& message);
    void requireState(const Incident& incident, IncidentAction action);
    void moveTo(const Session& actor, const Incident& incident, IncidentAction action, const QString& summary);
    void validateDetails(const IncidentDetails& details);
    void validateAwareAt(const QDateTime& awareAt, const QString& field);
    void requirePerson(qint64 personId, const QString& field);
    Incident insert(const Session& actor, const Incident& incident, const QString& summary);
    QString nextIncidentNo();
    QString now() const;
    QDate today() const;
    CaseFile& m_file;
};

} // namespace mamori
