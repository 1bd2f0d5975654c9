#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace guanxi {

// How to read an import file, as the user asked (guanxi-cli --encoding/--delimiter/--sheet, the
// wizard's choices). Auto lets the reader detect it. Encoding and delimiter are for CSV files,
// the sheet for Excel workbooks.
enum class SourceEncoding { Auto, Utf8, Gb18030, Utf16 };
enum class SourceDelimiter { Auto, Comma, Semicolon, Tab };

struct SourceFormat {
    // Also SourceFormat{encoding, delimiter} for a CSV file, as callers wrote it before there
    // were sheets.
    SourceFormat() = default;
    SourceFormat(SourceEncoding encoding, SourceDelimiter delimiter, QString sheet = {})
        : encoding(encoding), delimiter(delimiter), sheet(std::move(sheet))
    {
    }

    SourceEncoding encoding = SourceEncoding::Auto;
    SourceDelimiter delimiter = SourceDelimiter::Auto;
    QString sheet;  // empty: the workbook's first worksheet

    // The command-line spellings: auto|utf-8|gb18030|utf-16 and auto|comma|semicolon|tab
    // (also "utf8", "gbk", "gb2312", "utf16", ",", ";", "\t", "tab").
    static std::optional<SourceEncoding> encodingFromText(QStringView text);
    static std::optional<SourceDelimiter> delimiterFromText(QStringView text);
};

}  // namespace guanxi
