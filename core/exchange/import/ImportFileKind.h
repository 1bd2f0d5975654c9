#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"

#include <memory>
#include <optional>

namespace guanxi {

// What kind of file an import was given, which decides the reader and what the user chooses:
// a CSV file has an encoding, a delimiter and a column mapping; a vCard names its own fields
// (VCardRecordSource: contacts, with their customers from ORG); a workbook (.xlsx, a ZIP archive)
// has a header row but no encoding or delimiter; an old .xls workbook is refused by the reader.
enum class ImportFileKind { Csv, VCard, Workbook, LegacyWorkbook };

// What the first bytes say: a ZIP archive (an .xlsx, or another archive its reader refuses), an
// OLE file (.xls, or an .xlsx saved with a password), BEGIN:VCARD after an optional byte order
// mark and blank lines, or other text (CSV). Absent for an empty or unreadable file.
std::optional<ImportFileKind> importFileKindOfContent(const QString &path);

// Decided by the first bytes (a ZIP or OLE signature, BEGIN:VCARD after an optional byte order
// mark and blank lines), and by the extension (.vcf, .vcard, .xlsx, .xls) when the start says
// nothing; everything else is CSV. Reads at most a few hundred bytes.
ImportFileKind detectImportFileKind(const QString &path);

// The kind the file's extension names (.vcf, .vcard, .xlsx, .xls), without reading it; absent
// for any other name.
std::optional<ImportFileKind> importFileKindOfName(const QString &path);

// Opens `path` with the reader its kind needs: VCardRecordSource for a vCard, otherwise
// openImportFile() (CSV with `format`, and whatever else it understands or refuses).
Result<std::unique_ptr<RecordSource>> openImportSource(const QString &path, ImportFileKind kind, const SourceFormat &format);

}  // namespace guanxi
