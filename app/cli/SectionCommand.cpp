#include "SectionCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString SectionCommand::summary() const
{
    return tr("Add and list the sections of the organisation.");
}

int SectionCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("add"), tr("Add a section."), [this](CommandContext& c, const QStringList& a) { return add(c, a); }},
                     {QStringLiteral("list"), tr("List the sections."), [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

int SectionCommand::add(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CODE"), tr("The city's code of the section, e.g. 0301."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The section's name."));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" section add CODE NAME"), tr("Add a section.")))
        return 0;
    ctx.expectPositional(p, 2, QStringLiteral("CODE NAME"));
    CaseFile& file = ctx.openCaseAsAccount();
    const Section s = file.sections().add(file.session(), p.positionalArguments().at(0), p.positionalArguments().at(1));
    ctx.out().line(tr("Added the section %1 %2.").arg(s.code, s.name));
    return 0;
}

int SectionCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" section list [--json]"), tr("List the sections.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    const QList<Section> sections = file.sections().list();
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Section& s : sections)
            array.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}});
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Code"), tr("Name")});
    for (const Section& s : sections)
        table.addRow({s.code, s.name});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
