#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guanxi {

class Workspace;

// One committed import (migration 0002): what it read and wrote, so that it can be listed and
// undone as a whole.
struct ImportBatch {
    QString id;               // UUID v7
    QString entity;           // "customers", "contacts", "orders", "interactions"
    QString fileName;
    QString duplicatePolicy;  // "skip", "update", "create"
    QDateTime startedAt;      // UTC
    QDateTime finishedAt;     // UTC
    qint64 read = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    quint64 hlcEnd = 0;  // the clock when the import finished; later stamps are later changes
    QString origin;      // the replica that imported
    QDateTime undoneAt;  // invalid while the import is in effect

    bool isUndone() const { return undoneAt.isValid(); }
};

// Consecutive seq values of rows one import inserted into one table.
struct SeqRange {
    qint64 first = 0;
    qint64 last = 0;

    qint64 size() const { return last - first + 1; }
    bool operator==(const SeqRange &) const = default;
};

struct ImportUndoResult {
    qint64 removed = 0;   // created records now tombstoned
    qint64 restored = 0;  // updated records given their previous values back
    qint64 keptStaff = 0; // team members the import created that other records now refer to
};

// The import batches of a workspace: recorded inside the import's own transaction, listed, and
// undone. Undo is one transaction too. Its policy: it refuses, changing nothing, when a record of
// the batch was changed after the import (a later stamp or another device's write) or when a
// record outside the batch now refers to one the batch created (a contact added to an imported
// customer, say); the message says which. Team members the import created for owner names stay
// when other records refer to them. Records of the batch deleted since stay deleted.
class ImportBatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    explicit ImportBatchRepository(Workspace &workspace);

    // The tables an import writes and undo knows how to restore.
    static bool isImportTable(const QString &table);

    // --- while the import's write transaction is open

    Status recordCreated(const QString &batchId, const QString &table, const SeqRange &range);
    // `previous`: the changed columns with the values they had before (columnValues before the
    // update, less what did not change). A record updated twice by one batch keeps the values it
    // had before the first update.
    Status recordUpdated(const QString &batchId, const QString &table, const QString &recordId,
                         const QJsonObject &previous, quint64 hlc);
    Status save(const ImportBatch &batch);
    // Every column of the row except seq, id and the bookkeeping, as JSON values (text, numbers,
    // null): what recordUpdated needs before and after an update.
    Result<QJsonObject> columnValues(const QString &table, const QString &recordId);

    // --- afterwards

    // Newest first.
    Result<QList<ImportBatch>> list();
    // By id, or by a prefix of the id that only one batch has (at least 8 characters).
    Result<ImportBatch> get(const QString &idOrPrefix);
    Result<QList<SeqRange>> createdRanges(const QString &batchId, const QString &table);
    Result<ImportUndoResult> undo(const QString &idOrPrefix);

private:
    Workspace &m_workspace;
};

}  // namespace guanxi
