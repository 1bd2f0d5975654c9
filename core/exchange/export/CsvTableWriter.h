#pragma once

#include "ExportOptions.h"
#include "FileSink.h"
#include "TableWriter.h"
#include "TextEncoder.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>

namespace guanxi::exchange {

// RFC 4180 CSV: comma-separated fields, CRLF after every row (the header too), a field in double
// quotes when it holds a comma, a double quote (doubled inside), CR or LF, or starts or ends with
// a space. Amounts "1234.50", dates "2026-11-23", date-times "2026-11-23 09:07:00" in the given
// zone: forms every spreadsheet reads as numbers and dates.
class CsvTableWriter final : public TableWriter
{
public:
    static Result<std::unique_ptr<CsvTableWriter>> open(const QString &path, CsvEncoding encoding, const QTimeZone &zone);

    Status begin(const QStringList &headers) override;
    Status writeRow(const QList<ExportValue> &row) override;
    Status finish() override;

    // The field as it appears in a row: quoted when it must be.
    static void appendField(QString &line, QStringView field);
    static QString text(const ExportValue &value, const QTimeZone &zone);

private:
    CsvTableWriter(std::unique_ptr<FileSink> sink, std::unique_ptr<TextEncoder> encoder, const QTimeZone &zone)
        : m_sink(std::move(sink)), m_encoder(std::move(encoder)), m_zone(zone)
    {
    }
    Status writeLine(const QString &line);

    std::unique_ptr<FileSink> m_sink;
    std::unique_ptr<TextEncoder> m_encoder;
    QTimeZone m_zone;
    QString m_line;
};

}  // namespace guanxi::exchange
