#pragma once

#include "Result.h"
#include "XlsxSheetReader.h"

#include <QCoreApplication>

#include <memory>

namespace guanxi {

class ZipArchive;

namespace xlsx {
class XlsxSharedStrings;
class XlsxStyles;
}  // namespace xlsx

// Reads the rows of one worksheet of an Excel workbook (.xlsx) in bounded memory: the workbook's
// list of sheets, its shared strings and its styles are read when it is opened, then the sheet is
// inflated and parsed as its rows are asked for.
//
//   auto reader = XlsxReader::open(path);          // the first sheet; or open(path, "客户")
//   xlsx::XlsxRow row;
//   while (auto more = (*reader)->next(row)) { if (!*more) break; use(row.number, row.cells); }
//
// Every problem is an Error with a translated message: Io when the file cannot be read,
// Validation when it is not a workbook, is damaged (with the XML line), or lacks the sheet.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheetName = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // The next row with text, or false at the end of the sheet.
    Result<bool> next(xlsx::XlsxRow &row);

    QString sheetName() const { return m_sheetName; }
    // Progress through the sheet, in its compressed bytes (about the size of the same table as CSV).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    XlsxReader();

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<xlsx::XlsxSharedStrings> m_strings;
    std::unique_ptr<xlsx::XlsxStyles> m_styles;
    std::unique_ptr<xlsx::XlsxSheetReader> m_sheet;
    QString m_sheetName;
};

}  // namespace guanxi
