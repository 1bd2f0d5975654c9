#pragma once

#include "CsvOptions.h"
#include "CsvRecord.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <optional>

namespace guanxi {

// RFC 4180 records from decoded text fed in pieces of any size.
//
// Hand-written rather than libcsv: libcsv's push parser reports neither the position of a field
// nor where an open quote began, so the line numbers every error and record needs would take a
// second scan; it has no bound on a field but a realloc hook without user data (a global); and it
// works on bytes, so GB18030 and UTF-16 would be transcoded to UTF-8 and then decoded again. This
// state machine works on the decoded text and keeps libcsv's lenient rules where RFC 4180 leaves
// a file invalid:
//  - a quote inside an unquoted field is an ordinary character (3'5" stays 3'5");
//  - a quote in a quoted field that is followed by neither a quote, the delimiter nor a line break
//    is an ordinary character, and the field stays quoted ("5" long" is 5" long);
//  - CRLF, LF and a lone CR all end a record (and a line); inside quotes they are kept as they are;
//  - an empty line is no record (its line still counts); spaces are data, never trimmed.
// Control characters other than tab, LF, VT, FF and CR, and U+FEFF / U+FFFE, are refused with the
// line they are on: they mean a binary file, a wrong encoding or two files joined together.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)

public:
    CsvParser(QChar delimiter, const CsvLimits &limits);

    // Parses the next piece of text and appends the records it completes to `records`.
    Status feed(QStringView text, QList<CsvRecord> &records);
    // The end of the input: completes the last record, or fails on a quote still open.
    Status finish(QList<CsvRecord> &records);

    // The physical line (1-based) of the last character fed, or 1 before any.
    qint64 line() const { return m_line; }
    // Fields of the record in progress, for detection over a sample that ends mid-record.
    qsizetype partialFieldCount() const;

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool append(const char16_t *begin, const char16_t *end);
    bool endField();
    void endRecord(QList<CsvRecord> &records);
    const char16_t *consumeLineBreak(const char16_t *p, const char16_t *end);
    void refuse(char16_t character);
    Error fail(QString message);

    QChar m_delimiter;
    CsvLimits m_limits;
    State m_state = State::RecordStart;
    qint64 m_line = 1;
    bool m_pendingLineFeed = false;  // a CR ended the last piece; an LF starting the next belongs to it
    qint64 m_quoteLine = 0;          // where the open quote is
    CsvRecord m_record;
    QString m_field;
    qsizetype m_recordLength = 0;
    std::optional<Error> m_error;
};

}  // namespace guanxi
