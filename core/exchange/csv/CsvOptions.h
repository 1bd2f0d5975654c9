#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace guanxi {

// The text encodings the CSV reader understands. Auto and Utf16 are requests only: a reader
// resolves them to one of Utf8, Gb18030, Utf16Le or Utf16Be.
enum class CsvEncoding {
    Auto,     // byte order mark, else UTF-8 when the sample is valid UTF-8, else GB18030
    Utf8,     // with or without a byte order mark
    Gb18030,  // also reads GBK/GB2312, what Excel on Chinese Windows saves as "CSV"
    Utf16,    // byte order from the byte order mark (Excel's "Unicode Text"), little-endian without one
    Utf16Le,
    Utf16Be,
};

enum class CsvDelimiter { Auto, Comma, Semicolon, Tab };

// How sure detection is, for the import wizard to show.
enum class CsvConfidence {
    Certain,  // a byte order mark, or the caller chose
    High,     // the sample fits this choice and clearly not the others
    Low,      // a guess: the sample fits several choices (plain ASCII, one column, a tie)
};

// Bounds that keep memory flat whatever the file holds. A record that breaks one of them stops the
// read with a clear error; nothing is cut short silently. Lengths count UTF-16 code units (one per
// Chinese character). The defaults are far above what a spreadsheet export needs: Excel itself
// holds at most 32,767 characters in a cell, and a CRM import has tens of columns, not thousands.
struct CsvLimits {
    qsizetype maxFieldLength = 1024 * 1024;       // 1 Mi characters (2 MiB in memory) per field
    qsizetype maxRecordLength = 4 * 1024 * 1024;  // 4 Mi characters per record, all fields together
    qsizetype maxFields = 1000;                   // fields per record
};

struct CsvOptions {
    CsvEncoding encoding = CsvEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    CsvLimits limits;
    int previewRecords = 20;            // records CsvReader::detect() returns for a preview
    qsizetype sampleBytes = 128 * 1024; // bytes detection looks at
    qsizetype chunkBytes = 64 * 1024;   // bytes read from the file at a time (tests use tiny chunks)
};

// Stable codes for the command line and saved presets: "auto", "utf-8", "gb18030", "utf-16",
// "utf-16le", "utf-16be"; "auto", "comma", "semicolon", "tab".
QString csvEncodingCode(CsvEncoding encoding);
std::optional<CsvEncoding> csvEncodingFromCode(const QString &code);
QString csvDelimiterCode(CsvDelimiter delimiter);
std::optional<CsvDelimiter> csvDelimiterFromCode(const QString &code);
QChar csvDelimiterCharacter(CsvDelimiter delimiter);  // null for Auto

// Translated names for the import wizard: "UTF-8", "GB18030 (Chinese Windows)", "Tab", …
class CsvNames
{
    Q_DECLARE_TR_FUNCTIONS(CsvNames)

public:
    static QString encoding(CsvEncoding encoding, bool byteOrderMark = false);
    static QString delimiter(CsvDelimiter delimiter);
    static QString confidence(CsvConfidence confidence);
};

}  // namespace guanxi
