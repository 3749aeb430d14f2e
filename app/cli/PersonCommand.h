#pragma once

#include "Command.h"

namespace mamori::cli {

// `person list`: the staff records the account may read (personal data: each listing is
// journaled).
class PersonCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PersonCommand)
public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
