#include "FileCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString FileCommand::summary() const
{
    return tr("List the personal-information file register.");
}

int FileCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List the files of the register you may read, or the overdue access reviews."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

int FileCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the files of the section with this code."), QStringLiteral("CODE")));
    p.addOption(QCommandLineOption(QStringLiteral("overdue-reviews"),
                                   tr("List the access rights whose review date has passed instead of the files.")));
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() + QStringLiteral(" file list [--section CODE] [--overdue-reviews] [--json]"),
                   tr("List the files of the register you may read, or the overdue access reviews.")))
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
    const QList<PersonalInfoFile> files = file.files().list(file.session(), section);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);
    auto sectionJson = [&](qint64 id) {
        const Section s = sections.value(id);
        return QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}};
    };

    if (p.isSet(QStringLiteral("overdue-reviews"))) {
        QHash<qint64, PersonalInfoFile> byId;
        for (const PersonalInfoFile& f : files)
            byId.insert(f.id, f);
        QHash<qint64, QString> staffNo;
        for (const Person& person : file.people().list(file.session()))
            staffNo.insert(person.id, person.staffNo);
        const QDate today = file.clock().now().toLocalTime().date();
        QJsonArray array;
        TextTable table({tr("File no."), tr("File"), tr("Section"), tr("Staff no."), tr("Operations"), tr("Granted on"),
                         tr("Review due")});
        for (const FileAccessRight& r : file.files().overdueReviews(file.session(), today)) {
            if (!byId.contains(r.fileId)) // another section than the one asked for
                continue;
            const PersonalInfoFile& f = byId[r.fileId];
            if (ctx.out().json()) {
                array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                         {QStringLiteral("file_no"), f.fileNo},
                                         {QStringLiteral("section"), sectionJson(f.sectionId)},
                                         {QStringLiteral("person_id"), r.personId},
                                         {QStringLiteral("staff_no"), staffNo.value(r.personId)},
                                         {QStringLiteral("operations"), QJsonArray::fromStringList(r.operations)},
                                         {QStringLiteral("granted_on"), r.grantedOn.toString(Qt::ISODate)},
                                         {QStringLiteral("review_due"), r.reviewDue.toString(Qt::ISODate)}});
            } else {
                table.addRow({f.fileNo, f.name, sections.value(f.sectionId).name, staffNo.value(r.personId),
                              r.operations.join(QLatin1Char(',')), r.grantedOn.toString(Qt::ISODate),
                              r.reviewDue.toString(Qt::ISODate)});
            }
        }
        if (ctx.out().json())
            ctx.out().printJson(array);
        else
            ctx.out().write(table.toString().toUtf8());
        return 0;
    }

    QHash<qint64, QString> areaCodes;
    for (const HandlingArea& a : file.areas().list(file.session()))
        areaCodes.insert(a.id, a.areaCode);
    if (ctx.out().json()) {
        QJsonArray array;
        for (const PersonalInfoFile& f : files) {
            array.append(QJsonObject{
                {QStringLiteral("id"), f.id},
                {QStringLiteral("file_no"), f.fileNo},
                {QStringLiteral("name"), f.name},
                {QStringLiteral("section"), sectionJson(f.sectionId)},
                {QStringLiteral("purpose"), f.purpose},
                {QStringLiteral("record_items"), f.recordItems},
                {QStringLiteral("record_scope"), f.recordScope},
                {QStringLiteral("collection_method"), f.collectionMethod},
                {QStringLiteral("contains_sensitive"), f.containsSensitive},
                {QStringLiteral("contains_my_number"), f.containsMyNumber},
                {QStringLiteral("person_count"), f.personCount},
                {QStringLiteral("needs_publication"), f.needsPublication()},
                {QStringLiteral("regular_recipients"), f.regularRecipients},
                {QStringLiteral("disclosure_office"), f.disclosureOffice},
                {QStringLiteral("correction_procedures"), f.correctionProcedures},
                {QStringLiteral("file_type"), piFileTypeKey(f.fileType)},
                {QStringLiteral("storage_media"), f.storageMedia},
                {QStringLiteral("handling_area"), f.handlingAreaId ? QJsonValue(areaCodes.value(*f.handlingAreaId)) : QJsonValue()},
                {QStringLiteral("foreign_location"), f.foreignLocation},
                {QStringLiteral("foreign_regime_notes"), f.foreignRegimeNotes}});
        }
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("File no."), tr("File"), tr("Section"), tr("Type"), tr("Persons"), tr("Sensitive"), tr("My Number"),
                     tr("Handling area"), tr("Kept abroad")});
    for (const PersonalInfoFile& f : files)
        table.addRow({f.fileNo, f.name, sections.value(f.sectionId).name,
                      f.fileType == PiFileType::Manual ? tr("manual") : tr("computerised"), QString::number(f.personCount),
                      f.containsSensitive ? tr("yes") : tr("no"), f.containsMyNumber ? tr("yes") : tr("no"),
                      f.handlingAreaId ? areaCodes.value(*f.handlingAreaId) : QString(), f.foreignLocation});
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

} // namespace mamori::cli
