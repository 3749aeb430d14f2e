#include "custody/CarryOutSummary.h"

#include "custody/CarryOutLabels.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/PersonalInfoFileService.h"
#include "dates/JapaneseDate.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QFormLayout>
#include <QLabel>

namespace mamori::ui {

namespace {
QString personName(CaseFile& file, std::optional<qint64> id) {
    if (!id)
        return QString();
    try {
        const Person p = file.people().get(file.session(), *id);
        return QStringLiteral("%1 %2").arg(p.staffNo, p.name);
    } catch (const Error&) {
        return QStringLiteral("#%1").arg(*id); // not readable by this session: the id only
    }
}
} // namespace

CarryOutSummary::CarryOutSummary(CaseFile& file, const CarryOut& c, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("carryOutSummary"));
    const DateStyle style = file.settings().dateStyle();
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto add = [this, form](const QString& label, const QString& value, const QString& name) {
        auto* v = new QLabel(value, this);
        v->setObjectName(name);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    add(tr("Control No.:"), c.controlNo, QStringLiteral("summaryControlNo"));
    add(tr("State:"), CarryOutLabels::state(c.state), QStringLiteral("summaryState"));
    QString section;
    for (const mamori::Section& s : file.sections().list())
        if (s.id == c.sectionId)
            section = QStringLiteral("%1 %2").arg(s.code, s.name);
    add(tr("Section:"), section, QStringLiteral("summarySection"));
    QString fileName = tr("(no file of the register)");
    if (c.fileId) {
        try {
            const PersonalInfoFile f = file.files().get(file.session(), *c.fileId);
            fileName = QStringLiteral("%1 %2").arg(f.fileNo, f.name);
        } catch (const Error&) {
            fileName = QStringLiteral("#%1").arg(*c.fileId);
        }
    }
    add(tr("File:"), fileName, QStringLiteral("summaryFile"));
    add(tr("Carried out by:"), personName(file, c.requestedBy), QStringLiteral("summaryPerson"));
    add(tr("Item:"), CarryOutLabels::itemType(c.itemType), QStringLiteral("summaryItem"));
    add(tr("Description:"), c.description, QStringLiteral("summaryDescription"));
    add(tr("Records:"), QString::number(c.recordCount), QStringLiteral("summaryRecords"));
    add(tr("Purpose:"), c.purpose, QStringLiteral("summaryPurpose"));
    add(tr("Destination:"), c.destination, QStringLiteral("summaryDestination"));
    add(tr("Planned:"),
        tr("%1 to %2").arg(JapaneseDate::format(c.plannedOutOn, style), JapaneseDate::format(c.plannedReturnOn, style)),
        QStringLiteral("summaryPlanned"));
    if (c.outAt.isValid())
        add(tr("Left:"), JapaneseDate::formatDateTime(c.outAt, style), QStringLiteral("summaryOutAt"));
    if (c.returnedAt.isValid())
        add(tr("Returned:"),
            tr("%1, by %2; count matches: %3; seal intact: %4")
                .arg(JapaneseDate::formatDateTime(c.returnedAt, style), personName(file, c.returnedBy),
                     c.countMatches.value_or(false) ? tr("yes") : tr("no"),
                     c.sealIntact.value_or(false) ? tr("yes") : tr("no")),
            QStringLiteral("summaryReturned"));
    if (!c.rejectionReason.isEmpty())
        add(tr("Reason for rejection:"), c.rejectionReason, QStringLiteral("summaryRejection"));
    if (!c.remarks.isEmpty())
        add(tr("Remarks:"), c.remarks, QStringLiteral("summaryRemarks"));
}

} // namespace mamori::ui
