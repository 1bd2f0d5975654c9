#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"
#include "exchange/csv/CsvReader.h"

#include <memory>

namespace guanxi {

// The import pipeline's view of a CSV file: core/exchange/csv's streaming reader (encoding and
// delimiter detection, RFC 4180, limits against hostile files), with the user's choices.
class CsvRecordSource : public RecordSource
{
public:
    // Opens `path` and detects what the user left on auto; a file that cannot be read, or whose
    // first 128 KiB are not CSV, is an error here, before anything is imported.
    static Result<std::unique_ptr<CsvRecordSource>> open(const QString &path, const SourceFormat &format);

    Result<bool> next(SourceRecord &record) override;
    qint64 bytesRead() const override { return m_reader->bytesRead(); }
    qint64 totalBytes() const override { return m_reader->totalBytes(); }

    const CsvFormat &detected() const { return m_format; }

private:
    CsvRecordSource(std::unique_ptr<CsvReader> reader, CsvFormat format);

    std::unique_ptr<CsvReader> m_reader;
    CsvFormat m_format;
    CsvRecord m_record;
};

}  // namespace guanxi
