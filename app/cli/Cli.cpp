#include "Cli.h"

#include "AreaCommand.h"
#include "BackupCommand.h"
#include "CarryOutCommand.h"
#include "DisposalCommand.h"
#include "CliError.h"
#include "CommandContext.h"
#include "DemoCommand.h"
#include "ExitCodes.h"
#include "FileCommand.h"
#include "FormCommand.h"
#include "IncidentCommand.h"
#include "InitCommand.h"
#include "JournalCommand.h"
#include "RestoreCommand.h"
#include "PersonCommand.h"
#include "RosterCommand.h"
#include "SearchCommand.h"
#include "SectionCommand.h"
#include "TextTable.h"
#include "UserCommand.h"
#include "VerifyCommand.h"
#include "common/Error.h"

namespace mamori::cli {

namespace {
const QString kLang = QStringLiteral("lang");
} // namespace

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<SectionCommand>());
    m_commands.push_back(std::make_unique<PersonCommand>());
    m_commands.push_back(std::make_unique<AreaCommand>());
    m_commands.push_back(std::make_unique<FileCommand>());
    m_commands.push_back(std::make_unique<CarryOutCommand>());
    m_commands.push_back(std::make_unique<DisposalCommand>());
    m_commands.push_back(std::make_unique<FormCommand>());
    m_commands.push_back(std::make_unique<IncidentCommand>());
    m_commands.push_back(std::make_unique<RosterCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<JournalCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}

Cli::~Cli() = default;

int Cli::run(const QStringList& arguments)
{
    try {
        return dispatch(arguments);
    } catch (const CliError& e) {
        m_out.error(e.name(), e.message());
        return toInt(e.code());
    } catch (const Error& e) {
        m_out.error(errorCodeName(e.code()), e.message(), e.detail(), e.retryAfterSeconds());
        return toInt(ExitCodes::forError(e.code()));
    } catch (const std::exception& e) {
        m_out.error(errorCodeName(ErrorCode::Internal), tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return toInt(ExitCode::Internal);
    }
}

void Cli::addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({kLang, tr("Language of messages: ja or en (default: the system's)."), QStringLiteral("LANG")});
    CommandContext::addCaseOptions(parser);
}

void Cli::refuseSecretOptions(const QStringList& arguments)
{
    static const QStringList refused = {QStringLiteral("password"), QStringLiteral("passwd"), QStringLiteral("pass"),
                                        QStringLiteral("pw"), QStringLiteral("new-password"), QStringLiteral("recovery-code")};
    for (const QString& arg : arguments.mid(1)) {
        if (!arg.startsWith(QLatin1Char('-')))
            continue;
        QString name = arg.section(QLatin1Char('='), 0, 0);
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        if (refused.contains(name.toLower()))
            throw CliError::usage(tr("Passwords and recovery codes are never taken as arguments (other users and the shell "
                                     "history could read them). Use --password-stdin or --recovery-code-stdin, or type "
                                     "them at the prompt."));
    }
}

Command* Cli::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

void Cli::printHelp(const QCommandLineParser& parser)
{
    const QString qtHelp = parser.helpText();
    m_out.write(tr("Usage: %1 [global options] <command> [options]").arg(CommandContext::programName()).toUtf8());
    m_out.write(qtHelp.mid(qtHelp.indexOf(QLatin1Char('\n'))).toUtf8());
    m_out.line();
    m_out.line(tr("Commands:"));
    QList<std::pair<QString, QString>> commands;
    for (const auto& c : m_commands)
        commands.append({c->name(), c->summary()});
    m_out.write(TextTable::nameList(commands).toUtf8());
    m_out.line();
    m_out.line(tr("Run \"%1 <command> --help\" for the options of a command.").arg(CommandContext::programName()));
    m_out.line();
    m_out.write(ExitCodes::helpSection().toUtf8());
}

int Cli::dispatch(const QStringList& arguments)
{
    {
        // The language has to be known before any message or option description is built.
        QCommandLineParser probe;
        probe.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        addGlobalOptions(probe);
        probe.parse(arguments);
        m_language.install(probe.value(kLang));
    }
    refuseSecretOptions(arguments);

    QCommandLineParser p;
    // Everything after the command name belongs to the command's own parser.
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    p.setApplicationDescription(tr("Mamori on the command line: create, check, back up and restore case files, "
                                   "and manage accounts, from scripts or a terminal."));
    addGlobalOptions(p);
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below, with its own options."),
                            QStringLiteral("<command> [options]"));
    if (!p.parse(arguments))
        throw CliError::usage(p.errorText());
    if (p.isSet(version)) {
        m_out.line(QStringLiteral("%1 %2").arg(CommandContext::programName(), QStringLiteral(MAMORI_VERSION)));
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    if (p.isSet(help) || p.isSet(QStringLiteral("help-all"))) {
        printHelp(p);
        return 0;
    }
    if (positional.isEmpty())
        throw CliError::usage(tr("Name a command. See \"%1 --help\".").arg(CommandContext::programName()));
    Command* command = find(positional.constFirst());
    if (!command)
        throw CliError::usage(tr("Unknown command \"%1\". See \"%2 --help\".").arg(positional.constFirst(), CommandContext::programName()));
    CommandContext ctx(m_out);
    ctx.takeCaseOptions(p);
    return command->run(ctx, positional.mid(1));
}

} // namespace mamori::cli
