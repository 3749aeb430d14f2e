#include "common/Error.h"

namespace mamori {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::UnknownAccount: return QStringLiteral("unknown-account");
    case ErrorCode::WrongPassword: return QStringLiteral("wrong-password");
    case ErrorCode::AccountDisabled: return QStringLiteral("account-disabled");
    case ErrorCode::Throttled: return QStringLiteral("throttled");
    case ErrorCode::NotACaseFile: return QStringLiteral("not-a-case-file");
    case ErrorCode::Damaged: return QStringLiteral("damaged");
    case ErrorCode::NewerVersion: return QStringLiteral("newer-version");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::ReadOnly: return QStringLiteral("read-only");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::IoError: return QStringLiteral("io-error");
    case ErrorCode::WeakPassword: return QStringLiteral("weak-password");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Error::Error(ErrorCode code, QString message, QString detail)
    : m_code(code), m_message(std::move(message)), m_detail(std::move(detail))
{
    m_what = (errorCodeName(m_code) + QStringLiteral(": ") + m_message).toUtf8();
}

Error& Error::withField(QString field)
{
    m_field = std::move(field);
    return *this;
}

Error& Error::withRetryAfter(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

} // namespace mamori
