#include "CsvRecordSource.h"

namespace guanxi {

namespace {

CsvEncoding csvEncoding(SourceEncoding encoding)
{
    switch (encoding) {
    case SourceEncoding::Auto: return CsvEncoding::Auto;
    case SourceEncoding::Utf8: return CsvEncoding::Utf8;
    case SourceEncoding::Gb18030: return CsvEncoding::Gb18030;
    case SourceEncoding::Utf16: return CsvEncoding::Utf16;
    }
    return CsvEncoding::Auto;
}

CsvDelimiter csvDelimiter(SourceDelimiter delimiter)
{
    switch (delimiter) {
    case SourceDelimiter::Auto: return CsvDelimiter::Auto;
    case SourceDelimiter::Comma: return CsvDelimiter::Comma;
    case SourceDelimiter::Semicolon: return CsvDelimiter::Semicolon;
    case SourceDelimiter::Tab: return CsvDelimiter::Tab;
    }
    return CsvDelimiter::Auto;
}

}  // namespace

CsvRecordSource::CsvRecordSource(std::unique_ptr<CsvReader> reader, CsvFormat format)
    : m_reader(std::move(reader)), m_format(std::move(format))
{
}

Result<std::unique_ptr<CsvRecordSource>> CsvRecordSource::open(const QString &path, const SourceFormat &format)
{
    CsvOptions options;
    options.encoding = csvEncoding(format.encoding);
    options.delimiter = csvDelimiter(format.delimiter);
    auto reader = std::make_unique<CsvReader>(path, options);
    auto detected = reader->detect();
    if (!detected)
        return detected.error();
    return std::unique_ptr<CsvRecordSource>(new CsvRecordSource(std::move(reader), std::move(*detected)));
}

Result<bool> CsvRecordSource::next(SourceRecord &record)
{
    auto more = m_reader->next(m_record);
    if (!more || !*more)
        return more;
    record.line = m_record.line;
    record.fields = std::move(m_record.fields);
    return true;
}

}  // namespace guanxi
