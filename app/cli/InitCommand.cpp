#include "InitCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "forms/FormRenderer.h"
#include "forms/StandardForms.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace mamori::cli {

QString InitCommand::summary() const
{
    return tr("Create a new case file with its first administrator.");
}

int InitCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DIR"), tr("Folder of the new case file (must not exist, or be empty)."));
    p.addOption({QStringLiteral("admin"), tr("Login of the first administrator."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("name"), tr("Name of the first administrator."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("preset"), tr("Role titles of the city: %1 (default: %2).")
                                               .arg(RoleTitles::presetNames().join(QStringLiteral(", ")), QStringLiteral("shiraoka")),
                 QStringLiteral("PRESET"), QStringLiteral("shiraoka")});
    p.addOption({QStringLiteral("organisation"), tr("Name of the organisation, printed on forms."), QStringLiteral("ORG")});
    p.addOption({QStringLiteral("recovery-sheet"), tr("Also write the recovery sheet, to print and keep in the safe, as a PDF."),
                 QStringLiteral("FILE.pdf")});
    CommandContext::addPasswordStdinOption(p);
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args,
                   QStringLiteral("init DIR --admin LOGIN --name NAME [--preset shiraoka|muko] [--organisation ORG] "
                      "[--password-stdin] [--recovery-sheet FILE.pdf] [--json]"),
                   summary()))
        return 0;
    ctx.takeJsonOption(p);
    if (p.isSet(QStringLiteral("password-stdin")))
        ctx.passwords().setFromStdin(true);
    ctx.expectPositional(p, 1, QStringLiteral("DIR"));
    if (!p.isSet(QStringLiteral("admin")) || !p.isSet(QStringLiteral("name")))
        throw CliError::usage(tr("init needs --admin LOGIN and --name NAME."));

    CaseFile::CreateOptions o;
    o.dir = p.positionalArguments().constFirst();
    o.adminLogin = p.value(QStringLiteral("admin"));
    o.adminName = p.value(QStringLiteral("name"));
    o.preset = p.value(QStringLiteral("preset"));
    o.organisationName = p.value(QStringLiteral("organisation"));
    const QString sheet = p.value(QStringLiteral("recovery-sheet"));
    // Everything that can be refused is checked before the password is asked for.
    AccountService::validateNewLogin(o.adminLogin);
    AccountService::validateDisplayName(o.adminName);
    RoleTitles::preset(o.preset);
    if (!sheet.isEmpty() && !QFileInfo(QFileInfo(sheet).absolutePath()).isDir())
        throw Error(ErrorCode::IoError, tr("The folder for the recovery sheet %1 does not exist.").arg(QDir::toNativeSeparators(sheet)));

    const SecureBytes password = ctx.passwords().readNew(tr("Password for %1:").arg(o.adminLogin),
                                                         tr("Repeat the password:"));
    CaseFile::Created created = CaseFile::create(o, password);

    // The code is shown whatever happens to the sheet: it is never stored in the clear, so this
    // is the only chance to write it down.
    QString sheetError;
    const bool sheetWritten = !sheet.isEmpty()
        && ui::FormRenderer::writePdf(StandardForms::recoverySheet(*created.file, created.recoveryCode), sheet, &sheetError);
    Output& out = ctx.out();
    if (out.json()) {
        QJsonObject rest{{QStringLiteral("case"), created.file->dir()}};
        if (sheetWritten)
            rest.insert(QStringLiteral("recovery_sheet"), QFileInfo(sheet).absoluteFilePath());
        // {"recovery_code":"…", + the rest of the object: the code goes out from its wiped buffer.
        out.write("{\"recovery_code\":\"");
        out.writeSecret(created.recoveryCode);
        out.write("\",");
        out.write(Output::compactJson(rest).mid(1));
        out.write("\n");
    } else {
        out.line(tr("Created the case file %1.").arg(QDir::toNativeSeparators(created.file->dir())));
        out.line(tr("Recovery code (shown only this once; keep it on paper in the safe):"));
        out.write("  ");
        out.writeSecret(created.recoveryCode);
        out.write("\n");
        if (sheetWritten)
            out.line(tr("Recovery sheet written to %1.").arg(QDir::toNativeSeparators(QFileInfo(sheet).absoluteFilePath())));
    }
    if (!sheet.isEmpty() && !sheetWritten)
        throw Error(ErrorCode::IoError, tr("The case file was created, but the recovery sheet could not be written: %1").arg(sheetError));
    return 0;
}

} // namespace mamori::cli
