#include "SearchRepository.h"

#include "SqlSupport.h"
#include "Workspace.h"
#include "search/QueryBuilder.h"

#include <algorithm>

namespace guanxi {

namespace {

// How many matches the index is read for, per hit asked: enough that the best ones are among
// them for all but the broadest queries, few enough to stay fast.
constexpr int CandidateFactor = 4;
constexpr int MinCandidates = 100;

}  // namespace

SearchRepository::SearchRepository(Workspace &workspace) : m_workspace(workspace) {}

Result<QList<SearchHit>> SearchRepository::search(const QString &query, int limit)
{
    QList<SearchHit> hits;
    const search::SearchQuery parsed = search::parseSearchQuery(query);
    if (parsed.isEmpty() || limit <= 0)
        return hits;

    const int candidates = std::max(limit * CandidateFactor, MinCandidates);
    // The grouping of SearchInfo, in SQL so that only the page of hits leaves SQLite.
    auto rows = sql::run(m_workspace.database(),
                         QStringLiteral("SELECT c.id, c.name, c.city, c.phone, m.info "
                                        "FROM (SELECT rowid AS seq, guanxi_search_info(customer_search, ?) AS info "
                                        "      FROM customer_search WHERE customer_search MATCH ? LIMIT ?) m "
                                        "JOIN customers c ON c.seq = m.seq WHERE c.deleted = 0 "
                                        "ORDER BY CASE WHEN m.info & %1 THEN 0 WHEN m.info & %2 THEN 1 ELSE 2 END, "
                                        "         CASE WHEN m.info & %1 THEN length(c.name) ELSE 0 END, c.sort_key, c.seq "
                                        "LIMIT ?")
                             .arg(search::SearchInfo::NameStart)
                             .arg(search::SearchInfo::NameHasAllTerms),
                         {search::phraseTerms(parsed), search::matchExpression(parsed), candidates, limit});
    if (!rows)
        return makeError(rows.error().code, tr("Searching for “%1” failed.").arg(query.trimmed()), rows.error().fullText());
    while (rows->next()) {
        SearchHit hit;
        hit.id = rows->value(0).toString();
        hit.name = rows->value(1).toString();
        hit.city = rows->value(2).toString();
        hit.phone = rows->value(3).toString();
        hit.matched = SearchFields::fromInt(rows->value(4).toInt() & search::SearchInfo::ColumnMask);
        hits.append(hit);
    }
    if (rows->lastError().isValid())
        return makeError(ErrorCode::Database, tr("Searching for “%1” failed.").arg(query.trimmed()), rows->lastError().text());
    return hits;
}

}  // namespace guanxi
