#pragma once

#include "Command.h"

namespace mamori {
struct JournalEntry;
}

namespace mamori::cli {

// `journal list`: the journal, oldest first, filtered, streamed page by page so that a journal
// of millions of entries never sits in memory at once.
class JournalCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::JournalCommand)
public:
    QString name() const override { return QStringLiteral("journal"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

private:
    int list(CommandContext& ctx, const QStringList& args);
    static QString textLine(const JournalEntry& e);
};

} // namespace mamori::cli
