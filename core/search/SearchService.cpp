#include "search/SearchService.h"

#include "accounts/ScopeSql.h"

#include "accounts/Session.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "search/SearchText.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace mamori {

namespace {
const QString kEntity = QStringLiteral("search");
}

QList<SearchHit> SearchService::search(const Session& actor, const QString& query, int limit)
{
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::SearchService",
                                                "Type at least one letter, digit, kana or kanji to search for."))
            .withField(QStringLiteral("query"));
    const Session::Scope scope = m_file.readScope(actor, std::nullopt, kEntity);
    QString sql = QStringLiteral("SELECT entity, entity_id, section_id, title FROM search_index WHERE search_index MATCH ?1");
    if (!scope.all)
        sql += QStringLiteral(" AND ") + scopeSql(scope, QStringLiteral("section_id"));
    // Newest first (larger docids are newer rows). FTS4 walks its doclists in docid order, so
    // this needs no sort of the matches, which a common word has by the ten thousand.
    sql += QStringLiteral(" ORDER BY docid DESC LIMIT ?2");
    Transaction tx(m_file.db());
    Statement s = m_file.db().prepare(sql);
    s.bind(1, match).bind(2, qMax(1, limit));
    QList<SearchHit> hits;
    while (s.next())
        hits.append(SearchHit{s.text(0), s.int64(1), s.int64(2), s.text(3)});
    m_file.journal().append(actor, JournalAction::View, kEntity, QString(),
                            QStringLiteral("%1 hits").arg(hits.size()));
    tx.commit();
    return hits;
}

} // namespace mamori
