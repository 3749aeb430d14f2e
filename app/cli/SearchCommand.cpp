#include "SearchCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"
#include "search/SearchService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString SearchCommand::summary() const
{
    return tr("Find records that contain every word given.");
}

int SearchCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N results (default 50)."), QStringLiteral("N")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" search WORDS... [--limit N] [--json]"),
                   tr("Find people, handling areas, register files, carry-outs, disposals and leak incidents that contain every word "
                      "given, in "
                      "the sections you may read.")))
        return 0;
    ctx.takeJsonOption(p);
    const QStringList words = p.positionalArguments();
    if (words.isEmpty())
        throw CliError::usage(tr("Give the words to search for."));
    int limit = SearchService::kDefaultLimit;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            throw CliError::usage(tr("--limit takes a number from 1 to 10000."));
    }
    CaseFile& file = ctx.openCaseAsAccount();
    const QList<SearchHit> hits = SearchService(file).search(file.session(), words.join(QLatin1Char(' ')), limit);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);
    if (ctx.out().json()) {
        QJsonArray array;
        for (const SearchHit& h : hits) {
            const Section s = sections.value(h.sectionId);
            array.append(QJsonObject{{QStringLiteral("kind"), h.entity},
                                     {QStringLiteral("id"), h.entityId},
                                     {QStringLiteral("section"),
                                      QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
                                     {QStringLiteral("title"), h.title}});
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Kind"), tr("Id"), tr("Section"), tr("Title")});
    for (const SearchHit& h : hits)
        table.addRow({h.entity, QString::number(h.entityId), sections.value(h.sectionId).name, h.title});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
