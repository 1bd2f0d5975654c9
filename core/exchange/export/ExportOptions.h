#pragma once

#include "storage/CustomerRepository.h"
#include "storage/TablePage.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace guanxi::exchange {

enum class ExportEntity { Customers, Contacts, Orders, Interactions, FollowUps };

enum class ExportFormat {
    Csv,        // RFC 4180, CRLF, in the chosen encoding
    Xlsx,       // Excel workbook: number, date and date-time cells
    VCard,      // contacts only
    ICalendar,  // follow-ups (VTODO, or all-day VEVENT) and interactions (VEVENT)
};

// The byte encoding of a CSV file. Excel on Chinese Windows reads GB18030 (its "ANSI" there)
// without asking; every Excel since 2016 reads UTF-8 when the file starts with a byte-order mark.
// The GUI offers these as "Excel (Chinese Windows)" = Gb18030 and "Excel (other)" = Utf8Bom.
// Utf8 (no mark) is for scripts and other programs.
enum class CsvEncoding { Utf8, Utf8Bom, Gb18030 };

// The language of a table's header row and of the values of enum and yes/no columns: English
// and Chinese use the fixed labels of ExportColumns.h (never the UI translation, so a file
// re-imports whatever language the importing Guanxi runs in); Codes writes the stable machine
// names and codes, for scripts.
enum class ExportLanguage { English, Chinese, Codes };

enum class VCardVersion { V3, V4 };

// How follow-ups go into an iCalendar file: as to-dos (VTODO, the faithful form: due date and
// completion) or as all-day events (VEVENT), for calendars that ignore to-dos (Google Calendar,
// Outlook's import).
enum class FollowUpCalendarStyle { Todos, Events };

struct ExportOptions {
    ExportEntity entity = ExportEntity::Customers;
    ExportFormat format = ExportFormat::Csv;
    // Column codes (ExportColumns.h) in the order wanted; empty means every column. CSV and XLSX only.
    QStringList columns;
    CustomerFilter customerFilter;      // which customers (Customers)
    CustomerOrder customerOrder;        // in which order (the list's sort; by name by default)
    CustomerRecordFilter recordFilter;  // which rows of the other entities
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    ExportLanguage language = ExportLanguage::English;
    // OWASP CSV injection: text cells starting with = + - @ tab or CR (and their full-width forms)
    // get a leading apostrophe, so a spreadsheet never runs them as formulas. See SpreadsheetSafety.h.
    bool spreadsheetSafe = true;
    bool overwrite = false;  // replace an existing file (atomically); otherwise refuse
    VCardVersion vcardVersion = VCardVersion::V4;
    FollowUpCalendarStyle followUpStyle = FollowUpCalendarStyle::Todos;
    // Date-times (stored UTC) are written in this zone in CSV and XLSX, without an offset, as a
    // spreadsheet shows them. vCard and iCalendar always write UTC.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // Excel's limit is 1,048,576 rows per sheet (one is the header); longer exports continue on
    // further sheets. Tests lower it.
    int xlsxRowsPerSheet = 1048575;
    // Called after every page with (rows written, rows in total); return false to cancel. The
    // export then fails with ErrorCode::Cancelled and leaves no file behind.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ExportSummary {
    QString path;
    qint64 rows = 0;
    // XLSX cells cut to Excel's 32,767 characters (the CSV export keeps every character).
    qint64 truncatedCells = 0;
};

// Stable codes for files, the CLI and settings: "customers", "csv", "utf-8-bom", "zh" …
QString entityCode(ExportEntity entity);
std::optional<ExportEntity> entityFromCode(const QString &code);
QString formatCode(ExportFormat format);
std::optional<ExportFormat> formatFromCode(const QString &code);
// From a file name's suffix (.csv, .xlsx, .vcf/.vcard, .ics/.ical); nullopt when unknown.
std::optional<ExportFormat> formatFromFileName(const QString &fileName);
QString encodingCode(CsvEncoding encoding);
std::optional<CsvEncoding> encodingFromCode(const QString &code);
QString languageCode(ExportLanguage language);
std::optional<ExportLanguage> languageFromCode(const QString &code);

}  // namespace guanxi::exchange
