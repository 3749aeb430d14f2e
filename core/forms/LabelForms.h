#pragma once

#include "custody/CarryOutService.h"
#include "custody/DisposalService.h"
#include "forms/FormSpec.h"

namespace mamori {

class CaseFile;
class Session;

// Label sheets for the records room: each carried item (and, with the disposals, each disposal
// batch) gets a label with its control number as text and as a QR code, its section and a short
// description, so that checking it out or back in takes one scan. Labels name no person. Reading
// goes through the services (permissions and read journal as usual); the print is journaled.
class LabelForms {
public:
    // Labels of the carry-outs matching the filter; NotFound when none does.
    static FormSpec carryOutLabels(CaseFile& file, const Session& actor, const CarryOutFilter& filter = {});
    // The label of one carry-out.
    static FormSpec carryOutLabel(CaseFile& file, const Session& actor, qint64 id);
    // Labels of the disposal batches matching the filter (cancelled ones left out: nothing is
    // handed over under their number); NotFound when none does.
    static FormSpec disposalLabels(CaseFile& file, const Session& actor, const DisposalFilter& filter = {});
    // The label of one disposal batch, whatever its state.
    static FormSpec disposalLabel(CaseFile& file, const Session& actor, qint64 id);
    // Descriptions longer than this are cut with "…": a label has room for two short lines.
    static constexpr int kDescriptionLength = 40;
};

} // namespace mamori
