#pragma once

#include "casefile/CaseFile.h"
#include "journal/Journal.h"

#include <QString>

namespace mamori::test {

// How many prints of `entity` ("carry_out", "disposal", "incident") the journal holds: each
// printed form must add exactly one, and a refused form none.
inline qsizetype printsOf(CaseFile& file, const QString& entity)
{
    JournalFilter f;
    f.action = JournalAction::Print;
    f.entity = entity;
    return file.journal().page(f, 0, 1000).size();
}

} // namespace mamori::test
