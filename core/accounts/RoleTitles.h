#pragma once

#include "accounts/Role.h"

#include <QMap>
#include <QStringList>

namespace mamori {

// The city's titles for the canonical roles. Two presets reproduce the seeds: "shiraoka"
// (seed 000, APPI policy) and "muko" (seed 002, My Number regulation). A role a city does not
// have is absent from its map.
class RoleTitles {
public:
    static QStringList presetNames();
    // Throws InvalidArgument for an unknown preset.
    static QMap<Role, QString> preset(const QString& name);
    // Falls back to the canonical key when the city has no title for the role.
    static QString titleOr(const QMap<Role, QString>& titles, Role role);
};

} // namespace mamori
