#pragma once

#include "Command.h"

namespace mamori::cli {

// `section add|list`: the city's sections (課), which section-scoped roles point at.
class SectionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::SectionCommand)
public:
    QString name() const override { return QStringLiteral("section"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int add(CommandContext& ctx, const QStringList& args);
    int list(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
