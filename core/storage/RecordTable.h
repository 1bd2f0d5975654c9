#pragma once

#include "Result.h"
#include "domain/RecordMeta.h"

#include <QSqlQuery>
#include <QVariantList>

namespace guanxi {

class Workspace;

// What every synced table shares: the bookkeeping columns, tombstones and lookups by id.
// Repositories use it so that stamping and soft deletion are written once.
class RecordTable
{
public:
    RecordTable(Workspace &workspace, QString table) : m_workspace(workspace), m_table(std::move(table)) {}

    // "created_at, updated_at, hlc, origin, deleted", the order bindMeta/readMeta use.
    static QString metaColumns(const QString &alias = {});
    static void bindMeta(QVariantList &bindings, const RecordMeta &meta);
    // Reads id from `idColumn` and the five bookkeeping columns starting at `firstMetaColumn`.
    static RecordMeta readMeta(const QSqlQuery &query, int idColumn, int firstMetaColumn);

    // Soft delete or undelete, stamped like any other write. NotFound when no such row.
    Status setDeleted(const QString &id, bool deleted);
    // The stored bookkeeping of a row, to stamp an update on top of it.
    Result<RecordMeta> meta(const QString &id);
    // INSERT INTO table(columns…, id, meta…) VALUES (…), inside its own write transaction.
    Status insert(const QStringList &columns, QVariantList values, const RecordMeta &meta);
    // UPDATE table SET columns… , meta… WHERE id = meta.id.
    Status update(const QStringList &columns, QVariantList values, const RecordMeta &meta);

    Result<qint64> countLive();

private:
    Workspace &m_workspace;
    QString m_table;
};

}  // namespace guanxi
