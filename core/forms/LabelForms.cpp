#include "forms/LabelForms.h"

#include "forms/CarryOutForms.h"
#include "forms/FormHeader.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "dates/JapaneseDate.h"
#include "journal/Journal.h"
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

FormSpec sheet(CaseFile& file, const Session& actor, const QList<CarryOut>& carryOuts, const QString& journalId,
               const QString& summary)
{
    QMap<qint64, QString> sections;
    for (const Section& s : file.sections().list())
        sections.insert(s.id, s.name);
    FormSpec f = startForm(file, QStringLiteral("管理番号ラベル（持出し）"), QStringLiteral("LBL"));
    for (const CarryOut& c : carryOuts)
        f.labels << carryOutLabelOf(c, sections.value(c.sectionId), f.dateStyle);
    file.journal().append(actor, JournalAction::Print, QStringLiteral("carry_out"), journalId, summary);
    f.journalHead = Journal::shortHash(file.journal().headHash());
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

} // namespace mamori
