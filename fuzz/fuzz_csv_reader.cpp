// libFuzzer target for the CSV reader: any bytes must give records or a clean Error — never a
// crash, a hang, a record beyond the limits, or a result that depends on how the file was chunked.
//
// The first input byte chooses the options (encoding and delimiter overrides, a chunk size, small
// limits); the rest is the file. Each input is read twice, in one big chunk and in small ones, and
// both reads must agree record for record and on the error message.
#include "exchange/csv/CsvReader.h"

#include <QBuffer>

#include <array>
#include <cstdint>
#include <cstdlib>

using namespace guanxi;

namespace {

struct Outcome {
    QList<CsvRecord> records;
    QString error;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

Outcome read(const QByteArray &bytes, const CsvOptions &options)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome outcome;
    if (auto format = reader.detect()) {
        check(format->preview.size() <= options.previewRecords);
        check(format->delimiter != CsvDelimiter::Auto);
    }
    CsvRecord record;
    qint64 lastLine = 0;
    for (;;) {
        const Result<bool> more = reader.next(record);
        if (!more) {
            outcome.error = more.error().message;
            check(!outcome.error.isEmpty());
            break;
        }
        if (!*more)
            break;
        check(record.line > lastLine);
        lastLine = record.line;
        check(record.fieldCount() >= 1 && record.fieldCount() <= options.limits.maxFields);
        qsizetype length = 0;
        for (const QString &field : std::as_const(record.fields)) {
            check(field.size() <= options.limits.maxFieldLength);
            length += field.size();
        }
        check(length <= options.limits.maxRecordLength);
        outcome.records.append(record);
    }
    check(reader.bytesRead() <= bytes.size());
    return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::array encodings{CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030,
                                          CsvEncoding::Utf16, CsvEncoding::Utf16Le, CsvEncoding::Utf16Be};
    static constexpr std::array delimiters{CsvDelimiter::Auto, CsvDelimiter::Comma, CsvDelimiter::Semicolon,
                                           CsvDelimiter::Tab};
    static constexpr std::array<qsizetype, 4> chunks{1, 2, 3, 7};
    const std::uint8_t selector = data[0];

    CsvOptions options;
    options.encoding = encodings[selector % encodings.size()];
    options.delimiter = delimiters[(selector / 8) % delimiters.size()];
    options.sampleBytes = 256;
    options.previewRecords = 5;
    if (selector & 0x80) {
        options.limits.maxFieldLength = 16;
        options.limits.maxRecordLength = 64;
        options.limits.maxFields = 8;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    options.chunkBytes = 64 * 1024;
    const Outcome whole = read(bytes, options);
    options.chunkBytes = chunks[(selector / 32) % chunks.size()];
    const Outcome pieces = read(bytes, options);

    check(whole.error == pieces.error);
    check(whole.records.size() == pieces.records.size());
    for (qsizetype i = 0; i < whole.records.size(); ++i) {
        check(whole.records[i].line == pieces.records[i].line);
        check(whole.records[i].fields == pieces.records[i].fields);
    }
    return 0;
}
