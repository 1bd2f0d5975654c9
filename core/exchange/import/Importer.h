#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"
#include "RecordSource.h"
#include "Result.h"

#include <QCoreApplication>

namespace guanxi {

class Workspace;

// The import pipeline: map → validate → de-duplicate → commit, all in one transaction.
//
//   auto source = openImportFile(path, format);
//   ImportOptions options;  options.entity = ImportEntity::Customers;  options.fileName = name;
//   Result<ImportReport> report = Importer::run(workspace, **source, options);
//
// The first record that is not blank is the header; ColumnMapping maps its columns to fields
// (options.mapping first, guesses for the rest). Each further record is one row: a row with another number of
// fields than the header, or whose values fail the domain's validation, is rejected with its
// line and a translated reason; the others are created, updated or skipped as
// options.onDuplicate says. Everything is written in one write transaction (BulkWriter) together
// with the batch record (ImportBatchRepository), so killing the process at any moment leaves the
// workspace with the whole import or none of it; undo goes through ImportBatchRepository::undo.
//
// Memory stays bounded: records are read one at a time, existing keys are kept as 32-bit hashes
// (KeyTable), and the report lists at most options.maxListed rejects and duplicates.
//
// Fails (writing nothing) when the file cannot be read to its end, has no rows of data below its
// header, no column fits a required field, the database refuses, or options.cancel was requested. A --strict import with rejected
// rows, and a dry run, return a report with committed == false.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    static Result<ImportReport> run(Workspace &workspace, RecordSource &source, const ImportOptions &options);
};

}  // namespace guanxi
