#include "ImportPreviewJob.h"

#include "exchange/csv/CsvReader.h"

namespace guanxi {

namespace {

Result<CsvFormat> readCsvPreview(const QString &path, CsvEncoding encoding, CsvDelimiter delimiter, int records)
{
    CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    options.previewRecords = records + 1; // and the header
    CsvReader reader(path, options);
    return reader.detect();
}

} // namespace

ImportPreviewJob::ImportPreviewJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request))
{
}

ImportPreviewJob::~ImportPreviewJob()
{
    m_cancelled = true;
    m_thread.wait();
}

void ImportPreviewJob::start()
{
    m_thread.start([this] {
        JobOutcome<ImportPreview> outcome {read(), 0};
        handOver(this, m_outcome, std::move(outcome), [this] { Q_EMIT finished(); });
    });
}

ImportPreview ImportPreviewJob::read() const
{
    ImportPreview preview;
    preview.kind = m_request.kind.value_or(detectImportFileKind(m_request.filePath));
    if (preview.kind == ImportFileKind::Csv)
        readCsv(preview);
    else
        readSource(preview);
    return preview;
}

void ImportPreviewJob::readCsv(ImportPreview &preview) const
{
    const bool chosenAuto = m_request.encoding == CsvEncoding::Auto && m_request.delimiter == CsvDelimiter::Auto;
    std::optional<Result<CsvFormat>> detected;
    if (m_request.detectFormat) {
        detected = readCsvPreview(m_request.filePath, CsvEncoding::Auto, CsvDelimiter::Auto, m_request.records);
        if (*detected)
            preview.detected = **detected;
    }
    const Result<CsvFormat> format = detected && chosenAuto
        ? *detected
        : readCsvPreview(m_request.filePath, m_request.encoding, m_request.delimiter, m_request.records);
    if (!format) {
        preview.problem = format.error().message;
        return;
    }
    preview.format = *format;
    const QList<CsvRecord> &records = format->preview;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i == 0) {
            preview.header = records.at(i).fields;
            continue;
        }
        preview.rows.append(records.at(i).fields);
        preview.lines.append(QString::number(records.at(i).line));
    }
    preview.complete = format->previewIsComplete;
}

void ImportPreviewJob::readSource(ImportPreview &preview) const
{
    auto source = openImportSource(m_request.filePath, preview.kind, {});
    if (!source) {
        preview.problem = source.error().message;
        return;
    }
    SourceRecord record;
    bool first = true;
    while (!m_cancelled && preview.rows.size() < m_request.records) {
        auto more = (*source)->next(record);
        if (!more) {
            preview.problem = more.error().message;
            return;
        }
        if (!*more) {
            preview.complete = true;
            return;
        }
        if (first) {
            preview.header = record.fields;
            first = false;
            continue;
        }
        preview.rows.append(record.fields);
        preview.lines.append(QString::number(record.line));
    }
    // Exactly `records` rows: complete when nothing follows.
    if (!m_cancelled) {
        auto more = (*source)->next(record);
        preview.complete = more && !*more;
    }
}

} // namespace guanxi
