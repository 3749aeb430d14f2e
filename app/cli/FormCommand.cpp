#include "FormCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "custody/DisposalService.h"
#include "custody/HandlingAreaService.h"
#include "incidents/IncidentService.h"
#include "forms/CarryOutForms.h"
#include "forms/CustodyForms.h"
#include "forms/DisposalForms.h"
#include "forms/FormRenderer.h"
#include "forms/IncidentForms.h"
#include "forms/LabelForms.h"
#include "forms/StandardForms.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace mamori::cli {

namespace {
const QString kOut = QStringLiteral("out");
const QString kSection = QStringLiteral("section");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kId = QStringLiteral("id");

std::optional<QDate> dateOption(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option))
        return std::nullopt;
    const QString text = p.value(option).trimmed();
    // Strictly YYYY-MM-DD: a form's period is whole days.
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        throw CliError::usage(FormCommand::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option, p.value(option)));
    return d;
}

qint64 sectionId(CaseFile& file, const QString& code)
{
    const std::optional<Section> s = file.sections().byCode(code);
    if (!s)
        throw Error(ErrorCode::NotFound, FormCommand::tr("There is no section with the code %1.").arg(code));
    return s->id;
}

// A carry-out by its id or its control number (CO-2025-000001), as printed on its label.
qint64 carryOutId(CaseFile& file, const QString& id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return n;
    return file.carryOuts().findByControlNo(file.session(), id).id;
}

// A disposal by its id or its control number (DS-2025-000001), as printed on its label.
qint64 disposalId(CaseFile& file, const QString& id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return n;
    return file.disposals().findByControlNo(file.session(), id).id;
}

// Labels take either kind of control number: DS-… is a disposal batch, anything else a carry-out.
bool isDisposalCode(const QString& id)
{
    return id.startsWith(QStringLiteral("DS-"), Qt::CaseInsensitive);
}

// A handling area by its id or its area code (SH-1F-01).
qint64 areaId(CaseFile& file, const QString& id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return n;
    for (const HandlingArea& a : file.areas().list(file.session()))
        if (a.areaCode.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return a.id;
    throw Error(ErrorCode::NotFound, FormCommand::tr("There is no handling area with the code %1.").arg(id));
}
// An incident by its id or its number (IN-2025-000001), as printed on its forms.
qint64 incidentId(CaseFile& file, const QString& id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return n;
    return IncidentService(file).getByNumber(file.session(), id).id;
}

QString formNames()
{
    QStringList all;
    for (const FormCommand::Form& f : FormCommand::forms())
        all << f.name;
    return all.join(QStringLiteral(", "));
}
} // namespace

QString FormCommand::summary() const
{
    return tr("Write a printable form (ledger, register, certificate, labels) as an A4 PDF.");
}

QList<FormCommand::Form> FormCommand::forms()
{
    return {
        {QStringLiteral("accounts"), tr("Account list (職員アカウント一覧): every account with its roles and status."), 0},
        {QStringLiteral("recovery-sheet"),
         tr("Recovery sheet (復旧用シート): written only by init --recovery-sheet, when the code is made."), 0},
        {QStringLiteral("area-sheet"), tr("Handling-area designation sheet (取扱区域指定書) of one area (--id: its id or area code)."), Id | IdRequired},
        {QStringLiteral("file-register"), tr("Personal-information file register (個人情報ファイル簿) of one section, or of all you may read."), Section},
        {QStringLiteral("carryout-ledger"), tr("Carry-out ledger (持出簿) of a section and period (planned departure), A4 landscape."),
         Section | Period},
        {QStringLiteral("carryout-approval"), tr("Carry-out approval form (持出承認申請書) of one carry-out (--id: its id or control number)."),
         Id | IdRequired},
        {QStringLiteral("labels"),
         tr("Labels with QR codes of the carry-outs of a section and period, or of one carry-out or disposal batch (--id: "
            "CO-… or DS-…)."),
         Section | Period | Id},
        {QStringLiteral("disposal-ledger"),
         tr("Disposal ledger (廃棄記録簿) of a section and period (planned date), A4 landscape."), Section | Period},
        {QStringLiteral("disposal-certificate"),
         tr("Disposal certificate (廃棄・消去証明書) issued in-house for one disposal done by staff (--id: its id or "
            "control number)."),
         Id | IdRequired},
        {QStringLiteral("disposal-labels"),
         tr("Labels with QR codes of the disposal batches of a section and period (cancelled ones left out)."),
         Section | Period},
        {QStringLiteral("incident-report"),
         tr("Incident report to the mayor (事案報告書) of one leak incident (--id: its id or incident number)."), Id | IdRequired},
        {QStringLiteral("ppc-preliminary"),
         tr("Preliminary report to the PPC (速報) of one incident, as filed; a section per regime reported (--id: its id or "
            "incident number)."),
         Id | IdRequired},
        {QStringLiteral("ppc-final"),
         tr("Final report to the PPC (確報) of one incident, as filed; a section per regime reported (--id: its id or incident "
            "number)."),
         Id | IdRequired},
        {QStringLiteral("notice-letter"),
         tr("Notice letter to the individuals affected (本人への通知), one page per group notified (--id: its id or incident "
            "number)."),
         Id | IdRequired},
    };
}

int FormCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The form to write (see the list below)."));
    p.addOption({kOut, tr("The PDF file to write (replaced whole, or left as it was on failure)."), QStringLiteral("FILE.pdf")});
    p.addOption({kSection, tr("Only this section (its code)."), QStringLiteral("CODE")});
    p.addOption({kFrom, tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    p.addOption({kTo, tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    p.addOption({kId, tr("The record the form is about: its id, control number or code."), QStringLiteral("ID")});
    CommandContext::addJsonOption(p);
    QList<std::pair<QString, QString>> names;
    for (const Form& f : forms())
        names.append({f.name, f.summary});
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage() +
                       QStringLiteral(" form NAME --out FILE.pdf [--section CODE] [--from DATE --to DATE] [--id ID] [--json]"),
                   summary() + QStringLiteral("\n\n") + tr("Forms:") + QLatin1Char('\n') + TextTable::nameList(names)))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 1, QStringLiteral("NAME"));

    // Everything that can be refused is checked before the password is asked for.
    Request r;
    const QString name = p.positionalArguments().constFirst();
    bool known = false;
    for (const Form& f : forms())
        if (f.name == name) {
            r.form = f;
            known = true;
        }
    if (!known)
        throw CliError::usage(tr("Unknown form \"%1\". Forms: %2.").arg(name, formNames()));
    // The recovery code is never stored (only its hash-protected key slot is): the sheet that
    // shows it can only be written by init, at the one moment the code exists in the clear.
    if (name == QLatin1String("recovery-sheet"))
        throw CliError(ExitCode::Unavailable, QStringLiteral("unavailable"),
                       tr("The recovery sheet can only be written when the case file is created (init --recovery-sheet "
                          "FILE.pdf): the recovery code is not stored anywhere, so it cannot be printed later."));
    if (!p.isSet(kOut) || p.value(kOut).isEmpty())
        throw CliError::usage(tr("Name the PDF to write with --out FILE.pdf."));
    const auto refuse = [&](const QString& option) {
        if (p.isSet(option))
            throw CliError::usage(tr("The form %1 does not take --%2.").arg(name, option));
    };
    if (!(r.form.options & Section))
        refuse(kSection);
    if (!(r.form.options & Period)) {
        refuse(kFrom);
        refuse(kTo);
    }
    if (!(r.form.options & Id))
        refuse(kId);
    if ((r.form.options & IdRequired) && (!p.isSet(kId) || p.value(kId).trimmed().isEmpty()))
        throw CliError::usage(tr("The form %1 is about one record: give it with --id ID.").arg(name));
    if (p.isSet(kId) && (p.isSet(kSection) || p.isSet(kFrom) || p.isSet(kTo)))
        throw CliError::usage(tr("Give either --id or --section/--from/--to, not both."));
    if (p.isSet(kSection))
        r.section = p.value(kSection);
    if (p.isSet(kId))
        r.id = p.value(kId).trimmed();
    r.from = dateOption(p, kFrom);
    r.to = dateOption(p, kTo);
    if (r.from && r.to && *r.from > *r.to)
        throw CliError::usage(tr("--from (%1) is after --to (%2).").arg(r.from->toString(Qt::ISODate), r.to->toString(Qt::ISODate)));
    const QString out = p.value(kOut);
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        throw Error(ErrorCode::IoError, tr("The folder for %1 does not exist.").arg(QDir::toNativeSeparators(out)));

    CaseFile& file = ctx.openCaseAsAccount();
    const FormSpec form = build(file, r);
    QString error;
    int pages = 0;
    if (!ui::FormRenderer::writePdf(form, out, &error, &pages))
        throw Error(ErrorCode::IoError, error);
    const QString path = QFileInfo(out).absoluteFilePath();
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("form"), name},
                                        {QStringLiteral("title"), form.title},
                                        {QStringLiteral("document_number"), form.documentNumber},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("pages"), pages}});
        return 0;
    }
    ctx.out().line(tr("Wrote %1 (%2, pages: %3) to %4.")
                       .arg(form.title, form.documentNumber)
                       .arg(pages)
                       .arg(QDir::toNativeSeparators(path)));
    return 0;
}

FormSpec FormCommand::build(CaseFile& file, const Request& r)
{
    const Session& actor = file.session();
    const QString& name = r.form.name;
    if (name == QLatin1String("accounts"))
        return StandardForms::accountList(file, actor);
    if (name == QLatin1String("area-sheet"))
        return CustodyForms::areaSheet(file, actor, areaId(file, r.id));
    if (name == QLatin1String("incident-report"))
        return IncidentForms::incidentReport(file, actor, incidentId(file, r.id));
    if (name == QLatin1String("ppc-preliminary"))
        return IncidentForms::ppcReport(file, actor, incidentId(file, r.id), ReportKind::Preliminary);
    if (name == QLatin1String("ppc-final"))
        return IncidentForms::ppcReport(file, actor, incidentId(file, r.id), ReportKind::Final);
    if (name == QLatin1String("notice-letter"))
        return IncidentForms::noticeLetter(file, actor, incidentId(file, r.id));
    std::optional<qint64> section;
    if (r.section)
        section = sectionId(file, *r.section);
    if (name == QLatin1String("file-register"))
        return CustodyForms::fileRegister(file, actor, section);
    if (name == QLatin1String("carryout-approval"))
        return CarryOutForms::carryOutApproval(file, actor, carryOutId(file, r.id));
    if (name == QLatin1String("disposal-certificate"))
        return DisposalForms::disposalCertificate(file, actor, disposalId(file, r.id));
    if (name == QLatin1String("disposal-ledger") || name == QLatin1String("disposal-labels")) {
        DisposalFilter filter;
        filter.sectionId = section;
        filter.from = r.from;
        filter.to = r.to;
        return name == QLatin1String("disposal-ledger") ? DisposalForms::disposalLedger(file, actor, filter)
                                                        : LabelForms::disposalLabels(file, actor, filter);
    }
    CarryOutFilter filter;
    filter.sectionId = section;
    filter.from = r.from;
    filter.to = r.to;
    if (name == QLatin1String("carryout-ledger"))
        return CarryOutForms::carryOutLedger(file, actor, filter);
    if (!r.id.isEmpty())
        return isDisposalCode(r.id) ? LabelForms::disposalLabel(file, actor, disposalId(file, r.id))
                                    : LabelForms::carryOutLabel(file, actor, carryOutId(file, r.id));
    return LabelForms::carryOutLabels(file, actor, filter);
}

} // namespace mamori::cli
