#include "SimpleCsvSource.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

char delimiterFor(SourceDelimiter delimiter, const QByteArray &sample)
{
    switch (delimiter) {
    case SourceDelimiter::Comma: return ',';
    case SourceDelimiter::Semicolon: return ';';
    case SourceDelimiter::Tab: return '\t';
    case SourceDelimiter::Auto: break;
    }
    const qsizetype end = sample.indexOf('\n');
    const QByteArray firstLine = end < 0 ? sample : sample.left(end);
    const qsizetype commas = firstLine.count(',');
    const qsizetype semicolons = firstLine.count(';');
    const qsizetype tabs = firstLine.count('\t');
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

bool isValidUtf8(const QByteArray &sample)
{
    // The sample may end inside a character: judge the complete lines only.
    const qsizetype end = sample.lastIndexOf('\n');
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(end < 0 ? sample : sample.left(end));
    return !decoder.hasError();
}

}  // namespace

Result<std::unique_ptr<SimpleCsvSource>> SimpleCsvSource::open(const QString &path, const SourceFormat &format)
{
    std::unique_ptr<SimpleCsvSource> source(new SimpleCsvSource);
    source->m_shownPath = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Io, tr("“%1” is a folder, not a file.").arg(source->m_shownPath));
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read “%1”: %2").arg(source->m_shownPath, source->m_file.errorString()));
    source->m_totalBytes = source->m_file.size();
    const QByteArray sample = source->m_file.peek(64 * 1024);
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF") || format.encoding == SourceEncoding::Utf16)
        return makeError(ErrorCode::Validation,
                         tr("“%1” is UTF-16 text, which this version cannot import yet. Save it as CSV UTF-8 and try again.")
                             .arg(source->m_shownPath));
    switch (format.encoding) {
    case SourceEncoding::Utf8: source->m_utf8 = true; break;
    case SourceEncoding::Gb18030: source->m_utf8 = false; break;
    case SourceEncoding::Auto: source->m_utf8 = sample.startsWith("\xEF\xBB\xBF") || isValidUtf8(sample); break;
    case SourceEncoding::Utf16: break;
    }
    if (!source->m_utf8) {
        source->m_decoder = QStringDecoder("GB18030", QStringDecoder::Flag::Stateless);
        if (!source->m_decoder.isValid())
            return makeError(ErrorCode::Validation, tr("This build of Guanxi cannot read GB18030 text."));
    }
    source->m_delimiter = delimiterFor(format.delimiter, sample);
    return source;
}

bool SimpleCsvSource::refill()
{
    m_buffer = m_file.read(ChunkBytes);
    m_position = 0;
    if (m_bytesRead == 0 && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_position = 3;
    m_bytesRead += m_buffer.size();
    return m_position < m_buffer.size();
}

void SimpleCsvSource::finishField(SourceRecord &record)
{
    // Quotes, delimiters and line breaks are ASCII bytes that neither UTF-8 nor GB18030 uses
    // inside a multi-byte character, so fields can be cut from the bytes before decoding.
    record.fields.append(m_utf8 ? QString::fromUtf8(m_field) : m_decoder.decode(m_field));
    m_field.clear();
}

Result<bool> SimpleCsvSource::next(SourceRecord &record)
{
    if (m_failed)
        return makeError(ErrorCode::Io, tr("“%1” could not be read to the end.").arg(m_shownPath));
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    record.fields.clear();
    m_field.clear();
    State state = State::FieldStart;
    qint64 startLine = m_line;
    qint64 quoteLine = m_line;
    bool content = false;  // anything but an empty line so far
    for (;;) {
        if (m_position >= m_buffer.size() && !refill()) {
            if (m_file.error() != QFileDevice::NoError) {
                m_failed = true;
                return makeError(ErrorCode::Io, tr("Reading “%1” failed at line %2: %3").arg(m_shownPath).arg(m_line).arg(m_file.errorString()));
            }
            if (state == State::Quoted) {
                m_failed = true;
                return makeError(ErrorCode::Validation,
                                 tr("Line %1: a quoted field is not closed before the end of the file.").arg(quoteLine));
            }
            if (!content)
                return false;
            finishField(record);
            record.line = startLine;
            return true;
        }
        const char c = m_buffer.at(m_position++);
        switch (state) {
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n')
                    ++m_line;
                m_field.append(c);
            }
            continue;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_field.append('"');
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;  // text after the closing quote is kept, as spreadsheets do
            break;
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                content = true;
                continue;
            }
            break;
        case State::Unquoted:
            break;
        }
        if (c == m_delimiter) {
            finishField(record);
            state = State::FieldStart;
            content = true;
        } else if (c == '\n') {
            ++m_line;
            if (!content) {
                startLine = m_line;  // an empty line: not a record
                continue;
            }
            finishField(record);
            record.line = startLine;
            return true;
        } else if (c != '\r') {
            m_field.append(c);
            state = State::Unquoted;
            content = true;
        }
    }
}

}  // namespace guanxi
