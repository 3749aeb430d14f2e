#include "incidents/IncidentContext.h"

#include "accounts/AccountService.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "dates/JapaneseDate.h"

#include <QCoreApplication>

namespace mamori::ui {

IncidentNames IncidentNames::load(CaseFile& file) {
    IncidentNames n;
    const Session& s = file.session();
    n.sections = file.sections().list();
    n.accountNames.insert(s.accountId(), s.displayName());
    try {
        if (s.can(Permission::ViewAccounts))
            for (const Account& a : file.accounts().list(s))
                n.accountNames.insert(a.id, a.displayName);
        if (!s.scope(Permission::ReadPersonalData).isEmpty())
            for (const Person& p : file.people().list(s)) {
                n.personNames.insert(p.id, QStringLiteral("%1 %2").arg(p.staffNo, p.name));
                if (p.active)
                    n.people << p;
                if (p.accountId && !n.accountNames.contains(*p.accountId))
                    n.accountNames.insert(*p.accountId, p.name);
            }
    } catch (const Error&) {
        // Names the session may not read are shown by id; core refuses the rest anyway.
    }
    return n;
}

QString IncidentNames::section(qint64 id) const {
    for (const Section& s : sections)
        if (s.id == id)
            return s.name;
    return QStringLiteral("#%1").arg(id);
}

QString IncidentNames::person(std::optional<qint64> id) const {
    if (!id)
        return {};
    return personNames.value(*id, QStringLiteral("#%1").arg(*id));
}

QString IncidentNames::account(qint64 id) const {
    return accountNames.value(id, QStringLiteral("#%1").arg(id));
}

IncidentContext::IncidentContext(CaseFile& f)
    : file(f), service(f), names(IncidentNames::load(f)), dateStyle(f.settings().dateStyle()),
      chain(service.escalationChain()) {
    unitManagerTitle = f.accounts().titles().value(Role::UnitManager);
    if (unitManagerTitle.isEmpty())
        unitManagerTitle = QCoreApplication::translate("mamori::ui::IncidentContext", "the section's protection manager");
}

const Session& IncidentContext::session() const {
    return file.session();
}

QDateTime IncidentContext::nowToTheMinute() const {
    const QDateTime now = file.clock().now().toLocalTime();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}

QDate IncidentContext::today() const {
    return file.clock().now().toLocalTime().date();
}

QString IncidentContext::date(const QDate& d) const {
    return d.isValid() ? JapaneseDate::format(d, dateStyle) : QString();
}

QString IncidentContext::dateTime(const QDateTime& t) const {
    return t.isValid() ? JapaneseDate::formatDateTime(t, dateStyle) : QString();
}

} // namespace mamori::ui
