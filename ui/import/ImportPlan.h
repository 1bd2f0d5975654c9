#pragma once

#include "exchange/csv/CsvOptions.h"
#include "exchange/import/ColumnMapping.h"
#include "exchange/import/ImportEntity.h"
#include "exchange/import/ImportFileKind.h"
#include "exchange/import/ImportOptions.h"
#include "exchange/import/SourceFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guanxi {

// What the import wizard's pages decided so far, shared by them: the file, what it holds, how
// to read it, which column goes into which field, and what to do with duplicates.
struct ImportPlan {
    QString filePath;
    ImportFileKind kind = ImportFileKind::Csv; // as the preview found it
    ImportEntity entity = ImportEntity::Customers;
    CsvEncoding encoding = CsvEncoding::Auto; // Auto, Utf8, Gb18030 or Utf16, as chosen
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    QStringList header; // the file's first row, read as chosen
    QList<QStringList> samples; // the first rows after it, for examples
    QList<int> fieldOfColumn; // per column of `header`: its field in ImportFields::of(entity), or -1
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool strict = false;

    // A vCard: its records are cards, its columns fixed (no mapping page), its entity contacts.
    bool isVCard() const { return kind == ImportFileKind::VCard; }
    SourceFormat sourceFormat() const;
    // The columns exactly as chosen (by number), nothing guessed: "Do not import" stays so.
    MappingSpec mappingSpec() const;
    // Everything but cancel, progress and where the rejects go. A vCard's columns and customers
    // are set up as guanxi-cli sets them up (VCardRecordSource::importOptions()).
    ImportOptions importOptions(bool dryRun) const;
};

} // namespace guanxi
