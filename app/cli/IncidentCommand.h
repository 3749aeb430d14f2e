#pragma once

#include "Command.h"

namespace mamori::cli {

// `incident assess`: the PPC reportability check of one set of facts, without a case file, for
// auditors and scripts (issue 4). `incident list`: the incidents of the case file. `incident
// rules`: the case file's reporting rules (day counts, thresholds, closed days), shown or changed.
class IncidentCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::IncidentCommand)
public:
    QString name() const override { return QStringLiteral("incident"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int assess(CommandContext& ctx, const QStringList& args);
    int list(CommandContext& ctx, const QStringList& args);
    int rules(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
