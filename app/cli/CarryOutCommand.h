#pragma once

#include "Command.h"

namespace mamori::cli {

// `carryout list`: the carry-out ledger (持出簿) of the sections the account may read, filtered by
// state, section or overdue (journaled by core).
class CarryOutCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::CarryOutCommand)
public:
    QString name() const override { return QStringLiteral("carryout"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
