#include "PersonCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString PersonCommand::summary() const
{
    return tr("List the staff records (people) of the organisation.");
}

int PersonCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List the people you may read, optionally of one section."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

int PersonCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the people of the section with this code."), QStringLiteral("CODE")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" person list [--section CODE] [--json]"),
                   tr("List the people you may read, optionally of one section.")))
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
    const QList<Person> people = file.people().list(file.session(), section);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);

    if (ctx.out().json()) {
        QJsonArray array;
        for (const Person& person : people) {
            const Section s = sections.value(person.sectionId);
            array.append(QJsonObject{{QStringLiteral("id"), person.id},
                                     {QStringLiteral("staff_no"), person.staffNo},
                                     {QStringLiteral("name"), person.name},
                                     {QStringLiteral("kana"), person.kana},
                                     {QStringLiteral("section"), QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
                                     {QStringLiteral("employment"), employmentKey(person.employment)},
                                     {QStringLiteral("email"), person.email},
                                     {QStringLiteral("active"), person.active}});
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Staff no."), tr("Name"), tr("Kana"), tr("Section"), tr("Employment"), tr("E-mail"), tr("Status")});
    for (const Person& person : people)
        table.addRow({person.staffNo, person.name, person.kana, sections.value(person.sectionId).name,
                      employmentLabel(person.employment), person.email, person.active ? tr("active") : tr("inactive")});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
