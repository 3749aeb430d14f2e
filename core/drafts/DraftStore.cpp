#include "drafts/DraftStore.h"

#include "accounts/Session.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "store/Database.h"

namespace mamori {

void DraftStore::save(const Session& actor, const QString& key, const QByteArray& content)
{
    Statement s = m_file.db().prepare(
        "INSERT OR REPLACE INTO drafts(account_id, draft_key, content, saved_at) VALUES(?, ?, ?, ?)");
    s.bind(1, actor.accountId()).bind(2, key).bind(3, content).bind(4, m_file.clock().now().toUTC().toString(Qt::ISODate));
    s.run();
}

std::optional<QByteArray> DraftStore::take(const Session& actor, const QString& key)
{
    std::optional<QByteArray> out;
    {
        Statement s = m_file.db().prepare("SELECT content FROM drafts WHERE account_id = ? AND draft_key = ?");
        s.bind(1, actor.accountId()).bind(2, key);
        if (s.next())
            out = s.blob(0);
    }
    if (out) {
        Statement d = m_file.db().prepare("DELETE FROM drafts WHERE account_id = ? AND draft_key = ?");
        d.bind(1, actor.accountId()).bind(2, key);
        d.run();
    }
    return out;
}

bool DraftStore::has(const Session& actor, const QString& key)
{
    Statement s = m_file.db().prepare("SELECT 1 FROM drafts WHERE account_id = ? AND draft_key = ?");
    s.bind(1, actor.accountId()).bind(2, key);
    return s.next();
}

} // namespace mamori
