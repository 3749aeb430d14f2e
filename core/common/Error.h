#pragma once

#include <QString>
#include <exception>

namespace mamori {

// Every failure core reports carries one of these codes. The UI and mamori-cli map them to
// messages and exit codes; core never shows anything itself.
enum class ErrorCode {
    InvalidArgument,  // a field failed validation (see Error::field())
    NotFound,         // the record, folder or file does not exist
    PermissionDenied, // the acting session may not do this (journaled)
    UnknownAccount,   // no key slot for that login
    WrongPassword,    // the key slot did not open with that password / recovery code
    AccountDisabled,
    Throttled,        // too many failed attempts; retry later (see Error::retryAfterSeconds())
    NotACaseFile,     // the folder or file is not a Mamori case file
    Damaged,          // the case file is a Mamori file but corrupt, truncated or incomplete
    NewerVersion,     // written by a newer Mamori than this one
    Locked,           // open in another running instance (see Error::detail())
    ReadOnly,         // folder not writable
    AlreadyExists,
    IoError,          // read/write failed (includes disk full)
    WeakPassword,
    Conflict,         // violates a rule of the domain (e.g. disabling the last administrator)
    Internal,
};

// Short machine-readable name ("wrong-password"), used by --json output and logs.
QString errorCodeName(ErrorCode code);

class Error : public std::exception {
public:
    Error(ErrorCode code, QString message, QString detail = {});

    ErrorCode code() const noexcept { return m_code; }
    // Translated, user-facing, never contains key material.
    const QString& message() const noexcept { return m_message; }
    // Additional facts (lock owner, first broken journal entry, ...).
    const QString& detail() const noexcept { return m_detail; }
    // For InvalidArgument: the name of the offending field, so the UI can mark it.
    const QString& field() const noexcept { return m_field; }
    Error& withField(QString field);
    int retryAfterSeconds() const noexcept { return m_retryAfter; }
    Error& withRetryAfter(int seconds);

    const char* what() const noexcept override { return m_what.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
    QString m_field;
    int m_retryAfter = 0;
    QByteArray m_what;
};

} // namespace mamori
