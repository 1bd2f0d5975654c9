#pragma once

#include "ImportEntity.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

#include <span>

namespace guanxi {

// The columns an import understands, per entity. Keys are the codes of the export's columns
// (exchange/export/ExportColumns.h) and, for customers, the names of domain/CustomerFields, so
// an export re-imports as it was. Header cells are matched against the key, the English label,
// the Chinese label, the label in the UI language and the aliases, ignoring case, spaces,
// punctuation, full-width forms and anything in brackets ("金额（元）" is 金额): see HeaderMatcher.
struct ImportField {
    enum class Need {
        Optional,
        Required,           // the file must have this column
        CustomerReference,  // the file must have this column or the other customer reference
    };

    const char *key;      // "name", "order-number"
    const char *label;    // English source text, translation context "ImportFields"
    const char *chinese;  // UTF-8
    const char *aliases;  // UTF-8, '|' separated: what other spreadsheets call the column
    Need need;
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    static std::span<const ImportField> of(ImportEntity entity);
    // By key, English, Chinese or translated label; null when the entity has no such field.
    static const ImportField *find(ImportEntity entity, QStringView keyOrLabel);
    // The index of the field in of(entity), or -1.
    static int indexOf(ImportEntity entity, QStringView key);
    static QString label(const ImportField &field);
    // Every spelling a header may use for the field: key, labels and aliases (not yet folded).
    static QStringList spellings(const ImportField &field);
};

}  // namespace guanxi
