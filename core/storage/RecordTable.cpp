#include "RecordTable.h"

#include "SqlSupport.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace guanxi {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
}  // namespace

QString RecordTable::metaColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1created_at, %1updated_at, %1hlc, %1origin, %1deleted").arg(p);
}

void RecordTable::bindMeta(QVariantList &bindings, const RecordMeta &meta)
{
    bindings << sql::utcText(meta.createdAt) << sql::utcText(meta.updatedAt) << qint64(meta.hlc) << meta.origin
             << (meta.deleted ? 1 : 0);
}

RecordMeta RecordTable::readMeta(const QSqlQuery &query, int idColumn, int first)
{
    RecordMeta meta;
    meta.id = query.value(idColumn).toString();
    meta.createdAt = sql::utcFromText(query.value(first).toString());
    meta.updatedAt = sql::utcFromText(query.value(first + 1).toString());
    meta.hlc = quint64(query.value(first + 2).toLongLong());
    meta.origin = query.value(first + 3).toString();
    meta.deleted = query.value(first + 4).toInt() != 0;
    return meta;
}

Result<RecordMeta> RecordTable::meta(const QString &id)
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT id, %1 FROM %2 WHERE id = ?").arg(metaColumns(), m_table), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No record with id %1.").arg(id));
    return readMeta(*query, 0, 1);
}

Status RecordTable::setDeleted(const QString &id, bool deleted)
{
    auto existing = meta(id);
    if (!existing)
        return existing.error();
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    RecordMeta stamped = *existing;
    m_workspace.stampUpdate(stamped);
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("UPDATE %1 SET deleted = ?, updated_at = ?, hlc = ?, origin = ? WHERE id = ?").arg(m_table),
                      {deleted ? 1 : 0, sql::utcText(stamped.updatedAt), qint64(stamped.hlc), stamped.origin, id});
    if (!r)
        return r.error();
    return (*transaction)->commit();
}

Status RecordTable::insert(const QStringList &columns, QVariantList values, const RecordMeta &meta)
{
    values = sql::withEmptyStrings(std::move(values));
    values.append(meta.id);
    bindMeta(values, meta);
    const QString placeholders = QStringLiteral("?, ").repeated(values.size() - 1) + QStringLiteral("?");
    const QString statement = QStringLiteral("INSERT INTO %1 (%2, id, %3) VALUES (%4)")
                                  .arg(m_table, columns.join(QStringLiteral(", ")), metaColumns(), placeholders);
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    if (auto r = sql::run(m_workspace.database(), statement, values); !r)
        return r.error();
    return (*transaction)->commit();
}

Status RecordTable::update(const QStringList &columns, QVariantList values, const RecordMeta &meta)
{
    values = sql::withEmptyStrings(std::move(values));
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("hlc = ?") << QStringLiteral("origin = ?")
                << QStringLiteral("deleted = ?");
    values << sql::utcText(meta.updatedAt) << qint64(meta.hlc) << meta.origin << (meta.deleted ? 1 : 0) << meta.id;
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, assignments.join(QStringLiteral(", "))),
                      values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("No record with id %1.").arg(meta.id));
    return (*transaction)->commit();
}

Result<qint64> RecordTable::countLive()
{
    auto n = sql::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(m_table));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status requireLiveRow(Workspace &workspace, const QString &table, const QString &id, const QString &notFoundMessage)
{
    auto n = sql::scalar(workspace.database(), QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted = 0").arg(table),
                         {id});
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return makeError(ErrorCode::NotFound, notFoundMessage);
    return {};
}

}  // namespace guanxi
