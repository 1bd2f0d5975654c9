#pragma once

#include "JobThread.h"
#include "exchange/csv/CsvOptions.h"
#include "exchange/csv/CsvRecord.h"
#include "exchange/import/ImportFileKind.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace guanxi {

// The first records of a file to import, as the wizard's preview shows them.
struct ImportPreview {
    ImportFileKind kind = ImportFileKind::Csv;
    // CSV, when detection was asked for: what the reader finds with everything on auto (absent
    // when it cannot read the file that way).
    std::optional<CsvFormat> detected;
    // CSV: the file as read with the chosen encoding and delimiter.
    std::optional<CsvFormat> format;
    QString problem; // the reader's message when the file cannot be read (as chosen)
    QStringList header;
    QList<QStringList> rows; // after the header
    QStringList lines; // the line each row starts on
    bool complete = false; // the rows are all the file has
};

// Reads a preview on a worker thread, so that a slow network drive or a huge file never holds up
// the window: the kind of file (unless the request names it), for CSV the detected format and
// the records as chosen, for any other kind the first records of its RecordSource. No workspace
// connection. Deleting the job waits for the read (bounded by `records`); a job whose result is
// no longer wanted is abandoned (cancel(), then deleteLater() on finished()).
class ImportPreviewJob : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QString filePath;
        std::optional<ImportFileKind> kind; // absent: detected from the file
        bool detectFormat = false; // CSV: also read it with everything on auto
        CsvEncoding encoding = CsvEncoding::Auto;
        CsvDelimiter delimiter = CsvDelimiter::Auto;
        int records = 50; // after the header
    };

    explicit ImportPreviewJob(Request request, QObject *parent = nullptr);
    ~ImportPreviewJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    const Request &request() const { return m_request; }
    // Set once finished() was emitted.
    const std::optional<JobOutcome<ImportPreview>> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    ImportPreview read() const;
    void readCsv(ImportPreview &preview) const;
    void readSource(ImportPreview &preview) const;

    Request m_request;
    std::atomic<bool> m_cancelled = false;
    std::optional<JobOutcome<ImportPreview>> m_outcome;
    JobThread m_thread {QStringLiteral("guanxi import preview")};
};

} // namespace guanxi
