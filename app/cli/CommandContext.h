#pragma once

#include "PasswordInput.h"
#include "crypto/SecureBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace mamori {
class CaseFile;
}

namespace mamori::cli {

class Output;

// What every command gets: the output streams, the password source, and the case file named
// by --case, opened on first use and closed (journaling the close) when the context goes.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::CommandContext)
public:
    explicit CommandContext(Output& out);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    Output& out() { return m_out; }
    PasswordInput& passwords() { return m_passwords; }
    static QString programName() { return QStringLiteral("mamori-cli"); }
    // How the case options read in a synopsis.
    static QString caseUsage() { return QStringLiteral("--case DIR --user LOGIN [--password-stdin]"); }

    // --case, --user, --password-stdin, --recovery-code-stdin: global options, given before the
    // command (after it, --user is the journal's login filter).
    static void addCaseOptions(QCommandLineParser& parser);
    void takeCaseOptions(const QCommandLineParser& parser);
    // Also a leaf option of `init`, whose password is the new administrator's.
    static void addPasswordStdinOption(QCommandLineParser& parser);
    static void addJsonOption(QCommandLineParser& parser);
    // Switches errors and output to JSON when --json was given.
    void takeJsonOption(const QCommandLineParser& parser);

    // Parses one command's arguments (those after its name). Returns false after printing the
    // help when --help was given. `usage` is the synopsis after the program name.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& usage, const QString& description);
    // Throws a usage error unless `count` (up to count + optional) positional arguments were given.
    void expectPositional(const QCommandLineParser& parser, int count, const QString& what, int optional = 0);

    bool usesRecoveryCode() const { return m_recoveryStdin; }
    // Opens --case as --user (password from stdin or a prompt) or with the recovery code.
    CaseFile& openCase();
    // openCase() for every command but a password reset: refuses the recovery session, which
    // exists only to give an account a new password.
    CaseFile& openCaseAsAccount();
    // The password the case was opened with: the "current password" of `user passwd`.
    const SecureBytes& openingPassword() const { return m_openingPassword; }

private:
    // Usage errors in --case / --user / --recovery-code-stdin, before anything is read.
    void checkCaseOptions() const;

    Output& m_out;
    PasswordInput m_passwords;
    QString m_caseDir;
    QString m_login;
    bool m_recoveryStdin = false;
    SecureBytes m_openingPassword;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace mamori::cli
