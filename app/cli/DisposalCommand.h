#pragma once

#include "Command.h"

namespace mamori::cli {

// `disposal list | attach | attachment get`: the disposal ledger (廃棄記録簿) of the sections the
// account may read, attaching a photo or scanned certificate, and writing an attachment back to
// a file the user names (decrypted: journaled as an export).
class DisposalCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::DisposalCommand)
public:
    QString name() const override { return QStringLiteral("disposal"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
    int attach(CommandContext& ctx, const QStringList& args);
    int attachment(CommandContext& ctx, const QStringList& args);
};

} // namespace mamori::cli
