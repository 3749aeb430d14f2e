#pragma once

#include "custody/CarryOutService.h"
#include "forms/FormSpec.h"

namespace mamori {

class CaseFile;
class Session;

// The printed forms of the carry-out workflow (seed 000 Art. 10, 12, 13; seed 002 Art. 9, 11).
// Each reads through CarryOutService (so needs ReadPersonalData for the section, and the read is
// journaled like any other) and journals the print (entity "carry_out").
class CarryOutForms {
public:
    // 持出簿: one row per carry-out of the filter's section (or of every section the actor may
    // read) whose planned departure lies in [from, to]; A4 landscape. The filter's state and
    // overdue flag are honoured too, but a ledger is normally printed whole.
    static FormSpec carryOutLedger(CaseFile& file, const Session& actor, const CarryOutFilter& filter = {});
    // 持出承認申請書: one carry-out with the protective-measures checklist (the required ones
    // marked for its sensitivity and item), the decision and the checked return, and seal boxes
    // for the requester, the approver and the checking officer.
    static FormSpec carryOutApproval(CaseFile& file, const Session& actor, qint64 id);

    // The words the forms print (forms are Japanese only).
    static QString itemTypeLabel(CarryOutItemType t);
    static QString stateLabel(CarryOutState s);
    static QString measureLabel(CarryOutMeasure m);      // the checklist line
    static QString measureShortLabel(CarryOutMeasure m); // the ledger column
    static QString sensitivityLabel(CarryOutSensitivity s);
};

} // namespace mamori
