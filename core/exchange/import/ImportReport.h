#pragma once

#include "ColumnMapping.h"
#include "ImportEntity.h"

#include <QList>
#include <QString>

namespace guanxi {

struct RejectedRow {
    qint64 line = 0;  // where the record starts in the file
    QString reason;   // translated sentences, one per problem
};

// A row of the file and the record it duplicates, for the wizard's "before you import" page and
// guanxi-cli's dry run.
struct DuplicateMatch {
    enum class Action { Skipped, Updated, Unchanged, Created };

    qint64 line = 0;
    QString matchedBy;       // "id", "credit-code", "phone", "email", "name", "order-number", "details"
    QString existingId;
    QString existingName;    // what names the record: its name, order number or summary
    qint64 existingLine = 0; // > 0: the record was created from that earlier line of the same file
    Action action = Action::Skipped;
};

QString duplicateActionCode(DuplicateMatch::Action action);  // "skipped", "updated", "unchanged", "created"
// What a row and a record of `entity` have in common, for people: "phone number", "order
// number", "date, amount and product" … translated. Reports and JSON keep the code (matchedBy).
QString duplicateKeyLabel(ImportEntity entity, const QString &matchedBy);

struct ImportReport {
    ImportEntity entity = ImportEntity::Customers;
    QString batchId;          // the batch to undo; empty when nothing was committed
    bool dryRun = false;
    bool committed = false;   // false after a dry run and when --strict refused the file
    bool refusedAsStrict = false;
    qint64 read = 0;          // records after the header (blank lines are not records)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;       // duplicates left alone, including those an update would not change
    qint64 rejected = 0;
    QList<RejectedRow> rejects;         // the first ImportOptions::maxListed
    QList<DuplicateMatch> duplicates;   // the first ImportOptions::maxListed
    bool listsTruncated = false;
    QString rejectsFile;      // the rejects CSV written, or empty
    QString rejectsProblem;   // why the rejects could not be written after a committed import
    ColumnMapping mapping;    // how the columns were read
};

}  // namespace guanxi
