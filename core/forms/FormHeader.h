#pragma once

#include "forms/FormSpec.h"

namespace mamori {

class CaseFile;

// The header every Mamori form starts with: today's date in the case's date style, the
// organisation, a document number (MAMORI-<kind>-<yyyymmdd>-<journal size>) and the current
// journal head. Builders add the classification, seal boxes and body.
FormSpec startForm(CaseFile& file, const QString& title, const QString& kind);

} // namespace mamori
