#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace guanxi::xlsx {

// How the cells of a workbook become the text an import reads: numbers and dates as Excel shows
// them in a plain cell, strings as written. Pure functions, no workbook needed.

// The shortest text that reads back as `value` to 15 significant digits, without an exponent for
// ordinary amounts: 12 → "12", 1234.5 → "1234.5", 0.1 + 0.2 → "0.3", -0.5 → "-0.5".
QString numberText(double value);

// What a date cell holds, the serial number of days since Excel's epoch, as ISO text:
// "2024-03-05", "2024-03-05 14:30" when it has a time of day, "2024-03-05 14:30:15" with seconds,
// "14:30" for a time without a date (serial below 1, timeOnly). The 1900 system counts the day
// 1900-02-29 that never was (serial 60, written "1900-02-29"); the 1904 system starts at
// 1904-01-01. Empty for a serial no date can have (negative, past year 9999).
QString serialDateText(double serial, bool date1904, bool timeOnly = false);

// Excel's escapes for characters XML cannot hold: "_x0007_" is U+0007, "_x005F_" an underscore.
QString unescaped(QStringView text);

// A cell reference such as "C5": column 2 (0-based) and row 5 (1-based); nullopt when it is not one.
struct CellReference {
    int column = 0;
    qint64 row = 0;
};
std::optional<CellReference> parseCellReference(QStringView reference);

// The most columns a sheet has (A … XFD).
constexpr int MaxColumns = 16384;

}  // namespace guanxi::xlsx
