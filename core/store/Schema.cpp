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
    // 4: handling areas (取扱区域, seed 002 Art. 9, 11) with their measures and authorised handlers;
    // the personal-information file register (個人情報ファイル簿, APPI Art. 75) and access rights
    R"sql(
CREATE TABLE handling_areas (
    id INTEGER PRIMARY KEY,
    area_code TEXT NOT NULL UNIQUE,
    section_id INTEGER NOT NULL REFERENCES sections(id),
    building TEXT NOT NULL DEFAULT '',
    floor TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    layout_image BLOB,
    layout_mime TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX handling_areas_section ON handling_areas(section_id, area_code);
CREATE TABLE area_measures (
    area_id INTEGER NOT NULL REFERENCES handling_areas(id),
    measure TEXT NOT NULL CHECK (measure IN ('PARTITIONS', 'SEAT_LAYOUT', 'LOCKABLE_CABINETS', 'LOCKED_BUILDING',
                                             'ENTRY_CONTROL', 'OTHER')),
    in_place INTEGER NOT NULL DEFAULT 0 CHECK (in_place IN (0, 1)),
    remark TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (area_id, measure)
);
CREATE TABLE area_handlers (
    area_id INTEGER NOT NULL REFERENCES handling_areas(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (area_id, person_id)
);
CREATE TABLE pi_files (
    id INTEGER PRIMARY KEY,
    file_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    section_id INTEGER NOT NULL REFERENCES sections(id),
    purpose TEXT NOT NULL,
    record_items TEXT NOT NULL DEFAULT '',
    record_scope TEXT NOT NULL DEFAULT '',
    collection_method TEXT NOT NULL DEFAULT '',
    contains_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (contains_sensitive IN (0, 1)),
    contains_my_number INTEGER NOT NULL DEFAULT 0 CHECK (contains_my_number IN (0, 1)),
    person_count INTEGER NOT NULL DEFAULT 0 CHECK (person_count >= 0),
    regular_recipients TEXT NOT NULL DEFAULT '',
    disclosure_office TEXT NOT NULL DEFAULT '',
    correction_procedures TEXT NOT NULL DEFAULT '',
    file_type TEXT NOT NULL CHECK (file_type IN ('COMPUTERISED', 'MANUAL')),
    storage_media TEXT NOT NULL DEFAULT '',
    handling_area_id INTEGER REFERENCES handling_areas(id),
    foreign_location TEXT NOT NULL DEFAULT '',
    foreign_regime_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX pi_files_section ON pi_files(section_id, file_no);
CREATE INDEX pi_files_area ON pi_files(handling_area_id);
CREATE TABLE file_access_rights (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES pi_files(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    operations TEXT NOT NULL,
    granted_by INTEGER NOT NULL REFERENCES accounts(id),
    granted_on TEXT NOT NULL,
    review_due TEXT NOT NULL,
    revoked_on TEXT
);
CREATE INDEX file_access_rights_file ON file_access_rights(file_id, person_id);
CREATE INDEX file_access_rights_review ON file_access_rights(review_due);
)sql",
    // 5: carry-outs (持出し, seed 000 Art. 10, 12, 13; seed 002 Art. 9, 11(4)): the ledger, the
    // protective measures applied to each, and which measures are required per file sensitivity
    // and kind of item (PAPER, MEDIA or ANY); the defaults below can be changed per case file.
    R"sql(
CREATE TABLE carry_outs (
    id INTEGER PRIMARY KEY,
    control_no TEXT NOT NULL UNIQUE,
    section_id INTEGER NOT NULL REFERENCES sections(id),
    file_id INTEGER REFERENCES pi_files(id),
    requested_by INTEGER NOT NULL REFERENCES people(id),
    requested_by_account INTEGER NOT NULL REFERENCES accounts(id),
    item_type TEXT NOT NULL CHECK (item_type IN ('PAPER', 'USB', 'LAPTOP', 'OPTICAL', 'OTHER')),
    description TEXT NOT NULL,
    record_count INTEGER NOT NULL DEFAULT 0 CHECK (record_count >= 0),
    purpose TEXT NOT NULL,
    destination TEXT NOT NULL,
    planned_out_at TEXT NOT NULL,
    planned_return_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('REQUESTED', 'APPROVED', 'REJECTED', 'OUT', 'RETURNED', 'CLOSED', 'LOST')),
    approver_account INTEGER REFERENCES accounts(id),
    decided_at TEXT,
    rejection_reason TEXT NOT NULL DEFAULT '',
    out_at TEXT,
    returned_at TEXT,
    returned_by INTEGER REFERENCES people(id),
    checked_by_account INTEGER REFERENCES accounts(id),
    count_matches INTEGER CHECK (count_matches IN (0, 1)),
    seal_intact INTEGER CHECK (seal_intact IN (0, 1)),
    remarks TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX carry_outs_section ON carry_outs(section_id, planned_out_at);
CREATE INDEX carry_outs_state ON carry_outs(state, planned_return_at);
CREATE TABLE carry_out_measures (
    carry_out_id INTEGER NOT NULL REFERENCES carry_outs(id),
    measure TEXT NOT NULL CHECK (measure IN ('LOCKED_CASE', 'TRACKABLE_DELIVERY', 'SEALING', 'MASKING', 'ENCRYPTION',
                                             'AUTH_SET')),
    applied INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1)),
    PRIMARY KEY (carry_out_id, measure)
);
CREATE TABLE carry_out_required_measures (
    level TEXT NOT NULL CHECK (level IN ('NORMAL', 'SENSITIVE', 'MY_NUMBER')),
    item_scope TEXT NOT NULL CHECK (item_scope IN ('ANY', 'PAPER', 'MEDIA')),
    measure TEXT NOT NULL CHECK (measure IN ('LOCKED_CASE', 'TRACKABLE_DELIVERY', 'SEALING', 'MASKING', 'ENCRYPTION',
                                             'AUTH_SET')),
    PRIMARY KEY (level, item_scope, measure)
);
INSERT INTO carry_out_required_measures(level, item_scope, measure) VALUES
    ('NORMAL', 'MEDIA', 'ENCRYPTION'),
    ('SENSITIVE', 'ANY', 'LOCKED_CASE'),
    ('SENSITIVE', 'MEDIA', 'ENCRYPTION'),
    ('MY_NUMBER', 'ANY', 'LOCKED_CASE'),
    ('MY_NUMBER', 'ANY', 'SEALING'),
    ('MY_NUMBER', 'PAPER', 'MASKING'),
    ('MY_NUMBER', 'MEDIA', 'ENCRYPTION');
)sql",
    // 6: one search box over the custody records (issue 3). FTS4 (Debian's SQLCipher has no
    // FTS5); the text is indexed in SearchText's two-character pieces by mamori_search_text(),
    // which every core connection installs. The index lives inside the encrypted file and is
    // kept by triggers, so no service can forget it. docid = row id * 8 + the entity's number
    // (1 person, 2 area, 3 file, 4 carry-out; 5 onwards for later entities).
    R"sql(
CREATE VIRTUAL TABLE search_index USING fts4(
    body, title, entity, entity_id, section_id,
    notindexed=title, notindexed=entity, notindexed=entity_id, notindexed=section_id,
    tokenize=simple);
CREATE TRIGGER search_people_ins AFTER INSERT ON people BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 1, mamori_search_text(new.staff_no, new.name, new.kana, new.email),
            new.name, 'person', new.id, new.section_id);
END;
CREATE TRIGGER search_people_upd AFTER UPDATE ON people BEGIN
    UPDATE search_index SET body = mamori_search_text(new.staff_no, new.name, new.kana, new.email),
        title = new.name, section_id = new.section_id WHERE docid = new.id * 8 + 1;
END;
CREATE TRIGGER search_people_del AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 1;
END;
CREATE TRIGGER search_areas_ins AFTER INSERT ON handling_areas BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 2, mamori_search_text(new.area_code, new.building, new.floor, new.room, new.remarks),
            new.area_code || ' ' || new.room, 'area', new.id, new.section_id);
END;
CREATE TRIGGER search_areas_upd AFTER UPDATE ON handling_areas BEGIN
    UPDATE search_index SET body = mamori_search_text(new.area_code, new.building, new.floor, new.room, new.remarks),
        title = new.area_code || ' ' || new.room, section_id = new.section_id WHERE docid = new.id * 8 + 2;
END;
CREATE TRIGGER search_areas_del AFTER DELETE ON handling_areas BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 2;
END;
CREATE TRIGGER search_files_ins AFTER INSERT ON pi_files BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 3, mamori_search_text(new.file_no, new.name, new.purpose, new.record_items, new.storage_media,
                                               new.foreign_location),
            new.file_no || ' ' || new.name, 'file', new.id, new.section_id);
END;
CREATE TRIGGER search_files_upd AFTER UPDATE ON pi_files BEGIN
    UPDATE search_index SET body = mamori_search_text(new.file_no, new.name, new.purpose, new.record_items,
                                                      new.storage_media, new.foreign_location),
        title = new.file_no || ' ' || new.name, section_id = new.section_id WHERE docid = new.id * 8 + 3;
END;
CREATE TRIGGER search_files_del AFTER DELETE ON pi_files BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 3;
END;
CREATE TRIGGER search_carry_outs_ins AFTER INSERT ON carry_outs BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 4, mamori_search_text(new.control_no, new.description, new.purpose, new.destination, new.remarks),
            new.control_no || ' ' || new.description, 'carry_out', new.id, new.section_id);
END;
CREATE TRIGGER search_carry_outs_upd AFTER UPDATE OF control_no, description, purpose, destination, remarks, section_id
    ON carry_outs BEGIN
    UPDATE search_index SET body = mamori_search_text(new.control_no, new.description, new.purpose, new.destination,
                                                      new.remarks),
        title = new.control_no || ' ' || new.description, section_id = new.section_id WHERE docid = new.id * 8 + 4;
END;
CREATE TRIGGER search_carry_outs_del AFTER DELETE ON carry_outs BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 4;
END;
INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    SELECT id * 8 + 1, mamori_search_text(staff_no, name, kana, email), name, 'person', id, section_id FROM people;
INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    SELECT id * 8 + 2, mamori_search_text(area_code, building, floor, room, remarks), area_code || ' ' || room, 'area',
           id, section_id FROM handling_areas;
INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    SELECT id * 8 + 3, mamori_search_text(file_no, name, purpose, record_items, storage_media, foreign_location),
           file_no || ' ' || name, 'file', id, section_id FROM pi_files;
INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    SELECT id * 8 + 4, mamori_search_text(control_no, description, purpose, destination, remarks),
           control_no || ' ' || description, 'carry_out', id, section_id FROM carry_outs;
)sql",
    // 7: disposals (廃棄・消去, seed 000 Art. 14; seed 002 Art. 11(5)(6)): the ledger, the media serial
    // numbers, witnesses, contractors' certificates, and attachments (photos, scans) whose bytes
    // sit in a table of their own so that listing metadata never reads them
    R"sql(
CREATE TABLE disposals (
    id INTEGER PRIMARY KEY,
    control_no TEXT NOT NULL UNIQUE,
    section_id INTEGER NOT NULL REFERENCES sections(id),
    file_id INTEGER REFERENCES pi_files(id),
    requested_by INTEGER NOT NULL REFERENCES people(id),
    requested_by_account INTEGER NOT NULL REFERENCES accounts(id),
    item_kind TEXT NOT NULL CHECK (item_kind IN ('DOCUMENTS', 'MEDIA', 'BUILT_IN_DISK')),
    description TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    record_count INTEGER NOT NULL DEFAULT 0 CHECK (record_count >= 0),
    basis TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ('SHREDDING', 'DISSOLUTION', 'INCINERATION', 'PHYSICAL_DESTRUCTION',
                                           'DEGAUSSING', 'OVERWRITE')),
    method_detail TEXT NOT NULL DEFAULT '',
    performer TEXT NOT NULL CHECK (performer IN ('IN_HOUSE', 'CONTRACTOR')),
    contractor_name TEXT NOT NULL DEFAULT '',
    subcontract_tier INTEGER CHECK (subcontract_tier BETWEEN 1 AND 9),
    place TEXT NOT NULL DEFAULT '',
    planned_on TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('PLANNED', 'APPROVED', 'EXECUTED_INHOUSE', 'HANDED_TO_CONTRACTOR', 'WITNESSED',
                                         'CERTIFICATE_RECEIVED', 'VERIFIED', 'RECORDED', 'CANCELLED')),
    approver_account INTEGER REFERENCES accounts(id),
    approved_at TEXT,
    executed_at TEXT,
    performed_by INTEGER REFERENCES people(id),
    verified_by_account INTEGER REFERENCES accounts(id),
    verified_at TEXT,
    verification_note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX disposals_section ON disposals(section_id, planned_on);
CREATE INDEX disposals_state ON disposals(state, planned_on);
CREATE INDEX disposals_planned ON disposals(planned_on, control_no);
CREATE TABLE disposal_media (
    disposal_id INTEGER NOT NULL REFERENCES disposals(id),
    position INTEGER NOT NULL,
    serial_no TEXT NOT NULL,
    PRIMARY KEY (disposal_id, position)
);
CREATE TABLE disposal_witnesses (
    id INTEGER PRIMARY KEY,
    disposal_id INTEGER NOT NULL REFERENCES disposals(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    witnessed_at TEXT NOT NULL,
    recorded_by_account INTEGER NOT NULL REFERENCES accounts(id),
    UNIQUE (disposal_id, person_id)
);
CREATE TABLE disposal_certificates (
    id INTEGER PRIMARY KEY,
    disposal_id INTEGER NOT NULL REFERENCES disposals(id),
    certificate_no TEXT NOT NULL,
    issuer TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    responsible_person TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    checked_by_account INTEGER NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    UNIQUE (disposal_id, certificate_no)
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    owner_entity TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'application/pdf')),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    caption TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    added_by_account INTEGER NOT NULL REFERENCES accounts(id)
);
CREATE INDEX attachments_owner ON attachments(owner_entity, owner_id);
CREATE TABLE attachment_contents (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
    content BLOB NOT NULL
);
CREATE TRIGGER search_disposals_ins AFTER INSERT ON disposals BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 5, mamori_search_text(new.control_no, new.description, new.model, new.contractor_name,
                                               new.place, new.remarks),
            new.control_no || ' ' || new.description, 'disposal', new.id, new.section_id);
END;
CREATE TRIGGER search_disposals_upd AFTER UPDATE OF control_no, description, model, contractor_name, place, remarks,
    section_id ON disposals BEGIN
    UPDATE search_index SET body = mamori_search_text(new.control_no, new.description, new.model, new.contractor_name,
                                                      new.place, new.remarks),
        title = new.control_no || ' ' || new.description, section_id = new.section_id WHERE docid = new.id * 8 + 5;
END;
CREATE TRIGGER search_disposals_del AFTER DELETE ON disposals BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 5;
END;
)sql",
    // 8: leak incidents (BRIEF §5.1, issue 4): the incident with its investigation facts and
    // publication decision; containment actions, escalation steps, every assessment, the PPC
    // reports (速報/確報 with the nine items), notices to individuals, recurrence prevention
    // measures and the sections they were shared with; links to the file register.
    R"sql(
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    incident_no TEXT NOT NULL UNIQUE,
    section_id INTEGER NOT NULL REFERENCES sections(id),
    state TEXT NOT NULL CHECK (state IN ('UNIT_NOTIFIED', 'CONTAINED', 'ESCALATED', 'INVESTIGATING', 'ASSESSED',
                                         'PREVENTION', 'CLOSED')),
    reported_by_account INTEGER NOT NULL REFERENCES accounts(id),
    reported_at TEXT NOT NULL,
    aware_at TEXT NOT NULL,
    aware_person INTEGER REFERENCES people(id),
    carry_out_id INTEGER REFERENCES carry_outs(id),
    summary TEXT NOT NULL,
    leak_type TEXT NOT NULL DEFAULT 'LEAK' CHECK (leak_type IN ('LEAK', 'LOSS', 'DAMAGE')),
    suspected INTEGER NOT NULL DEFAULT 1 CHECK (suspected IN (0, 1)),
    medium TEXT NOT NULL DEFAULT 'PAPER' CHECK (medium IN ('PAPER', 'ELECTRONIC', 'BOTH')),
    data_items TEXT NOT NULL DEFAULT '',
    persons INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    ordinance_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (ordinance_sensitive IN (0, 1)),
    my_number INTEGER NOT NULL DEFAULT 0 CHECK (my_number IN (0, 1)),
    my_number_system INTEGER NOT NULL DEFAULT 0 CHECK (my_number_system IN (0, 1)),
    public_exposure INTEGER NOT NULL DEFAULT 0 CHECK (public_exposure IN (0, 1)),
    property_damage_risk INTEGER NOT NULL DEFAULT 0 CHECK (property_damage_risk IN (0, 1)),
    improper_purpose INTEGER NOT NULL DEFAULT 0 CHECK (improper_purpose IN (0, 1)),
    advanced_encryption INTEGER NOT NULL DEFAULT 0 CHECK (advanced_encryption IN (0, 1)),
    contractor_involved INTEGER NOT NULL DEFAULT 0 CHECK (contractor_involved IN (0, 1)),
    secondary_damage INTEGER NOT NULL DEFAULT 0 CHECK (secondary_damage IN (0, 1)),
    secondary_damage_details TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    occurred_on TEXT,
    how_detected TEXT NOT NULL DEFAULT '',
    facts_version INTEGER NOT NULL DEFAULT 0,
    publication TEXT NOT NULL DEFAULT 'UNDECIDED' CHECK (publication IN ('UNDECIDED', 'PUBLISH', 'DO_NOT_PUBLISH')),
    publication_decided_on TEXT,
    publication_decided_by INTEGER REFERENCES accounts(id),
    publication_reason TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    ppc_secretariat_informed_on TEXT,
    closed_at TEXT,
    closed_by INTEGER REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_state ON incidents(state, section_id);
CREATE INDEX incidents_carry_out ON incidents(carry_out_id);
CREATE TABLE incident_files (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    file_id INTEGER NOT NULL REFERENCES pi_files(id),
    PRIMARY KEY (incident_id, file_id)
);
CREATE TABLE incident_containment (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    action TEXT NOT NULL,
    done_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES accounts(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX incident_containment_incident ON incident_containment(incident_id);
CREATE TABLE incident_escalations (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    step INTEGER NOT NULL CHECK (step >= 1),
    recipient TEXT NOT NULL,
    recipient_title TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('IN_PERSON', 'PHONE', 'EMAIL', 'DOCUMENT', 'POST', 'OTHER')),
    informed_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES accounts(id),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    UNIQUE (incident_id, step)
);
CREATE TABLE incident_assessments (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    assessed_at TEXT NOT NULL,
    assessed_by INTEGER NOT NULL REFERENCES accounts(id),
    facts_version INTEGER NOT NULL,
    facts_json TEXT NOT NULL,
    appi_reportable INTEGER NOT NULL CHECK (appi_reportable IN (0, 1)),
    appi_grounds TEXT NOT NULL,
    appi_preliminary_due TEXT,
    appi_final_due TEXT,
    my_number_reportable INTEGER NOT NULL CHECK (my_number_reportable IN (0, 1)),
    my_number_grounds TEXT NOT NULL,
    my_number_preliminary_due TEXT,
    my_number_final_due TEXT
);
CREATE INDEX incident_assessments_incident ON incident_assessments(incident_id, id);
CREATE TABLE incident_reports (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    regime TEXT NOT NULL CHECK (regime IN ('appi', 'my_number')),
    kind TEXT NOT NULL CHECK (kind IN ('PRELIMINARY', 'FINAL')),
    submitted_on TEXT NOT NULL,
    submitted_by INTEGER NOT NULL REFERENCES accounts(id),
    summary TEXT NOT NULL,
    data_items TEXT NOT NULL DEFAULT '',
    persons INTEGER CHECK (persons >= 0),
    cause TEXT NOT NULL DEFAULT '',
    secondary_damage TEXT NOT NULL DEFAULT '',
    individual_response TEXT NOT NULL DEFAULT '',
    publication TEXT NOT NULL DEFAULT '',
    prevention TEXT NOT NULL DEFAULT '',
    other TEXT NOT NULL DEFAULT '',
    grounds TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    other_bodies TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    UNIQUE (incident_id, regime, kind)
);
CREATE TABLE incident_notices (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    kind TEXT NOT NULL CHECK (kind IN ('NOTICE', 'SUBSTITUTE')),
    group_label TEXT NOT NULL,
    persons INTEGER NOT NULL DEFAULT 0 CHECK (persons >= 0),
    method TEXT CHECK (method IN ('IN_PERSON', 'PHONE', 'EMAIL', 'DOCUMENT', 'POST', 'OTHER')),
    notified_at TEXT NOT NULL,
    notified_by INTEGER REFERENCES people(id),
    number_change_guidance INTEGER NOT NULL DEFAULT 0 CHECK (number_change_guidance IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL REFERENCES accounts(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX incident_notices_incident ON incident_notices(incident_id);
CREATE TABLE incident_measures (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    description TEXT NOT NULL,
    owner_person INTEGER NOT NULL REFERENCES people(id),
    due_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    recorded_by INTEGER NOT NULL REFERENCES accounts(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incident_measures_incident ON incident_measures(incident_id);
CREATE TABLE incident_measure_shares (
    measure_id INTEGER NOT NULL REFERENCES incident_measures(id),
    section_id INTEGER NOT NULL REFERENCES sections(id),
    PRIMARY KEY (measure_id, section_id)
);
CREATE TABLE incident_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    // 9: the 持出簿 screen opens on the newest planned departures across sections; without an
    // index on the date alone its first page sorted all 100,000 rows of a city (1.5 s).
    R"sql(
CREATE INDEX carry_outs_planned ON carry_outs(planned_out_at, control_no);
)sql",
    // 10: leak incidents in the search box (issue 4): their number and the words of the facts
    // (summary, items, cause, how found), never the persons concerned, who are not stored.
    R"sql(
CREATE TRIGGER search_incidents_ins AFTER INSERT ON incidents BEGIN
    INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    VALUES (new.id * 8 + 6, mamori_search_text(new.incident_no, new.summary, new.data_items, new.cause, new.how_detected),
            new.incident_no || ' ' || new.summary, 'incident', new.id, new.section_id);
END;
CREATE TRIGGER search_incidents_upd AFTER UPDATE OF incident_no, summary, data_items, cause, how_detected, section_id
    ON incidents BEGIN
    UPDATE search_index SET body = mamori_search_text(new.incident_no, new.summary, new.data_items, new.cause,
                                                      new.how_detected),
        title = new.incident_no || ' ' || new.summary, section_id = new.section_id WHERE docid = new.id * 8 + 6;
END;
CREATE TRIGGER search_incidents_del AFTER DELETE ON incidents BEGIN
    DELETE FROM search_index WHERE docid = old.id * 8 + 6;
END;
INSERT INTO search_index(docid, body, title, entity, entity_id, section_id)
    SELECT id * 8 + 6, mamori_search_text(incident_no, summary, data_items, cause, how_detected),
           incident_no || ' ' || summary, 'incident', id, section_id FROM incidents;
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
