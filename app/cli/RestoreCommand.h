#pragma once

#include "Command.h"

namespace mamori::cli {

// `restore FILE DIR`: unpacks a backup into a new folder. Needs no password: the database stays
// encrypted, and opening it afterwards needs one.
class RestoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
