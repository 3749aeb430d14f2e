#pragma once

#include "Command.h"

namespace mamori::cli {

// `area list`: the handling areas (取扱区域) the account may read, with their measures in
// place and the number of authorised handlers (each listing is journaled).
class AreaCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::AreaCommand)
public:
    QString name() const override { return QStringLiteral("area"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
