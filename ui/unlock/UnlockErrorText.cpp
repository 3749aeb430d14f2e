#include "unlock/UnlockErrorText.h"

namespace mamori::ui {

QString UnlockErrorText::hint(ErrorCode code) {
    switch (code) {
    case ErrorCode::UnknownAccount:
        return tr("Check the login. If you have no account in this case file, ask your system "
                  "administrator.");
    case ErrorCode::WrongPassword:
        return tr("Check Caps Lock and that the input mode is half-width. After three wrong "
                  "passwords Mamori "
                  "makes you wait before the next attempt.");
    case ErrorCode::Throttled:
        return tr("This protects the case file against password guessing. Open becomes available "
                  "again when "
                  "the wait is over.");
    case ErrorCode::AccountDisabled:
        return tr("Ask your system administrator to enable the account again.");
    case ErrorCode::NotFound:
        return tr("Check the folder name, or choose the folder with Browse….");
    case ErrorCode::NotACaseFile:
        return tr("Choose the folder whose name ends in .mamori (the folder itself, not a file "
                  "inside it).");
    case ErrorCode::Damaged:
        return tr("Do not try to repair it by hand. Ask your system administrator to restore the "
                  "latest backup.");
    case ErrorCode::NewerVersion:
        return tr("Install the current version of Mamori on this computer; the case file itself is "
                  "fine.");
    case ErrorCode::Locked:
        return tr("Only one Mamori at a time may open a case file.");
    case ErrorCode::ReadOnly:
        return tr(
            "Ask for write permission on the folder, or copy the case folder to a writable drive.");
    case ErrorCode::IoError:
        return tr("Check that the drive or network folder is connected and has free space, then "
                  "try again.");
    default:
        return tr("If this happens again, tell your system administrator.");
    }
}

QString UnlockErrorText::breakableLockHint() {
    return tr(
        "That Mamori does not seem to be running any more (a crash or a power cut?). If you are "
        "sure, you can break the lock.");
}

UnlockErrorText::Text UnlockErrorText::forError(const Error& error) {
    Text t;
    switch (error.code()) {
    case ErrorCode::UnknownAccount:
        t.place = Place::Login;
        break;
    case ErrorCode::WrongPassword:
        t.place = Place::Password;
        break;
    default:
        t.place = Place::General;
        break;
    }
    t.message = error.message() + QLatin1Char('\n') + hint(error.code());
    return t;
}

} // namespace mamori::ui
