#pragma once

#include "Command.h"

namespace mamori {
struct RosterImportReport;
struct RosterParseResult;
}

namespace mamori::cli {

// `roster import|export`: the staff roster as CSV (UTF-8 with or without BOM, or CP932 as
// Excel writes it in Japan).
class RosterCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::RosterCommand)
public:
    QString name() const override { return QStringLiteral("roster"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int importRoster(CommandContext& ctx, const QStringList& args);
    int exportRoster(CommandContext& ctx, const QStringList& args);
    void printReport(CommandContext& ctx, const RosterParseResult& parsed, const RosterImportReport& report);
};

} // namespace mamori::cli
