#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

#include "accounts/Session.h"

namespace mamori {

class CaseFile;

// What is taken out (持出簿: 媒体の種類).
enum class CarryOutItemType { Paper, Usb, Laptop, Optical, Other };
QList<CarryOutItemType> allCarryOutItemTypes();
// "PAPER", "USB", "LAPTOP", "OPTICAL", "OTHER", as stored in the case file.
QString carryOutItemTypeKey(CarryOutItemType t);
std::optional<CarryOutItemType> carryOutItemTypeFromKey(const QString& key);

// The protective measures of seed 002 Art. 11(4) and seed 000 Art. 12, the checklist the approver sees.
enum class CarryOutMeasure { LockedCase, TrackableDelivery, Sealing, Masking, Encryption, AuthSet };
QList<CarryOutMeasure> allCarryOutMeasures();
// "LOCKED_CASE", "TRACKABLE_DELIVERY", "SEALING", "MASKING", "ENCRYPTION", "AUTH_SET".
QString carryOutMeasureKey(CarryOutMeasure m);
std::optional<CarryOutMeasure> carryOutMeasureFromKey(const QString& key);

// The sensitivity of what is carried, from the file it comes from: NORMAL without a file or for
// an ordinary file; SENSITIVE (要配慮個人情報) and MY_NUMBER add their own required measures.
enum class CarryOutSensitivity { Normal, Sensitive, MyNumber };
QString carryOutSensitivityKey(CarryOutSensitivity s);
// Which items a required measure applies to: ANY item, PAPER only, or MEDIA (USB, laptop, optical).
enum class CarryOutItemScope { Any, Paper, Media };
QString carryOutItemScopeKey(CarryOutItemScope s);

struct RequiredCarryOutMeasure {
    CarryOutSensitivity level = CarryOutSensitivity::Normal;
    CarryOutItemScope scope = CarryOutItemScope::Any;
    CarryOutMeasure measure = CarryOutMeasure::LockedCase;
    bool operator==(const RequiredCarryOutMeasure&) const = default;
};

// REQUESTED → APPROVED | REJECTED → OUT → RETURNED → CLOSED; OUT → OVERDUE; OUT | OVERDUE → LOST.
// OVERDUE is never stored: it is derived from the clock (stored OUT whose planned return date is
// before today), so that no background job is needed and the ledger never lags the calendar.
enum class CarryOutState { Requested, Approved, Rejected, Out, Overdue, Returned, Closed, Lost };
QList<CarryOutState> allCarryOutStates();
QString carryOutStateKey(CarryOutState s);
std::optional<CarryOutState> carryOutStateFromKey(const QString& key);

// One entry of the carry-out ledger (持出簿, BRIEF §7 CarryOutLedger).
struct CarryOut {
    qint64 id = 0;
    QString controlNo; // CO-YYYY-NNNNNN, generated, unique in the case file
    qint64 sectionId = 0;
    std::optional<qint64> fileId; // the register entry carried (pi_files), if any
    qint64 requestedBy = 0;       // person
    qint64 requestedByAccount = 0;
    CarryOutItemType itemType = CarryOutItemType::Paper;
    QString description;
    qint64 recordCount = 0;
    QString purpose;
    QString destination;
    QDate plannedOutOn;
    QDate plannedReturnOn;
    CarryOutState state = CarryOutState::Requested; // OVERDUE derived, see CarryOutState
    std::optional<qint64> approverAccount;
    QDateTime decidedAt;
    QString rejectionReason;
    QDateTime outAt;
    QDateTime returnedAt;
    std::optional<qint64> returnedBy; // person
    std::optional<qint64> checkedByAccount;
    std::optional<bool> countMatches;
    std::optional<bool> sealIntact;
    QString remarks;
    QList<CarryOutMeasure> appliedMeasures; // in allCarryOutMeasures() order
};

struct CarryOutReturn {
    QDateTime returnedAt;
    qint64 returnedBy = 0; // person who brings it back
    bool countMatches = false;
    bool sealIntact = false;
    QString remarks;
};

struct CarryOutFilter {
    std::optional<CarryOutState> state; // OUT means out and not overdue
    std::optional<qint64> sectionId;
    std::optional<QDate> from; // planned_out_at >= from
    std::optional<QDate> to;   // planned_out_at <= to
    bool overdueOnly = false;
    // Words found in the control number, description, purpose or destination (all must match).
    QString text;
};

// How a page of the list is ordered. Every order ends with the control number, which is unique,
// so that consecutive pages never overlap or skip a row.
enum class CarryOutSortKey { PlannedOut, ControlNo, Section, State, ItemType, RecordCount, PlannedReturn };

// The carry-out workflow.
//
// Permissions: a carry-out belongs to the section whose data leaves. Requesting, recording the
// departure, the return, the loss and closing need WritePersonalData for the section (its
// UNIT_MANAGER, UNIT_ASSISTANT or HANDLER; STAFF may not request: they hold no access right to
// the section's personal data). Approving or rejecting is for the section's UNIT_MANAGER only, and
// never for the person who asked (by account, and by the requesting person's linked account).
// The return is recorded by the checking officer (seed 000 Art. 13), who is the acting account
// and may not be the person who brings the item back. Reads need ReadPersonalData. Every
// transition, list and view is journaled (entity "carry_out") with ids, states and field names only.
class CarryOutService {
public:
    explicit CarryOutService(CaseFile& file) : m_file(file) {}

    // Throws InvalidArgument with the field ("section", "file", "requested_by", "description",
    // "record_count", "purpose", "destination", "planned_out_at", "planned_return_at").
    void validate(const CarryOut& request);
    // A new request in REQUESTED with a generated control number and the measures applied.
    CarryOut request(const Session& actor, const CarryOut& request);
    // Replaces the applied measures while the request is REQUESTED or APPROVED.
    CarryOut setMeasures(const Session& actor, qint64 id, const QList<CarryOutMeasure>& applied);
    CarryOut approve(const Session& actor, qint64 id);
    CarryOut reject(const Session& actor, qint64 id, const QString& reason);
    CarryOut markOut(const Session& actor, qint64 id, const QDateTime& outAt);
    CarryOut markReturned(const Session& actor, qint64 id, const CarryOutReturn& ret);
    CarryOut close(const Session& actor, qint64 id);
    // Also opens an incident pre-filled from the carry-out (IncidentService::openFromCarryOut,
    // same transaction; find it with IncidentService::incidentForCarryOut).
    CarryOut markLost(const Session& actor, qint64 id, const QString& remarks);

    CarryOut get(const Session& actor, qint64 id);
    // For the scan field: the carry-out with this control number; NotFound otherwise.
    CarryOut findByControlNo(const Session& actor, const QString& controlNo);
    // Of the sections the actor may read, ordered by planned departure then control number.
    QList<CarryOut> list(const Session& actor, const CarryOutFilter& filter = {});
    // One page of the same list for screens: ORDER BY/LIMIT/OFFSET in SQL, so that opening a
    // ledger of 100,000 entries reads `limit` rows. Journaled as a view of the page.
    QList<CarryOut> page(const Session& actor, const CarryOutFilter& filter, CarryOutSortKey key, bool descending,
                         int offset, int limit);
    // How many carry-outs the actor may read match `filter` (for counts and the overdue badge).
    qint64 count(const Session& actor, const CarryOutFilter& filter = {});

    // The measures required for an item of `type` from a file of `level`; ordered.
    QList<CarryOutMeasure> requiredMeasures(CarryOutSensitivity level, CarryOutItemType type);
    QList<RequiredCarryOutMeasure> requiredMeasureRules();
    // Replaces the rules of one level (needs ManageSettings).
    void setRequiredMeasures(const Session& actor, CarryOutSensitivity level, const QList<RequiredCarryOutMeasure>& rules);
    // The sensitivity of what this carry-out takes out (from its file).
    CarryOutSensitivity sensitivityOf(const CarryOut& c);

private:
    std::optional<CarryOut> find(qint64 id);
    CarryOut writable(const Session& actor, qint64 id);
    void requireState(const CarryOut& c, std::initializer_list<CarryOutState> allowed, const QString& action);
    void requireManager(const Session& actor, const CarryOut& c);
    bool isOwnRequest(const Session& actor, const CarryOut& c);
    CarryOut withEffectiveState(CarryOut c) const;
    QString nextControlNo();
    QString now() const;
    QDate today() const;
    // The WHERE clause (with its leading " WHERE ", or empty) for `filter` within `scope`;
    // `values` receives one text per placeholder, in order.
    // `sectionIndexed` false keeps the planner off the section index for the reader's sections
    // (see page()).
    // `textIndexed` false likewise keeps it off the search index's candidates as the rows to
    // start from, so that it reads the rows in the page's order and tests each (see page()).
    QString whereClause(const Session::Scope& scope, const CarryOutFilter& filter, QStringList& values,
                        bool sectionIndexed = true, bool textIndexed = true) const;
    // Whether a page is found sooner by reading the rows in order than from the search index's
    // candidates for the filter's words: when they are many (see page()).
    bool pageInOrderIsCheaper(const CarryOutFilter& filter, int offset, int limit);
    void loadMeasures(QList<CarryOut>& rows);
    CaseFile& m_file;
};

} // namespace mamori
