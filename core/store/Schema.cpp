#include "store/Schema.h"

#include "common/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <array>

namespace mamori {

namespace {

// Never edit a migration once released: files in the field were created with it. Add a new one.
constexpr std::array kMigrations = {
    // 1: the foundation (accounts, roles, titles, sections, settings, journal)
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    section_id INTEGER REFERENCES sections(id),
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
CREATE TABLE account_roles (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    role TEXT NOT NULL,
    section_id INTEGER REFERENCES sections(id)
);
CREATE INDEX account_roles_account ON account_roles(account_id);
CREATE TABLE role_titles (
    role TEXT PRIMARY KEY,
    title TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    login TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX journal_at ON journal(at);
CREATE INDEX journal_account ON journal(account_id, seq);
CREATE INDEX journal_action ON journal(action, seq);
)sql",
    // 2: encrypted drafts of open editors kept across an auto-lock; journal lookups by record
    R"sql(
CREATE TABLE drafts (
    account_id INTEGER NOT NULL,
    draft_key TEXT NOT NULL,
    content BLOB NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (account_id, draft_key)
);
CREATE INDEX journal_entity ON journal(entity, entity_id, seq);
CREATE INDEX journal_login ON journal(login, seq);
-- Filters go by login; every index on the journal is paid on each journaled write.
DROP INDEX journal_account;
)sql",
    // 3: people (staff records, not necessarily accounts), their role assignments over time, and
    // the designated handlers of seed 002 Art. 7
    R"sql(
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    staff_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kana TEXT NOT NULL DEFAULT '',
    section_id INTEGER NOT NULL REFERENCES sections(id),
    employment TEXT NOT NULL CHECK (employment IN ('REGULAR', 'FISCAL_YEAR', 'DISPATCHED', 'TEMPORARY')),
    email TEXT NOT NULL DEFAULT '',
    account_id INTEGER REFERENCES accounts(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_section ON people(section_id, staff_no);
CREATE TABLE person_roles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    section_id INTEGER REFERENCES sections(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX person_roles_person ON person_roles(person_id);
CREATE TABLE designated_handlers (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    section_id INTEGER NOT NULL REFERENCES sections(id),
    duty TEXT NOT NULL,
    data_scope TEXT NOT NULL,
    designated_on TEXT NOT NULL,
    designated_by INTEGER NOT NULL REFERENCES accounts(id),
    revoked_on TEXT
);
CREATE INDEX designated_handlers_section ON designated_handlers(section_id, person_id);
)sql",
};

} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(kMigrations.size());
}

int Schema::storedVersion(Database& db)
{
    Statement s = db.prepare("PRAGMA user_version");
    return s.next() ? s.int32(0) : 0;
}

void Schema::migrate(Database& db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int stored = storedVersion(db);
    if (stored > currentVersion())
        throw Error(ErrorCode::NewerVersion,
                    QCoreApplication::translate("mamori::Schema",
                                                "This case file was written by a newer version of "
                                                "Mamori (schema %1; this version reads up to %2). "
                                                "Please update Mamori.")
                        .arg(stored)
                        .arg(currentVersion()));
    for (int v = stored + 1; v <= target; ++v) {
        Transaction tx(db);
        db.exec(kMigrations[static_cast<std::size_t>(v - 1)]);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
        tx.commit();
    }
}

} // namespace mamori
