#pragma once

#include "Command.h"

namespace mamori::cli {

// `file list`: the personal-information file register (個人情報ファイル簿) the account may read,
// or with --overdue-reviews the access rights whose review date has passed (journaled).
class FileCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::FileCommand)
public:
    QString name() const override { return QStringLiteral("file"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
