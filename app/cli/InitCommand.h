#pragma once

#include "Command.h"

namespace mamori::cli {

// `init DIR`: creates a case file with its first administrator and shows the recovery code,
// the one time it exists in the clear; optionally also as the printable recovery sheet (PDF).
class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
