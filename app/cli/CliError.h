#pragma once

#include "ExitCodes.h"

#include <QString>
#include <exception>

namespace mamori::cli {

// A failure that mamori-cli finds itself rather than core: a bad command line, a verification
// that did not hold. Core failures stay mamori::Error and are mapped by ExitCodes::forError.
class CliError : public std::exception {
public:
    CliError(ExitCode code, QString name, QString message)
        : m_code(code), m_name(std::move(name)), m_message(std::move(message))
    {
    }
    static CliError usage(QString message) { return CliError(ExitCode::Usage, QStringLiteral("usage"), std::move(message)); }

    ExitCode code() const noexcept { return m_code; }
    // Machine-readable, like errorCodeName(): "usage", "verify-failed".
    const QString& name() const noexcept { return m_name; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return "mamori-cli error"; }

private:
    ExitCode m_code;
    QString m_name;
    QString m_message;
};

} // namespace mamori::cli
