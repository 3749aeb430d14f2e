#include "UserCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/SectionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

namespace {
qint64 accountId(CaseFile& file, const QString& login)
{
    if (const auto id = file.accounts().idForLogin(login))
        return *id;
    throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::cli::UserCommand", "There is no account with the login %1.").arg(login));
}

qint64 sectionId(CaseFile& file, const QString& code)
{
    if (const auto s = file.sections().byCode(code))
        return s->id;
    throw Error(ErrorCode::InvalidArgument, QCoreApplication::translate("mamori::cli::UserCommand", "There is no section with the code %1.").arg(code))
        .withField(QStringLiteral("section"));
}

// "unit-manager", "UNIT_MANAGER" and "unit_manager" all name Role::UnitManager.
std::optional<Role> parseRole(const QString& text)
{
    return roleFromKey(text.trimmed().toUpper().replace(QLatin1Char('-'), QLatin1Char('_')));
}

QString allRoleKeys()
{
    QStringList keys;
    for (Role r : allRoles())
        keys << roleKey(r);
    return keys.join(QStringLiteral(", "));
}
} // namespace

QString UserCommand::summary() const
{
    return tr("Add, list and disable officer accounts, and change passwords.");
}

int UserCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("add"), tr("Add an account."), [this](CommandContext& c, const QStringList& a) { return add(c, a); }},
                     {QStringLiteral("list"), tr("List the accounts."), [this](CommandContext& c, const QStringList& a) { return list(c, a); }},
                     {QStringLiteral("disable"), tr("Disable an account (its history stays)."),
                      [this](CommandContext& c, const QStringList& a) { return disable(c, a); }},
                     {QStringLiteral("passwd"), tr("Change your own password, or reset another account's."),
                      [this](CommandContext& c, const QStringList& a) { return passwd(c, a); }}});
}

int UserCommand::add(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("LOGIN"), tr("Login of the new account."));
    p.addOption({QStringLiteral("name"), tr("The officer's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"),
                 tr("A role, repeatable: %1. Section-scoped roles take @SECTIONCODE, or the --section.").arg(allRoleKeys()),
                 QStringLiteral("ROLE[@SECTIONCODE]")});
    p.addOption({QStringLiteral("section"), tr("The officer's own section (its code)."), QStringLiteral("CODE")});
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" user add LOGIN --name NAME --role ROLE[@SECTIONCODE]... [--section CODE]"),
                   tr("Add an account. Its password is the second line of standard input with --password-stdin, "
                      "otherwise it is asked for twice.")))
        return 0;
    ctx.expectPositional(p, 1, QStringLiteral("LOGIN"));
    const QStringList roleArgs = p.values(QStringLiteral("role"));
    if (!p.isSet(QStringLiteral("name")) || roleArgs.isEmpty())
        throw CliError::usage(tr("user add needs --name NAME and at least one --role ROLE."));
    NewAccount account;
    account.login = p.positionalArguments().constFirst();
    account.displayName = p.value(QStringLiteral("name"));
    struct RoleArg { Role role; QString section; };
    QList<RoleArg> parsed;
    for (const QString& arg : roleArgs) {
        const QString key = arg.section(QLatin1Char('@'), 0, 0);
        const auto role = parseRole(key);
        if (!role)
            throw CliError::usage(tr("Unknown role %1. The roles are: %2.").arg(key, allRoleKeys()));
        parsed.append({*role, arg.contains(QLatin1Char('@')) ? arg.section(QLatin1Char('@'), 1) : QString()});
    }
    AccountService::validateNewLogin(account.login);
    AccountService::validateDisplayName(account.displayName);

    CaseFile& file = ctx.openCaseAsAccount();
    if (p.isSet(QStringLiteral("section")))
        account.sectionId = sectionId(file, p.value(QStringLiteral("section")));
    for (const RoleArg& r : parsed) {
        std::optional<qint64> section;
        if (!r.section.isEmpty())
            section = sectionId(file, r.section);
        else if (isSectionScoped(r.role))
            section = account.sectionId;
        account.roles.append({r.role, section});
    }
    const SecureBytes password = ctx.passwords().readNew(tr("Password for the new account %1:").arg(account.login),
                                                         tr("Repeat the password:"));
    const Account added = file.accounts().add(file.session(), account, password);
    ctx.out().line(tr("Added the account %1 (%2).").arg(added.login, added.displayName));
    return 0;
}

int UserCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" user list [--json]"), tr("List the accounts with their roles and sections.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    const QList<Account> accounts = file.accounts().list(file.session());
    const QMap<Role, QString> titles = file.accounts().titles();
    QMap<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);

    if (ctx.out().json()) {
        QJsonArray array;
        for (const Account& a : accounts) {
            QJsonArray roles;
            for (const RoleAssignment& r : a.roles) {
                QJsonObject role{{QStringLiteral("role"), roleKey(r.role)}, {QStringLiteral("title"), titles.value(r.role)}};
                role.insert(QStringLiteral("section"), r.sectionId ? QJsonValue(sections.value(*r.sectionId).code) : QJsonValue());
                roles.append(role);
            }
            QJsonObject o{{QStringLiteral("id"), a.id},
                          {QStringLiteral("login"), a.login},
                          {QStringLiteral("name"), a.displayName},
                          {QStringLiteral("roles"), roles},
                          {QStringLiteral("disabled"), a.disabled},
                          {QStringLiteral("created_at"), a.createdAt.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("password_changed_at"), a.passwordChangedAt.toUTC().toString(Qt::ISODate)}};
            o.insert(QStringLiteral("section"), a.sectionId ? QJsonValue(QJsonObject{{QStringLiteral("code"), sections.value(*a.sectionId).code},
                                                                                     {QStringLiteral("name"), a.sectionName}})
                                                            : QJsonValue());
            array.append(o);
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Login"), tr("Name"), tr("Section"), tr("Roles"), tr("Status")});
    for (const Account& a : accounts) {
        QStringList roles;
        for (const RoleAssignment& r : a.roles) {
            const QString title = RoleTitles::titleOr(titles, r.role);
            roles << (r.sectionId ? tr("%1 (%2)").arg(title, sections.value(*r.sectionId).name) : title);
        }
        table.addRow({a.login, a.displayName, a.sectionName, roles.join(tr(", ")),
                      a.disabled ? tr("disabled") : tr("active")});
    }
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

int UserCommand::disable(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("LOGIN"), tr("The account to disable."));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" user disable LOGIN"),
                   tr("Disable an account: its key slot is removed, its record and journal history stay.")))
        return 0;
    ctx.expectPositional(p, 1, QStringLiteral("LOGIN"));
    const QString login = p.positionalArguments().constFirst();
    CaseFile& file = ctx.openCaseAsAccount();
    file.accounts().disable(file.session(), accountId(file, login));
    ctx.out().line(tr("Disabled the account %1.").arg(login));
    return 0;
}

int UserCommand::passwd(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("LOGIN"), tr("Reset this account's password (administrators, or with the recovery code)."),
                            QStringLiteral("[LOGIN]"));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" user passwd [LOGIN]"),
                   tr("Without LOGIN: change your own password (the password you opened with is the current one). "
                      "With LOGIN: set a new password for that account and enable it again. The new password is the "
                      "next line of standard input with --password-stdin, otherwise it is asked for twice.")))
        return 0;
    ctx.expectPositional(p, 0, QString(), 1);
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty() && ctx.usesRecoveryCode())
        throw CliError::usage(tr("With the recovery code, name the account whose password to reset: user passwd LOGIN."));

    CaseFile& file = ctx.openCase();
    if (positional.isEmpty()) {
        const SecureBytes next = ctx.passwords().readNew(tr("New password:"), tr("Repeat the new password:"));
        file.accounts().changeOwnPassword(file.session(), ctx.openingPassword(), next);
        ctx.out().line(tr("Your password was changed."));
        return 0;
    }
    const QString login = positional.constFirst();
    const qint64 id = accountId(file, login);
    const SecureBytes next = ctx.passwords().readNew(tr("New password for %1:").arg(login), tr("Repeat the new password:"));
    file.accounts().resetPassword(file.session(), id, next);
    ctx.out().line(tr("The password of %1 was reset.").arg(login));
    return 0;
}

} // namespace mamori::cli
