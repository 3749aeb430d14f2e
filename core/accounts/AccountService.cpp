#include "accounts/AccountService.h"

#include "casefile/CaseFile.h"
#include "casefile/KeySlotFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mamori {

namespace {
const QString kEntity = QStringLiteral("account");
} // namespace

QString describeRoles(const QList<RoleAssignment>& roles)
{
    QStringList parts;
    for (const RoleAssignment& r : roles)
        parts << (r.sectionId ? QStringLiteral("%1@%2").arg(roleKey(r.role)).arg(*r.sectionId) : roleKey(r.role));
    return parts.join(QLatin1Char(','));
}

void AccountService::validateNewLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(normaliseLogin(login)).hasMatch())
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::AccountService", "A login has 2 to 32 letters, digits, dots, hyphens or underscores and starts with a letter or digit."))
            .withField(QStringLiteral("login"));
}

void AccountService::validateDisplayName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        throw Error(ErrorCode::InvalidArgument, QCoreApplication::translate("mamori::AccountService", "Enter the officer's name (at most 100 characters)."))
            .withField(QStringLiteral("name"));
}

void AccountService::validatePassword(const SecureBytes& password, const QString& login, int minLength)
{
    if (password.utf8Length() < minLength)
        throw Error(ErrorCode::WeakPassword, QCoreApplication::translate("mamori::AccountService", "The password must have at least %1 characters.").arg(minLength))
            .withField(QStringLiteral("password"));
    const QString pw = QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                         static_cast<qsizetype>(password.size()));
    const bool containsLogin = !login.isEmpty() && pw.contains(normaliseLogin(login), Qt::CaseInsensitive);
    bool allSame = true;
    for (QChar c : pw)
        allSame = allSame && c == pw.front();
    if (containsLogin || allSame)
        throw Error(ErrorCode::WeakPassword, QCoreApplication::translate("mamori::AccountService", "The password must not contain the login or repeat one character."))
            .withField(QStringLiteral("password"));
}

void AccountService::validateRoles(const QList<RoleAssignment>& roles)
{
    if (roles.isEmpty())
        throw Error(ErrorCode::InvalidArgument, QCoreApplication::translate("mamori::AccountService", "Give the account at least one role.")).withField(QStringLiteral("roles"));
    for (const RoleAssignment& r : roles) {
        if (isSectionScoped(r.role) != r.sectionId.has_value())
            throw Error(ErrorCode::InvalidArgument,
                        isSectionScoped(r.role) ? QCoreApplication::translate("mamori::AccountService", "The role %1 applies to one section: choose the section.").arg(roleKey(r.role))
                                                : QCoreApplication::translate("mamori::AccountService", "The role %1 applies to the whole city, not to a section.").arg(roleKey(r.role)))
                .withField(QStringLiteral("roles"));
        if (r.sectionId) {
            Statement s = m_file.db().prepare("SELECT 1 FROM sections WHERE id = ?");
            s.bind(1, *r.sectionId);
            if (!s.next())
                throw Error(ErrorCode::InvalidArgument, QCoreApplication::translate("mamori::AccountService", "The section does not exist.")).withField(QStringLiteral("roles"));
        }
    }
}

QList<Account> AccountService::list(const Session& actor)
{
    m_file.require(actor, Permission::ViewAccounts, std::nullopt, kEntity);
    QList<Account> out;
    Statement s = m_file.db().prepare(
        "SELECT a.id, a.login, a.display_name, a.section_id, s.name, a.disabled, a.created_at, a.password_changed_at "
        "FROM accounts a LEFT JOIN sections s ON s.id = a.section_id ORDER BY a.login");
    while (s.next()) {
        Account a;
        a.id = s.int64(0);
        a.login = s.text(1);
        a.displayName = s.text(2);
        if (!s.isNull(3))
            a.sectionId = s.int64(3);
        a.sectionName = s.text(4);
        a.disabled = s.int32(5) != 0;
        a.createdAt = QDateTime::fromString(s.text(6), Qt::ISODate);
        a.passwordChangedAt = QDateTime::fromString(s.text(7), Qt::ISODate);
        out.append(a);
    }
    for (Account& a : out) {
        Statement r = m_file.db().prepare("SELECT role, section_id FROM account_roles WHERE account_id = ? ORDER BY rowid");
        r.bind(1, a.id);
        while (r.next())
            if (const auto role = roleFromKey(r.text(0)))
                a.roles.append({*role, r.isNull(1) ? std::nullopt : std::optional<qint64>(r.int64(1))});
    }
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(), QStringLiteral("list of %1 accounts").arg(out.size()));
    return out;
}

Account AccountService::get(const Session& actor, qint64 id)
{
    for (const Account& a : list(actor))
        if (a.id == id)
            return a;
    throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::AccountService", "The account does not exist."));
}

std::optional<qint64> AccountService::idForLogin(const QString& login)
{
    Statement s = m_file.db().prepare("SELECT id FROM accounts WHERE login = ?");
    s.bind(1, normaliseLogin(login));
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

qint64 AccountService::insertAccountRow(const QString& login, const QString& displayName, std::optional<qint64> sectionId,
                                        const QList<RoleAssignment>& roles)
{
    const QString now = m_file.clock().now().toUTC().toString(Qt::ISODate);
    Statement s = m_file.db().prepare(
        "INSERT INTO accounts(login, display_name, section_id, disabled, created_at, password_changed_at) "
        "VALUES(?, ?, ?, 0, ?, ?)");
    s.bind(1, normaliseLogin(login)).bind(2, displayName.trimmed());
    if (sectionId)
        s.bind(3, *sectionId);
    else
        s.bindNull(3);
    s.bind(4, now).bind(5, now);
    s.run();
    const qint64 id = m_file.db().lastInsertId();
    writeRoles(id, roles);
    return id;
}

void AccountService::writeRoles(qint64 id, const QList<RoleAssignment>& roles)
{
    Statement del = m_file.db().prepare("DELETE FROM account_roles WHERE account_id = ?");
    del.bind(1, id);
    del.run();
    for (const RoleAssignment& r : roles) {
        Statement ins = m_file.db().prepare("INSERT INTO account_roles(account_id, role, section_id) VALUES(?, ?, ?)");
        ins.bind(1, id).bind(2, roleKey(r.role));
        if (r.sectionId)
            ins.bind(3, *r.sectionId);
        else
            ins.bindNull(3);
        ins.run();
    }
}

Account AccountService::add(const Session& actor, const NewAccount& account, const SecureBytes& password)
{
    m_file.require(actor, Permission::ManageAccounts, std::nullopt, kEntity);
    validateNewLogin(account.login);
    validateDisplayName(account.displayName);
    validateRoles(account.roles);
    validatePassword(password, account.login, m_file.settings().minPasswordLength());
    if (idForLogin(account.login))
        throw Error(ErrorCode::AlreadyExists, QCoreApplication::translate("mamori::AccountService", "An account with this login already exists.")).withField(QStringLiteral("login"));

    Transaction tx(m_file.db());
    const qint64 id = insertAccountRow(account.login, account.displayName, account.sectionId, account.roles);
    m_file.journal().append(actor, JournalAction::Create, kEntity, QString::number(id),
                            QStringLiteral("login %1; roles %2").arg(normaliseLogin(account.login), describeRoles(account.roles)));
    // The slot file is saved before the commit: if saving fails the row rolls back; if the
    // commit fails afterwards, the orphan slot opens nothing (no account row) and is harmless.
    m_file.putAccountSlot(account.login, password);
    m_file.saveKeySlots();
    tx.commit();
    return get(actor, id);
}

int AccountService::activeAdminCount()
{
    Statement s = m_file.db().prepare(
        "SELECT count(DISTINCT a.id) FROM accounts a JOIN account_roles r ON r.account_id = a.id "
        "WHERE a.disabled = 0 AND r.role = 'SYSTEM_ADMIN'");
    return s.next() ? s.int32(0) : 0;
}

void AccountService::disable(const Session& actor, qint64 id)
{
    m_file.require(actor, Permission::ManageAccounts, std::nullopt, kEntity);
    Statement s = m_file.db().prepare("SELECT login, disabled FROM accounts WHERE id = ?");
    s.bind(1, id);
    if (!s.next())
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::AccountService", "The account does not exist."));
    const QString login = s.text(0);
    const bool already = s.int32(1) != 0;
    if (already)
        return;
    if (id == actor.accountId())
        throw Error(ErrorCode::Conflict, QCoreApplication::translate("mamori::AccountService", "You cannot disable your own account."));
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE accounts SET disabled = 1 WHERE id = ?");
    up.bind(1, id);
    up.run();
    if (activeAdminCount() == 0)
        throw Error(ErrorCode::Conflict, QCoreApplication::translate("mamori::AccountService", "This is the last active administrator account; it cannot be disabled."));
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("disabled; key slot removed"));
    m_file.removeAccountSlot(login);
    m_file.saveKeySlots();
    tx.commit();
}

void AccountService::setRoles(const Session& actor, qint64 id, const QList<RoleAssignment>& roles)
{
    m_file.require(actor, Permission::ManageAccounts, std::nullopt, kEntity);
    validateRoles(roles);
    Transaction tx(m_file.db());
    writeRoles(id, roles);
    if (activeAdminCount() == 0)
        throw Error(ErrorCode::Conflict, QCoreApplication::translate("mamori::AccountService", "At least one active account must keep the SYSTEM_ADMIN role."));
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id), QStringLiteral("roles %1").arg(describeRoles(roles)));
    tx.commit();
    m_file.refreshSession();
}

void AccountService::changeOwnPassword(const Session& actor, const SecureBytes& current, const SecureBytes& next)
{
    if (actor.isRecovery() || actor.accountId() == 0)
        throw Error(ErrorCode::PermissionDenied, QCoreApplication::translate("mamori::AccountService", "The recovery session has no password of its own."));
    if (!m_file.checkAccountPassword(actor.login(), current))
        throw Error(ErrorCode::WrongPassword, QCoreApplication::translate("mamori::AccountService", "The current password is not correct.")).withField(QStringLiteral("current"));
    validatePassword(next, actor.login(), m_file.settings().minPasswordLength());
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE accounts SET password_changed_at = ? WHERE id = ?");
    up.bind(1, m_file.clock().now().toUTC().toString(Qt::ISODate)).bind(2, actor.accountId());
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(actor.accountId()), QStringLiteral("own password changed"));
    m_file.putAccountSlot(actor.login(), next);
    m_file.saveKeySlots();
    tx.commit();
}

void AccountService::resetPassword(const Session& actor, qint64 id, const SecureBytes& next)
{
    m_file.require(actor, Permission::ManageAccounts, std::nullopt, kEntity);
    Statement s = m_file.db().prepare("SELECT login FROM accounts WHERE id = ?");
    s.bind(1, id);
    if (!s.next())
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::AccountService", "The account does not exist."));
    const QString login = s.text(0);
    validatePassword(next, login, m_file.settings().minPasswordLength());
    Transaction tx(m_file.db());
    Statement up = m_file.db().prepare("UPDATE accounts SET password_changed_at = ?, disabled = 0 WHERE id = ?");
    up.bind(1, m_file.clock().now().toUTC().toString(Qt::ISODate)).bind(2, id);
    up.run();
    m_file.journal().append(actor, JournalAction::Update, kEntity, QString::number(id),
                            QStringLiteral("password reset; account enabled"));
    m_file.putAccountSlot(login, next);
    m_file.saveKeySlots();
    tx.commit();
}

QMap<Role, QString> AccountService::titles()
{
    QMap<Role, QString> out;
    Statement s = m_file.db().prepare("SELECT role, title FROM role_titles");
    while (s.next())
        if (const auto r = roleFromKey(s.text(0)))
            out.insert(*r, s.text(1));
    return out;
}

} // namespace mamori
