#include "CommandContext.h"

#include "CliError.h"
#include "Output.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"

namespace mamori::cli {

namespace {
const QString kCase = QStringLiteral("case");
const QString kUser = QStringLiteral("user");
const QString kPasswordStdin = QStringLiteral("password-stdin");
const QString kRecoveryStdin = QStringLiteral("recovery-code-stdin");
const QString kJson = QStringLiteral("json");
} // namespace

CommandContext::CommandContext(Output& out) : m_out(out), m_passwords(out) {}

CommandContext::~CommandContext() = default;

void CommandContext::addCaseOptions(QCommandLineParser& parser)
{
    parser.addOption({kCase, tr("The case file (its folder) to open."), QStringLiteral("DIR")});
    parser.addOption({kUser, tr("Open the case file as this login."), QStringLiteral("LOGIN")});
    addPasswordStdinOption(parser);
    parser.addOption({kRecoveryStdin,
                      tr("Open the case file with the recovery code, read as one line from standard input, "
                         "instead of --user. Only `user passwd LOGIN` is then possible.")});
}

void CommandContext::addPasswordStdinOption(QCommandLineParser& parser)
{
    parser.addOption({kPasswordStdin,
                      tr("Read passwords from standard input, one per line, instead of asking at the terminal. "
                         "Passwords are never accepted as arguments.")});
}

void CommandContext::addJsonOption(QCommandLineParser& parser)
{
    parser.addOption({kJson, tr("Write the result, and errors, as JSON.")});
}

void CommandContext::takeCaseOptions(const QCommandLineParser& parser)
{
    m_caseDir = parser.value(kCase);
    m_login = parser.value(kUser);
    m_recoveryStdin = parser.isSet(kRecoveryStdin);
    m_passwords.setFromStdin(parser.isSet(kPasswordStdin) || m_recoveryStdin);
}

void CommandContext::takeJsonOption(const QCommandLineParser& parser)
{
    if (parser.isSet(kJson))
        m_out.setJson(true);
}

bool CommandContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& usage,
                           const QString& description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{programName()} + args))
        throw CliError::usage(parser.errorText());
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt's first line is "Usage: mamori-cli [options] ..." without the command path.
        const QString text = parser.helpText();
        m_out.write(tr("Usage: %1").arg(programName() + QLatin1Char(' ') + usage).toUtf8());
        m_out.write(text.mid(text.indexOf(QLatin1Char('\n'))).toUtf8());
        return false;
    }
    return true;
}

void CommandContext::expectPositional(const QCommandLineParser& parser, int count, const QString& what, int optional)
{
    const QStringList given = parser.positionalArguments();
    if (given.size() < count)
        throw CliError::usage(tr("Missing argument: %1. See --help.").arg(what));
    if (given.size() > count + optional)
        throw CliError::usage(tr("Unexpected argument: %1. See --help.").arg(given.at(count + optional)));
}

void CommandContext::checkCaseOptions() const
{
    if (m_caseDir.isEmpty())
        throw CliError::usage(tr("Name the case file with --case DIR."));
    if (m_recoveryStdin && !m_login.isEmpty())
        throw CliError::usage(tr("Give either --user or --recovery-code-stdin, not both."));
    if (!m_recoveryStdin && m_login.isEmpty())
        throw CliError::usage(tr("Say who you are with --user LOGIN (or open with --recovery-code-stdin)."));
}

CaseFile& CommandContext::openCase()
{
    if (m_file)
        return *m_file;
    checkCaseOptions();
    // Checked before asking for a password, so a mistyped folder is reported at once.
    throwForFolderState(inspectCaseFolder(m_caseDir), m_caseDir);
    if (m_recoveryStdin) {
        const SecureBytes code = m_passwords.read(tr("Recovery code:"));
        m_file = CaseFile::openWithRecoveryCode(m_caseDir, code);
    } else {
        m_openingPassword = m_passwords.read(tr("Password for %1:").arg(m_login));
        m_file = CaseFile::open(m_caseDir, m_login, m_openingPassword);
    }
    return *m_file;
}

CaseFile& CommandContext::openCaseAsAccount()
{
    checkCaseOptions();
    if (m_recoveryStdin)
        throw Error(ErrorCode::PermissionDenied,
                    tr("The recovery code only gives an account a new password (user passwd LOGIN); "
                       "open the case file with a login for anything else."));
    return openCase();
}

} // namespace mamori::cli
