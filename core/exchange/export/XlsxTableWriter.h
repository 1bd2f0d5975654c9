#pragma once

#include "TableWriter.h"

#include <QCoreApplication>
#include <QTimeZone>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace guanxi::exchange {

// An Excel workbook through libxlsxwriter in its constant-memory mode (each row goes to a
// temporary file as soon as it is complete, so a million rows take the memory of one): text as
// UTF-8 strings, amounts as numbers with the format #,##0.00, counts as numbers, dates and
// date-times as real date cells. The header row is bold, frozen and carries an autofilter;
// column widths follow the header and the first rows. Past Excel's row limit the table goes on
// in a further sheet ("Customers (2)") with the same header.
class XlsxTableWriter final : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    // Excel keeps at most this many characters in a cell; longer text is cut and counted.
    static constexpr qsizetype MaxCellCharacters = 32767;

    struct Options {
        QString sheetName;          // "Customers"
        QTimeZone zone;             // date-times are shown in this zone
        int rowsPerSheet = 1048575; // data rows per sheet, below Excel's 1,048,576 rows
        qint64 expectedRows = 0;    // to choose ZIP64 for very large files
    };

    // The file is created by finish(), in one go (libxlsxwriter writes the zip at the end).
    XlsxTableWriter(const QString &path, const Options &options) : m_options(options), m_path(path) {}
    ~XlsxTableWriter() override;

    Status begin(const QStringList &headers) override;
    Status writeRow(const QList<ExportValue> &row) override;
    Status finish() override;

    qint64 truncatedCells() const { return m_truncatedCells; }

private:
    Status startSheet();
    void closeSheet();
    Status writeBufferedRows();
    Status writeCells(const QList<ExportValue> &row);
    Status check(int error) const;

    Options m_options;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_amount = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    QString m_path;
    QByteArray m_pathBytes;
    QByteArray m_tempDir;  // libxlsxwriter keeps the pointer
    QStringList m_headers;
    QList<double> m_widths;
    QList<QList<ExportValue>> m_firstRows;  // held until the column widths are known
    bool m_widthsKnown = false;
    int m_sheets = 0;
    quint32 m_row = 0;  // the next row in the current sheet
    qint64 m_truncatedCells = 0;
};

}  // namespace guanxi::exchange
