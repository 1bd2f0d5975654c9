#include "ImportBatchRepository.h"

#include "SqlSupport.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace guanxi {

namespace {

const QStringList &importTables()
{
    static const QStringList tables{QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("orders"),
                                    QStringLiteral("interactions"), QStringLiteral("staff"), QStringLiteral("follow_ups")};
    return tables;
}

// The order undo works in: records that refer to others first, team members last.
const QStringList &undoOrder()
{
    static const QStringList tables{QStringLiteral("follow_ups"), QStringLiteral("interactions"), QStringLiteral("orders"),
                                    QStringLiteral("contacts"), QStringLiteral("customers"), QStringLiteral("staff")};
    return tables;
}

const QStringList &bookkeepingColumns()
{
    static const QStringList columns{QStringLiteral("seq"),        QStringLiteral("id"),  QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"), QStringLiteral("hlc"), QStringLiteral("origin"),
                                     QStringLiteral("deleted")};
    return columns;
}

struct Reference {
    QString table;
    QString column;
};

// Which columns of which tables refer to rows of `table` (the REFERENCES of 0001_initial.sql).
QList<Reference> referencesTo(const QString &table)
{
    if (table == QLatin1String("customers"))
        return {{QStringLiteral("contacts"), QStringLiteral("customer_id")},
                {QStringLiteral("interactions"), QStringLiteral("customer_id")},
                {QStringLiteral("orders"), QStringLiteral("customer_id")},
                {QStringLiteral("follow_ups"), QStringLiteral("customer_id")}};
    if (table == QLatin1String("contacts"))
        return {{QStringLiteral("interactions"), QStringLiteral("contact_id")}};
    if (table == QLatin1String("interactions"))
        return {{QStringLiteral("follow_ups"), QStringLiteral("interaction_id")}};
    if (table == QLatin1String("staff"))
        return {{QStringLiteral("customers"), QStringLiteral("owner_id")},
                {QStringLiteral("interactions"), QStringLiteral("staff_id")},
                {QStringLiteral("follow_ups"), QStringLiteral("owner_id")}};
    return {};
}

// What names a record of the table for people, in messages.
QString describingColumn(const QString &table)
{
    if (table == QLatin1String("orders"))
        return QStringLiteral("CASE WHEN order_number <> '' THEN order_number ELSE id END");
    if (table == QLatin1String("interactions"))
        return QStringLiteral("substr(summary, 1, 40)");
    if (table == QLatin1String("follow_ups"))
        return QStringLiteral("title");
    return QStringLiteral("name");
}

// Why an undo is refused: `count` rows of `table` written after the import point to records it
// created. One sentence per table, so that each takes its plural form.
QString addedSinceImport(const QString &table, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (table == QLatin1String("customers"))
        return ImportBatchRepository::tr("%n customer(s) added after the import refer to records it created.", nullptr, n);
    if (table == QLatin1String("contacts"))
        return ImportBatchRepository::tr("%n contact(s) added after the import refer to records it created.", nullptr, n);
    if (table == QLatin1String("orders"))
        return ImportBatchRepository::tr("%n order(s) added after the import refer to records it created.", nullptr, n);
    if (table == QLatin1String("interactions"))
        return ImportBatchRepository::tr("%n interaction(s) added after the import refer to records it created.", nullptr, n);
    return ImportBatchRepository::tr("%n follow-up(s) added after the import refer to records it created.", nullptr, n);
}

// "(seq BETWEEN ? AND ? OR …)", or "0" for no ranges.
QString rangeCondition(const QList<SeqRange> &ranges, QVariantList &bindings, const QString &column = QStringLiteral("seq"))
{
    if (ranges.isEmpty())
        return QStringLiteral("0");
    QStringList parts;
    for (const SeqRange &range : ranges) {
        parts.append(column + QStringLiteral(" BETWEEN ? AND ?"));
        bindings << range.first << range.last;
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

// JSON keeps numbers as doubles; integral ones go back as integers, as they were stored.
QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 integral = qint64(number);
        if (double(integral) == number)
            return QVariant(integral);
        return QVariant(number);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return QVariant(value.toString());
}

ImportBatch readBatch(const QSqlQuery &q)
{
    ImportBatch b;
    int i = 0;
    b.id = q.value(i++).toString();
    b.entity = q.value(i++).toString();
    b.fileName = q.value(i++).toString();
    b.duplicatePolicy = q.value(i++).toString();
    b.startedAt = sql::utcFromText(q.value(i++).toString());
    b.finishedAt = sql::utcFromText(q.value(i++).toString());
    b.read = q.value(i++).toLongLong();
    b.created = q.value(i++).toLongLong();
    b.updated = q.value(i++).toLongLong();
    b.skipped = q.value(i++).toLongLong();
    b.rejected = q.value(i++).toLongLong();
    b.hlcEnd = quint64(q.value(i++).toLongLong());
    b.origin = q.value(i++).toString();
    b.undoneAt = q.value(i).isNull() ? QDateTime() : sql::utcFromText(q.value(i).toString());
    return b;
}

const QString batchColumns = QStringLiteral(
    "id, entity, file_name, duplicate_policy, started_at, finished_at, read_count, created_count, updated_count, "
    "skipped_count, rejected_count, hlc_end, origin, undone_at");

// A bigger page cache for the set-based updates of an undo: tombstoning a million customers
// takes each out of six partial indexes, and with SQLite's default 2 MB the pages of those
// indexes are written out and read back again and again.
class UndoCache
{
public:
    explicit UndoCache(Workspace &workspace) : m_workspace(workspace)
    {
        if (auto size = sql::scalar(workspace.database(), QStringLiteral("PRAGMA cache_size")); size) {
            m_previous = size->toLongLong();
            m_tuned = bool(sql::run(workspace.database(), QStringLiteral("PRAGMA cache_size = -65536")));
        }
    }
    ~UndoCache()
    {
        if (m_tuned)
            (void)sql::run(m_workspace.database(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    UndoCache(const UndoCache &) = delete;
    UndoCache &operator=(const UndoCache &) = delete;

private:
    Workspace &m_workspace;
    qint64 m_previous = 0;
    bool m_tuned = false;
};

// Switches the search triggers off for a set-based change and on again whatever happens.
class SearchTriggersOff
{
public:
    explicit SearchTriggersOff(Workspace &workspace) : m_workspace(workspace) { m_workspace.setSearchAutoIndex(false); }
    ~SearchTriggersOff() { m_workspace.setSearchAutoIndex(true); }
    SearchTriggersOff(const SearchTriggersOff &) = delete;
    SearchTriggersOff &operator=(const SearchTriggersOff &) = delete;

private:
    Workspace &m_workspace;
};

}  // namespace

ImportBatchRepository::ImportBatchRepository(Workspace &workspace) : m_workspace(workspace) {}

bool ImportBatchRepository::isImportTable(const QString &table)
{
    return importTables().contains(table);
}

Status ImportBatchRepository::recordCreated(const QString &batchId, const QString &table, const SeqRange &range)
{
    if (!isImportTable(table))
        return makeError(ErrorCode::InvalidArgument, tr("“%1” is not a table an import writes.").arg(table));
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("INSERT INTO import_created(batch_id, table_name, first_seq, last_seq) VALUES (?, ?, ?, ?)"),
                      {batchId, table, range.first, range.last});
    return r ? Status() : Status(r.error());
}

Status ImportBatchRepository::recordUpdated(const QString &batchId, const QString &table, const QString &recordId,
                                            const QJsonObject &previous, quint64 hlc)
{
    if (!isImportTable(table))
        return makeError(ErrorCode::InvalidArgument, tr("“%1” is not a table an import writes.").arg(table));
    auto earlier = sql::scalar(m_workspace.database(),
                               QStringLiteral("SELECT previous FROM import_updated WHERE batch_id = ? AND table_name = ? AND record_id = ?"),
                               {batchId, table, recordId});
    if (!earlier)
        return earlier.error();
    QJsonObject merged = previous;
    if (!earlier->isNull()) {
        // The first update saw the values from before the import; they win.
        const QJsonObject first = QJsonDocument::fromJson(earlier->toString().toUtf8()).object();
        for (auto it = first.begin(); it != first.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    const QString json = QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("INSERT INTO import_updated(batch_id, table_name, record_id, previous, hlc) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT(batch_id, table_name, record_id) DO UPDATE SET previous = excluded.previous, "
                                     "hlc = excluded.hlc"),
                      {batchId, table, recordId, json, qint64(hlc)});
    return r ? Status() : Status(r.error());
}

Status ImportBatchRepository::save(const ImportBatch &b)
{
    auto r = sql::run(m_workspace.database(),
                      QStringLiteral("INSERT INTO import_batches(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT(id) DO UPDATE SET entity = excluded.entity, file_name = excluded.file_name, "
                                     "duplicate_policy = excluded.duplicate_policy, started_at = excluded.started_at, "
                                     "finished_at = excluded.finished_at, read_count = excluded.read_count, "
                                     "created_count = excluded.created_count, updated_count = excluded.updated_count, "
                                     "skipped_count = excluded.skipped_count, rejected_count = excluded.rejected_count, "
                                     "hlc_end = excluded.hlc_end, origin = excluded.origin, undone_at = excluded.undone_at")
                          .arg(batchColumns),
                      sql::withEmptyStrings({b.id, b.entity, b.fileName, b.duplicatePolicy, sql::utcText(b.startedAt),
                                             sql::utcText(b.finishedAt), b.read, b.created, b.updated, b.skipped, b.rejected,
                                             qint64(b.hlcEnd), b.origin,
                                             b.undoneAt.isValid() ? QVariant(sql::utcText(b.undoneAt)) : QVariant()}));
    return r ? Status() : Status(r.error());
}

Result<QJsonObject> ImportBatchRepository::columnValues(const QString &table, const QString &recordId)
{
    if (!isImportTable(table))
        return makeError(ErrorCode::InvalidArgument, tr("“%1” is not a table an import writes.").arg(table));
    auto query = sql::run(m_workspace.database(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {recordId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("No record with id %1.").arg(recordId));
    const QSqlRecord record = query->record();
    QJsonObject values;
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        if (!bookkeepingColumns().contains(column))
            values.insert(column, toJson(query->value(i)));
    }
    return values;
}

Result<QList<ImportBatch>> ImportBatchRepository::list()
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT %1 FROM import_batches ORDER BY started_at DESC, id DESC").arg(batchColumns));
    if (!query)
        return query.error();
    QList<ImportBatch> batches;
    while (query->next())
        batches.append(readBatch(*query));
    return batches;
}

Result<ImportBatch> ImportBatchRepository::get(const QString &idOrPrefix)
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    auto exact = sql::run(m_workspace.database(), QStringLiteral("SELECT %1 FROM import_batches WHERE id = ?").arg(batchColumns),
                          {wanted});
    if (!exact)
        return exact.error();
    if (exact->next())
        return readBatch(*exact);
    if (wanted.size() >= 8) {
        auto prefixed = sql::run(m_workspace.database(),
                                 QStringLiteral("SELECT %1 FROM import_batches WHERE substr(id, 1, ?) = ? LIMIT 2").arg(batchColumns),
                                 {wanted.size(), wanted});
        if (!prefixed)
            return prefixed.error();
        if (prefixed->next()) {
            ImportBatch found = readBatch(*prefixed);
            if (prefixed->next())
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Several imports have ids that start with “%1”; give more of the id.").arg(idOrPrefix.trimmed()));
            return found;
        }
    }
    return makeError(ErrorCode::NotFound, tr("There is no import with the id “%1”.").arg(idOrPrefix.trimmed()));
}

Result<QList<SeqRange>> ImportBatchRepository::createdRanges(const QString &batchId, const QString &table)
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT first_seq, last_seq FROM import_created WHERE batch_id = ? AND table_name = ? "
                                         "ORDER BY first_seq"),
                          {batchId, table});
    if (!query)
        return query.error();
    QList<SeqRange> ranges;
    while (query->next())
        ranges.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return ranges;
}

Result<ImportUndoResult> ImportBatchRepository::undo(const QString &idOrPrefix)
{
    auto found = get(idOrPrefix);
    if (!found)
        return found.error();
    const ImportBatch batch = *found;
    if (batch.isUndone())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The import %1 was already undone (%2).")
                             .arg(batch.id, batch.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    const UndoCache cache(m_workspace);
    auto transaction = m_workspace.beginWrite();
    if (!transaction)
        return transaction.error();
    const QSqlDatabase db = m_workspace.database();

    QHash<QString, QList<SeqRange>> created;
    for (const QString &table : importTables()) {
        auto ranges = createdRanges(batch.id, table);
        if (!ranges)
            return ranges.error();
        if (!ranges->isEmpty())
            created.insert(table, *ranges);
    }

    // 1. Refuse when undoing would lose a later change or leave records pointing at removed ones.
    QStringList problems;
    for (auto it = created.constBegin(); it != created.constEnd(); ++it) {
        const QString &table = it.key();
        if (table == QLatin1String("staff"))
            continue;  // team members are kept when in use; they never block an undo
        QVariantList bindings;
        const QString inBatch = rangeCondition(it.value(), bindings);
        bindings << qint64(batch.hlcEnd) << batch.origin;
        auto changed = sql::run(db,
                                QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND deleted = 0 AND (hlc > ? OR origin <> ?) LIMIT 4")
                                    .arg(describingColumn(table), table, inBatch),
                                bindings);
        if (!changed)
            return changed.error();
        QStringList examples;
        while (changed->next())
            examples.append(QStringLiteral("“%1”").arg(changed->value(0).toString()));
        if (!examples.isEmpty())
            problems.append(tr("Records it created were changed afterwards: %1.")
                                .arg(examples.mid(0, 3).join(QStringLiteral(", ")) + (examples.size() > 3 ? QStringLiteral(", …") : QString())));
        for (const Reference &reference : referencesTo(table)) {
            QVariantList refBindings;
            const QString targets = rangeCondition(it.value(), refBindings);
            const QString ownRows = rangeCondition(created.value(reference.table), refBindings);
            auto dependents = sql::scalar(db,
                                          QStringLiteral("SELECT count(*) FROM %1 r WHERE r.deleted = 0 AND r.%2 IN "
                                                         "(SELECT id FROM %3 WHERE %4) AND NOT %5")
                                              .arg(reference.table, reference.column, table, targets, ownRows),
                                          refBindings);
            if (!dependents)
                return dependents.error();
            if (const qint64 n = dependents->toLongLong(); n > 0)
                problems.append(addedSinceImport(reference.table, n));
        }
    }
    for (const QString &table : importTables()) {
        auto changed = sql::run(db,
                                QStringLiteral("SELECT %1 FROM import_updated u JOIN %2 t ON t.id = u.record_id "
                                               "WHERE u.batch_id = ? AND u.table_name = ? AND t.hlc <> u.hlc LIMIT 4")
                                    .arg(describingColumn(table), table),
                                {batch.id, table});
        if (!changed)
            return changed.error();
        QStringList examples;
        while (changed->next())
            examples.append(QStringLiteral("“%1”").arg(changed->value(0).toString()));
        if (!examples.isEmpty())
            problems.append(tr("Records it updated were changed again afterwards: %1.")
                                .arg(examples.mid(0, 3).join(QStringLiteral(", ")) + (examples.size() > 3 ? QStringLiteral(", …") : QString())));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("The import %1 was not undone, because undoing it now would lose later work:").arg(batch.id)
                             + QLatin1Char('\n') + problems.join(QLatin1Char('\n')) + QLatin1Char('\n')
                             + tr("Nothing was changed. Undo the later changes (or later imports) first, or edit the records by hand."));

    ImportUndoResult result;
    const QString now = sql::utcText(QDateTime::currentDateTimeUtc());
    const QString origin = m_workspace.replicaId();

    // 2. Give updated records their previous values back (the triggers keep the search index right).
    auto updated = sql::run(db, QStringLiteral("SELECT table_name, record_id, previous FROM import_updated WHERE batch_id = ?"),
                            {batch.id});
    if (!updated)
        return updated.error();
    while (updated->next()) {
        const QString table = updated->value(0).toString();
        if (!isImportTable(table))
            continue;
        const QJsonObject previous = QJsonDocument::fromJson(updated->value(2).toString().toUtf8()).object();
        QStringList assignments;
        QVariantList values;
        for (auto it = previous.begin(); it != previous.end(); ++it) {
            if (bookkeepingColumns().contains(it.key()))
                continue;
            assignments.append(QStringLiteral("\"%1\" = ?").arg(QString(it.key()).remove(QLatin1Char('"'))));
            values.append(fromJson(it.value()));
        }
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("hlc = ?") << QStringLiteral("origin = ?");
        values << now << qint64(m_workspace.clock().tick()) << origin << updated->value(1).toString();
        auto restored = sql::run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))),
                                 values);
        if (!restored)
            return restored.error();
        ++result.restored;
    }

    // 3. Tombstone what it created.
    for (const QString &table : undoOrder()) {
        const QList<SeqRange> ranges = created.value(table);
        if (ranges.isEmpty())
            continue;
        QVariantList bindings{now, qint64(m_workspace.clock().tick()), origin};
        const QString inBatch = rangeCondition(ranges, bindings);
        QString condition = inBatch + QStringLiteral(" AND deleted = 0");
        if (table == QLatin1String("staff")) {
            // Only team members nobody refers to any more, and that nobody changed since.
            bindings << qint64(batch.hlcEnd) << batch.origin;
            condition += QStringLiteral(" AND hlc <= ? AND origin = ?");
            for (const Reference &reference : referencesTo(table))
                condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 r WHERE r.%2 = staff.id AND r.deleted = 0)")
                                 .arg(reference.table, reference.column);
        }
        const QString tombstone = QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, hlc = ?, origin = ? WHERE %2").arg(table, condition);
        if (table == QLatin1String("customers")) {
            // Set-based, with the search triggers off: either drop these customers' index entries in
            // one statement, or, when they are most of the customers, re-index what remains.
            QVariantList countBindings;
            const QString countCondition = rangeCondition(ranges, countBindings);
            auto inRanges = sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE %1 AND deleted = 0").arg(countCondition),
                                        countBindings);
            auto live = sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0"));
            if (!inRanges)
                return inRanges.error();
            if (!live)
                return live.error();
            const bool reindexRest = inRanges->toLongLong() * 2 > live->toLongLong();
            const SearchTriggersOff triggersOff(m_workspace);
            if (!reindexRest) {
                if (Status unindexed = m_workspace.unindexSearchEntries(countCondition, countBindings); !unindexed)
                    return unindexed.error();
            }
            auto removed = sql::run(db, tombstone, bindings);
            if (!removed)
                return removed.error();
            result.removed += removed->numRowsAffected();
            if (reindexRest)
                if (Status rebuilt = m_workspace.rebuildSearch(); !rebuilt)
                    return rebuilt.error();
            continue;
        }
        auto removed = sql::run(db, tombstone, bindings);
        if (!removed)
            return removed.error();
        if (table == QLatin1String("staff")) {
            QVariantList liveBindings;
            const QString liveCondition = rangeCondition(ranges, liveBindings);
            auto kept = sql::scalar(db, QStringLiteral("SELECT count(*) FROM staff WHERE %1 AND deleted = 0").arg(liveCondition), liveBindings);
            if (!kept)
                return kept.error();
            result.keptStaff = kept->toLongLong();
        } else {
            result.removed += removed->numRowsAffected();
        }
    }

    auto marked = sql::run(db, QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"), {now, batch.id});
    if (!marked)
        return marked.error();
    if (Status committed = (*transaction)->commit(); !committed)
        return committed.error();
    return result;
}

}  // namespace guanxi
