#include "incidents/EscalationChain.h"

#include "accounts/RoleTitles.h"

namespace mamori {

QList<EscalationTarget> EscalationChain::forPreset(const QString& preset, const QMap<Role, QString>& titles)
{
    const bool muko = preset == QLatin1String("muko");
    // The city's own titles when it has set them, else the preset's.
    const QMap<Role, QString> presetTitles = RoleTitles::preset(muko ? QStringLiteral("muko") : QStringLiteral("shiraoka"));
    auto target = [&](Role r) {
        const QString title = titles.value(r, presetTitles.value(r, roleKey(r)));
        return EscalationTarget{roleKey(r), r, title};
    };
    QList<EscalationTarget> chain;
    if (muko)
        chain << target(Role::ProgramCoordinator);
    chain << target(Role::ExecutiveOwner);
    chain << EscalationTarget{orgHeadKey(), std::nullopt, QStringLiteral("市長")};
    return chain;
}

Role EscalationChain::senderOf(const QList<EscalationTarget>& chain, int step)
{
    if (step <= 1 || step > chain.size())
        return Role::UnitManager;
    return chain.at(step - 2).role.value_or(Role::ExecutiveOwner);
}

QList<ContactMethod> allContactMethods()
{
    return {ContactMethod::InPerson, ContactMethod::Phone, ContactMethod::Email, ContactMethod::Document,
            ContactMethod::Post, ContactMethod::Other};
}

QString contactMethodKey(ContactMethod m)
{
    switch (m) {
    case ContactMethod::InPerson: return QStringLiteral("IN_PERSON");
    case ContactMethod::Phone: return QStringLiteral("PHONE");
    case ContactMethod::Email: return QStringLiteral("EMAIL");
    case ContactMethod::Document: return QStringLiteral("DOCUMENT");
    case ContactMethod::Post: return QStringLiteral("POST");
    case ContactMethod::Other: break;
    }
    return QStringLiteral("OTHER");
}

std::optional<ContactMethod> contactMethodFromKey(const QString& key)
{
    for (ContactMethod m : allContactMethods())
        if (contactMethodKey(m) == key)
            return m;
    return std::nullopt;
}

} // namespace mamori
