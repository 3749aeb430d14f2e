#pragma once

#include "Command.h"

namespace mamori::cli {

// `demo DIR`: a sample case file with made-up Japanese data and its published logins.
class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
