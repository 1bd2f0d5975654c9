#include "ImportPlan.h"

#include "exchange/import/ImportFields.h"
#include "exchange/import/VCardRecordSource.h"

#include <QFileInfo>

namespace guanxi {

namespace {

SourceEncoding sourceEncoding(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return SourceEncoding::Utf8;
    case CsvEncoding::Gb18030:
        return SourceEncoding::Gb18030;
    case CsvEncoding::Utf16:
    case CsvEncoding::Utf16Le:
    case CsvEncoding::Utf16Be:
        return SourceEncoding::Utf16;
    case CsvEncoding::Auto:
        break;
    }
    return SourceEncoding::Auto;
}

SourceDelimiter sourceDelimiter(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return SourceDelimiter::Comma;
    case CsvDelimiter::Semicolon:
        return SourceDelimiter::Semicolon;
    case CsvDelimiter::Tab:
        return SourceDelimiter::Tab;
    case CsvDelimiter::Auto:
        break;
    }
    return SourceDelimiter::Auto;
}

} // namespace

SourceFormat ImportPlan::sourceFormat() const
{
    return SourceFormat {sourceEncoding(encoding), sourceDelimiter(delimiter)};
}

MappingSpec ImportPlan::mappingSpec() const
{
    MappingSpec spec;
    spec.entity = entity;
    spec.guess = false;
    const auto fields = ImportFields::of(entity);
    for (int column = 0; column < fieldOfColumn.size(); ++column) {
        const int field = fieldOfColumn.at(column);
        if (field < 0 || field >= int(fields.size()))
            continue;
        MappingSpec::Column source;
        source.kind = MappingSpec::Column::Kind::Number;
        source.number = column + 1;
        spec.columns.append({QString::fromLatin1(fields[field].key), source});
    }
    return spec;
}

ImportOptions ImportPlan::importOptions(bool dryRun) const
{
    ImportOptions options = isVCard() ? VCardRecordSource::importOptions() : ImportOptions();
    if (!isVCard()) {
        options.entity = entity;
        options.mapping = mappingSpec();
    }
    options.onDuplicate = onDuplicate;
    options.strict = strict;
    options.dryRun = dryRun;
    options.fileName = QFileInfo(filePath).fileName();
    return options;
}

} // namespace guanxi
