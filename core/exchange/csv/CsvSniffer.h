#pragma once

#include "CsvOptions.h"
#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

namespace guanxi {

// Guesses a CSV file's encoding and delimiter from the first bytes of it (the sample).
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    struct EncodingGuess {
        CsvEncoding encoding = CsvEncoding::Utf8;  // resolved: Utf8, Gb18030, Utf16Le or Utf16Be
        qsizetype byteOrderMarkLength = 0;
        CsvConfidence confidence = CsvConfidence::Low;
        bool asciiOnly = false;  // UTF-8 chosen for a sample with nothing but ASCII in it
    };
    struct DelimiterGuess {
        CsvDelimiter delimiter = CsvDelimiter::Comma;
        CsvConfidence confidence = CsvConfidence::Low;
    };

    // A byte order mark decides. Without one, `requested` decides when it is not Auto; else UTF-16
    // when every other byte is NUL, UTF-8 when the sample is valid UTF-8, GB18030 when it is valid
    // GB18030, and an error naming the first line that is neither. `isWholeFile` says whether the
    // sample ends where the file does (else a character cut at its end is no fault).
    static Result<EncodingGuess> encoding(QByteArrayView sample, bool isWholeFile, CsvEncoding requested);

    // The delimiter (comma, semicolon, tab) that splits the sample's records into the same number
    // of fields, more than one; ties go to comma, or to tab in UTF-16 (Excel's "Unicode Text").
    static DelimiterGuess delimiter(QStringView sample, bool isWholeFile, CsvEncoding encoding,
                                    const CsvLimits &limits);

    static qsizetype byteOrderMarkLength(CsvEncoding encoding);
};

}  // namespace guanxi
