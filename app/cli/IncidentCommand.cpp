#include "IncidentCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "incidents/AssessmentJson.h"
#include "incidents/IncidentService.h"
#include "incidents/ReportRulesJson.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

QString IncidentCommand::summary() const
{
    return tr("Check whether a leak must be reported to the PPC; list incidents.");
}

int IncidentCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("assess"),
                      tr("Print the PPC reportability and report deadlines of one incident given as JSON (no case file)."),
                      [this](CommandContext& c, const QStringList& a) { return assess(c, a); }},
                     {QStringLiteral("list"), tr("List the incidents you may read, optionally only the open ones."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }},
                     {QStringLiteral("rules"), tr("Show or change the case file's PPC reporting rules."),
                      [this](CommandContext& c, const QStringList& a) { return rules(c, a); }}});
}

int IncidentCommand::assess(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("input"), tr("Read the JSON object from this file instead of standard input."),
                                   QStringLiteral("FILE")));
    if (!ctx.parse(p, args, QStringLiteral("incident assess [--input FILE]"),
                   tr("Read one JSON object and print whether the incident must be reported to the PPC under each regime, "
                      "with the grounds and the due dates of the preliminary and final reports. Keys: aware_at "
                      "(YYYY-MM-DD, required, not in the future), persons (integer, 0 or more, required) and the booleans "
                      "sensitive, ordinance_sensitive, ordinance_defines_sensitive, property_damage_risk, improper_purpose, "
                      "advanced_encryption, my_number, my_number_system and public_exposure (default false). Prints "
                      "{\"appi\": R, \"my_number\": R} with R = {\"reportable\", \"grounds\", \"preliminary_due\", "
                      "\"final_due\", \"notify_individuals\"}. Invalid input exits with 2 and names the key.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());

    QByteArray input;
    if (p.isSet(QStringLiteral("input"))) {
        const QString path = p.value(QStringLiteral("input"));
        if (!QFileInfo(path).isFile())
            throw Error(ErrorCode::NotFound, tr("The input file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::IoError,
                        tr("Cannot read the input file %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        input = f.readAll();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Error(ErrorCode::IoError, tr("Cannot read standard input: %1").arg(in.errorString()));
        input = in.readAll();
    }
    // The awareness date may not lie after today, on this computer's calendar.
    const QDate today = Clock::system().now().toLocalTime().date();
    const IncidentFacts facts = AssessmentJson::parseFacts(input, today);
    ctx.out().printJson(AssessmentJson::toJson(Reportability::assess(facts)));
    return 0;
}

namespace {
QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject regimeJson(const Incident& i, const RegimeAssessment* r, Regime regime)
{
    const PpcReport* prelim = i.report(regime, ReportKind::Preliminary);
    const PpcReport* final = i.report(regime, ReportKind::Final);
    return QJsonObject{{QStringLiteral("reportable"), r ? QJsonValue(r->reportable) : QJsonValue()},
                       {QStringLiteral("grounds"), r ? QJsonArray::fromStringList(r->groundIds()) : QJsonArray()},
                       {QStringLiteral("preliminary_due"), r ? dateOrNull(r->preliminaryDue) : QJsonValue()},
                       {QStringLiteral("final_due"), r ? dateOrNull(r->finalDue) : QJsonValue()},
                       {QStringLiteral("preliminary_submitted_on"), prelim ? dateOrNull(prelim->submittedOn) : QJsonValue()},
                       {QStringLiteral("final_submitted_on"), final ? dateOrNull(final->submittedOn) : QJsonValue()}};
}

QString nextDue(const Incident& i)
{
    const std::optional<DueReport> next = IncidentService::nextReportDue(i);
    if (!next)
        return {};
    return QStringLiteral("%1 (%2 %3)")
        .arg(next->due.toString(Qt::ISODate), regimeKey(next->regime),
             next->kind == ReportKind::Preliminary ? QStringLiteral("preliminary") : QStringLiteral("final"));
}
} // namespace

int IncidentCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("open"), tr("Only incidents that are not closed.")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" incident list [--open] [--json]"),
                   tr("List the incidents of the sections you may read, newest awareness first, with their stage, the "
                      "verdict of the latest assessment, the report deadlines and what is still missing before closing.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    IncidentFilter filter;
    filter.openOnly = p.isSet(QStringLiteral("open"));
    const QList<Incident> incidents = IncidentService(file).list(file.session(), filter);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);

    if (ctx.out().json()) {
        QJsonArray array;
        for (const Incident& i : incidents) {
            const Section s = sections.value(i.sectionId);
            const IncidentAssessment* a = i.latestAssessment();
            array.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("incident_no"), i.incidentNo},
                {QStringLiteral("section"), QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
                {QStringLiteral("state"), incidentStateKey(i.state)},
                {QStringLiteral("aware_at"), i.awareAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("reported_at"), i.reportedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("summary"), i.details.summary},
                {QStringLiteral("leak_type"), leakTypeKey(i.details.leakType)},
                {QStringLiteral("persons"), i.details.persons},
                {QStringLiteral("carry_out_id"), i.carryOutId ? QJsonValue(*i.carryOutId) : QJsonValue()},
                {QStringLiteral("appi"), regimeJson(i, a ? &a->result.appi : nullptr, Regime::Appi)},
                {QStringLiteral("my_number"), regimeJson(i, a ? &a->result.myNumber : nullptr, Regime::MyNumber)},
                {QStringLiteral("missing"), i.state == IncidentState::Closed
                                                ? QJsonArray()
                                                : QJsonArray::fromStringList(IncidentService::missingForClose(i))}});
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Incident no."), tr("Section"), tr("State"), tr("Aware"), tr("Persons"), tr("Reportable"),
                     tr("Next report due")});
    for (const Incident& i : incidents) {
        const IncidentAssessment* a = i.latestAssessment();
        QStringList reportable;
        if (a && a->result.appi.reportable)
            reportable << regimeKey(Regime::Appi);
        if (a && a->result.myNumber.reportable)
            reportable << regimeKey(Regime::MyNumber);
        table.addRow({i.incidentNo, sections.value(i.sectionId).name, incidentStateKey(i.state),
                      i.awareAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(i.details.persons),
                      a ? (reportable.isEmpty() ? tr("no") : reportable.join(QStringLiteral(", "))) : QStringLiteral("?"),
                      nextDue(i)});
    }
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

int IncidentCommand::rules(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("set"),
                                   tr("Change the rules given in this JSON file (keys left out keep their value)."),
                                   QStringLiteral("FILE")));
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" incident rules [--set FILE] [--json]"),
                   tr("Print the rules assessments use: preliminary_day, final_day, final_day_improper_purpose "
                      "(counted with the awareness date as day 1), appi_persons_threshold, "
                      "my_number_persons_threshold (reportable above), closed_on_weekends, closed_on_national_holidays "
                      "and closed_ranges (e.g. [\"12-29/01-03\"]). With --set, change them (administrators); "
                      "assessments made before keep their due dates. Invalid values exit with 2 and name the key.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    IncidentService incidents(file);
    if (p.isSet(QStringLiteral("set"))) {
        const QString path = p.value(QStringLiteral("set"));
        QFile f(path);
        if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::NotFound, tr("The rules file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject())
            throw Error(ErrorCode::InvalidArgument, tr("The rules file must hold one JSON object.")).withField(QStringLiteral("set"));
        incidents.setRules(file.session(), ReportRulesJson::fromJson(doc.object(), incidents.rules()));
    }
    const QJsonObject current = ReportRulesJson::toJson(incidents.rules());
    if (ctx.out().json()) {
        ctx.out().printJson(current);
        return 0;
    }
    TextTable table({tr("Rule"), tr("Value")});
    for (auto it = current.begin(); it != current.end(); ++it)
        table.addRow({it.key(), ReportRulesJson::valueText(it.value())});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
