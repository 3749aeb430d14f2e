#include "forms/IncidentForms.h"

#include "forms/IncidentFormParts.h"

#include "casefile/CaseFile.h"
#include "incidents/EscalationChain.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"

#include <QLocale>

namespace mamori {

QString IncidentForms::headOfBody(CaseFile& file)
{
    const QString organisation = file.settings().organisationName().trimmed();
    if (!organisation.isEmpty())
        return organisation + QStringLiteral("長");
    IncidentService service(file);
    const QList<EscalationTarget> chain = service.escalationChain();
    return chain.isEmpty() ? QStringLiteral("市長") : chain.constLast().title;
}

namespace incidentforms {

QString sectionName(CaseFile& file, qint64 sectionId)
{
    for (const Section& s : file.sections().list())
        if (s.id == sectionId)
            return s.name;
    return {};
}

QString personsText(std::optional<qint64> persons)
{
    return persons ? QLocale(QLocale::Japanese).toString(*persons) + QStringLiteral("人") : QString();
}

QString orNotYetKnown(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("（報告時点で未確定）") : html;
}

} // namespace incidentforms
} // namespace mamori
