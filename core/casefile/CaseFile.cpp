#include "casefile/CaseFile.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseLock.h"
#include "casefile/LoginThrottle.h"
#include "casefile/RecoveryCode.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Crypto.h"
#include "custody/CarryOutService.h"
#include "custody/DisposalService.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "drafts/DraftStore.h"
#include "journal/Journal.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace mamori {

CaseFolderState inspectCaseFolder(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return CaseFolderState::Missing;
    if (!info.isDir())
        return CaseFolderState::NotAFolder;
    const QDir d(dir);
    const QFileInfo db(d.filePath(CaseFile::databaseFileName()));
    KeySlotFile slots;
    switch (KeySlotFile::load(d.filePath(KeySlotFile::fileName()), slots)) {
    case KeySlotFile::LoadStatus::Missing:
        return db.exists() ? CaseFolderState::SlotsMissing : CaseFolderState::NotACaseFile;
    case KeySlotFile::LoadStatus::NotOurs: return CaseFolderState::NotACaseFile;
    case KeySlotFile::LoadStatus::Damaged: return CaseFolderState::SlotsDamaged;
    case KeySlotFile::LoadStatus::TooNew: return CaseFolderState::SlotsTooNew;
    case KeySlotFile::LoadStatus::Ok: break;
    }
    if (!db.exists())
        return CaseFolderState::DatabaseMissing;
    // SQLite would treat a zero-byte file as a new, empty database; a file that is not a
    // whole number of pages was cut short.
    if (db.size() == 0 || db.size() % 4096 != 0)
        return CaseFolderState::DatabaseEmpty;
    return CaseFolderState::Ok;
}

void throwForFolderState(CaseFolderState state, const QString& dir)
{
    const QString name = QDir::toNativeSeparators(dir);
    switch (state) {
    case CaseFolderState::Ok: return;
    case CaseFolderState::Missing:
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::CaseFile", "The case file %1 does not exist.").arg(name));
    case CaseFolderState::NotAFolder:
    case CaseFolderState::NotACaseFile:
        throw Error(ErrorCode::NotACaseFile, QCoreApplication::translate("mamori::CaseFile", "%1 is not a Mamori case file.").arg(name));
    case CaseFolderState::SlotsMissing:
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("mamori::CaseFile", "The case file %1 is damaged: its key-slot file is missing. Restore it from a backup.").arg(name));
    case CaseFolderState::SlotsDamaged:
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("mamori::CaseFile", "The case file %1 is damaged: its key-slot file is corrupt or truncated. Restore it from a backup.")
                        .arg(name));
    case CaseFolderState::SlotsTooNew:
        throw Error(ErrorCode::NewerVersion,
                    QCoreApplication::translate("mamori::CaseFile", "The case file %1 was made by a newer version of Mamori. Please update Mamori.").arg(name));
    case CaseFolderState::DatabaseMissing:
    case CaseFolderState::DatabaseEmpty:
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("mamori::CaseFile", "The case file %1 is damaged: its database is missing, empty or truncated. Restore it from a backup.")
                        .arg(name));
    }
}

CaseFile::CaseFile() = default;

CaseFile::~CaseFile()
{
    close();
}

bool CaseFile::isOpen() const
{
    return m_db != nullptr;
}

void CaseFile::close()
{
    if (m_db && !m_session.login().isEmpty()) {
        try {
            m_journal->append(m_session, JournalAction::Close, QStringLiteral("case"), caseId(), QString());
        } catch (const Error&) {
            // Closing must not fail: a full disk here loses only the "close" entry.
        }
    }
    m_drafts.reset();
    m_disposals.reset();
    m_carryOuts.reset();
    m_files.reset();
    m_areas.reset();
    m_people.reset();
    m_sections.reset();
    m_settings.reset();
    m_accounts.reset();
    m_journal.reset();
    m_db.reset();
    m_dataKey.clear();
    m_lock.reset();
}

Database& CaseFile::db()
{
    if (!m_db)
        throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::CaseFile", "The case file is closed."));
    return *m_db;
}

Journal& CaseFile::journal()
{
    db();
    return *m_journal;
}

AccountService& CaseFile::accounts()
{
    db();
    return *m_accounts;
}

CaseSettings& CaseFile::settings()
{
    db();
    return *m_settings;
}

SectionService& CaseFile::sections()
{
    db();
    return *m_sections;
}

PersonService& CaseFile::people()
{
    db();
    return *m_people;
}

HandlingAreaService& CaseFile::areas()
{
    db();
    return *m_areas;
}

PersonalInfoFileService& CaseFile::files()
{
    db();
    return *m_files;
}

CarryOutService& CaseFile::carryOuts()
{
    db();
    return *m_carryOuts;
}

DisposalService& CaseFile::disposals()
{
    db();
    return *m_disposals;
}

DraftStore& CaseFile::drafts()
{
    db();
    return *m_drafts;
}

QString CaseFile::slotsPath() const
{
    return QDir(m_dir).filePath(KeySlotFile::fileName());
}

QString CaseFile::databasePath() const
{
    return QDir(m_dir).filePath(databaseFileName());
}

void CaseFile::require(const Session& actor, Permission p, std::optional<qint64> section, const QString& entity)
{
    if (actor.can(p, section))
        return;
    if (!db().inTransaction()) {
        Transaction tx(db());
        m_journal->append(actor, JournalAction::Denied, entity,
                          section ? QString::number(*section) : QString(), permissionKey(p));
        tx.commit();
    }
    throw Error(ErrorCode::PermissionDenied,
                QCoreApplication::translate("mamori::CaseFile", "You do not have permission to do this (%1).").arg(permissionKey(p)));
}

Journal::ConnectionFactory CaseFile::readerFactory()
{
    return [this] { return Database::open(databasePath(), m_dataKey, Database::OpenMode::OpenExisting); };
}

Session::Scope CaseFile::readScope(const Session& actor, std::optional<qint64> section, const QString& entity)
{
    const Session::Scope scope = actor.scope(Permission::ReadPersonalData);
    if (section)
        require(actor, Permission::ReadPersonalData, *section, entity);
    else if (scope.isEmpty())
        require(actor, Permission::ReadPersonalData, std::nullopt, entity);
    return scope;
}

void CaseFile::saveKeySlots()
{
    try {
        m_slots.save(slotsPath(), m_dataKey);
    } catch (const Error&) {
        // Keep memory equal to disk: the change that failed to save is forgotten.
        KeySlotFile::load(slotsPath(), m_slots);
        throw;
    }
}

void CaseFile::putAccountSlot(const QString& login, const SecureBytes& password)
{
    m_slots.markDisabled(m_slots.slotIdForLogin(login), false);
    m_slots.putSlot(m_slots.slotIdForLogin(login), KeySlotFile::SlotKind::Account, password, m_dataKey,
                    Argon2Kdf::defaultForNewSlot());
}

bool CaseFile::removeAccountSlot(const QString& login)
{
    m_slots.markDisabled(m_slots.slotIdForLogin(login), true);
    return m_slots.removeSlot(m_slots.slotIdForLogin(login));
}

bool CaseFile::checkAccountPassword(const QString& login, const SecureBytes& password) const
{
    const KeySlotFile::Slot* slot = m_slots.find(m_slots.slotIdForLogin(login));
    SecureBytes key;
    return slot && m_slots.unwrap(*slot, password, key) && key == m_dataKey;
}

Session CaseFile::loadSession(const QString& login)
{
    Statement a = db().prepare("SELECT id, display_name, disabled FROM accounts WHERE login = ?");
    a.bind(1, normaliseLogin(login));
    if (!a.next())
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::CaseFile", "The case file is inconsistent: the account has a key slot but no record."));
    const qint64 id = a.int64(0);
    const QString name = a.text(1);
    if (a.int32(2))
        throw Error(ErrorCode::AccountDisabled, QCoreApplication::translate("mamori::CaseFile", "This account has been disabled."));
    QList<RoleAssignment> roles;
    Statement r = db().prepare("SELECT role, section_id FROM account_roles WHERE account_id = ?");
    r.bind(1, id);
    while (r.next()) {
        if (const auto role = roleFromKey(r.text(0)))
            roles.append({*role, r.isNull(1) ? std::nullopt : std::optional<qint64>(r.int64(1))});
    }
    return Session(id, normaliseLogin(login), name, roles, m_settings->adminReadsPersonalData());
}

void CaseFile::refreshSession()
{
    if (!m_session.isRecovery())
        m_session = loadSession(m_session.login());
}

CaseFile::Created CaseFile::create(const CreateOptions& o, const SecureBytes& adminPassword)
{
    const QFileInfo info(o.dir);
    if (info.exists() && (!info.isDir() || !QDir(o.dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        throw Error(ErrorCode::AlreadyExists, QCoreApplication::translate("mamori::CaseFile", "%1 already exists and is not empty.").arg(QDir::toNativeSeparators(o.dir)))
            .withField(QStringLiteral("dir"));
    AccountService::validateNewLogin(o.adminLogin);
    AccountService::validateDisplayName(o.adminName);
    AccountService::validatePassword(adminPassword, o.adminLogin,
                                     CaseSettings::def(CaseSetting::MinPasswordLength).defaultValue.toInt());
    const QMap<Role, QString> titles = RoleTitles::preset(o.preset);

    const bool existed = info.exists();
    if (!QDir().mkpath(o.dir))
        throw Error(ErrorCode::ReadOnly, QCoreApplication::translate("mamori::CaseFile", "The folder %1 could not be created.").arg(QDir::toNativeSeparators(o.dir)))
            .withField(QStringLiteral("dir"));
    const QString dir = QFileInfo(o.dir).absoluteFilePath();
    auto cleanUp = [&] {
        // Only what we created goes; an existing empty folder stays as it was.
        if (existed) {
            for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
                QFile::remove(QDir(dir).filePath(f));
        } else {
            QDir(dir).removeRecursively();
        }
    };

    std::unique_ptr<CaseFile> cf(new CaseFile);
    Created out;
    try {
        cf->m_dir = dir;
        cf->m_clock = o.clock ? o.clock : &Clock::system();
        cf->m_lock = CaseLock::acquire(dir);
        cf->m_dataKey = crypto::randomSecureBytes(32);
        cf->m_slots = KeySlotFile::createNew(QUuid::createUuid().toString(QUuid::WithoutBraces));
        cf->m_db = Database::open(cf->databasePath(), cf->m_dataKey, Database::OpenMode::Create);
        if (cf->m_db->cipherVersion().isEmpty())
            throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::CaseFile", "The linked SQLite library is not SQLCipher; refusing to store data unencrypted."));
        Schema::migrate(*cf->m_db);
        cf->m_journal = std::make_unique<Journal>(*cf->m_db, *cf->m_clock, cf->readerFactory());
        cf->m_settings = std::make_unique<CaseSettings>(*cf);
        cf->m_accounts = std::make_unique<AccountService>(*cf);
        cf->m_sections = std::make_unique<SectionService>(*cf);
        cf->m_people = std::make_unique<PersonService>(*cf);
        cf->m_areas = std::make_unique<HandlingAreaService>(*cf);
        cf->m_files = std::make_unique<PersonalInfoFileService>(*cf);
        cf->m_carryOuts = std::make_unique<CarryOutService>(*cf);
    cf->m_disposals = std::make_unique<DisposalService>(*cf);
        cf->m_drafts = std::make_unique<DraftStore>(*cf);

        const QString now = cf->m_clock->now().toUTC().toString(Qt::ISODate);
        {
            Transaction tx(*cf->m_db);
            Statement meta = cf->m_db->prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
            meta.bind(1, "case_id").bind(2, cf->caseId());
            meta.run();
            meta.bind(1, "created_at").bind(2, now);
            meta.run();
            cf->m_settings->setUnchecked(CaseSetting::TitlePreset, o.preset);
            if (!o.organisationName.isEmpty())
                cf->m_settings->setUnchecked(CaseSetting::OrganisationName, o.organisationName);
            for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
                Statement t = cf->m_db->prepare("INSERT INTO role_titles(role, title) VALUES(?, ?)");
                t.bind(1, roleKey(it.key())).bind(2, it.value());
                t.run();
            }
            const qint64 adminId = cf->m_accounts->insertAccountRow(o.adminLogin, o.adminName, std::nullopt,
                                                                    {{Role::SystemAdmin, std::nullopt}});
            cf->m_session = Session(adminId, normaliseLogin(o.adminLogin), o.adminName,
                                    {{Role::SystemAdmin, std::nullopt}}, false);
            cf->m_journal->append(cf->m_session, JournalAction::Create, QStringLiteral("case"), cf->caseId(),
                                  QStringLiteral("case file created, preset %1").arg(o.preset));
            cf->m_journal->append(cf->m_session, JournalAction::Create, QStringLiteral("account"),
                                  QString::number(adminId), QStringLiteral("first administrator; roles SYSTEM_ADMIN"));
            tx.commit();
        }
        const KdfParams kdf = o.kdf ? *o.kdf : Argon2Kdf::defaultForNewSlot();
        out.recoveryCode = RecoveryCode::generate();
        cf->m_slots.putSlot(cf->m_slots.slotIdForLogin(o.adminLogin), KeySlotFile::SlotKind::Account,
                            adminPassword, cf->m_dataKey, kdf);
        cf->m_slots.putSlot(KeySlotFile::recoverySlotId(), KeySlotFile::SlotKind::Recovery,
                            RecoveryCode::normalise(out.recoveryCode), cf->m_dataKey, kdf);
        // The slot file is written last: until it exists the folder is not a case file, so a
        // crash during creation never leaves a file that looks valid but cannot be opened.
        cf->saveKeySlots();
    } catch (...) {
        cf->m_session = Session();
        cf->close();
        cleanUp();
        throw;
    }
    out.file = std::move(cf);
    return out;
}

std::unique_ptr<CaseFile> CaseFile::open(const QString& dir, const QString& login, const SecureBytes& password,
                                         const OpenOptions& options)
{
    if (normaliseLogin(login).isEmpty())
        throw Error(ErrorCode::UnknownAccount, QCoreApplication::translate("mamori::CaseFile", "Enter your login.")).withField(QStringLiteral("login"));
    if (password.isEmpty())
        throw Error(ErrorCode::WrongPassword, QCoreApplication::translate("mamori::CaseFile", "Enter your password.")).withField(QStringLiteral("password"));
    throwForFolderState(inspectCaseFolder(dir), dir);
    KeySlotFile slots;
    KeySlotFile::load(QDir(dir).filePath(KeySlotFile::fileName()), slots);
    return openCommon(dir, slots.slotIdForLogin(login), password, false, options);
}

std::unique_ptr<CaseFile> CaseFile::openWithRecoveryCode(const QString& dir, const SecureBytes& code,
                                                         const OpenOptions& options)
{
    if (!RecoveryCode::looksValid(code))
        throw Error(ErrorCode::WrongPassword,
                    QCoreApplication::translate("mamori::CaseFile", "That is not a recovery code: it has 32 letters and digits in groups of four."))
            .withField(QStringLiteral("recovery"));
    throwForFolderState(inspectCaseFolder(dir), dir);
    return openCommon(dir, KeySlotFile::recoverySlotId(), RecoveryCode::normalise(code), true, options);
}

std::unique_ptr<CaseFile> CaseFile::openCommon(const QString& dir, const QByteArray& slotId, const SecureBytes& secret,
                                               bool recovery, const OpenOptions& options)
{
    std::unique_ptr<CaseFile> cf(new CaseFile);
    cf->m_dir = QFileInfo(dir).absoluteFilePath();
    cf->m_clock = options.clock ? options.clock : &Clock::system();
    if (KeySlotFile::load(cf->slotsPath(), cf->m_slots) != KeySlotFile::LoadStatus::Ok)
        throwForFolderState(CaseFolderState::SlotsDamaged, dir);
    cf->m_lock = CaseLock::acquire(cf->m_dir);

    const KeySlotFile::Slot* slot = cf->m_slots.find(slotId);
    if (!slot && cf->m_slots.isDisabled(slotId))
        throw Error(ErrorCode::AccountDisabled,
                    QCoreApplication::translate("mamori::CaseFile", "This account has been disabled. Ask an administrator."))
            .withField(QStringLiteral("login"));
    if (!slot)
        throw recovery ? Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::CaseFile", "The case file has no recovery slot."))
                       : Error(ErrorCode::UnknownAccount, QCoreApplication::translate("mamori::CaseFile", "There is no account with that login in this case file."))
                             .withField(QStringLiteral("login"));
    LoginThrottle throttle(cf->m_dir, *cf->m_clock);
    if (const int wait = throttle.secondsUntilAllowed(slotId); wait > 0)
        throw Error(ErrorCode::Throttled,
                    QCoreApplication::translate("mamori::CaseFile", "Too many wrong passwords for this account. Try again in %n second(s).", nullptr, wait))
            .withRetryAfter(wait);
    if (!cf->m_slots.unwrap(*slot, secret, cf->m_dataKey)) {
        throttle.recordFailure(slotId);
        throw Error(ErrorCode::WrongPassword,
                    recovery ? QCoreApplication::translate("mamori::CaseFile", "The recovery code is not correct.") : QCoreApplication::translate("mamori::CaseFile", "The password is not correct."))
            .withField(recovery ? QStringLiteral("recovery") : QStringLiteral("password"));
    }
    if (!cf->m_slots.macMatches(cf->m_dataKey))
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::CaseFile", "The key-slot file has been altered. Restore it from a backup."));

    cf->m_db = Database::open(cf->databasePath(), cf->m_dataKey, Database::OpenMode::OpenExisting);
    if (cf->m_db->cipherVersion().isEmpty())
        throw Error(ErrorCode::Internal, QCoreApplication::translate("mamori::CaseFile", "The linked SQLite library is not SQLCipher."));
    const int stored = Schema::storedVersion(*cf->m_db);
    if (stored == 0)
        throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::CaseFile", "The database of the case file is empty."));
    Schema::migrate(*cf->m_db);
    cf->m_journal = std::make_unique<Journal>(*cf->m_db, *cf->m_clock, cf->readerFactory());
    cf->m_settings = std::make_unique<CaseSettings>(*cf);
    cf->m_accounts = std::make_unique<AccountService>(*cf);
    cf->m_sections = std::make_unique<SectionService>(*cf);
    cf->m_people = std::make_unique<PersonService>(*cf);
    cf->m_areas = std::make_unique<HandlingAreaService>(*cf);
    cf->m_files = std::make_unique<PersonalInfoFileService>(*cf);
    cf->m_carryOuts = std::make_unique<CarryOutService>(*cf);
    cf->m_disposals = std::make_unique<DisposalService>(*cf);
    cf->m_drafts = std::make_unique<DraftStore>(*cf);

    if (recovery) {
        cf->m_session = Session::recovery();
    } else {
        // The slot id is an HMAC of the login: find the account whose login hashes to it.
        Statement s = cf->m_db->prepare("SELECT login FROM accounts");
        QString login;
        while (s.next()) {
            if (cf->m_slots.slotIdForLogin(s.text(0)) == slotId) {
                login = s.text(0);
                break;
            }
        }
        if (login.isEmpty())
            throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::CaseFile", "The case file is inconsistent: the account has a key slot but no record."));
        cf->m_session = cf->loadSession(login);
    }
    throttle.recordSuccess(slotId);
    {
        Transaction tx(*cf->m_db);
        cf->m_journal->append(cf->m_session, JournalAction::Open, QStringLiteral("case"), cf->caseId(),
                              recovery ? QStringLiteral("opened with the recovery code") : QString());
        tx.commit();
    }
    return cf;
}

} // namespace mamori
