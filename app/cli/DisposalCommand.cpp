#include "DisposalCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/AttachmentFormat.h"
#include "custody/DisposalService.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace mamori::cli {

namespace {
QJsonArray attachmentsJson(const QList<AttachmentInfo>& list)
{
    QJsonArray out;
    for (const AttachmentInfo& a : list)
        out.append(QJsonObject{{QStringLiteral("id"), a.id},
                               {QStringLiteral("file_name"), a.fileName},
                               {QStringLiteral("media_type"), a.mediaType},
                               {QStringLiteral("size"), a.size},
                               {QStringLiteral("sha256"), a.sha256},
                               {QStringLiteral("caption"), a.caption},
                               {QStringLiteral("page_count"), a.pageCount},
                               {QStringLiteral("added_at"), jsonTime(a.addedAt)}});
    return out;
}

QJsonObject disposalJson(const Disposal& d, const Section& s)
{
    QJsonArray witnesses;
    for (const DisposalWitness& w : d.witnesses)
        witnesses.append(QJsonObject{{QStringLiteral("person_id"), w.personId},
                                     {QStringLiteral("name"), w.personName},
                                     {QStringLiteral("witnessed_at"), jsonTime(w.witnessedAt)}});
    QJsonArray certificates;
    for (const DisposalCertificate& c : d.certificates)
        certificates.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("certificate_no"), c.certificateNo},
                                        {QStringLiteral("issuer"), c.issuer},
                                        {QStringLiteral("issued_on"), c.issuedOn.toString(Qt::ISODate)},
                                        {QStringLiteral("responsible_person"), c.responsiblePerson},
                                        {QStringLiteral("received_on"), c.receivedOn.toString(Qt::ISODate)},
                                        {QStringLiteral("attachments"), attachmentsJson(c.attachments)}});
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("control_no"), d.controlNo},
        {QStringLiteral("section"), QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}}},
        {QStringLiteral("file_id"), jsonOptional(d.fileId)},
        {QStringLiteral("requested_by"), d.requestedBy},
        {QStringLiteral("item_kind"), disposalItemKindKey(d.itemKind)},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("model"), d.model},
        {QStringLiteral("serial_nos"), QJsonArray::fromStringList(d.serialNos)},
        {QStringLiteral("quantity"), d.quantity},
        {QStringLiteral("record_count"), d.recordCount},
        {QStringLiteral("basis"), d.basis},
        {QStringLiteral("method"), disposalMethodKey(d.method)},
        {QStringLiteral("method_detail"), d.methodDetail},
        {QStringLiteral("performer"), disposalPerformerKey(d.performer)},
        {QStringLiteral("contractor_name"), d.contractorName},
        {QStringLiteral("subcontract_tier"), d.subcontractTier ? QJsonValue(*d.subcontractTier) : QJsonValue()},
        {QStringLiteral("place"), d.place},
        {QStringLiteral("planned_on"), d.plannedOn.toString(Qt::ISODate)},
        {QStringLiteral("state"), disposalStateKey(d.state)},
        {QStringLiteral("approved_at"), jsonTime(d.approvedAt)},
        {QStringLiteral("executed_at"), jsonTime(d.executedAt)},
        {QStringLiteral("verified_at"), jsonTime(d.verifiedAt)},
        {QStringLiteral("recorded_at"), jsonTime(d.recordedAt)},
        {QStringLiteral("witnesses"), witnesses},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("attachments"), attachmentsJson(d.attachments)}};
}

QString statesList()
{
    QStringList keys;
    for (DisposalState s : allDisposalStates())
        keys << disposalStateKey(s);
    return keys.join(QStringLiteral(", "));
}
} // namespace

QString DisposalCommand::summary() const
{
    return tr("List the disposal ledger; attach photos and certificates.");
}

int DisposalCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List the disposals you may read, optionally of one state, section or period."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }},
                     {QStringLiteral("attach"), tr("Attach a photo (JPEG, PNG) or a scanned PDF to a disposal or its certificate."),
                      [this](CommandContext& c, const QStringList& a) { return attach(c, a); }},
                     {QStringLiteral("attachment"), tr("Write an attachment to a file you name (\"attachment get ID --out FILE\")."),
                      [this](CommandContext& c, const QStringList& a) { return attachment(c, a); }}});
}

int DisposalCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("state"), tr("Only disposals in this state: %1.").arg(statesList()),
                                   QStringLiteral("S")));
    p.addOption(QCommandLineOption(QStringLiteral("section"), tr("Only the disposals of the section with this code."),
                                   QStringLiteral("CODE")));
    p.addOption(QCommandLineOption(QStringLiteral("from"), tr("Only disposals planned on or after this date (YYYY-MM-DD)."),
                                   QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("to"), tr("Only disposals planned on or before this date (YYYY-MM-DD)."),
                                   QStringLiteral("DATE")));
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() +
                       QStringLiteral(" disposal list [--state S] [--section CODE] [--from DATE] [--to DATE] [--json]"),
                   tr("List the disposals you may read, optionally of one state, section or period.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    DisposalFilter filter;
    if (p.isSet(QStringLiteral("state"))) {
        filter.state = disposalStateFromKey(p.value(QStringLiteral("state")).trimmed().toUpper());
        if (!filter.state)
            throw Error(ErrorCode::InvalidArgument,
                        tr("Unknown state %1: use %2.").arg(p.value(QStringLiteral("state")), statesList()))
                .withField(QStringLiteral("state"));
    }
    for (const QString& bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!p.isSet(bound))
            continue;
        const QDate date = QDate::fromString(p.value(bound).trimmed(), Qt::ISODate);
        if (!date.isValid())
            throw CliError::usage(tr("--%1 needs a date as YYYY-MM-DD.").arg(bound));
        (bound == QLatin1String("from") ? filter.from : filter.to) = date;
    }
    if (filter.from && filter.to && *filter.to < *filter.from)
        throw CliError::usage(tr("--to cannot be before --from."));
    CaseFile& file = ctx.openCaseAsAccount();
    if (p.isSet(QStringLiteral("section"))) {
        const QString code = p.value(QStringLiteral("section"));
        const std::optional<Section> s = file.sections().byCode(code);
        if (!s)
            throw Error(ErrorCode::NotFound, tr("There is no section with the code %1.").arg(code));
        filter.sectionId = s->id;
    }
    const QList<Disposal> disposals = file.disposals().list(file.session(), filter);
    QHash<qint64, Section> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s);
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Disposal& d : disposals)
            array.append(disposalJson(d, sections.value(d.sectionId)));
        ctx.out().printJson(array);
        return 0;
    }
    TextTable table({tr("Control no."), tr("Section"), tr("State"), tr("Item"), tr("Method"), tr("By"), tr("Planned"),
                     tr("Certificates"), tr("Witnesses"), tr("Attachments")});
    for (const Disposal& d : disposals) {
        qsizetype attachments = d.attachments.size();
        for (const DisposalCertificate& c : d.certificates)
            attachments += c.attachments.size();
        table.addRow({d.controlNo, sections.value(d.sectionId).name, disposalStateKey(d.state), disposalItemKindKey(d.itemKind),
                      disposalMethodKey(d.method),
                      d.performer == DisposalPerformer::Contractor ? d.contractorName : disposalPerformerKey(d.performer),
                      d.plannedOn.toString(Qt::ISODate), QString::number(d.certificates.size()),
                      QString::number(d.witnesses.size()), QString::number(attachments)});
    }
    ctx.out().write(table.toString().toUtf8());
    return 0;
}

int DisposalCommand::attach(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("certificate"),
                                   tr("Attach to the disposal's certificate with this number rather than to the disposal."),
                                   QStringLiteral("NO")));
    p.addOption(QCommandLineOption(QStringLiteral("caption"), tr("A caption, such as 廃棄前 or 廃棄後."), QStringLiteral("TEXT")));
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() +
                       QStringLiteral(" disposal attach CONTROL_NO FILE [--certificate NO] [--caption TEXT] [--json]"),
                   tr("Attach a photo (JPEG, PNG) or a scanned PDF, at most 20 MB, to a disposal or its certificate. The file "
                      "is stored encrypted inside the case file with its SHA-256.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 2, tr("the disposal's control number and the file"));
    const QString controlNo = p.positionalArguments().at(0);
    const QString path = p.positionalArguments().at(1);
    // The file is read and checked before the case is opened: a wrong file costs no password.
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > AttachmentFormat::kMaxBytes)
        throw Error(ErrorCode::InvalidArgument, tr("%1 is %2 MB; at most 20 MB can be attached.")
                                                     .arg(QDir::toNativeSeparators(path))
                                                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1))
            .withField(QStringLiteral("attachment"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::IoError, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray bytes = f.read(AttachmentFormat::kMaxBytes + 1);
    f.close();
    AttachmentFormat::check(bytes);

    CaseFile& file = ctx.openCaseAsAccount();
    const Disposal d = file.disposals().findByControlNo(file.session(), controlNo);
    std::optional<qint64> certificate;
    if (p.isSet(QStringLiteral("certificate"))) {
        const QString no = p.value(QStringLiteral("certificate")).trimmed();
        for (const DisposalCertificate& c : d.certificates)
            if (c.certificateNo == no)
                certificate = c.id;
        if (!certificate)
            throw Error(ErrorCode::NotFound, tr("The disposal %1 has no certificate numbered %2.").arg(d.controlNo, no))
                .withField(QStringLiteral("certificate"));
    }
    const AttachmentInfo a =
        file.disposals().attach(file.session(), d.id, info.fileName(), bytes, p.value(QStringLiteral("caption")), certificate);
    if (ctx.out().json()) {
        ctx.out().printJson(attachmentsJson({a}).first());
        return 0;
    }
    ctx.out().line(tr("Attached %1 to %2 as attachment %3 (%4, %5 bytes).")
                       .arg(a.fileName, d.controlNo)
                       .arg(a.id)
                       .arg(a.mediaType)
                       .arg(a.size));
    ctx.out().line(tr("SHA-256: %1").arg(a.sha256));
    return 0;
}

int DisposalCommand::attachment(CommandContext& ctx, const QStringList& args)
{
    if (args.value(0) != QLatin1String("get") && args.value(0) != QLatin1String("--help") && args.value(0) != QLatin1String("-h"))
        throw CliError::usage(tr("Use \"disposal attachment get ID --out FILE\"."));
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    p.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write the decrypted attachment to."),
                                   QStringLiteral("FILE")));
    const QStringList rest = args.value(0) == QLatin1String("get") ? args.mid(1) : args;
    if (!ctx.parse(p, rest, CommandContext::caseUsage() + QStringLiteral(" disposal attachment get ID --out FILE [--json]"),
                   tr("Write an attachment, decrypted, to the file you name. Needs the right to export the section's "
                      "personal data; the export is journaled. Nothing is written anywhere else.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 1, tr("the attachment's id"));
    bool ok = false;
    const qint64 id = p.positionalArguments().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        throw CliError::usage(tr("The attachment id is a number (see \"disposal list --json\")."));
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty())
        throw CliError::usage(tr("disposal attachment get needs --out FILE: the decrypted file is written only where you say."));
    const QString path = p.value(QStringLiteral("out"));
    CaseFile& file = ctx.openCaseAsAccount();
    const AttachmentInfo info = file.disposals().attachmentInfo(file.session(), id);
    const QByteArray bytes = file.disposals().exportAttachment(file.session(), id);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw Error(ErrorCode::IoError, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    const QString written = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("id"), info.id},
                                        {QStringLiteral("out"), written},
                                        {QStringLiteral("media_type"), info.mediaType},
                                        {QStringLiteral("size"), info.size},
                                        {QStringLiteral("sha256"), info.sha256}});
        return 0;
    }
    ctx.out().line(tr("Wrote %1 (%2, %3 bytes, SHA-256 %4).").arg(written, info.mediaType).arg(info.size).arg(info.sha256));
    return 0;
}

} // namespace mamori::cli
