#pragma once

#include "RecordSource.h"

#include <memory>

namespace guanxi {

class XlsxReader;

// The import pipeline's view of an Excel workbook (.xlsx): the rows of one worksheet
// (exchange/xlsx/XlsxReader), each record numbered with its row as the spreadsheet shows it, so
// that "line 5" in a message is row 5 in Excel. Rows are as wide as the header: the cells a
// spreadsheet leaves empty at the end of a row are empty fields, as in its CSV export.
class XlsxRecordSource : public RecordSource
{
public:
    // Opens `path` and reads its sheet list, shared strings and styles: a file that is not a
    // workbook, is damaged or has no such sheet is an error here, before anything is imported.
    // An empty `sheetName` reads the first worksheet.
    static Result<std::unique_ptr<XlsxRecordSource>> open(const QString &path, const QString &sheetName = {});

    ~XlsxRecordSource() override;
    Result<bool> next(SourceRecord &record) override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

private:
    explicit XlsxRecordSource(std::unique_ptr<XlsxReader> reader);

    std::unique_ptr<XlsxReader> m_reader;
    qsizetype m_width = -1;  // of the first row: the header
};

}  // namespace guanxi
