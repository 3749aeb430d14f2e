#include "demo/DemoSessions.h"

#include "casefile/CaseFile.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

namespace mamori {

Session DemoSessions::as(CaseFile& cf, const char* login)
{
    Statement s = cf.db().prepare(
        "SELECT a.id, a.display_name, r.role, r.section_id FROM accounts a JOIN account_roles r ON r.account_id = a.id "
        "WHERE a.login = ?");
    s.bind(1, login);
    s.next();
    const qint64 id = s.int64(0);
    const QString name = s.text(1);
    const Role role = roleFromKey(s.text(2)).value_or(Role::Staff);
    const std::optional<qint64> section = s.isNull(3) ? std::nullopt : std::optional<qint64>(s.int64(3));
    return Session(id, QString::fromUtf8(login), name, {{role, section}}, false);
}

qint64 DemoSessions::sectionId(CaseFile& cf, const char* code)
{
    return cf.sections().byCode(QString::fromLatin1(code))->id;
}

qint64 DemoSessions::person(CaseFile& cf, const char* staffNo, const char* name, const char* kana, qint64 section,
                            std::optional<qint64> account)
{
    Statement existing = cf.db().prepare("SELECT id FROM people WHERE name = ? AND section_id = ?");
    existing.bind(1, QString::fromUtf8(name)).bind(2, section);
    if (existing.next())
        return existing.int64(0);
    Person p;
    p.staffNo = QString::fromUtf8(staffNo);
    p.name = QString::fromUtf8(name);
    p.kana = QString::fromUtf8(kana);
    p.sectionId = section;
    const qint64 id = cf.people().add(cf.session(), p).id;
    if (account)
        cf.people().linkAccount(cf.session(), id, account);
    return id;
}

} // namespace mamori
