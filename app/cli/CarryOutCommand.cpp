#include "CarryOutCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/SectionService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString CarryOutCommand::summary() const
{
    return tr("List the carry-out ledger.");
}

int CarryOutCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List the carry-outs you may read, optionally only one state or the overdue ones."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

int CarryOutCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("state"),
                                   tr("Only carry-outs in this state: REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, "
                                      "CLOSED or LOST."),
                                   QStringLiteral("S")));
    p.addOption(QCommandLineOption(QStringLiteral("overdue"), tr("Only carry-outs whose planned return has passed.")));
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the carry-outs of the section with this code."),
                                   QStringLiteral("CODE")));
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() +
                       QStringLiteral(" carryout list [--state S] [--overdue] [--section CODE] [--json]"),
                   tr("List the carry-outs you may read, optionally only one state or the overdue ones.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CarryOutFilter filter;
    if (p.isSet(QStringLiteral("state"))) {
        const QString key = p.value(QStringLiteral("state")).trimmed().toUpper();
        filter.state = carryOutStateFromKey(key);
        if (!filter.state)
            throw Error(ErrorCode::InvalidArgument,
                        tr("Unknown state %1: use REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.")
                            .arg(p.value(QStringLiteral("state"))))
                .withField(QStringLiteral("state"));
    }
    filter.overdueOnly = p.isSet(QStringLiteral("overdue"));
    CaseFile& file = ctx.openCaseAsAccount();
    if (p.isSet(QStringLiteral("section"))) {
        const QString code = p.value(QStringLiteral("section"));
        const std::optional<Section> s = file.sections().byCode(code);
        if (!s)
            throw Error(ErrorCode::NotFound, tr("There is no section with the code %1.").arg(code));
        filter.sectionId = s->id;
    }
    const QList<CarryOut> carryOuts = file.carryOuts().list(file.session(), filter);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);
    QHash<qint64, QString> fileNos;
    if (!carryOuts.isEmpty())
        for (const PersonalInfoFile& f : file.files().list(file.session()))
            fileNos.insert(f.id, f.fileNo);

    if (ctx.out().json()) {
        QJsonArray array;
        for (const CarryOut& c : carryOuts) {
            const Section s = sections.value(c.sectionId);
            QJsonArray measures;
            for (CarryOutMeasure m : c.appliedMeasures)
                measures.append(carryOutMeasureKey(m));
            array.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("control_no"), c.controlNo},
                {QStringLiteral("section"), QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
                {QStringLiteral("file_no"), c.fileId ? QJsonValue(fileNos.value(*c.fileId)) : QJsonValue()},
                {QStringLiteral("requested_by"), c.requestedBy},
                {QStringLiteral("item_type"), carryOutItemTypeKey(c.itemType)},
                {QStringLiteral("description"), c.description},
                {QStringLiteral("record_count"), c.recordCount},
                {QStringLiteral("purpose"), c.purpose},
                {QStringLiteral("destination"), c.destination},
                {QStringLiteral("planned_out_at"), c.plannedOutOn.toString(Qt::ISODate)},
                {QStringLiteral("planned_return_at"), c.plannedReturnOn.toString(Qt::ISODate)},
                {QStringLiteral("state"), carryOutStateKey(c.state)},
                {QStringLiteral("measures"), measures},
                {QStringLiteral("decided_at"), jsonTime(c.decidedAt)},
                {QStringLiteral("out_at"), jsonTime(c.outAt)},
                {QStringLiteral("returned_at"), jsonTime(c.returnedAt)},
                {QStringLiteral("count_matches"), jsonOptional(c.countMatches)},
                {QStringLiteral("seal_intact"), jsonOptional(c.sealIntact)}});
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Control no."), tr("Section"), tr("State"), tr("Item"), tr("Records"), tr("Destination"),
                     tr("Planned out"), tr("Planned return"), tr("Returned")});
    for (const CarryOut& c : carryOuts)
        table.addRow({c.controlNo, sections.value(c.sectionId).name, carryOutStateKey(c.state), carryOutItemTypeKey(c.itemType),
                      QString::number(c.recordCount), c.destination, c.plannedOutOn.toString(Qt::ISODate),
                      c.plannedReturnOn.toString(Qt::ISODate),
                      c.returnedAt.isValid() ? c.returnedAt.toLocalTime().toString(Qt::ISODate) : QString()});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
