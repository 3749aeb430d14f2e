#include "demo/DemoCase.h"

#include "demo/DemoCustody.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "demo/DemoDisposals.h"
#include "demo/DemoIncidents.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

namespace mamori {

DemoCase::Info DemoCase::create(const QString& dir, const Clock* clock)
{
    CaseFile::CreateOptions o;
    o.dir = dir;
    o.adminLogin = QStringLiteral("admin");
    o.adminName = QStringLiteral("佐藤 健一");
    o.preset = QStringLiteral("shiraoka");
    o.organisationName = QStringLiteral("白岡市（デモ）");
    o.clock = clock;
    o.kdf = Argon2Kdf::cheapForTests();
    const SecureBytes pw = SecureBytes::fromString(password());
    CaseFile::Created created = CaseFile::create(o, pw);
    CaseFile& cf = *created.file;
    const Session& admin = cf.session();

    struct SectionRow { const char* code; const char* name; };
    const SectionRow sections[] = {
        {"0101", "総務課"}, {"0102", "人事課"}, {"0201", "市民課"}, {"0202", "税務課"},
        {"0301", "福祉課"}, {"0302", "子育て支援課"}, {"0303", "健康増進課"}, {"0401", "情報政策課"},
    };
    QMap<QString, qint64> ids;
    {
        Transaction tx(cf.db());
        for (const SectionRow& s : sections)
            ids.insert(QString::fromUtf8(s.name), cf.sections().add(admin, QString::fromUtf8(s.code), QString::fromUtf8(s.name)).id);
        tx.commit();
    }

    struct AccountRow { const char* login; const char* name; const char* section; Role role; };
    const AccountRow rows[] = {
        {"fukushicho", "高橋 正彦", nullptr, Role::ExecutiveOwner},
        {"somubucho", "渡辺 美智子", nullptr, Role::Auditor},
        {"shimin.kacho", "伊藤 浩", "市民課", Role::UnitManager},
        {"shimin.tanto", "山本 さくら", "市民課", Role::UnitAssistant},
        {"shimin.staff", "吉田 愛", "市民課", Role::Staff},
        {"zeimu.kacho", "中村 誠", "税務課", Role::UnitManager},
        {"zeimu.handler", "松本 拓也", "税務課", Role::Handler},
        {"fukushi.kacho", "小林 由美子", "福祉課", Role::UnitManager},
        {"fukushi.handler", "加藤 大輔", "福祉課", Role::Handler},
        {"kosodate.kacho", "井上 恵", "子育て支援課", Role::UnitManager},
    };
    QMap<QString, qint64> accountIds;
    Info info;
    info.dir = cf.dir();
    info.password = password();
    const QMap<Role, QString> titles = RoleTitles::preset(o.preset);
    info.logins.append({o.adminLogin, o.adminName, titles.value(Role::SystemAdmin)});
    // Admin's own section.
    {
        Statement up = cf.db().prepare("UPDATE accounts SET section_id = ? WHERE id = ?");
        up.bind(1, ids.value(QStringLiteral("情報政策課"))).bind(2, admin.accountId());
        up.run();
    }
    for (const AccountRow& r : rows) {
        NewAccount a;
        a.login = QString::fromUtf8(r.login);
        a.displayName = QString::fromUtf8(r.name);
        if (r.section)
            a.sectionId = ids.value(QString::fromUtf8(r.section));
        a.roles = {{r.role, isSectionScoped(r.role) ? a.sectionId : std::nullopt}};
        accountIds.insert(a.login, cf.accounts().add(admin, a, pw).id);
        info.logins.append({a.login, a.displayName, titles.value(r.role)});
    }
    cf.settings().set(admin, CaseSetting::ExportWarningThreshold, 100);
    DemoCustody::fill(cf, ids, accountIds);
    DemoDisposals::add(cf);
    DemoIncidents::add(cf);
    return info;
}

} // namespace mamori
