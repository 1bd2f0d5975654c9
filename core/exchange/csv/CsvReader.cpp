#include "CsvReader.h"

#include "CsvDecoder.h"
#include "CsvParser.h"
#include "CsvSniffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace guanxi {

namespace {

CsvOptions sane(CsvOptions options)
{
    options.chunkBytes = std::max<qsizetype>(options.chunkBytes, 1);
    options.sampleBytes = std::max<qsizetype>(options.sampleBytes, 4);  // the longest byte order mark
    options.previewRecords = std::max(options.previewRecords, 0);
    options.limits.maxFieldLength = std::max<qsizetype>(options.limits.maxFieldLength, 1);
    options.limits.maxRecordLength = std::max<qsizetype>(options.limits.maxRecordLength, 1);
    options.limits.maxFields = std::max<qsizetype>(options.limits.maxFields, 1);
    return options;
}

}  // namespace

CsvReader::CsvReader(const QString &path, const CsvOptions &options)
    : m_path(path)
    , m_displayName(QFileInfo(path).fileName())
    , m_options(sane(options))
{
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_displayName(device->objectName().isEmpty() ? QStringLiteral("-") : device->objectName())
    , m_options(sane(options))
    , m_device(device)
{
    if (!device->isSequential())
        m_totalBytes = device->size() - device->pos();
}

CsvReader::~CsvReader() = default;

Result<CsvFormat> CsvReader::detect()
{
    if (m_format)
        return *m_format;
    if (m_error)
        return *m_error;
    if (Status sampled = readSample(); !sampled)
        return fail(sampled.error());
    const bool wholeFile = m_deviceAtEnd;
    if (m_sample.isEmpty())
        return fail(makeError(ErrorCode::Validation, tr("The file “%1” is empty: it has no rows.").arg(m_displayName)));

    const auto encoding = CsvSniffer::encoding(m_sample, wholeFile, m_options.encoding);
    if (!encoding)
        return fail(encoding.error());
    CsvFormat format;
    format.encoding = encoding->encoding;
    format.byteOrderMark = encoding->byteOrderMarkLength > 0;
    format.encodingConfidence = encoding->confidence;
    m_asciiSample = encoding->asciiOnly && m_options.encoding == CsvEncoding::Auto;

    CsvDecoder decoder(format.encoding, encoding->byteOrderMarkLength, m_asciiSample);
    const bool decoded =
        decoder.decode(QByteArrayView(m_sample).sliced(encoding->byteOrderMarkLength), wholeFile, m_text);
    if (m_options.delimiter == CsvDelimiter::Auto) {
        const auto delimiter =
            CsvSniffer::delimiter(m_text, wholeFile && decoded, format.encoding, m_options.limits);
        format.delimiter = delimiter.delimiter;
        format.delimiterConfidence = delimiter.confidence;
    } else {
        format.delimiter = m_options.delimiter;
        format.delimiterConfidence = CsvConfidence::Certain;
    }

    // The preview, and a first look for what would stop the read anyway.
    CsvParser parser(csvDelimiterCharacter(format.delimiter), m_options.limits);
    QList<CsvRecord> records;
    Status parsed = parser.feed(m_text, records);
    if (parsed && !decoded)
        parsed = makeError(ErrorCode::Validation, decoder.faultMessage(parser.line()), decoder.faultDetail());
    if (parsed && wholeFile)
        parsed = parser.finish(records);
    if (!parsed)
        return fail(parsed.error());
    if (records.isEmpty() && wholeFile)
        return fail(makeError(ErrorCode::Validation, tr("The file “%1” is empty: it has no rows.").arg(m_displayName)));
    format.previewIsComplete = wholeFile && records.size() <= m_options.previewRecords;
    if (records.size() > m_options.previewRecords)
        records.resize(m_options.previewRecords);
    format.preview = std::move(records);
    m_format = format;
    return format;
}

CsvEncoding CsvReader::encoding() const
{
    if (m_decoder)
        return m_decoder->encoding();
    return m_format ? m_format->encoding : m_options.encoding;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (m_error)
        return *m_error;
    if (m_cancelled.load(std::memory_order_relaxed))
        return fail(makeError(ErrorCode::Cancelled, tr("Reading “%1” was cancelled.").arg(m_displayName)));
    for (;;) {
        if (m_nextRecord < m_records.size()) {
            record = std::move(m_records[m_nextRecord++]);
            ++m_recordsReturned;
            return true;
        }
        m_records.clear();
        m_nextRecord = 0;
        if (m_pendingError)
            return fail(*m_pendingError);
        if (m_parsedAll) {
            if (m_recordsReturned == 0)
                return fail(
                    makeError(ErrorCode::Validation, tr("The file “%1” is empty: it has no rows.").arg(m_displayName)));
            return false;
        }
        if (!m_parser) {
            if (Status started = start(); !started)
                return fail(started.error());
        }
        if (Status stepped = step(); !stepped)
            return fail(stepped.error());
    }
}

Status CsvReader::open()
{
    if (m_device)
        return {};
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!QFileInfo::exists(m_path))
        return makeError(ErrorCode::Io, tr("The file “%1” does not exist.").arg(nativePath));
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorCode::Io, tr("Cannot open the file “%1”: %2").arg(nativePath, m_file->errorString()),
                         m_file->errorString());
    }
    m_totalBytes = m_file->size();
    m_device = m_file.get();
    return {};
}

Status CsvReader::readSample()
{
    if (Status opened = open(); !opened)
        return opened;
    // Exactly sampleBytes (or the whole file), whatever the chunk size, so detection does not depend on it.
    while (m_sample.size() < m_options.sampleBytes && !m_deviceAtEnd) {
        if (Status read = readChunk(m_chunk, m_options.sampleBytes - m_sample.size()); !read)
            return read;
        m_sample.append(m_chunk);
    }
    return {};
}

Status CsvReader::readChunk(QByteArray &chunk, qsizetype maxBytes)
{
    if (m_cancelled.load(std::memory_order_relaxed))
        return makeError(ErrorCode::Cancelled, tr("Reading “%1” was cancelled.").arg(m_displayName));
    chunk.resize(std::min(m_options.chunkBytes, maxBytes));
    const qint64 read = m_device->read(chunk.data(), chunk.size());
    if (read < 0) {
        return makeError(ErrorCode::Io,
                         tr("Cannot read the file “%1”: %2").arg(m_displayName, m_device->errorString()),
                         m_device->errorString());
    }
    chunk.resize(read);
    m_bytesRead.fetch_add(read, std::memory_order_relaxed);
    m_deviceAtEnd = read == 0;
    return checkFileUnchanged();
}

// On most systems a file removed or replaced while it is open still reads to its end; an import
// from it would then not be what the user sees in the folder. A file cut short reads short.
Status CsvReader::checkFileUnchanged()
{
    if (!m_file)
        return {};
    const QFileInfo now(m_path);
    if (!now.exists()) {
        return makeError(ErrorCode::Io, tr("The file “%1” disappeared while it was being read.").arg(m_displayName),
                         m_path);
    }
    const qint64 read = bytesRead();
    if (read > m_totalBytes || now.size() != m_totalBytes || (m_deviceAtEnd && read != m_totalBytes)) {
        return makeError(ErrorCode::Io,
                         tr("The file “%1” changed while it was being read: another program may be writing it. "
                            "Close that program and try again.")
                             .arg(m_displayName),
                         QStringLiteral("size %1 when opened, %2 now, %3 bytes read")
                             .arg(m_totalBytes)
                             .arg(now.size())
                             .arg(read));
    }
    return {};
}

Status CsvReader::start()
{
    if (!m_format) {
        if (auto detected = detect(); !detected)
            return detected.error();
    }
    const qsizetype byteOrderMark =
        m_format->byteOrderMark ? CsvSniffer::byteOrderMarkLength(m_format->encoding) : 0;
    m_decoder = std::make_unique<CsvDecoder>(m_format->encoding, byteOrderMark, m_asciiSample);
    m_parser = std::make_unique<CsvParser>(csvDelimiterCharacter(m_format->delimiter), m_options.limits);
    m_sampleConsumed = byteOrderMark;
    return {};
}

// Decodes and parses one chunk: the sample first, then the rest of the file.
Status CsvReader::step()
{
    if (m_cancelled.load(std::memory_order_relaxed))
        return makeError(ErrorCode::Cancelled, tr("Reading “%1” was cancelled.").arg(m_displayName));
    QByteArrayView bytes;
    bool last = false;
    if (m_sampleConsumed < m_sample.size()) {
        const qsizetype size = std::min(m_options.chunkBytes, m_sample.size() - m_sampleConsumed);
        bytes = QByteArrayView(m_sample).sliced(m_sampleConsumed, size);
        m_sampleConsumed += size;
        last = m_deviceAtEnd && m_sampleConsumed == m_sample.size();
    } else {
        m_sample = QByteArray();
        if (!m_deviceAtEnd) {
            if (Status read = readChunk(m_chunk, m_options.chunkBytes); !read)
                return read;
            bytes = m_chunk;
        }
        last = m_deviceAtEnd;
    }

    const bool decoded = m_decoder->decode(bytes, last, m_text);
    Status parsed = m_parser->feed(m_text, m_records);
    if (parsed && !decoded) {
        parsed = makeError(ErrorCode::Validation, m_decoder->faultMessage(m_parser->line()),
                           m_decoder->faultDetail());
    }
    if (parsed && last)
        parsed = m_parser->finish(m_records);
    if (!parsed)
        m_pendingError = parsed.error();
    m_parsedAll = last;
    return {};
}

Error CsvReader::fail(Error error)
{
    m_error = error;
    return error;
}

}  // namespace guanxi
