#pragma once

#include "CsvOptions.h"

#include <QList>
#include <QStringList>

namespace guanxi {

// One record as it is in the file: the fields unquoted and decoded, however many there are
// (the importer decides what a wrong field count means), and the physical line it starts on.
struct CsvRecord {
    qint64 line = 0;  // 1-based; a record with a quoted line break spans several lines
    QStringList fields;

    qsizetype fieldCount() const { return fields.size(); }
};

// What detection found, for the import wizard to show and let the user change.
struct CsvFormat {
    CsvEncoding encoding = CsvEncoding::Utf8;  // resolved: Utf8, Gb18030, Utf16Le or Utf16Be
    bool byteOrderMark = false;
    CsvConfidence encodingConfidence = CsvConfidence::Low;
    CsvDelimiter delimiter = CsvDelimiter::Comma;  // resolved, never Auto
    CsvConfidence delimiterConfidence = CsvConfidence::Low;
    QList<CsvRecord> preview;      // the first records (CsvOptions::previewRecords), header row included
    bool previewIsComplete = false;  // the preview holds every record of the file
};

}  // namespace guanxi
