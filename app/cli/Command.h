#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace mamori::cli {

class CommandContext;

// One command group of mamori-cli (`init`, `user`, `journal`, ...).
class Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for the command list of `mamori-cli --help`.
    virtual QString summary() const = 0;
    // `args`: everything after the command name. Returns the exit code; failures throw.
    virtual int run(CommandContext& ctx, const QStringList& args) = 0;

protected:
    struct Subcommand {
        QString name;
        QString summary;
        std::function<int(CommandContext&, const QStringList&)> run;
    };
    // Runs the subcommand named by args[0]; prints the group's help for none or --help.
    int dispatch(CommandContext& ctx, const QStringList& args, const QList<Subcommand>& subcommands);
};

} // namespace mamori::cli
