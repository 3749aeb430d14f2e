#include "TestCase.h"

#include "crypto/Crypto.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// Forward migrations, from every earlier version to the current one:
//  - built: a database migrated to version v, filled with rows of that version, then migrated on;
//  - fixtures: tests/fixtures/schema/v<N>.db, real files written by that version (raw key below),
//    so that a migration that was edited after release is caught.
namespace {
SecureBytes fixtureKey()
{
    const QByteArray hex = QByteArrayLiteral("6d616d6f72692d666978747572652d6b65792d666f722d7465737473212121ff");
    const QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes(reinterpret_cast<const unsigned char*>(raw.constData()), static_cast<std::size_t>(raw.size()));
}

void fillVersion1(Database& db)
{
    db.exec("INSERT INTO meta(key, value) VALUES('case_id', 'fixture')");
    db.exec("INSERT INTO sections(code, name, created_at) VALUES('0101', '総務課', '2025-04-01T00:00:00Z')");
    db.exec("INSERT INTO accounts(login, display_name, section_id, created_at, password_changed_at) "
            "VALUES('admin', '管理者', 1, '2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z')");
    db.exec("INSERT INTO account_roles(account_id, role) VALUES(1, 'SYSTEM_ADMIN')");
    db.exec("INSERT INTO journal(seq, at, account_id, login, action, entity, entity_id, summary, hash) "
            "VALUES(1, '2025-04-01T00:00:00.000Z', 1, 'admin', 'create', 'case', 'fixture', '', zeroblob(32))");
}

void checkCurrent(Database& db)
{
    QCOMPARE(Schema::storedVersion(db), Schema::currentVersion());
    Statement s = db.prepare("SELECT name FROM sections WHERE code = '0101'");
    QVERIFY(s.next());
    QCOMPARE(s.text(0), QStringLiteral("総務課"));
    // Version 2 added drafts.
    db.exec("INSERT INTO drafts(account_id, draft_key, content, saved_at) VALUES(1, 'k', x'00', 'now')");
    // Version 3 added people, their role assignments and designated handlers.
    db.exec("INSERT INTO people(staff_no, name, kana, section_id, employment, created_at, updated_at) "
            "VALUES('S001', '山田 太郎', 'ヤマダ タロウ', 1, 'DISPATCHED', 'now', 'now')");
    db.exec("INSERT INTO person_roles(person_id, role, section_id, starts_on, created_at) "
            "VALUES(1, 'HANDLER', 1, '2025-04-01', 'now')");
    db.exec("INSERT INTO designated_handlers(person_id, section_id, duty, data_scope, designated_on, designated_by) "
            "VALUES(1, 1, '住民票の交付', '住民基本台帳', '2025-04-01', 1)");
    Statement people = db.prepare("SELECT p.staff_no, s.code FROM people p JOIN sections s ON s.id = p.section_id "
                                  "JOIN designated_handlers h ON h.person_id = p.id");
    QVERIFY(people.next());
    QCOMPARE(people.text(0), QStringLiteral("S001"));
    QCOMPARE(people.text(1), QStringLiteral("0101"));
    // Version 4 added handling areas (measures, handlers), the file register and access rights.
    db.exec("INSERT INTO handling_areas(area_code, section_id, building, created_at, updated_at) "
            "VALUES('A-01', 1, '本庁舎', 'now', 'now')");
    db.exec("INSERT INTO area_measures(area_id, measure, in_place, remark) VALUES(1, 'ENTRY_CONTROL', 1, '')");
    db.exec("INSERT INTO area_handlers(area_id, person_id) VALUES(1, 1)");
    db.exec("INSERT INTO pi_files(file_no, name, section_id, purpose, person_count, file_type, handling_area_id, "
            "created_at, updated_at) VALUES('F-01', '住民基本台帳', 1, '公証', 1200, 'COMPUTERISED', 1, 'now', 'now')");
    db.exec("INSERT INTO file_access_rights(file_id, person_id, operations, granted_by, granted_on, review_due) "
            "VALUES(1, 1, 'read', 1, '2025-04-01', '2026-03-31')");
    Statement files = db.prepare("SELECT f.file_no, a.area_code FROM pi_files f JOIN handling_areas a ON a.id = f.handling_area_id "
                                 "JOIN file_access_rights r ON r.file_id = f.id JOIN area_handlers h ON h.area_id = a.id");
    QVERIFY(files.next());
    QCOMPARE(files.text(0), QStringLiteral("F-01"));
    QCOMPARE(files.text(1), QStringLiteral("A-01"));
    // Version 5 added carry-outs, their measures and the required measures (seeded).
    db.exec("INSERT INTO carry_outs(control_no, section_id, file_id, requested_by, requested_by_account, item_type, "
            "description, record_count, purpose, destination, planned_out_at, planned_return_at, state, out_at, "
            "created_at, updated_at) VALUES('CO-2025-000001', 1, 1, 1, 1, 'USB', '申請書写し', 12, '訪問調査', "
            "'東町公民館', '2025-05-01', '2025-05-02', 'OUT', '2025-05-01T01:00:00Z', 'now', 'now')");
    db.exec("INSERT INTO carry_out_measures(carry_out_id, measure, applied) VALUES(1, 'ENCRYPTION', 1)");
    Statement carry = db.prepare("SELECT c.control_no, f.file_no, m.measure FROM carry_outs c JOIN pi_files f ON f.id = c.file_id "
                                 "JOIN carry_out_measures m ON m.carry_out_id = c.id");
    QVERIFY(carry.next());
    QCOMPARE(carry.text(0), QStringLiteral("CO-2025-000001"));
    QCOMPARE(carry.text(1), QStringLiteral("F-01"));
    QCOMPARE(carry.text(2), QStringLiteral("ENCRYPTION"));
    // Version 7 added disposals, their media serials, witnesses, certificates and attachments.
    db.exec("INSERT INTO disposals(control_no, section_id, file_id, requested_by, requested_by_account, item_kind, "
            "description, quantity, method, performer, contractor_name, subcontract_tier, planned_on, state, executed_at, "
            "created_at, updated_at) VALUES('DS-2025-000001', 1, 1, 1, 1, 'BUILT_IN_DISK', '旧端末HDD', 2, "
            "'PHYSICAL_DESTRUCTION', 'CONTRACTOR', '株式会社試験', 2, '2025-05-01', 'CERTIFICATE_RECEIVED', "
            "'2025-05-01T01:00:00Z', 'now', 'now')");
    db.exec("INSERT INTO disposal_media(disposal_id, position, serial_no) VALUES(1, 1, 'WD-0001')");
    db.exec("INSERT INTO disposal_witnesses(disposal_id, person_id, witnessed_at, recorded_by_account) "
            "VALUES(1, 1, '2025-05-01T02:00:00Z', 1)");
    db.exec("INSERT INTO disposal_certificates(disposal_id, certificate_no, issuer, issued_on, received_on, "
            "checked_by_account, created_at) VALUES(1, 'C-1', '株式会社試験', '2025-05-02', '2025-05-03', 1, 'now')");
    db.exec("INSERT INTO attachments(owner_entity, owner_id, file_name, media_type, size, sha256, added_at, "
            "added_by_account) VALUES('disposal_certificate', 1, 'c.pdf', 'application/pdf', 4, "
            "'0000000000000000000000000000000000000000000000000000000000000000', 'now', 1)");
    db.exec("INSERT INTO attachment_contents(attachment_id, content) VALUES(1, x'25504446')");
    Statement disposal = db.prepare("SELECT d.control_no, m.serial_no, c.certificate_no, a.media_type FROM disposals d "
                                    "JOIN disposal_media m ON m.disposal_id = d.id JOIN disposal_witnesses w ON w.disposal_id = d.id "
                                    "JOIN disposal_certificates c ON c.disposal_id = d.id JOIN attachments a ON a.owner_id = c.id "
                                    "JOIN attachment_contents b ON b.attachment_id = a.id");
    QVERIFY(disposal.next());
    QCOMPARE(disposal.text(0), QStringLiteral("DS-2025-000001"));
    QCOMPARE(disposal.text(1), QStringLiteral("WD-0001"));
    QCOMPARE(disposal.text(2), QStringLiteral("C-1"));
    QCOMPARE(disposal.text(3), QStringLiteral("application/pdf"));
    for (const char* bad : {"INSERT INTO disposals(control_no, section_id, requested_by, requested_by_account, item_kind, "
                            "description, quantity, method, performer, planned_on, state, created_at, updated_at) "
                            "VALUES('DS-2025-000001', 1, 1, 1, 'DOCUMENTS', 'x', 1, 'SHREDDING', 'IN_HOUSE', 'd', "
                            "'PLANNED', 'now', 'now')",
                            "INSERT INTO disposals(control_no, section_id, requested_by, requested_by_account, item_kind, "
                            "description, quantity, method, performer, planned_on, state, created_at, updated_at) "
                            "VALUES('DS-2025-000002', 1, 1, 1, 'DOCUMENTS', 'x', 1, 'BURYING', 'IN_HOUSE', 'd', "
                            "'PLANNED', 'now', 'now')",
                            "INSERT INTO disposals(control_no, section_id, requested_by, requested_by_account, item_kind, "
                            "description, quantity, method, performer, planned_on, state, created_at, updated_at) "
                            "VALUES('DS-2025-000003', 1, 1, 1, 'DOCUMENTS', 'x', 0, 'SHREDDING', 'IN_HOUSE', 'd', "
                            "'PLANNED', 'now', 'now')",
                            "INSERT INTO disposal_witnesses(disposal_id, person_id, witnessed_at, recorded_by_account) "
                            "VALUES(1, 1, 'later', 1)",
                            "INSERT INTO attachments(owner_entity, owner_id, file_name, media_type, size, sha256, added_at, "
                            "added_by_account) VALUES('disposal', 1, 'x.gif', 'image/gif', 4, "
                            "'0000000000000000000000000000000000000000000000000000000000000000', 'now', 1)",
                            "INSERT INTO attachments(owner_entity, owner_id, file_name, media_type, size, sha256, added_at, "
                            "added_by_account) VALUES('disposal', 1, 'x.png', 'image/png', 20971521, "
                            "'0000000000000000000000000000000000000000000000000000000000000000', 'now', 1)"}) {
        bool badRefused = false;
        try {
            db.exec(bad);
        } catch (const Error&) {
            badRefused = true;
        }
        QVERIFY2(badRefused, bad);
    }
    Statement required = db.prepare("SELECT count(*) FROM carry_out_required_measures WHERE level = 'MY_NUMBER'");
    QVERIFY(required.next());
    QVERIFY(required.int64(0) >= 3);
    // Version 8 added leak incidents with their containment, escalation, assessments, reports,
    // notices and prevention measures.
    db.exec("INSERT INTO incidents(incident_no, section_id, state, reported_by_account, reported_at, aware_at, "
            "carry_out_id, summary, persons, created_at, updated_at) VALUES('IN-2025-000001', 1, 'ASSESSED', 1, "
            "'2025-05-02T00:00:00Z', '2025-05-02T00:00:00Z', 1, '持出し中のUSBメモリ紛失', 12, 'now', 'now')");
    db.exec("INSERT INTO incident_files(incident_id, file_id) VALUES(1, 1)");
    db.exec("INSERT INTO incident_escalations(incident_id, step, recipient, recipient_title, method, informed_at, "
            "recorded_by, recorded_at) VALUES(1, 1, 'EXECUTIVE_OWNER', '総括保護管理者', 'PHONE', 'now', 1, 'now')");
    db.exec("INSERT INTO incident_assessments(incident_id, assessed_at, assessed_by, facts_version, facts_json, "
            "appi_reportable, appi_grounds, my_number_reportable, my_number_grounds) VALUES(1, 'now', 1, 0, '{}', 0, '', 0, '')");
    db.exec("INSERT INTO incident_reports(incident_id, regime, kind, submitted_on, submitted_by, summary, recorded_at) "
            "VALUES(1, 'appi', 'PRELIMINARY', '2025-05-03', 1, '概要', 'now')");
    db.exec("INSERT INTO incident_notices(incident_id, kind, group_label, persons, method, notified_at, recorded_by, "
            "recorded_at) VALUES(1, 'NOTICE', '申請者', 12, 'POST', 'now', 1, 'now')");
    db.exec("INSERT INTO incident_measures(incident_id, description, owner_person, due_on, status, recorded_by, "
            "created_at, updated_at) VALUES(1, '暗号化USBに限定', 1, '2025-06-30', 'PLANNED', 1, 'now', 'now')");
    db.exec("INSERT INTO incident_measure_shares(measure_id, section_id) VALUES(1, 1)");
    Statement incident = db.prepare("SELECT i.incident_no, c.control_no, f.file_no, e.recipient FROM incidents i "
                                    "JOIN carry_outs c ON c.id = i.carry_out_id JOIN incident_files x ON x.incident_id = i.id "
                                    "JOIN pi_files f ON f.id = x.file_id JOIN incident_escalations e ON e.incident_id = i.id");
    QVERIFY(incident.next());
    QCOMPARE(incident.text(0), QStringLiteral("IN-2025-000001"));
    QCOMPARE(incident.text(1), QStringLiteral("CO-2025-000001"));
    QCOMPARE(incident.text(2), QStringLiteral("F-01"));
    QCOMPARE(incident.text(3), QStringLiteral("EXECUTIVE_OWNER"));
    for (const char* bad : {"INSERT INTO incidents(incident_no, section_id, state, reported_by_account, reported_at, "
                            "aware_at, summary, created_at, updated_at) VALUES('IN-2025-000002', 1, 'PRELIM_SUBMITTED', 1, "
                            "'now', 'now', 'x', 'now', 'now')",
                            "INSERT INTO incidents(incident_no, section_id, state, reported_by_account, reported_at, "
                            "aware_at, summary, persons, created_at, updated_at) VALUES('IN-2025-000003', 1, "
                            "'UNIT_NOTIFIED', 1, 'now', 'now', 'x', -1, 'now', 'now')",
                            "INSERT INTO incident_reports(incident_id, regime, kind, submitted_on, submitted_by, summary, "
                            "recorded_at) VALUES(1, 'appi', 'PRELIMINARY', '2025-05-04', 1, 'x', 'now')",
                            "INSERT INTO incident_escalations(incident_id, step, recipient, recipient_title, method, "
                            "informed_at, recorded_by, recorded_at) VALUES(1, 2, 'ORG_HEAD', '市長', 'PIGEON', 'now', 1, "
                            "'now')"}) {
        bool badRefused = false;
        try {
            db.exec(bad);
        } catch (const Error&) {
            badRefused = true;
        }
        QVERIFY2(badRefused, bad);
    }
    for (const char* bad : {"INSERT INTO area_measures(area_id, measure) VALUES(1, 'MOAT')",
                            "INSERT INTO carry_outs(control_no, section_id, requested_by, requested_by_account, item_type, "
                            "description, purpose, destination, planned_out_at, planned_return_at, state, created_at, "
                            "updated_at) VALUES('CO-2025-000001', 1, 1, 1, 'PAPER', 'x', 'x', 'x', 'd', 'd', 'REQUESTED', "
                            "'now', 'now')",
                            "INSERT INTO carry_outs(control_no, section_id, requested_by, requested_by_account, item_type, "
                            "description, purpose, destination, planned_out_at, planned_return_at, state, created_at, "
                            "updated_at) VALUES('CO-2025-000002', 1, 1, 1, 'FLOPPY', 'x', 'x', 'x', 'd', 'd', 'REQUESTED', "
                            "'now', 'now')",
                            "INSERT INTO carry_outs(control_no, section_id, requested_by, requested_by_account, item_type, "
                            "description, purpose, destination, planned_out_at, planned_return_at, state, created_at, "
                            "updated_at) VALUES('CO-2025-000003', 1, 1, 1, 'PAPER', 'x', 'x', 'x', 'd', 'd', 'OVERDUE', "
                            "'now', 'now')",
                            "INSERT INTO carry_out_measures(carry_out_id, measure) VALUES(1, 'PRAYER')",
                            "INSERT INTO pi_files(file_no, name, section_id, purpose, person_count, file_type, created_at, "
                            "updated_at) VALUES('F-02', 'x', 1, 'x', -1, 'MANUAL', 'now', 'now')",
                            "INSERT INTO pi_files(file_no, name, section_id, purpose, file_type, created_at, updated_at) "
                            "VALUES('F-03', 'x', 1, 'x', 'PAPER', 'now', 'now')"}) {
        bool badRefused = false;
        try {
            db.exec(bad);
        } catch (const Error&) {
            badRefused = true;
        }
        QVERIFY2(badRefused, bad);
    }
    bool refused = false;
    try {
        db.exec("INSERT INTO people(staff_no, name, section_id, employment, created_at, updated_at) "
                "VALUES('S002', 'x', 1, 'CONTRACTOR', 'now', 'now')");
    } catch (const Error&) {
        refused = true;
    }
    QVERIFY2(refused, "an unknown employment type must be refused by the schema");
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}
} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Schema::currentVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("m.db")), fixtureKey(), Database::OpenMode::Create);
        Schema::migrate(*db, from);
        QCOMPARE(Schema::storedVersion(*db), from);
        fillVersion1(*db);
        Schema::migrate(*db);
        checkCurrent(*db);
    }
    void fromCommittedFixtures_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Schema::currentVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromCommittedFixtures()
    {
        QFETCH(int, version);
        const QString fixture = fixturePath(QStringLiteral("schema/v%1.db").arg(version));
        // Only a missing fixture is written: the committed ones are what released versions
        // wrote, and rewriting them would hide an edited migration.
        if (qEnvironmentVariableIntValue("MAMORI_UPDATE_FIXTURES") == 1 && !QFileInfo::exists(fixture)) {
            QDir().mkpath(QFileInfo(fixture).absolutePath());
            auto db = Database::open(fixture, fixtureKey(), Database::OpenMode::Create);
            Schema::migrate(*db, version);
            fillVersion1(*db);
            db->exec("PRAGMA journal_mode = DELETE");
            return;
        }
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("copy.db"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(copy, fixtureKey(), Database::OpenMode::OpenExisting);
        QCOMPARE(Schema::storedVersion(*db), version);
        Schema::migrate(*db);
        checkCurrent(*db);
    }
    void newerVersionIsRefused()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("n.db")), fixtureKey(), Database::OpenMode::Create);
        db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1));
        try {
            Schema::migrate(*db);
            QFAIL("expected NewerVersion");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NewerVersion);
        }
    }
    void wrongKeyReadsAsDamaged()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("k.db"));
        {
            auto db = Database::open(path, fixtureKey(), Database::OpenMode::Create);
            Schema::migrate(*db);
        }
        try {
            Database::open(path, crypto::randomSecureBytes(32), Database::OpenMode::OpenExisting);
            QFAIL("expected Damaged");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Damaged);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
