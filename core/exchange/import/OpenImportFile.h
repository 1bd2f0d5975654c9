#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"

#include <memory>

namespace guanxi {

// Opens a file for import with the reader that understands it. For now every file is CSV read by
// core/exchange/csv's streaming reader (CsvRecordSource); an Excel workbook (.xlsx, .xls) is
// refused with a message that says what it is and how to save it as CSV.
Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format);

}  // namespace guanxi
