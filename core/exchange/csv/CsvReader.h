#pragma once

#include "CsvOptions.h"
#include "CsvRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace guanxi {

class CsvDecoder;
class CsvParser;

// Reads a CSV file record by record in bounded memory: the file is read in chunks
// (CsvOptions::chunkBytes), decoded (CsvDecoder), and parsed (CsvParser); only the records of one
// chunk wait in memory, and CsvLimits bounds each record.
//
//   CsvReader reader(path, options);
//   Result<CsvFormat> format = reader.detect();   // optional: encoding, delimiter, a preview
//   CsvRecord record;
//   for (;;) {
//       Result<bool> more = reader.next(record);
//       if (!more) { report(more.error()); break; }
//       if (!*more) break;
//       use(record);
//   }
//
// Every problem is an Error with a translated message that names the line: Validation for content
// (bad encoding, NUL, limits, an open quote, an empty file), Io for the file system (missing,
// unreadable, changed or removed while reading), Cancelled after cancel(). After an error the
// reader stays failed. Records read before a content error are valid; an importer that wants all
// or nothing discards them.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(const QString &path, const CsvOptions &options = {});
    // Reads an open device the caller owns (a QBuffer in tests and fuzzing). The checks that the
    // file stays as it was apply to paths only.
    explicit CsvReader(QIODevice *device, const CsvOptions &options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Detects the encoding and the delimiter (unless the options fix them) from the first
    // CsvOptions::sampleBytes and parses the first records for a preview. Fails when the sample
    // already shows the file cannot be read. next() calls it when it has not been called.
    Result<CsvFormat> detect();

    // The next record: true and `record` filled, false at the end of the file, or an error.
    Result<bool> next(CsvRecord &record);

    // The encoding being read: the detected one, except that a file whose sample was plain ASCII
    // turns from UTF-8 to GB18030 when its first other bytes are GBK rather than UTF-8.
    CsvEncoding encoding() const;

    // Progress: bytes read from the file so far, and its size (-1 when unknown).
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_totalBytes; }

    // May be called from another thread: the next call to next() fails with ErrorCode::Cancelled.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    Status open();
    Status readSample();
    Status readChunk(QByteArray &chunk, qsizetype maxBytes);
    Status checkFileUnchanged();
    Status start();
    Status step();
    Error fail(Error error);

    QString m_path;
    QString m_displayName;
    CsvOptions m_options;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    qint64 m_totalBytes = -1;
    std::atomic<qint64> m_bytesRead{0};
    std::atomic<bool> m_cancelled{false};
    bool m_deviceAtEnd = false;

    QByteArray m_sample;  // the first bytes, read once: detection looks at them, reading starts with them
    qsizetype m_sampleConsumed = 0;
    std::optional<CsvFormat> m_format;
    bool m_asciiSample = false;

    std::unique_ptr<CsvDecoder> m_decoder;
    std::unique_ptr<CsvParser> m_parser;
    QByteArray m_chunk;
    QString m_text;
    QList<CsvRecord> m_records;  // parsed, not yet returned
    qsizetype m_nextRecord = 0;
    qint64 m_recordsReturned = 0;
    bool m_parsedAll = false;
    std::optional<Error> m_pendingError;  // returned once the records parsed before it are
    std::optional<Error> m_error;
};

}  // namespace guanxi
