#pragma once

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace mamori::cli {

class Output;

// Passwords and recovery codes reach mamori-cli only two ways: one line each from standard
// input (--password-stdin / --recovery-code-stdin), or typed at a terminal prompt with echo off.
// Never as an argument: those show up in `ps`, shell history and audit logs.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PasswordInput)
public:
    explicit PasswordInput(Output& out);
    // Whether secrets are piped in (one per line, in the order the command documents).
    void setFromStdin(bool on) { m_fromStdin = on; }
    bool fromStdin() const { return m_fromStdin; }

    // One secret: the next line of stdin, or a prompt ("Password for x:") with echo off.
    SecureBytes read(const QString& prompt);
    // A new password: one line of stdin, or typed twice at the terminal and compared.
    SecureBytes readNew(const QString& prompt, const QString& repeatPrompt);

    static bool stdinIsTerminal();

private:
    SecureBytes readLine();
    Output& m_out;
    bool m_fromStdin = false;
};

} // namespace mamori::cli
