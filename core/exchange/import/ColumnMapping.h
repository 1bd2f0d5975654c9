#pragma once

#include "ImportEntity.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace guanxi {

// What a user says about the columns of a file: a mapping file (guanxi-cli --mapping FILE), a
// preset saved in the workspace (--mapping NAME), or the wizard's choices. Fields it does not
// name are guessed from the header (HeaderMatcher) unless "guess" is false.
//
// The JSON of a mapping file:
//
//   {
//     "entity": "customers",          optional: customers | contacts | orders | interactions
//     "header": true,                 optional, default true: the first row holds column names
//     "guess": true,                  optional, default true: guess the fields not named below
//     "columns": {                    field key (or its English or Chinese label) → column:
//       "name": "公司名称",            the header text of the column (compared as HeaderMatcher
//                                      folds it, so case and full-width forms do not matter),
//       "phone": 3,                   or its number, counting from 1 (column A is 1),
//       "notes": null                 or null: do not import this field even if a column looks like it
//     }
//   }
//
// The field keys are those of ImportFields (guanxi-cli help import lists them).
struct MappingSpec {
    struct Column {
        enum class Kind { Header, Number, Ignore };
        Kind kind = Kind::Ignore;
        QString header;  // Kind::Header
        int number = 0;  // Kind::Number, 1-based
    };

    std::optional<ImportEntity> entity;
    QList<QPair<QString, Column>> columns;  // field → column, in the order given
    bool guess = true;
    bool header = true;

    static Result<MappingSpec> fromJson(const QByteArray &json);
};

// The resolved mapping for one file: which column (0-based) each field of the entity reads.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    // Applies `spec` to the file's first row (its header, or its first record when the spec says
    // there is no header) and guesses the rest. Fails with a message that lists the file's
    // columns when a field the spec names cannot be found or a required field has no column.
    static Result<ColumnMapping> resolve(ImportEntity entity, const QStringList &firstRow, const MappingSpec &spec);

    ImportEntity entity() const { return m_entity; }
    bool hasHeader() const { return m_header; }
    const QStringList &headerCells() const { return m_headerCells; }
    int columnCount() const { return int(m_headerCells.size()); }
    // The column of the field with this key, or -1.
    int column(QStringView key) const;
    int columnOfField(int fieldIndex) const { return m_columnOf.value(fieldIndex, -1); }
    // The columns no field reads (0-based).
    QList<int> unusedColumns() const;
    // "Name ← 公司名称 (column 1)", one line per mapped field, in field order.
    QStringList describe() const;
    // A mapping file (see MappingSpec) that maps the same fields to the same columns, and only
    // those ("guess": false): by header text, or by number when the file has no header.
    QByteArray toJson() const;

private:
    ImportEntity m_entity = ImportEntity::Customers;
    bool m_header = true;
    QStringList m_headerCells;
    QList<int> m_columnOf;  // per field of ImportFields::of(m_entity)
};

}  // namespace guanxi
