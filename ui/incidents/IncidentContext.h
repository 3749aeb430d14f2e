#pragma once

#include "incidents/IncidentService.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The names the incident screens show for ids: sections, the people the session may read (for
// "who was aware", "notified by", measure owners) and accounts (who recorded a step). Read once
// per editor; reading people is journaled by core, and skipped when the session may read none.
struct IncidentNames {
    QList<mamori::Section> sections;
    QList<mamori::Person> people; // readable and active, by section and staff number
    QHash<qint64, QString> personNames;
    QHash<qint64, QString> accountNames;

    static IncidentNames load(mamori::CaseFile& file);
    QString section(qint64 id) const;
    // "P001 山田 花子"; "#7" for someone the session may not read; empty for nobody.
    QString person(std::optional<qint64> id) const;
    QString account(qint64 id) const;
};

// What every part of the incident editor works with: the case file, the service every change
// goes through, the names, and the date style of the case file.
struct IncidentContext {
    explicit IncidentContext(mamori::CaseFile& f);
    mamori::CaseFile& file;
    mamori::IncidentService service;
    IncidentNames names;
    mamori::DateStyle dateStyle;
    QList<mamori::EscalationTarget> chain;
    QString unitManagerTitle; // the city's title of the section's UNIT_MANAGER (保護管理者 …)

    const mamori::Session& session() const;
    // Now to the minute, as the time inputs show it (so that a default never lies in the future
    // or before an awareness time entered to the minute).
    QDateTime nowToTheMinute() const;
    QDate today() const;
    QString date(const QDate& d) const;
    QString dateTime(const QDateTime& t) const;
};

} // namespace mamori::ui
