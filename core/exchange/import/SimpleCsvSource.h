#pragma once

#include "RecordSource.h"
#include "SourceFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <memory>

namespace guanxi {

// TEMPORARY — to be replaced by the streaming CsvReader of core/exchange/csv when the branches
// are merged (openImportFile() is the one place that creates it). A small RFC 4180 reader so
// that the import pipeline, its tests and guanxi-cli work meanwhile: quoted fields with doubled
// quotes and line breaks, CRLF or LF, empty lines skipped; UTF-8 (with or without BOM) or
// GB18030; comma, semicolon or tab, the most frequent one in the first line when Auto.
// It does not detect UTF-16 and applies no limits to hostile files.
class SimpleCsvSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(SimpleCsvSource)

public:
    static Result<std::unique_ptr<SimpleCsvSource>> open(const QString &path, const SourceFormat &format);

    Result<bool> next(SourceRecord &record) override;
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_totalBytes; }

private:
    SimpleCsvSource() = default;
    bool refill();
    void finishField(SourceRecord &record);

    QFile m_file;
    QString m_shownPath;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    qint64 m_line = 1;
    char m_delimiter = ',';
    bool m_utf8 = true;
    QStringDecoder m_decoder;
    QByteArray m_field;
    bool m_failed = false;
};

}  // namespace guanxi
