#pragma once

struct sqlite3;

namespace mamori {

// Registers mamori_search_text(a, b, ...) on a connection: the SearchText::indexForm of its
// arguments joined with spaces (NULLs skipped). The search index's triggers call it, so every
// connection core opens has it (Database::open installs it); deterministic, so SQLite may
// cache it within a statement.
void installSearchFunction(sqlite3* db);

} // namespace mamori
