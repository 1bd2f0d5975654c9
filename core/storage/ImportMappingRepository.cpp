#include "ImportMappingRepository.h"

#include "SqlSupport.h"
#include "Workspace.h"

namespace guanxi {

namespace {

ImportMappingPreset readPreset(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8(), sql::utcFromText(q.value(3).toString())};
}

}  // namespace

ImportMappingRepository::ImportMappingRepository(Workspace &workspace) : m_workspace(workspace) {}

Status ImportMappingRepository::save(const ImportMappingPreset &preset)
{
    const QString name = preset.name.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A saved column mapping needs a name."));
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("INSERT INTO import_mappings(name, entity, mapping, updated_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT(name) DO UPDATE SET name = excluded.name, entity = excluded.entity, "
                                     "mapping = excluded.mapping, updated_at = excluded.updated_at"),
                      {name, preset.entity, QString::fromUtf8(preset.mapping), sql::utcText(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return (*transaction)->commit();
}

Result<ImportMappingPreset> ImportMappingRepository::find(const QString &name)
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT name, entity, mapping, updated_at FROM import_mappings WHERE name = ?"),
                          {name.simplified()});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no saved column mapping called “%1”.").arg(name.simplified()));
    return readPreset(*query);
}

Result<QList<ImportMappingPreset>> ImportMappingRepository::list()
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT name, entity, mapping, updated_at FROM import_mappings ORDER BY name"));
    if (!query)
        return query.error();
    QList<ImportMappingPreset> presets;
    while (query->next())
        presets.append(readPreset(*query));
    return presets;
}

Status ImportMappingRepository::remove(const QString &name)
{
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    auto r = sql::run(m_workspace.database(), QStringLiteral("DELETE FROM import_mappings WHERE name = ?"), {name.simplified()});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no saved column mapping called “%1”.").arg(name.simplified()));
    return (*transaction)->commit();
}

}  // namespace guanxi
