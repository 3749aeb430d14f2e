#include "forms/LabelForms.h"

#include "forms/CarryOutForms.h"
#include "forms/DisposalForms.h"
#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/FormNames.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "dates/JapaneseDate.h"
#include "organisation/SectionService.h"

#include <QCoreApplication>
#include <QMap>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::LabelForms", text);
}

QString shortText(const QString& s)
{
    QString flat = s.simplified();
    if (flat.size() > LabelForms::kDescriptionLength)
        flat = flat.left(LabelForms::kDescriptionLength - 1) + QStringLiteral("…");
    return flat;
}

FormLabel carryOutLabelOf(const CarryOut& c, const QString& section, DateStyle style)
{
    FormLabel l;
    l.code = c.controlNo;
    l.kind = QStringLiteral("持出管理");
    l.lines = {section,
               QStringLiteral("%1：%2").arg(CarryOutForms::itemTypeLabel(c.itemType), shortText(c.description)),
               QStringLiteral("返却予定 %1").arg(JapaneseDate::format(c.plannedReturnOn, style))};
    l.qr = QrCode::encode(c.controlNo);
    return l;
}

// A disposal batch's label goes on the box or bag handed to the shredder or the contractor: what
// is in it and how it is to be destroyed, never who asked.
FormLabel disposalLabelOf(const Disposal& d, const QString& section, DateStyle style)
{
    FormLabel l;
    l.code = d.controlNo;
    l.kind = QStringLiteral("廃棄管理");
    l.lines = {section,
               QStringLiteral("%1：%2").arg(DisposalForms::itemKindLabel(d.itemKind), shortText(d.description)),
               QStringLiteral("%1　予定 %2").arg(DisposalForms::methodLabel(d.method), JapaneseDate::format(d.plannedOn, style))};
    l.qr = QrCode::encode(d.controlNo);
    return l;
}

FormSpec sheet(CaseFile& file, const Session& actor, const QList<CarryOut>& carryOuts, const QString& journalId,
               const QString& summary)
{
    const QHash<qint64, QString> sections = FormNames::sections(file);
    FormSpec f = startForm(file, QStringLiteral("管理番号ラベル（持出し）"), QStringLiteral("LBL"));
    for (const CarryOut& c : carryOuts)
        f.labels << carryOutLabelOf(c, sections.value(c.sectionId), f.dateStyle);
    FormHtml::journalPrint(file, actor, QStringLiteral("carry_out"), journalId, summary, f);
    return f;
}

FormSpec disposalSheet(CaseFile& file, const Session& actor, const QList<Disposal>& disposals, const QString& journalId,
                       const QString& summary)
{
    const QHash<qint64, QString> sections = FormNames::sections(file);
    FormSpec f = startForm(file, QStringLiteral("管理番号ラベル（廃棄）"), QStringLiteral("LBD"));
    for (const Disposal& d : disposals)
        f.labels << disposalLabelOf(d, sections.value(d.sectionId), f.dateStyle);
    FormHtml::journalPrint(file, actor, QStringLiteral("disposal"), journalId, summary, f);
    return f;
}
} // namespace

FormSpec LabelForms::carryOutLabels(CaseFile& file, const Session& actor, const CarryOutFilter& filter)
{
    const QList<CarryOut> carryOuts = file.carryOuts().list(actor, filter);
    if (carryOuts.isEmpty())
        throw Error(ErrorCode::NotFound, tr("No carry-out matches: there are no labels to print."));
    return sheet(file, actor, carryOuts, QString(), QStringLiteral("labels, %1 carry-outs").arg(carryOuts.size()));
}

FormSpec LabelForms::carryOutLabel(CaseFile& file, const Session& actor, qint64 id)
{
    return sheet(file, actor, {file.carryOuts().get(actor, id)}, QString::number(id), QStringLiteral("label"));
}

FormSpec LabelForms::disposalLabels(CaseFile& file, const Session& actor, const DisposalFilter& filter)
{
    QList<Disposal> disposals = file.disposals().list(actor, filter);
    disposals.removeIf([](const Disposal& d) { return d.state == DisposalState::Cancelled; });
    if (disposals.isEmpty())
        throw Error(ErrorCode::NotFound, tr("No disposal matches: there are no labels to print."));
    return disposalSheet(file, actor, disposals, QString(), QStringLiteral("labels, %1 disposals").arg(disposals.size()));
}

FormSpec LabelForms::disposalLabel(CaseFile& file, const Session& actor, qint64 id)
{
    return disposalSheet(file, actor, {file.disposals().get(actor, id)}, QString::number(id), QStringLiteral("label"));
}

} // namespace mamori
