#include "RosterCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/RosterCsv.h"
#include "organisation/RosterImport.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace mamori::cli {

QString RosterCommand::summary() const
{
    return tr("Import or export the staff roster as CSV.");
}

int RosterCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("import"), tr("Import people from a roster CSV."),
                      [this](CommandContext& c, const QStringList& a) { return importRoster(c, a); }},
                     {QStringLiteral("export"), tr("Export the people you may read as CSV."),
                      [this](CommandContext& c, const QStringList& a) { return exportRoster(c, a); }}});
}

int RosterCommand::importRoster(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The roster CSV, with a header row."));
    p.addOption(QCommandLineOption(QStringLiteral("encoding"), tr("auto (default), utf-8 or cp932."), QStringLiteral("ENC"),
                                   QStringLiteral("auto")));
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Check the file and show what would be imported; write nothing.")));
    p.addOption(QCommandLineOption(QStringLiteral("all-or-nothing"), tr("Import nothing if any row is refused.")));
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() +
                       QStringLiteral(" roster import FILE [--encoding auto|utf-8|cp932] [--dry-run] [--all-or-nothing] [--json]"),
                   tr("Import people from a roster CSV. The header names the columns 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and "
                      "optionally メール (or staff_no, name, kana, section, employment, email) in any order. A section named "
                      "in 所属 is created if it is new. Rows that are refused are listed with their line numbers; the "
                      "others are imported.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 1, QStringLiteral("FILE"));
    const std::optional<RosterEncoding> encoding = rosterEncodingFromName(p.value(QStringLiteral("encoding")));
    if (!encoding)
        throw CliError::usage(tr("Unknown encoding %1: use auto, utf-8 or cp932.").arg(p.value(QStringLiteral("encoding"))));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    const bool allOrNothing = p.isSet(QStringLiteral("all-or-nothing"));

    // The file is read and checked before the case is opened: a malformed file costs no password.
    const QString path = p.positionalArguments().constFirst();
    QFile f(path);
    if (!QFileInfo(path).isFile())
        throw Error(ErrorCode::NotFound, tr("The roster file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::IoError, tr("Cannot read the roster file %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    RosterParseResult parsed;
    try {
        parsed = RosterCsv::parse(f.readAll(), *encoding);
    } catch (const Error& e) {
        throw Error(e.code(), tr("The roster file %1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), e.message()));
    }

    CaseFile& file = ctx.openCaseAsAccount();
    RosterImport import(file);
    const RosterImportReport preview = import.preview(file.session(), parsed);
    if (dryRun || (allOrNothing && !preview.refused.isEmpty())) {
        printReport(ctx, parsed, preview);
        if (!dryRun)
            throw Error(ErrorCode::InvalidArgument,
                        tr("Rows refused: %1. Nothing was imported (--all-or-nothing).").arg(preview.refused.size()));
        return 0;
    }
    printReport(ctx, parsed, import.importRows(file.session(), parsed, allOrNothing));
    return 0;
}

void RosterCommand::printReport(CommandContext& ctx, const RosterParseResult& parsed, const RosterImportReport& report)
{
    if (ctx.out().json()) {
        QJsonArray refused;
        for (const RosterRowError& e : report.refused)
            refused.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("field"), e.field}, {QStringLiteral("reason"), e.reason}});
        ctx.out().printJson(QJsonObject{{QStringLiteral("encoding"), rosterEncodingName(parsed.encoding)},
                                        {QStringLiteral("written"), report.written},
                                        {QStringLiteral("created"), report.created},
                                        {QStringLiteral("updated"), report.updated},
                                        {QStringLiteral("new_sections"), QJsonArray::fromStringList(report.newSections)},
                                        {QStringLiteral("refused"), refused}});
        return;
    }
    const QString encoding = parsed.encoding == RosterEncoding::Cp932 ? QStringLiteral("CP932 (Shift_JIS)") : QStringLiteral("UTF-8");
    ctx.out().line(tr("Read the file as %1.").arg(encoding));
    if (report.written)
        ctx.out().line(tr("Imported: %1 new, %2 updated.").arg(report.created).arg(report.updated));
    else
        ctx.out().line(tr("Nothing was written. Would import: %1 new, %2 updated.").arg(report.created).arg(report.updated));
    if (!report.newSections.isEmpty())
        ctx.out().line((report.written ? tr("New sections: %1") : tr("Would create the sections: %1"))
                           .arg(report.newSections.join(QStringLiteral(", "))));
    if (report.refused.isEmpty())
        return;
    ctx.out().line(tr("Refused: %1 rows.").arg(report.refused.size()));
    for (const RosterRowError& e : report.refused)
        ctx.out().line(tr("  line %1: %2").arg(e.line).arg(e.reason));
}

int RosterCommand::exportRoster(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("out"), tr("The CSV file to write (UTF-8 with BOM, as Excel opens it)."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the people of the section with this code."), QStringLiteral("CODE")));
    p.addOption(QCommandLineOption(QStringLiteral("reason"), tr("Why the data leaves the case file (needed above the export threshold)."),
                                   QStringLiteral("TEXT")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" roster export --out FILE [--section CODE] [--reason TEXT]"),
                   tr("Export the people you may read as CSV. The export is recorded in the journal.")))
        return 0;
    ctx.expectPositional(p, 0, QString());
    if (!p.isSet(QStringLiteral("out")))
        throw CliError::usage(tr("roster export needs --out FILE."));
    CaseFile& file = ctx.openCaseAsAccount();
    std::optional<qint64> section;
    if (p.isSet(QStringLiteral("section"))) {
        const QString code = p.value(QStringLiteral("section"));
        const std::optional<Section> s = file.sections().byCode(code);
        if (!s)
            throw Error(ErrorCode::NotFound, tr("There is no section with the code %1.").arg(code));
        section = s->id;
    }
    const QString path = p.value(QStringLiteral("out"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::IoError, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    const QByteArray csv = RosterImport(file).exportCsv(file.session(), section, p.value(QStringLiteral("reason")));
    if (out.write(csv) != csv.size() || !out.commit())
        throw Error(ErrorCode::IoError, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    ctx.out().line(tr("Wrote %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return 0;
}

} // namespace mamori::cli
