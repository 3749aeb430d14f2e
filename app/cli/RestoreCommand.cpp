#include "RestoreCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "backup/Backup.h"

#include <QDir>
#include <QFileInfo>

namespace mamori::cli {

QString RestoreCommand::summary() const
{
    return tr("Restore a backup into a new case-file folder.");
}

int RestoreCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file."));
    p.addPositionalArgument(QStringLiteral("DIR"), tr("The folder to restore into (must not exist, or be empty)."));
    if (!ctx.parse(p, args, QStringLiteral("restore FILE DIR"),
                   tr("Restore a backup. The backup's checksum is verified first; on any failure nothing is left "
                      "behind. No password is needed: the restored case file opens with the passwords valid at the "
                      "time of the backup.")))
        return 0;
    ctx.expectPositional(p, 2, QStringLiteral("FILE DIR"));
    const QString backup = p.positionalArguments().at(0);
    const QString dir = p.positionalArguments().at(1);
    Backup::restore(backup, dir);
    ctx.out().line(tr("Restored %1 into %2.").arg(QDir::toNativeSeparators(backup),
                                                  QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath())));
    return 0;
}

} // namespace mamori::cli
