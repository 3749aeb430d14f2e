#pragma once

#include "accounts/Permission.h"
#include "accounts/Session.h"
#include "casefile/KeySlotFile.h"
#include "crypto/Argon2Kdf.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace mamori {

class AccountService;
class CarryOutService;
class CaseLock;
class CaseSettings;
class Clock;
class Database;
class DisposalService;
class DraftStore;
class HandlingAreaService;
class Journal;
class PersonService;
class PersonalInfoFileService;
class SectionService;

struct CaseOpenOptions {
    const Clock* clock = nullptr;
};

// An open case file: one folder `NAME.mamori/` holding the SQLCipher database, the key-slot file,
// the lock and the failed-attempt counters. Owns the data key for as long as it is open; close()
// (or destruction) wipes it, closes the database and releases the lock.
//
// Opening distinguishes, each with its own ErrorCode and message, and writes nothing to the
// database when it fails: NotFound, NotACaseFile, Damaged, NewerVersion, Locked, ReadOnly,
// UnknownAccount, WrongPassword, Throttled, AccountDisabled.
class CaseFile {
public:
    static QString databaseFileName() { return QStringLiteral("case.db"); }
    static QString suffix() { return QStringLiteral(".mamori"); }

    struct CreateOptions {
        QString dir;
        QString adminLogin;
        QString adminName;
        QString preset = QStringLiteral("shiraoka");
        QString organisationName;
        const Clock* clock = nullptr;
        std::optional<KdfParams> kdf; // default: Argon2Kdf::defaultForNewSlot()
    };
    struct Created;
    // Creates the folder (must not exist, or be empty), the first SYSTEM_ADMIN account and
    // the recovery slot. The recovery code is returned once and stored nowhere in the clear.
    static Created create(const CreateOptions& options, const SecureBytes& adminPassword);

    using OpenOptions = CaseOpenOptions;
    static std::unique_ptr<CaseFile> open(const QString& dir, const QString& login,
                                          const SecureBytes& password, const OpenOptions& options = {});
    // Opens with the recovery code: a session that may only reset accounts.
    static std::unique_ptr<CaseFile> openWithRecoveryCode(const QString& dir, const SecureBytes& code,
                                                          const OpenOptions& options = {});

    ~CaseFile();
    CaseFile(const CaseFile&) = delete;
    CaseFile& operator=(const CaseFile&) = delete;
    void close();
    bool isOpen() const;

    const Session& session() const { return m_session; }
    QString dir() const { return m_dir; }
    QString caseId() const { return m_slots.caseId(); }
    const Clock& clock() const { return *m_clock; }

    Database& db();
    Journal& journal();
    AccountService& accounts();
    CaseSettings& settings();
    SectionService& sections();
    PersonService& people();
    HandlingAreaService& areas();
    PersonalInfoFileService& files();
    CarryOutService& carryOuts();
    DisposalService& disposals();
    DraftStore& drafts();

    // Throws PermissionDenied unless `actor` holds `p` for `section`; a denial is journaled
    // in a transaction of its own so that it survives the caller's rollback.
    void require(const Session& actor, Permission p, std::optional<qint64> section, const QString& entity);
    // For lists of section-scoped records: where `actor` may read personal data. Throws (and
    // journals) PermissionDenied when `section` is given and not readable, or when nothing is.
    Session::Scope readScope(const Session& actor, std::optional<qint64> section, const QString& entity);

    // Key-slot management for AccountService: the only place the data key is used outside open.
    KeySlotFile& keySlots() { return m_slots; }
    void saveKeySlots();
    void putAccountSlot(const QString& login, const SecureBytes& password);
    bool removeAccountSlot(const QString& login);
    bool checkAccountPassword(const QString& login, const SecureBytes& password) const;
    // Rebuilds the session from the database (after roles or settings changed).
    void refreshSession();

    QString slotsPath() const;
    QString databasePath() const;

private:
    CaseFile();
    static std::unique_ptr<CaseFile> openCommon(const QString& dir, const QByteArray& slotId,
                                                const SecureBytes& secret, bool recovery,
                                                const OpenOptions& options);
    Session loadSession(const QString& login);
    // A second connection for the journal's verifying thread (same key, same settings).
    std::function<std::unique_ptr<Database>()> readerFactory();

    QString m_dir;
    const Clock* m_clock = nullptr;
    std::unique_ptr<CaseLock> m_lock;
    KeySlotFile m_slots;
    SecureBytes m_dataKey;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CaseSettings> m_settings;
    std::unique_ptr<SectionService> m_sections;
    std::unique_ptr<PersonService> m_people;
    std::unique_ptr<HandlingAreaService> m_areas;
    std::unique_ptr<PersonalInfoFileService> m_files;
    std::unique_ptr<CarryOutService> m_carryOuts;
    std::unique_ptr<DisposalService> m_disposals;
    std::unique_ptr<DraftStore> m_drafts;
    Session m_session;
};

struct CaseFile::Created {
    std::unique_ptr<CaseFile> file;
    SecureBytes recoveryCode;
};

// Where a case file stands before any password is tried: used by open and by the unlock
// window to give the right message early.
enum class CaseFolderState { Missing, NotAFolder, NotACaseFile, Ok, SlotsMissing, SlotsDamaged,
                             SlotsTooNew, DatabaseMissing, DatabaseEmpty };
CaseFolderState inspectCaseFolder(const QString& dir);
// Throws the Error that matches a state other than Ok.
void throwForFolderState(CaseFolderState state, const QString& dir);

} // namespace mamori
