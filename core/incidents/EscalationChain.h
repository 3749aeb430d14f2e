#pragma once

#include "accounts/Role.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace mamori {

// One recipient of the escalation chain.
struct EscalationTarget {
    QString recipient;       // a role key ("EXECUTIVE_OWNER", ...) or "ORG_HEAD" (市長)
    std::optional<Role> role; // nullopt for the head of the body, who holds no account
    QString title;           // the city's title, e.g. 総括保護管理者, 市長
    bool operator==(const EscalationTarget&) const = default;
};

// Who is told, in which order, after the section's unit manager (BRIEF §4, §5.1):
//   shiraoka (seed 000 Art. 37(3),(4)): 保護管理者 → 総括保護管理者 → 市長
//   muko (seed 002 Art. 13(2),(4),(5)): 保護責任者 → 総括責任者 → 最高総括責任者 → 市長
// Step n is recorded by its sender: the section's UNIT_MANAGER for step 1, the recipient of
// step n-1 after that. The last step informs the head of the body (ORG_HEAD_INFORMED).
class EscalationChain {
public:
    static QString orgHeadKey() { return QStringLiteral("ORG_HEAD"); }
    static QList<EscalationTarget> forPreset(const QString& preset, const QMap<Role, QString>& titles = {});
    // The role that records step `step` (1-based) of `chain`.
    static Role senderOf(const QList<EscalationTarget>& chain, int step);
};

// How someone was told (the "how" of each step and of each notice, seed 000 Art. 37; Q3-4-1
// asks for the date and time of a phone call to be recorded).
enum class ContactMethod { InPerson, Phone, Email, Document, Post, Other };
QList<ContactMethod> allContactMethods();
// "IN_PERSON", "PHONE", "EMAIL", "DOCUMENT", "POST", "OTHER"
QString contactMethodKey(ContactMethod m);
std::optional<ContactMethod> contactMethodFromKey(const QString& key);

} // namespace mamori
