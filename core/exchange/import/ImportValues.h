#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace guanxi {

// Reading the values of spreadsheet cells. Everything accepts full-width digits and
// punctuation (NFKC), as Chinese input methods type them.
namespace ImportValues {

// The cell as the importer uses it: trimmed, and with the apostrophe the export's spreadsheet
// safety put in front of a value starting with = + - @ (or their full-width forms), a tab or a
// carriage return removed again (exactly one; see exchange/export/SpreadsheetSafety.h).
QString cell(const QString &raw);

// yes/no, true/false, 1/0, y/n, on/off, 是/否, 对/不 (and the UI language's yes/no).
std::optional<bool> parseBoolean(QStringView text);

// 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305; a time after the date is ignored.
std::optional<QDate> parseDate(QStringView text);

// A date with an optional time: "2024-03-05 14:30[:00]", ISO 8601 with T, Z or an offset, and
// the date forms above (midnight). Without Z or an offset it is local time, as spreadsheets
// show it. Returned in UTC.
std::optional<QDateTime> parseDateTime(QStringView text);

// A UUID in any case, with or without braces: the canonical form (lower case, no braces).
std::optional<QString> parseUuid(QStringView text);

// The form names are compared in for duplicates: NFKC, case-folded, without white space,
// punctuation or symbols ("ACME, Inc." and "acme inc" are one name; 华为 stays 华为).
QString foldName(QStringView text);

}  // namespace ImportValues

}  // namespace guanxi
