#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mamori::cli {

// A --since/--until value: YYYY-MM-DD (a whole local day) or an ISO 8601 date and time
// (local unless it carries Z or an offset).
class DateArgument {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::DateArgument)
public:
    enum class Bound { Start, End };
    // A date alone means its first millisecond (Start) or its last (End), so --until is
    // inclusive of the whole day. Throws CliError(Usage) for anything else.
    static QDateTime parse(const QString& text, Bound bound, const QString& option);
};

} // namespace mamori::cli
