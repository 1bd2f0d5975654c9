#pragma once

#include "DuplicateKeys.h"
#include "ImportEntity.h"
#include "ImportSession.h"
#include "domain/Enums.h"
#include "domain/Validation.h"

#include <memory>

namespace guanxi {

// Turns the rows of one entity's file into records: converts and validates the cells, looks for
// duplicates (DuplicateKeys), and creates, updates or skips as the duplicate policy says. One
// subclass per entity; ImportSession holds what they share.
class EntityImport
{
public:
    explicit EntityImport(ImportSession &session) : m_session(session) {}
    virtual ~EntityImport() = default;
    EntityImport(const EntityImport &) = delete;
    EntityImport &operator=(const EntityImport &) = delete;

    static std::unique_ptr<EntityImport> create(ImportEntity entity, ImportSession &session);

    // Gets ready to find duplicates among the existing records, for a file of about
    // `expectedRows` rows (0: unknown).
    virtual Status prepare(qint64 expectedRows) = 0;
    // One row whose field count matches the header. An Error means the import cannot go on (the
    // database failed); a row's own problems come back as RowResult::Kind::Rejected.
    virtual Result<RowResult> importRow(const SourceRecord &record) = 0;

    // Whether a file of `expectedRows` rows reads the keys of all `existingRows` records into
    // hash tables at the start (true), or asks the indexes row by row. Measured against a
    // million customers (dry runs, new rows / duplicate rows): 1,000 rows 2.9 / 2.0 s hashed,
    // 0.44 / 0.30 s indexed; 10,000 rows 2.6 / 2.1 s against 0.93 / 0.46 s; 100,000 rows
    // 7.3 / 3.4 s against 8.4 / 1.7 s. Reading the keys costs about 2.5 s and 64 MB, an indexed
    // row about 35 µs more than a hashed one: they break even near 1/14 of the table. So a
    // file of at least a sixteenth of the table hashes; an unknown size hashes too.
    static bool hashesKeys(KeyLookup lookup, qint64 expectedRows, qint64 existingRows)
    {
        if (lookup != KeyLookup::Automatic)
            return lookup == KeyLookup::Hashed;
        return expectedRows <= 0 || expectedRows * 16 >= existingRows;
    }

protected:
    bool hashesKeys(qint64 expectedRows, qint64 existingRows) const
    {
        return hashesKeys(m_session.options().keyLookup, expectedRows, existingRows);
    }
    int column(QStringView key) const { return m_session.mapping().column(key); }
    QString cell(const SourceRecord &record, int column) const { return ImportSession::cell(record, column); }
    // The file's id cell: empty, an id, or a problem for the row.
    static QString parseIdCell(const QString &text, QStringList &problems);
    // The file's created cell: an invalid QDateTime when empty, or a problem.
    static QDateTime parseCreatedCell(const QString &text, QStringList &problems);
    // Validation's field errors as "Label: message", with the labels of ImportFields.
    static QStringList describe(ImportEntity entity, const FieldErrors &errors);
    // "Role: “x” is not one of the choices. Use one of: decision_maker (Decision maker), …"
    template<typename E>
    static QString unknownChoice(ImportEntity entity, const char *key, const QString &text)
    {
        QStringList accepted;
        for (E value : enumValues<E>())
            accepted.append(QStringLiteral("%1 (%2)").arg(enumCode(value), enumLabel(value)));
        return ImportSession::tr("%1: “%2” is not one of the choices. Use one of: %3.")
            .arg(fieldLabel(entity, key), text, accepted.join(QStringLiteral(", ")));
    }
    static QString fieldLabel(ImportEntity entity, const char *key);
    // A failed update: the domain's refusal rejects the row; anything else stops the import.
    static Result<RowResult> rejectedOrFailed(const Error &error)
    {
        if (error.code == ErrorCode::Validation)
            return RowResult::rejected({error.message});
        return error;
    }
    DuplicateMatch match(qint64 line, const QString &table, const QString &matchedBy, qint64 seq, const QString &id,
                         const QString &name, DuplicateMatch::Action action) const;
    // Rows that carry their own ids (Guanxi's exports) are distinct records where they came from:
    // two customers named 张伟, two equal orders on one day. Such a row is never a duplicate of a
    // record an earlier row of this import created, so an export re-imports whole into a new
    // workspace; it still matches the records that were there before.
    bool createdFromAnotherRow(const QString &rowId, const QString &table, qint64 seq) const
    {
        return !rowId.isEmpty() && m_session.created().contains(table, seq);
    }
    static Result<std::optional<DuplicateKeys::Candidate>> noCandidate() { return std::optional<DuplicateKeys::Candidate>(); }

    ImportSession &m_session;
};

}  // namespace guanxi
