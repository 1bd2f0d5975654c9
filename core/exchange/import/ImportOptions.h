#pragma once

#include "ColumnMapping.h"
#include "ImportEntity.h"
#include "storage/BulkWriter.h"

#include <QString>

#include <functional>
#include <optional>

namespace guanxi {

// What to do with a row that duplicates a record (see DuplicateFinder for what "duplicate" means).
enum class DuplicatePolicy {
    Skip,    // keep the existing record as it is (the default)
    Update,  // write the row's non-empty cells over the existing record's fields
    Create,  // create a new record anyway
};

QString duplicatePolicyCode(DuplicatePolicy policy);  // "skip", "update", "create"
std::optional<DuplicatePolicy> duplicatePolicyFromText(QStringView text);

// Where duplicates and customer names are looked up (see DuplicateKeys).
enum class KeyLookup {
    Automatic,  // hash tables when the file is large against the table, the indexes otherwise
    Hashed,     // read every existing key into hash tables first
    Indexed,    // ask the workspace's indexes row by row
};

struct ImportProgress {
    qint64 rows = 0;         // records read after the header
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;  // -1 when unknown
};

struct ImportOptions {
    ImportEntity entity = ImportEntity::Customers;
    MappingSpec mapping;  // what the user said about the columns; the rest is guessed
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool strict = false;  // any rejected row rejects the whole file: nothing is written
    bool dryRun = false;  // do everything, report, then roll back
    // Contacts only: a customer the row names that does not exist is created (a company, with the
    // row's customer-city/-region/-address), and a row naming no customer gets one of kind
    // person named after the contact. For vCard imports (VCardRecordSource::importOptions).
    bool createMissingCustomers = false;
    QString fileName;     // shown in the list of imports
    // Where to write the rejected rows (their fields as read plus a reason column, UTF-8 with a
    // byte order mark so that Excel opens it); empty: nowhere. Written only when there are rejects.
    QString rejectsPath;
    // Save the mapping used as a preset with this name (with the import; not on a dry run).
    QString saveMappingAs;
    // How many rejects and duplicate pairs the report lists (all are counted).
    int maxListed = 10000;
    KeyLookup keyLookup = KeyLookup::Automatic;

    BulkCancel *cancel = nullptr;  // request() from any thread: the import stops and rolls back
    std::function<void(const ImportProgress &)> progress;  // every 1,000 rows and at the end
    BulkWriter::StageCallback stage;                       // the phases of the final commit
};

}  // namespace guanxi
