#include "BackupCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "backup/Backup.h"
#include "casefile/CaseFile.h"

#include <QDir>
#include <QFileInfo>

namespace mamori::cli {

QString BackupCommand::summary() const
{
    return tr("Write a backup of the case file to one file.");
}

int BackupCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), tr("The backup file to write (replaced only once it is complete)."), QStringLiteral("FILE")});
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" backup --out FILE"),
                   tr("Write a backup: the encrypted database and key slots in one checksummed file. It opens with "
                      "the passwords, or the recovery code, valid at the time of the backup.")))
        return 0;
    ctx.expectPositional(p, 0, QString());
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        throw CliError::usage(tr("backup needs --out FILE."));
    CaseFile& file = ctx.openCaseAsAccount();
    Backup::writeToFile(file, file.session(), path);
    ctx.out().line(tr("Wrote the backup %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return 0;
}

} // namespace mamori::cli
