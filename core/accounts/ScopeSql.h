#pragma once

#include "accounts/Session.h"

#include <QString>

namespace mamori {

// The sections a session may act on as a SQL term on `column`: "1" for every section,
// "column IN (3,7)", or "column IN (NULL)" (true for no row) when there are none. The ids are
// numbers from the session, not user text, so writing them into the statement is safe; and a
// literal list lets SQLite 3.15 use the section index, which a bound list cannot. `column` may
// carry a unary plus ("+section_id") to keep SQLite off that index when another one is better.
QString scopeSql(const Session::Scope& scope, const QString& column);

} // namespace mamori
