#pragma once

#include "forms/FormSpec.h"

#include <optional>

namespace mamori {

class CaseFile;
class Session;

// The printed forms of handling areas and the file register. Each needs what reading its
// records needs (ReadPersonalData for the section) and is journaled as a print.
class CustodyForms {
public:
    // 取扱区域指定書: the area, its location, the measures checklist (☑/☐ with remarks), the
    // authorised handlers and the files handled there (seed 002 Art. 9, 11).
    static FormSpec areaSheet(CaseFile& file, const Session& actor, qint64 areaId);
    // 個人情報ファイル簿: one row per file with the items of APPI Art. 75, of one section or of
    // every section the actor may read.
    static FormSpec fileRegister(CaseFile& file, const Session& actor, std::optional<qint64> section = std::nullopt);
};

} // namespace mamori
