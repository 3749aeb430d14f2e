#include "IncidentCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "incidents/AssessmentJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mamori::cli {

QString IncidentCommand::summary() const
{
    return tr("Check whether a leak must be reported to the PPC.");
}

int IncidentCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("assess"),
                      tr("Print the PPC reportability and report deadlines of one incident given as JSON (no case file)."),
                      [this](CommandContext& c, const QStringList& a) { return assess(c, a); }}});
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

} // namespace mamori::cli
