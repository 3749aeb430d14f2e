#pragma once

#include "Command.h"

namespace mamori::cli {

// `search WORDS`: the search box of the GUI for scripts — people, handling areas, register
// files and carry-outs whose text contains every word, within the sections the account may
// read (each search is journaled, without the words).
class SearchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;
};

} // namespace mamori::cli
