#pragma once

#include "custody/DisposalService.h"
#include "forms/FormSpec.h"

namespace mamori {

class CaseFile;
class Session;

// The printed forms of the disposal workflow (seed 000 Art. 14; seed 002 Art. 11(5)(6)). Each
// reads through DisposalService (ReadPersonalData for the section; the read is journaled as any
// other) and journals the print (entity "disposal").
class DisposalForms {
public:
    // 廃棄記録簿: one row per disposal of the filter's section (or of every section the actor may
    // read) planned in [from, to]: what, why, how, by whom, the witnesses, the approval, the
    // certificate (the contractor's, or 自庁 for one done in-house) and the verification.
    // A4 landscape.
    static FormSpec disposalLedger(CaseFile& file, const Session& actor, const DisposalFilter& filter = {});
    // 廃棄・消去証明書 issued by the section itself for a disposal done in-house: what was
    // destroyed (serial numbers included), the method, when and where, the performer and the
    // witnesses, with seal boxes for the performer, a witness and the unit manager. From APPROVED
    // on, what has not happened yet is left blank to be filled in by hand at the shredder.
    // Refused (Conflict, field "performer") for a contractor's disposal, whose certificate is the
    // contractor's own; refused (Conflict, field "state") before approval or once cancelled.
    static FormSpec disposalCertificate(CaseFile& file, const Session& actor, qint64 id);

    // The words the forms print (forms are Japanese only).
    static QString itemKindLabel(DisposalItemKind k);
    static QString methodLabel(DisposalMethod m);
    static QString stateLabel(DisposalState s);
};

} // namespace mamori
