#pragma once

#include "Command.h"

namespace mamori::cli {

// `backup --out FILE`: one checksummed file with the still-encrypted database and key slots.
class BackupCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
