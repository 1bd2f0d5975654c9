#pragma once

#include "RecordStore.h"
#include "SqlSupport.h"
#include "TablePage.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace guanxi::detail {

// Reads one page of a whole-table read (see TablePage) for the repositories of tables that belong
// to customers: "SELECT <record columns>, <alias>.seq, <extraColumns> FROM <from> WHERE <where>
// AND <alias>.seq > after ORDER BY <alias>.seq". `readExtras(record, query, column)` fills the
// joined names from `column` on.
template<typename Record, typename ReadExtras>
Result<TablePage<Record>> readTablePage(Workspace &workspace, const RecordStore<Record> &store, const QString &alias,
                                        const QString &extraColumns, const QString &from, TablePageQuery where,
                                        qint64 after, int limit, ReadExtras readExtras)
{
    where.conditions << alias + QStringLiteral(".seq > ?");
    where.bindings << after;
    auto query = sql::run(
        workspace.database(),
        QStringLiteral("SELECT %1, %2.seq, %3 FROM %4 WHERE %5 ORDER BY %2.seq LIMIT %6")
            .arg(store.selectColumns(alias), alias, extraColumns, from, where.conditions.join(QStringLiteral(" AND ")))
            .arg(limit + 1),
        where.bindings);
    if (!query)
        return query.error();
    TablePage<Record> page;
    const int seqColumn = store.firstExtraColumn();
    qint64 lastSeq = after;
    while (query->next()) {
        if (page.records.size() == limit) {
            page.next = lastSeq;
            break;
        }
        Record record = store.read(*query);
        readExtras(record, *query, seqColumn + 1);
        lastSeq = query->value(seqColumn).toLongLong();
        page.records.append(std::move(record));
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError());
    return page;
}

} // namespace guanxi::detail
