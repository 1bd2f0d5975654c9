#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guanxi {

class Workspace;

// A named column mapping saved in the workspace, so that the same spreadsheet layout imports
// the same way next month. `mapping` is the JSON of a mapping file (exchange/import/ColumnMapping.h).
struct ImportMappingPreset {
    QString name;
    QString entity;  // "customers", …
    QByteArray mapping;
    QDateTime updatedAt;  // UTC
};

class ImportMappingRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappingRepository)

public:
    explicit ImportMappingRepository(Workspace &workspace);

    // Creates or replaces the preset of that name (names ignore case).
    Status save(const ImportMappingPreset &preset);
    // NotFound when there is none.
    Result<ImportMappingPreset> find(const QString &name);
    Result<QList<ImportMappingPreset>> list();
    Status remove(const QString &name);

private:
    Workspace &m_workspace;
};

}  // namespace guanxi
