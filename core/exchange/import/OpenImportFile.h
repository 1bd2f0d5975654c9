#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"

#include <memory>

namespace guanxi {

// Opens a file for import with the reader that understands it. For now every file is CSV read by
// the temporary SimpleCsvSource; the CSV reader of core/exchange/csv takes its place here.
Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format);

}  // namespace guanxi
