#include "Command.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"

namespace mamori::cli {

int Command::dispatch(CommandContext& ctx, const QStringList& args, const QList<Subcommand>& subcommands)
{
    const QString wanted = args.value(0);
    for (const Subcommand& s : subcommands)
        if (s.name == wanted)
            return s.run(ctx, args.mid(1));
    const bool askedForHelp = wanted == QLatin1String("--help") || wanted == QLatin1String("-h");
    if (!askedForHelp) {
        throw CliError::usage(wanted.isEmpty()
                                  ? tr("%1 needs a subcommand. See \"%2 %1 --help\".").arg(name(), ctx.programName())
                                  : tr("Unknown subcommand \"%1 %2\". See \"%3 %1 --help\".").arg(name(), wanted, ctx.programName()));
    }
    Output& out = ctx.out();
    out.line(tr("Usage: %1 [global options] %2 <subcommand> [options]").arg(ctx.programName(), name()));
    out.line(summary());
    out.line();
    out.line(tr("Subcommands:"));
    QList<std::pair<QString, QString>> rows;
    for (const Subcommand& s : subcommands)
        rows.append({s.name, s.summary});
    out.write(TextTable::nameList(rows).toUtf8());
    out.line();
    out.line(tr("Run \"%1 %2 <subcommand> --help\" for its options.").arg(ctx.programName(), name()));
    return 0;
}

} // namespace mamori::cli
