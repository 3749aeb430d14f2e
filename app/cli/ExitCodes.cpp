#include "ExitCodes.h"

namespace mamori::cli {

ExitCode ExitCodes::forError(ErrorCode code)
{
    // A switch without default: adding an ErrorCode to core breaks this build until it is mapped.
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::WeakPassword:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict: return ExitCode::InvalidInput;
    case ErrorCode::UnknownAccount:
    case ErrorCode::WrongPassword:
    case ErrorCode::AccountDisabled: return ExitCode::NotAuthenticated;
    case ErrorCode::Throttled: return ExitCode::Throttled;
    case ErrorCode::PermissionDenied: return ExitCode::PermissionDenied;
    case ErrorCode::NotFound:
    case ErrorCode::NotACaseFile: return ExitCode::NotFound;
    case ErrorCode::Damaged: return ExitCode::Damaged;
    case ErrorCode::NewerVersion: return ExitCode::NewerVersion;
    case ErrorCode::Locked: return ExitCode::Locked;
    case ErrorCode::ReadOnly:
    case ErrorCode::IoError: return ExitCode::IoError;
    case ErrorCode::Internal: return ExitCode::Internal;
    }
    return ExitCode::Internal;
}

QList<ExitCode> ExitCodes::all()
{
    return {ExitCode::Ok,           ExitCode::Usage,          ExitCode::InvalidInput, ExitCode::NotAuthenticated,
            ExitCode::Throttled,    ExitCode::PermissionDenied, ExitCode::NotFound,   ExitCode::Damaged,
            ExitCode::NewerVersion, ExitCode::Locked,         ExitCode::IoError,      ExitCode::VerifyFailed,
            ExitCode::Unavailable,  ExitCode::Internal};
}

QString ExitCodes::describe(ExitCode code)
{
    switch (code) {
    case ExitCode::Ok: return tr("success");
    case ExitCode::Usage: return tr("usage error: unknown command or option, missing argument, password given on the command line");
    case ExitCode::InvalidInput: return tr("invalid input: a value was refused, the password is too weak, the name already exists, or a rule was broken");
    case ExitCode::NotAuthenticated: return tr("unknown account, wrong password or recovery code, or disabled account");
    case ExitCode::Throttled: return tr("too many wrong passwords: wait and try again");
    case ExitCode::PermissionDenied: return tr("permission denied");
    case ExitCode::NotFound: return tr("not a case file, or the file, folder or record does not exist");
    case ExitCode::Damaged: return tr("the case file or backup is damaged or truncated");
    case ExitCode::NewerVersion: return tr("made by a newer version of Mamori");
    case ExitCode::Locked: return tr("the case file is open in another instance");
    case ExitCode::IoError: return tr("read or write failed (disk full, read-only folder, missing folder)");
    case ExitCode::VerifyFailed: return tr("verification failed: the database or the journal chain is broken");
    case ExitCode::Unavailable: return tr("not available here: the recovery sheet is written only by init, when the code is made");
    case ExitCode::Internal: return tr("internal error");
    }
    return {};
}

QString ExitCodes::helpSection()
{
    QString text = tr("Exit codes:") + QLatin1Char('\n');
    for (ExitCode code : all())
        text += QStringLiteral("  %1  %2\n").arg(toInt(code), 2).arg(describe(code));
    return text;
}

} // namespace mamori::cli
