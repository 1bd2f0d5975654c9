#include "XlsxTableWriter.h"

#include <QDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace guanxi::exchange {

namespace {

// Column widths come from the header and this many first rows: enough to see the data's shape,
// few enough to hold while deciding.
constexpr int WidthSampleRows = 1000;
constexpr double MinWidth = 6;
constexpr double MaxWidth = 60;
// Above this estimated size of a sheet's XML the zip needs ZIP64 (entries over 4 GB); below it,
// plain zip, which every spreadsheet reads.
constexpr double Zip64AboveBytes = 3.0e9;
constexpr double EstimatedBytesPerCell = 64;

// Width in Excel's character units: East Asian wide characters take two.
double displayWidth(QStringView text)
{
    double width = 0;
    for (char32_t c : text.toUcs4()) {
        if (c == U'\n')
            break;  // a multi-line note: its first line decides
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

double valueWidth(const ExportValue &value)
{
    struct Visitor {
        double operator()(std::monostate) const { return 0; }
        double operator()(const QString &text) const { return displayWidth(text); }
        double operator()(Integer number) const { return double(QString::number(number.value).size()); }
        double operator()(Amount amount) const
        {
            // "#,##0.00": digits, separators, two decimals
            const double digits = double(QString::number(amount.minor / 100).size());
            return digits + std::floor((digits - 1) / 3) + 3;
        }
        double operator()(const QDate &) const { return 10; }
        double operator()(const QDateTime &) const { return 19; }
    };
    return std::visit(Visitor{}, value);
}

lxw_datetime toExcel(const QDate &date, const QTime &time)
{
    return lxw_datetime{date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second())};
}

}  // namespace

XlsxTableWriter::~XlsxTableWriter()
{
    // Not finished (an error or a cancel): free without writing anything. The temporary files of
    // the constant-memory mode are already unlinked, so nothing is left behind.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

Status XlsxTableWriter::check(int error) const
{
    if (error == LXW_NO_ERROR)
        return {};
    return makeError(ErrorCode::Io, tr("The Excel file could not be written."),
                     QString::fromUtf8(lxw_strerror(lxw_error(error))));
}

Status XlsxTableWriter::begin(const QStringList &headers)
{
    m_headers = headers;
    for (const QString &header : headers)
        m_widths.append(displayWidth(header) + 3);  // bold, and room for the filter button

    m_tempDir = QDir::toNativeSeparators(QDir::tempPath()).toLocal8Bit();
    m_pathBytes = QDir::toNativeSeparators(m_path).toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Without it libxlsxwriter uses tmpfile(), which on Windows writes to C:\ and fails there.
    options.tmpdir = m_tempDir.data();
    const double estimatedSheetBytes = double(std::min<qint64>(m_options.expectedRows, m_options.rowsPerSheet))
                                       * double(headers.size()) * EstimatedBytesPerCell;
    options.use_zip64 = estimatedSheetBytes > Zip64AboveBytes ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(m_pathBytes.constData(), &options);
    if (!m_workbook)
        return makeError(ErrorCode::Io, tr("The Excel file could not be written."), QStringLiteral("workbook_new_opt"));

    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_amount = workbook_add_format(m_workbook);
    format_set_num_format(m_amount, "#,##0.00");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    return {};
}

Status XlsxTableWriter::startSheet()
{
    ++m_sheets;
    const QString name = m_sheets == 1 ? m_options.sheetName : QStringLiteral("%1 (%2)").arg(m_options.sheetName).arg(m_sheets);
    m_sheet = workbook_add_worksheet(m_workbook, name.left(31).toUtf8().constData());
    if (!m_sheet)
        return makeError(ErrorCode::Io, tr("The Excel file could not be written."), QStringLiteral("workbook_add_worksheet"));
    for (qsizetype column = 0; column < m_widths.size(); ++column) {
        const double width = std::clamp(m_widths.at(column), MinWidth, MaxWidth);
        if (Status s = check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr)); !s)
            return s;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (qsizetype column = 0; column < m_headers.size(); ++column)
        if (Status s = check(worksheet_write_string(m_sheet, 0, lxw_col_t(column), m_headers.at(column).toUtf8().constData(),
                                                    m_header));
            !s)
            return s;
    m_row = 1;
    return {};
}

void XlsxTableWriter::closeSheet()
{
    if (m_sheet && !m_headers.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, m_row > 1 ? m_row - 1 : 0, lxw_col_t(m_headers.size() - 1));
}

Status XlsxTableWriter::writeRow(const QList<ExportValue> &row)
{
    if (!m_widthsKnown) {
        for (qsizetype column = 0; column < row.size() && column < m_widths.size(); ++column)
            m_widths[column] = std::max(m_widths.at(column), valueWidth(row.at(column)) + 2);
        m_firstRows.append(row);
        if (m_firstRows.size() < WidthSampleRows)
            return {};
        return writeBufferedRows();
    }
    return writeCells(row);
}

Status XlsxTableWriter::writeBufferedRows()
{
    m_widthsKnown = true;
    if (Status s = startSheet(); !s)
        return s;
    const QList<QList<ExportValue>> rows = std::exchange(m_firstRows, {});
    for (const QList<ExportValue> &row : rows)
        if (Status s = writeCells(row); !s)
            return s;
    return {};
}

Status XlsxTableWriter::writeCells(const QList<ExportValue> &row)
{
    if (m_row > quint32(m_options.rowsPerSheet)) {
        closeSheet();
        if (Status s = startSheet(); !s)
            return s;
    }
    for (qsizetype i = 0; i < row.size(); ++i) {
        const lxw_col_t column = lxw_col_t(i);
        const ExportValue &value = row.at(i);
        lxw_error error = LXW_NO_ERROR;
        if (const auto *text = std::get_if<QString>(&value)) {
            if (text->isEmpty())
                continue;
            QString cell = *text;
            if (cell.size() > MaxCellCharacters) {
                cell.truncate(cell.at(MaxCellCharacters - 1).isHighSurrogate() ? MaxCellCharacters - 1 : MaxCellCharacters);
                ++m_truncatedCells;
            }
            error = worksheet_write_string(m_sheet, m_row, column, cell.toUtf8().constData(), nullptr);
        } else if (const auto *number = std::get_if<Integer>(&value)) {
            error = worksheet_write_number(m_sheet, m_row, column, double(number->value), nullptr);
        } else if (const auto *amount = std::get_if<Amount>(&value)) {
            error = worksheet_write_number(m_sheet, m_row, column, double(amount->minor) / 100.0, m_amount);
        } else if (const auto *date = std::get_if<QDate>(&value)) {
            lxw_datetime excel = toExcel(*date, QTime(0, 0));
            error = date->year() >= 1900 ? worksheet_write_datetime(m_sheet, m_row, column, &excel, m_date)
                                         : worksheet_write_string(m_sheet, m_row, column,
                                                                  date->toString(Qt::ISODate).toUtf8().constData(), nullptr);
        } else if (const auto *time = std::get_if<QDateTime>(&value)) {
            const QDateTime local = time->toTimeZone(m_options.zone);
            lxw_datetime excel = toExcel(local.date(), local.time());
            error = local.date().year() >= 1900
                        ? worksheet_write_datetime(m_sheet, m_row, column, &excel, m_dateTime)
                        : worksheet_write_string(m_sheet, m_row, column,
                                                 local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8().constData(),
                                                 nullptr);
        }
        if (Status s = check(error); !s)
            return s;
    }
    ++m_row;
    return {};
}

Status XlsxTableWriter::finish()
{
    if (!m_widthsKnown)
        if (Status s = writeBufferedRows(); !s)
            return s;
    closeSheet();
    lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
    return check(workbook_close(workbook));  // writes the zip; frees the workbook either way
}

}  // namespace guanxi::exchange
