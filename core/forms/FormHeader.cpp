#include "forms/FormHeader.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"

namespace mamori {

FormSpec startForm(CaseFile& file, const QString& title, const QString& kind)
{
    FormSpec f;
    f.title = title;
    f.date = file.clock().now().toLocalTime().date();
    f.dateStyle = file.settings().dateStyle();
    f.organisation = file.settings().organisationName();
    f.journalHead = Journal::shortHash(file.journal().headHash());
    f.documentNumber = QStringLiteral("MAMORI-%1-%2-%3")
                           .arg(kind, f.date.toString(QStringLiteral("yyyyMMdd")))
                           .arg(file.journal().count());
    return f;
}

} // namespace mamori
