#pragma once

#include "custody/AttachmentStore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

// What is destroyed (BRIEF §7 DisposalRecord): paper documents, removable media, or the disk
// built into a terminal or server (seed 000 Art. 14).
enum class DisposalItemKind { Documents, Media, BuiltInDisk };
QList<DisposalItemKind> allDisposalItemKinds();
// "DOCUMENTS", "MEDIA", "BUILT_IN_DISK".
QString disposalItemKindKey(DisposalItemKind k);
std::optional<DisposalItemKind> disposalItemKindFromKey(const QString& key);

// How it is made unrecoverable (seed 002 Art. 11(5)).
enum class DisposalMethod { Shredding, Dissolution, Incineration, PhysicalDestruction, Degaussing, Overwrite };
QList<DisposalMethod> allDisposalMethods();
// "SHREDDING", "DISSOLUTION", "INCINERATION", "PHYSICAL_DESTRUCTION", "DEGAUSSING", "OVERWRITE".
QString disposalMethodKey(DisposalMethod m);
std::optional<DisposalMethod> disposalMethodFromKey(const QString& key);

// Who destroys it: the section's own staff, or a contractor (with its subcontract tier).
enum class DisposalPerformer { InHouse, Contractor };
QString disposalPerformerKey(DisposalPerformer p); // "IN_HOUSE", "CONTRACTOR"
std::optional<DisposalPerformer> disposalPerformerFromKey(const QString& key);

// PLANNED → APPROVED → EXECUTED_INHOUSE | HANDED_TO_CONTRACTOR → (WITNESSED | CERTIFICATE_RECEIVED)
// → VERIFIED → RECORDED (BRIEF §5.3); PLANNED | APPROVED → CANCELLED when the plan is dropped.
enum class DisposalState {
    Planned, Approved, ExecutedInHouse, HandedToContractor, Witnessed, CertificateReceived, Verified, Recorded, Cancelled
};
QList<DisposalState> allDisposalStates();
QString disposalStateKey(DisposalState s);
std::optional<DisposalState> disposalStateFromKey(const QString& key);

// A member of staff who watched the destruction (seed 000 Art. 14: 立会い).
struct DisposalWitness {
    qint64 id = 0;
    qint64 personId = 0;
    QString personName; // for the ledger; personal data, read under the disposal's journaled view
    QDateTime witnessedAt;
    qint64 recordedByAccount = 0;
};

// 廃棄証明書 / 消去証明書 from the contractor (seed 002 Art. 11(6); BRIEF §7 DisposalCertificate).
struct DisposalCertificate {
    qint64 id = 0;
    qint64 disposalId = 0;
    QString certificateNo;
    QString issuer;            // the company that destroyed it (may be a subcontractor)
    QDate issuedOn;
    QString responsiblePerson; // the contractor's responsible person, as printed
    QDate receivedOn;
    qint64 checkedByAccount = 0; // who received and checked it: the acting account
    QList<AttachmentInfo> attachments;
};

// One entry of the disposal ledger (廃棄記録簿, BRIEF §7 DisposalRecord).
struct Disposal {
    qint64 id = 0;
    QString controlNo; // DS-YYYY-NNNNNN, generated, unique in the case file
    qint64 sectionId = 0;
    std::optional<qint64> fileId; // the register entry (pi_files) the records come from
    qint64 requestedBy = 0;       // person
    QString requestedByName;
    qint64 requestedByAccount = 0;
    DisposalItemKind itemKind = DisposalItemKind::Documents;
    QString description;
    QString model;             // of the device or medium
    QStringList serialNos;     // asset / media serial numbers, in order
    qint64 quantity = 1;
    qint64 recordCount = 0;    // records or persons in it
    QString basis;             // e.g. retention period expired under the document rules
    DisposalMethod method = DisposalMethod::Shredding;
    QString methodDetail;      // overwrite tool and standard, shredder class, ...
    DisposalPerformer performer = DisposalPerformer::InHouse;
    QString contractorName;
    std::optional<int> subcontractTier; // 1 = the contractor itself, 2 = its subcontractor, ...
    QString place;
    QDate plannedOn;
    DisposalState state = DisposalState::Planned;
    std::optional<qint64> approverAccount;
    QDateTime approvedAt;
    QDateTime executedAt;      // destroyed in-house, or handed to the contractor
    std::optional<qint64> performedBy; // person who destroyed it or handed it over
    QString performedByName;
    std::optional<qint64> verifiedByAccount;
    QDateTime verifiedAt;
    QString verificationNote;
    QDateTime recordedAt;
    QString cancelReason;
    QString remarks;
    QList<DisposalWitness> witnesses;        // by time
    QList<DisposalCertificate> certificates; // by receipt
    QList<AttachmentInfo> attachments;       // photos of the disposal itself (not of a certificate)
};

// The execution step: when, by whom (a person) and where.
struct DisposalExecution {
    QDateTime at;
    qint64 performedBy = 0;
    QString place; // empty keeps the planned place
};

struct DisposalFilter {
    std::optional<DisposalState> state;
    std::optional<qint64> sectionId;
    std::optional<QDate> from; // planned_on >= from
    std::optional<QDate> to;   // planned_on <= to
    std::optional<DisposalPerformer> performer;
};

// The disposal workflow.
//
// Permissions: a disposal belongs to the section whose records are destroyed. Planning, editing
// a plan, cancelling, recording the execution or hand-over, witnesses, certificates, attachments
// and the final record need WritePersonalData for the section. Approving and verifying are for
// the section's UNIT_MANAGER (保護管理者 / 保護責任者, seed 002 Art. 11(6)), and nobody approves
// their own request. Reads need ReadPersonalData; reading an attachment's bytes is a journaled
// view, exporting them needs ExportPersonalData. A disposal by a contractor is verified only
// with a certificate or a recorded witness. Every step is journaled (entity "disposal") with
// ids, states and field names only.
class DisposalService {
public:
    explicit DisposalService(CaseFile& file);

    // Throws InvalidArgument with the field ("section", "file", "requested_by", "description",
    // "serial_nos", "quantity", "record_count", "method", "method_detail", "contractor_name",
    // "subcontract_tier", "planned_on", ...).
    void validate(const Disposal& d);
    // A new plan in PLANNED with a generated control number.
    Disposal plan(const Session& actor, const Disposal& d);
    // Replaces the planned fields while the disposal is PLANNED.
    Disposal update(const Session& actor, const Disposal& d);
    Disposal approve(const Session& actor, qint64 id);
    Disposal cancel(const Session& actor, qint64 id, const QString& reason);
    // APPROVED → EXECUTED_INHOUSE (in-house only) / HANDED_TO_CONTRACTOR (contractor only).
    Disposal markExecuted(const Session& actor, qint64 id, const DisposalExecution& e);
    Disposal markHandedOver(const Session& actor, qint64 id, const DisposalExecution& e);
    // A witness; the first one moves EXECUTED_INHOUSE / HANDED_TO_CONTRACTOR to WITNESSED.
    Disposal addWitness(const Session& actor, qint64 id, qint64 personId, const QDateTime& witnessedAt);
    // A contractor's certificate; moves HANDED_TO_CONTRACTOR / WITNESSED to CERTIFICATE_RECEIVED.
    Disposal addCertificate(const Session& actor, qint64 id, const DisposalCertificate& certificate);
    // Attaches a photo or scan to the disposal, or to one of its certificates.
    AttachmentInfo attach(const Session& actor, qint64 id, const QString& fileName, const QByteArray& bytes,
                          const QString& caption = {}, std::optional<qint64> certificateId = std::nullopt);
    void removeAttachment(const Session& actor, qint64 attachmentId);
    // The decrypted bytes, in memory; journaled as a view.
    QByteArray attachmentContent(const Session& actor, qint64 attachmentId);
    // The bytes for writing to a file the user named; needs ExportPersonalData, journaled.
    QByteArray exportAttachment(const Session& actor, qint64 attachmentId);
    AttachmentInfo attachmentInfo(const Session& actor, qint64 attachmentId);
    Disposal verify(const Session& actor, qint64 id, const QString& note = {});
    Disposal record(const Session& actor, qint64 id);

    // Everything: serials, witnesses (with names), certificates and attachment metadata.
    Disposal get(const Session& actor, qint64 id);
    Disposal findByControlNo(const Session& actor, const QString& controlNo);
    // Of the sections the actor may read, with everything get() returns (attachment bytes never),
    // ordered by planned date then control number.
    QList<Disposal> list(const Session& actor, const DisposalFilter& filter = {});

    // What verification still lacks for `d` (keys "certificate", "witness"); empty when it may
    // be verified as far as evidence goes.
    static QStringList missingEvidence(const Disposal& d);

private:
    QList<Disposal> load(const QString& where, const QStringList& values);
    std::optional<Disposal> find(qint64 id);
    Disposal writable(const Session& actor, qint64 id);
    void requireState(const Disposal& d, std::initializer_list<DisposalState> allowed, const QString& action);
    void requireManager(const Session& actor, const Disposal& d, const QString& what);
    bool isOwnRequest(const Session& actor, const Disposal& d);
    void checkExecution(const Disposal& d, const DisposalExecution& e, const QString& timeMessage);
    void checkPerson(qint64 personId, const QString& field, const QString& message);
    std::pair<qint64, Disposal> attachmentOwner(const Session& actor, qint64 attachmentId, bool write);
    void writeSerials(qint64 id, const QStringList& serials);
    QString nextControlNo();
    QString now() const;
    QDate today() const;
    CaseFile& m_file;
    AttachmentStore m_attachments;
};

} // namespace mamori
