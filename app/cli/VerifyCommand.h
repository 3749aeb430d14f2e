#pragma once

#include "Command.h"

namespace mamori::cli {

// `verify`: PRAGMA integrity_check and the journal hash chain. Exit 0 only when both hold;
// otherwise ExitCode::VerifyFailed and the number of the first broken journal entry.
class VerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
