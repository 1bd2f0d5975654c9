#include "XlsxRecordSource.h"

#include "exchange/xlsx/XlsxReader.h"

namespace guanxi {

XlsxRecordSource::XlsxRecordSource(std::unique_ptr<XlsxReader> reader) : m_reader(std::move(reader)) {}

XlsxRecordSource::~XlsxRecordSource() = default;

Result<std::unique_ptr<XlsxRecordSource>> XlsxRecordSource::open(const QString &path, const QString &sheetName)
{
    auto reader = XlsxReader::open(path, sheetName);
    if (!reader)
        return reader.error();
    return std::unique_ptr<XlsxRecordSource>(new XlsxRecordSource(std::move(*reader)));
}

Result<bool> XlsxRecordSource::next(SourceRecord &record)
{
    xlsx::XlsxRow row;
    auto more = m_reader->next(row);
    if (!more || !*more)
        return more;
    if (m_width < 0)
        m_width = row.cells.size();
    else if (row.cells.size() < m_width)
        row.cells.resize(m_width);
    record.line = row.number;
    record.fields = std::move(row.cells);
    record.problem.clear();
    return true;
}

qint64 XlsxRecordSource::bytesRead() const
{
    return m_reader->bytesRead();
}

qint64 XlsxRecordSource::totalBytes() const
{
    return m_reader->totalBytes();
}

}  // namespace guanxi
