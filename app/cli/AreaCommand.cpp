#include "AreaCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/HandlingAreaService.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString AreaCommand::summary() const
{
    return tr("List the handling areas where personal data is handled.");
}

int AreaCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List the handling areas you may read, optionally of one section."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

int AreaCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the areas of the section with this code."), QStringLiteral("CODE")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" area list [--section CODE] [--json]"),
                   tr("List the handling areas you may read, optionally of one section.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    std::optional<qint64> section;
    if (p.isSet(QStringLiteral("section"))) {
        const QString code = p.value(QStringLiteral("section"));
        const std::optional<Section> s = file.sections().byCode(code);
        if (!s)
            throw Error(ErrorCode::NotFound, tr("There is no section with the code %1.").arg(code));
        section = s->id;
    }
    HandlingAreaService& areas = file.areas();
    const QList<HandlingArea> list = areas.list(file.session(), section);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);

    QJsonArray array;
    TextTable table({tr("Area code"), tr("Section"), tr("Building"), tr("Floor"), tr("Room"), tr("Measures in place"),
                     tr("Handlers"), tr("Files")});
    for (const HandlingArea& area : list) {
        QStringList inPlace;
        for (const AreaMeasureState& m : areas.measures(file.session(), area.id))
            if (m.inPlace)
                inPlace << areaMeasureKey(m.measure);
        const qsizetype handlers = areas.handlers(file.session(), area.id).size();
        const qsizetype files = areas.filesHandled(file.session(), area.id).size();
        const Section s = sections.value(area.sectionId);
        if (ctx.out().json()) {
            array.append(QJsonObject{{QStringLiteral("id"), area.id},
                                     {QStringLiteral("area_code"), area.areaCode},
                                     {QStringLiteral("section"), QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
                                     {QStringLiteral("building"), area.building},
                                     {QStringLiteral("floor"), area.floor},
                                     {QStringLiteral("room"), area.room},
                                     {QStringLiteral("remarks"), area.remarks},
                                     {QStringLiteral("measures_in_place"), QJsonArray::fromStringList(inPlace)},
                                     {QStringLiteral("handlers"), handlers},
                                     {QStringLiteral("files"), files},
                                     {QStringLiteral("layout_image"), area.layoutMime}});
        } else {
            table.addRow({area.areaCode, s.name, area.building, area.floor, area.room, inPlace.join(QLatin1Char(',')),
                          QString::number(handlers), QString::number(files)});
        }
    }
    if (ctx.out().json())
        ctx.out().printJson(array);
    else
        ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
