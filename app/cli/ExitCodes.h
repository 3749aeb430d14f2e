#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori::cli {

// The process exit status of mamori-cli. Scripts branch on these, so a value never changes
// meaning once released; EXIT_CODES.md and `mamori-cli --help` list the same table.
enum class ExitCode : int {
    Ok = 0,
    Usage = 1,            // the command line itself is wrong
    InvalidInput = 2,     // core refused a value (InvalidArgument, WeakPassword, AlreadyExists, Conflict)
    NotAuthenticated = 3, // unknown account, wrong password or recovery code, disabled account
    Throttled = 4,
    PermissionDenied = 5,
    NotFound = 6,         // not a case file, or the file or record does not exist
    Damaged = 7,
    NewerVersion = 8,
    Locked = 9,
    IoError = 10,         // disk full, read-only folder, unwritable path
    VerifyFailed = 11,
    Unavailable = 12,     // the output cannot be produced by this command (the recovery sheet: only init)
    Internal = 70,
};

class ExitCodes {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::ExitCodes)
public:
    static ExitCode forError(ErrorCode code);
    static QList<ExitCode> all();
    // One translated line per code, for the "Exit codes" section of --help.
    static QString describe(ExitCode code);
    static QString helpSection();
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace mamori::cli
