#include "CsvParser.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace guanxi {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t LineFeed = u'\n';
constexpr char16_t CarriageReturn = u'\r';
constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char16_t SwappedByteOrderMark = 0xFFFE;

// Characters that are data in any field: tab, vertical tab, form feed.
bool isHarmlessControl(char16_t c)
{
    return c == u'\t' || c == u'\v' || c == u'\f';
}

// A limit as the count of a translated plural (Qt's plurals take an int).
int pluralCount(qsizetype limit)
{
    return int(std::min<qsizetype>(limit, std::numeric_limits<int>::max()));
}

}  // namespace

CsvParser::CsvParser(QChar delimiter, const CsvLimits &limits)
    : m_delimiter(delimiter)
    , m_limits(limits)
{
}

Status CsvParser::feed(QStringView text, QList<CsvRecord> &records)
{
    if (m_error)
        return *m_error;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const char16_t delimiter = m_delimiter.unicode();

    if (m_pendingLineFeed && p < end) {
        m_pendingLineFeed = false;
        if (*p == LineFeed) {
            if (m_state == State::Quoted && !append(p, p + 1))
                return *m_error;
            ++p;
        }
    }

    while (p < end) {
        switch (m_state) {
        case State::RecordStart:
            if (*p == LineFeed || *p == CarriageReturn) {
                p = consumeLineBreak(p, end);  // an empty line
                continue;
            }
            m_record.line = m_line;
            m_state = State::FieldStart;
            [[fallthrough]];

        case State::FieldStart:
            if (*p == Quote) {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                ++p;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];

        case State::Unquoted: {
            const char16_t *const start = p;
            while (p < end && *p >= 0x20 && *p != delimiter && *p != ByteOrderMark && *p != SwappedByteOrderMark)
                ++p;
            if (!append(start, p))
                return *m_error;
            if (p == end)
                continue;
            const char16_t c = *p;
            if (c == delimiter) {
                if (!endField())
                    return *m_error;
                m_state = State::FieldStart;
                ++p;
            } else if (c == LineFeed || c == CarriageReturn) {
                if (!endField())
                    return *m_error;
                endRecord(records);  // RecordStart consumes the line break
            } else if (isHarmlessControl(c)) {
                if (!append(p, p + 1))
                    return *m_error;
                ++p;
            } else {
                refuse(c);
                return *m_error;
            }
            continue;
        }

        case State::Quoted: {
            const char16_t *const start = p;
            while (p < end && *p >= 0x20 && *p != Quote && *p != ByteOrderMark && *p != SwappedByteOrderMark)
                ++p;
            if (!append(start, p))
                return *m_error;
            if (p == end)
                continue;
            const char16_t c = *p;
            if (c == Quote) {
                m_state = State::QuoteInQuoted;
                ++p;
            } else if (c == LineFeed || c == CarriageReturn) {
                const char16_t *const next = consumeLineBreak(p, end);
                if (!append(p, next))
                    return *m_error;
                p = next;
            } else if (isHarmlessControl(c)) {
                if (!append(p, p + 1))
                    return *m_error;
                ++p;
            } else {
                refuse(c);
                return *m_error;
            }
            continue;
        }

        case State::QuoteInQuoted: {
            const char16_t c = *p;
            if (c == Quote) {  // a doubled quote
                if (!append(p, p + 1))
                    return *m_error;
                m_state = State::Quoted;
                ++p;
            } else if (c == delimiter) {
                if (!endField())
                    return *m_error;
                m_state = State::FieldStart;
                ++p;
            } else if (c == LineFeed || c == CarriageReturn) {
                if (!endField())
                    return *m_error;
                endRecord(records);
            } else {
                // Lenient: the quote before was part of the text, and the field is still quoted.
                static constexpr char16_t quote[] = {Quote};
                if (!append(quote, quote + 1))
                    return *m_error;
                m_state = State::Quoted;
            }
            continue;
        }
        }
    }
    return {};
}

Status CsvParser::finish(QList<CsvRecord> &records)
{
    if (m_error)
        return *m_error;
    m_pendingLineFeed = false;
    switch (m_state) {
    case State::RecordStart: return {};
    case State::Quoted:
        m_error = fail(tr("The quoted field that starts on line %1 has no closing quote (\"): the rest of the "
                          "file would be read as one field.")
                           .arg(m_quoteLine));
        return *m_error;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (!endField())
            return *m_error;
        endRecord(records);
        return {};
    }
    return {};
}

qsizetype CsvParser::partialFieldCount() const
{
    return m_state == State::RecordStart ? 0 : m_record.fields.size() + 1;
}

// Counts the line break at p (CRLF, LF or CR) and returns the position after it. A CR at the end
// of the piece may be the first half of a CRLF whose LF comes in the next piece.
const char16_t *CsvParser::consumeLineBreak(const char16_t *p, const char16_t *end)
{
    ++m_line;
    if (*p++ == CarriageReturn) {
        if (p == end)
            m_pendingLineFeed = true;
        else if (*p == LineFeed)
            ++p;
    }
    return p;
}

bool CsvParser::append(const char16_t *begin, const char16_t *end)
{
    const qsizetype length = end - begin;
    if (length == 0)
        return true;
    if (m_field.size() + length > m_limits.maxFieldLength) {
        m_error = fail(tr("Line %1: field %2 is longer than %Ln character(s), the most one field may hold.", nullptr,
                          pluralCount(m_limits.maxFieldLength))
                           .arg(m_record.line)
                           .arg(m_record.fields.size() + 1));
        return false;
    }
    if (m_recordLength + length > m_limits.maxRecordLength) {
        m_error = fail(tr("Line %1: the record is longer than %Ln character(s), the most one record may hold.", nullptr,
                          pluralCount(m_limits.maxRecordLength))
                           .arg(m_record.line));
        return false;
    }
    m_field.append(reinterpret_cast<const QChar *>(begin), length);
    m_recordLength += length;
    return true;
}

bool CsvParser::endField()
{
    if (m_record.fields.size() >= m_limits.maxFields) {
        m_error = fail(tr("Line %1 has more than %Ln field(s), the most Guanxi reads in one record.", nullptr,
                          pluralCount(m_limits.maxFields))
                           .arg(m_record.line));
        return false;
    }
    m_record.fields.append(std::exchange(m_field, QString()));
    return true;
}

void CsvParser::endRecord(QList<CsvRecord> &records)
{
    records.append(std::exchange(m_record, CsvRecord()));
    m_recordLength = 0;
    m_state = State::RecordStart;
}

void CsvParser::refuse(char16_t character)
{
    QString message;
    if (character == 0) {
        message = tr("Line %1 contains a NUL character: this does not look like a text file.").arg(m_line);
    } else if (character == ByteOrderMark) {
        message = tr("Line %1 contains a byte order mark (U+FEFF) in the middle of the file: were two files "
                     "joined together? Remove it and try again.")
                      .arg(m_line);
    } else if (character == SwappedByteOrderMark) {
        message = tr("Line %1 contains U+FFFE, a byte order mark in the wrong byte order: the file's encoding "
                     "may be chosen wrongly.")
                      .arg(m_line);
    } else {
        message = tr("Line %1 contains the control character U+%2: this does not look like a text file.")
                      .arg(m_line)
                      .arg(QString::number(character, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    m_error = fail(message);
}

Error CsvParser::fail(QString message)
{
    return makeError(ErrorCode::Validation, std::move(message), QStringLiteral("line %1").arg(m_line));
}

}  // namespace guanxi
