#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"

#include <memory>

namespace guanxi {

// Opens a file for import with the reader that understands it: an Excel workbook (.xlsx) with
// XlsxRecordSource (format.sheet, or its first worksheet), anything else as CSV with
// core/exchange/csv's streaming reader (CsvRecordSource). Another ZIP archive, and an old Excel
// workbook (.xls) or one saved with a password, are refused with a message that says what the
// file is and how to save it so that it can be imported.
Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format);

}  // namespace guanxi
