#pragma once

#include "Result.h"
#include "XmlPartReader.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class ZipArchive;

namespace xlsx {

class XlsxSharedStrings;
class XlsxStyles;

// One row of a sheet: its number (1-based, as the spreadsheet shows it) and its cells as text,
// from column A up to the last cell that is not empty.
struct XlsxRow {
    qint64 number = 0;
    QStringList cells;
};

// Streams the rows of one worksheet part (<sheetData><row><c>) as it is inflated. Cells that the
// part leaves out (r="A1" then r="C1") are empty; rows it leaves out, and rows whose cells are all
// empty, are not returned. Each cell becomes text as XlsxCellText describes: shared and inline
// strings, formula results (the value the workbook saved), TRUE/FALSE, error values such as #N/A,
// numbers, and dates when their style's number format is one.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    XlsxSheetReader(ZipArchive &zip, const QString &displayName, const XlsxSharedStrings &strings, const XlsxStyles &styles,
                    bool date1904);

    Status open(const QString &part);
    // The next row that has a cell with text: true and `row` filled, false at the end, or an error.
    Result<bool> next(XlsxRow &row);

private:
    Result<bool> readRow(XlsxRow &row);
    Status readCell(QStringList &cells, int &column, qint64 rowNumber);
    Result<QString> cellText(QStringView type, qsizetype style, const QString &value, const QString &reference);

    XmlPartReader m_part;
    QString m_displayName;
    const XlsxSharedStrings &m_strings;
    const XlsxStyles &m_styles;
    bool m_date1904 = false;
    qint64 m_rowNumber = 0;
};

}  // namespace xlsx
}  // namespace guanxi
