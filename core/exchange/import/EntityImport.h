#pragma once

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

    // Whether a file of `expectedRows` rows reads the keys of all `existingRows` records into
    // hash tables at the start (true), or asks the indexes row by row. Measured on a million
    // customers: reading their keys takes about 3 s and 64 MB; a row's index lookups about
    // 20 µs. So a file of at least an eighth of the table hashes; an unknown size hashes too.
    // One row whose field count matches the header. An Error means the import cannot go on (the
    // database failed); a row's own problems come back as RowResult::Kind::Rejected.
    virtual Result<RowResult> importRow(const SourceRecord &record) = 0;

    static bool hashesKeys(KeyLookup lookup, qint64 expectedRows, qint64 existingRows)
    {
        if (lookup != KeyLookup::Automatic)
            return lookup == KeyLookup::Hashed;
        return expectedRows <= 0 || expectedRows * 8 >= existingRows;
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
    DuplicateMatch match(qint64 line, const QString &table, const QString &matchedBy, qint64 seq, const QString &id,
                         const QString &name, DuplicateMatch::Action action) const;

    ImportSession &m_session;
};

}  // namespace guanxi
