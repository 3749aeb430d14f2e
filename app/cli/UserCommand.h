#pragma once

#include "Command.h"

namespace mamori::cli {

// `user add|list|disable|passwd`: officer accounts.
class UserCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int add(CommandContext& ctx, const QStringList& args);
    int list(CommandContext& ctx, const QStringList& args);
    int disable(CommandContext& ctx, const QStringList& args);
    int passwd(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
