#include "Importer.h"

#include "EntityImport.h"
#include "ImportSession.h"
#include "RejectsWriter.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportLookup.h"
#include "storage/ImportMappingRepository.h"
#include "storage/Workspace.h"

namespace guanxi {

namespace {

// The page cache of an import's transaction. BulkWriter's default (512 MiB) is for the demo
// generator; an import keeps its memory bounded, and the pages it dirties spill to the log.
// Importing a million customers took the same time with 16, 32 and 64 MiB, and peaked at 119,
// 165 and 261 MB.
constexpr qint64 ImportCacheKiB = 32 * 1024;
// About how many bytes a row of a typical customer file takes, to guess the row count from the
// file size (BulkWriter defers the indexes for large imports into small workspaces).
constexpr qint64 BytesPerRowEstimate = 100;
constexpr qint64 ProgressEveryRows = 1000;

bool isBlank(const SourceRecord &record)
{
    for (const QString &field : record.fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

QStringList rejectsHeader(const ColumnMapping &mapping)
{
    if (mapping.hasHeader())
        return mapping.headerCells();
    QStringList names;
    for (int i = 0; i < mapping.columnCount(); ++i)
        names.append(Importer::tr("Column %1").arg(i + 1));
    return names;
}

}  // namespace

Result<ImportReport> Importer::run(Workspace &workspace, RecordSource &source, const ImportOptions &options)
{
    ImportReport report;
    report.entity = options.entity;
    report.dryRun = options.dryRun;
    const Error cancelledError = makeError(ErrorCode::Cancelled, tr("Cancelled: nothing was imported."));
    const auto cancelled = [&] { return options.cancel && options.cancel->isRequested(); };

    // The first row that is not blank is the header: spreadsheets are often saved with empty rows above the table.
    SourceRecord first;
    for (;;) {
        auto more = source.next(first);
        if (!more)
            return more.error();
        if (!*more)
            return makeError(ErrorCode::Validation, tr("The file is empty: it has no header row and no data."));
        if (!isBlank(first))
            break;
    }
    auto mapping = ColumnMapping::resolve(options.entity, first.fields, options.mapping);
    if (!mapping)
        return mapping.error();
    report.mapping = *mapping;
    const qsizetype width = first.fields.size();

    RejectsWriter rejects;
    if (!options.rejectsPath.isEmpty())
        if (Status opened = rejects.open(options.rejectsPath, rejectsHeader(*mapping)); !opened)
            return opened.error();

    const qint64 expectedRows = source.totalBytes() > 0 ? source.totalBytes() / BytesPerRowEstimate : 0;
    BulkWriter::Options writerOptions;
    writerOptions.cancel = options.cancel;
    writerOptions.cacheKiB = ImportCacheKiB;
    writerOptions.search = BulkWriter::SearchIndexing::Deferred;
    // A contacts import keeps the contacts' indexes: the search entries of the customers whose
    // contacts change are read through them (BulkWriter::searchEntryChanging).
    if (options.entity != ImportEntity::Contacts) {
        // Dropping the indexes and building them again at the end pays when the file brings many
        // more rows than the table has; for a file about the size of the table (a re-import that
        // mostly finds duplicates) it would rebuild every index for nothing.
        const QString table = ImportEntities::table(options.entity);
        auto existing = ImportLookup(workspace).liveCount(table);
        if (!existing)
            return existing.error();
        writerOptions.expectedRows = expectedRows >= 2 * *existing ? expectedRows : 0;
        writerOptions.deferIndexesOf = {table};
    }
    auto writer = BulkWriter::begin(workspace, writerOptions);
    if (!writer)
        return writer.error().code == ErrorCode::Cancelled ? cancelledError : writer.error();

    // The batch row first: what the import records as it goes refers to it. It is completed at
    // the end, and rolled back with everything else when the import does not commit.
    ImportBatch batch;
    batch.id = BulkWriter::newId();
    batch.entity = ImportEntities::code(options.entity);
    batch.fileName = options.fileName;
    batch.duplicatePolicy = duplicatePolicyCode(options.onDuplicate);
    batch.startedAt = QDateTime::currentDateTimeUtc();
    batch.finishedAt = batch.startedAt;
    batch.hlcEnd = workspace.clock().last();
    batch.origin = workspace.replicaId();
    if (Status saved = ImportBatchRepository(workspace).save(batch); !saved)
        return saved.error();
    const QString batchId = batch.id;
    ImportSession session(workspace, **writer, *mapping, options, batchId);
    if (options.entity != ImportEntity::Customers) {
        auto customers = session.lookup().liveCount(QStringLiteral("customers"));
        if (!customers)
            return customers.error();
        session.setCustomerNamesIndexed(!EntityImport::hashesKeys(options.keyLookup, expectedRows, *customers));
    }
    const std::unique_ptr<EntityImport> entity = EntityImport::create(options.entity, session);
    if (Status prepared = entity->prepare(expectedRows); !prepared)
        return prepared.error();

    const auto list = [&](auto &items, auto item) {
        if (items.size() < options.maxListed)
            items.append(std::move(item));
        else
            report.listsTruncated = true;
    };
    const auto reject = [&](const SourceRecord &record, const QString &reason) {
        ++report.rejected;
        list(report.rejects, RejectedRow{record.line, reason});
        rejects.write(record.fields, reason);
    };
    const auto progress = [&] {
        if (options.progress)
            options.progress({report.read, source.bytesRead(), source.totalBytes()});
    };

    SourceRecord record;
    bool firstIsData = !mapping->hasHeader();
    for (;;) {
        if (cancelled())
            return cancelledError;
        if (firstIsData) {
            record = first;
            firstIsData = false;
        } else {
            auto next = source.next(record);
            if (!next)
                return next.error();
            if (!*next)
                break;
        }
        if (record.problem.isEmpty() && isBlank(record))
            continue;
        ++report.read;
        if (!record.problem.isEmpty()) {
            reject(record, record.problem);
        } else if (record.fields.size() != width) {
            reject(record, tr("The row has %n field(s) where the header has %1 (a missing or extra delimiter or quote?).", nullptr,
                              int(record.fields.size()))
                               .arg(width));
        } else {
            auto result = entity->importRow(record);
            if (!result)
                return result.error().code == ErrorCode::Cancelled ? cancelledError : result.error();
            switch (result->kind) {
            case RowResult::Kind::Created: ++report.created; break;
            case RowResult::Kind::Updated: ++report.updated; break;
            case RowResult::Kind::Skipped: ++report.skipped; break;
            case RowResult::Kind::Rejected: reject(record, result->reason); break;
            }
            if (result->duplicate)
                list(report.duplicates, *result->duplicate);
        }
        if (report.read % ProgressEveryRows == 0)
            progress();
    }
    progress();
    if (report.read == 0)
        return makeError(ErrorCode::Validation, tr("The file has a header row but no rows of data below it: there is nothing to import."));

    report.refusedAsStrict = options.strict && report.rejected > 0;
    if (!report.refusedAsStrict && !options.dryRun) {
        if (Status recorded = session.recordCreatedRanges(); !recorded)
            return recorded.error();
        batch.finishedAt = QDateTime::currentDateTimeUtc();
        batch.read = report.read;
        batch.created = report.created;
        batch.updated = report.updated;
        batch.skipped = report.skipped;
        batch.rejected = report.rejected;
        batch.hlcEnd = workspace.clock().last();
        if (Status saved = ImportBatchRepository(workspace).save(batch); !saved)
            return saved.error();
        if (!options.saveMappingAs.trimmed().isEmpty()) {
            const ImportMappingPreset preset{options.saveMappingAs.trimmed(), ImportEntities::code(options.entity), mapping->toJson(), {}};
            if (Status saved = ImportMappingRepository(workspace).save(preset); !saved)
                return saved.error();
        }
        if (Status committed = (*writer)->commit(options.stage); !committed)
            return committed.error().code == ErrorCode::Cancelled ? cancelledError : committed.error();
        report.batchId = batchId;
        report.committed = true;
    }
    writer->reset();  // a dry run or a refused strict import rolls back here

    if (Status written = rejects.commit(); !written) {
        if (!report.committed)
            return written.error();
        report.rejectsProblem = written.error().message;  // the import itself is saved
    }
    if (rejects.rows() > 0)
        report.rejectsFile = options.rejectsPath;
    return report;
}

}  // namespace guanxi
