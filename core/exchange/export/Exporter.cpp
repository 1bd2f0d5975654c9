#include "Exporter.h"

#include "CsvTableWriter.h"
#include "ExportColumns.h"
#include "FileSink.h"
#include "ICalendarWriter.h"
#include "PartFile.h"
#include "RecordSource.h"
#include "SpreadsheetSafety.h"
#include "VCardWriter.h"
#include "XlsxTableWriter.h"
#include "storage/ReadSnapshot.h"

#include <QDir>

#include <algorithm>

namespace guanxi::exchange {

namespace {

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, Exporter::tr("The export was cancelled; no file was written."));
}

// Calls the progress callback; false when it asked to cancel.
bool report(const ExportOptions &options, qint64 done, qint64 total)
{
    return !options.progress || options.progress(done, total);
}

// The selected columns in the order asked for, or every column.
template<typename Record>
Result<QList<const ExportColumn<Record> *>> selectColumns(ExportEntity entity, const QStringList &codes)
{
    QList<const ExportColumn<Record> *> selected;
    const auto all = columnsFor<Record>();
    if (codes.isEmpty()) {
        for (const auto &column : all)
            selected.append(&column);
        return selected;
    }
    for (const QString &code : codes) {
        const QString found = findColumn(entity, code);
        const auto it = std::find_if(all.begin(), all.end(), [&](const auto &c) { return QLatin1String(c.code) == found; });
        if (found.isEmpty() || it == all.end()) {
            QStringList known;
            for (const auto &column : all)
                known.append(QString::fromLatin1(column.code));
            return makeError(ErrorCode::InvalidArgument, Exporter::tr("There is no column “%1” for %2. The columns are: %3.")
                                                             .arg(code, entityCode(entity), known.join(QStringLiteral(", "))));
        }
        selected.append(&*it);
    }
    return selected;
}

QString sheetName(ExportEntity entity, ExportLanguage language)
{
    static const char *const english[] = {"Customers", "Contacts", "Orders", "Interactions", "Follow-ups"};
    static const char *const chinese[] = {"客户", "联系人", "订单", "沟通记录", "跟进事项"};
    const int index = int(entity);
    switch (language) {
    case ExportLanguage::English: return QString::fromLatin1(english[index]);
    case ExportLanguage::Chinese: return QString::fromUtf8(chinese[index]);
    case ExportLanguage::Codes: break;
    }
    return entityCode(entity);
}

template<typename Record>
Result<qint64> writeTable(RecordSource<Record> &source, qint64 total, const QList<const ExportColumn<Record> *> &columns,
                          TableWriter &writer, const ExportOptions &options)
{
    QStringList headers;
    for (const auto *column : columns)
        headers.append(columnHeader(*column, options.language));
    if (Status s = writer.begin(headers); !s)
        return s.error();
    qint64 done = 0;
    QList<ExportValue> row;
    row.reserve(columns.size());
    for (;;) {
        auto page = source.next();
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const Record &record : std::as_const(*page)) {
            row.clear();
            for (const auto *column : columns) {
                ExportValue value = column->value(record, options.language);
                if (options.spreadsheetSafe)
                    if (auto *text = std::get_if<QString>(&value); text && SpreadsheetSafety::needsNeutralising(*text))
                        text->prepend(SpreadsheetSafety::Apostrophe);
                row.append(std::move(value));
            }
            if (Status s = writer.writeRow(row); !s)
                return s.error();
        }
        done += page->size();
        if (!report(options, done, std::max(total, done)))
            return cancelled();
    }
    if (Status s = writer.finish(); !s)
        return s.error();
    return done;
}

// vCard and iCalendar: `append` writes one record's text.
template<typename Record, typename Append>
Result<qint64> writeText(RecordSource<Record> &source, qint64 total, FileSink &sink, const ExportOptions &options,
                         Append append)
{
    qint64 done = 0;
    for (;;) {
        auto page = source.next();
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const Record &record : std::as_const(*page))
            append(record, sink.buffer());
        if (Status s = sink.flushIfFull(); !s)
            return s.error();
        done += page->size();
        if (!report(options, done, std::max(total, done)))
            return cancelled();
    }
    return done;
}

struct Job {
    Workspace &workspace;
    const ExportOptions &options;
    PartFile &part;
    qint64 truncatedCells = 0;

    template<typename Record>
    Result<qint64> table(RecordSource<Record> source)
    {
        auto columns = selectColumns<Record>(options.entity, options.columns);
        if (!columns)
            return columns.error();
        auto total = source.count();
        if (!total)
            return total.error();
        if (!report(options, 0, *total))
            return cancelled();
        if (options.format == ExportFormat::Csv) {
            auto writer = CsvTableWriter::open(part.partPath(), options.encoding, options.timeZone);
            if (!writer)
                return writer.error();
            return writeTable(source, *total, *columns, **writer, options);
        }
        XlsxTableWriter::Options xlsx;
        xlsx.sheetName = sheetName(options.entity, options.language);
        xlsx.zone = options.timeZone;
        xlsx.rowsPerSheet = std::max(1, options.xlsxRowsPerSheet);
        xlsx.expectedRows = *total;
        XlsxTableWriter writer(part.partPath(), xlsx);
        auto rows = writeTable(source, *total, *columns, writer, options);
        truncatedCells = writer.truncatedCells();
        return rows;
    }

    template<typename Record, typename Append>
    Result<qint64> text(RecordSource<Record> source, const QString &calendarName, Append append)
    {
        auto total = source.count();
        if (!total)
            return total.error();
        if (!report(options, 0, *total))
            return cancelled();
        auto sink = FileSink::open(part.partPath());
        if (!sink)
            return sink.error();
        if (!calendarName.isEmpty())
            ICalendarWriter::appendBegin(calendarName, (*sink)->buffer());
        auto rows = writeText(source, *total, **sink, options, append);
        if (!rows)
            return rows;
        if (!calendarName.isEmpty())
            ICalendarWriter::appendEnd((*sink)->buffer());
        if (Status s = (*sink)->finish(); !s)
            return s.error();
        return rows;
    }

    Result<qint64> run()
    {
        const CustomerRecordFilter &related = options.recordFilter;
        switch (options.format) {
        case ExportFormat::Csv:
        case ExportFormat::Xlsx:
            switch (options.entity) {
            case ExportEntity::Customers: return table(customerSource(workspace, options.customerFilter, options.customerOrder));
            case ExportEntity::Contacts: return table(contactSource(workspace, related));
            case ExportEntity::Orders: return table(orderSource(workspace, related));
            case ExportEntity::Interactions: return table(interactionSource(workspace, related));
            case ExportEntity::FollowUps: return table(followUpSource(workspace, related));
            }
            break;
        case ExportFormat::VCard: {
            const VCardWriter vcard(options.vcardVersion);
            return text(contactSource(workspace, related), QString(),
                        [&](const Contact &contact, QByteArray &out) { vcard.append(contact, out); });
        }
        case ExportFormat::ICalendar:
            if (options.entity == ExportEntity::Interactions)
                return text(interactionSource(workspace, related), Exporter::tr("Guanxi interactions"),
                            [](const Interaction &i, QByteArray &out) { ICalendarWriter::appendInteraction(i, out); });
            return text(followUpSource(workspace, related), Exporter::tr("Guanxi follow-ups"),
                        [style = options.followUpStyle](const FollowUp &f, QByteArray &out) {
                            ICalendarWriter::appendFollowUp(f, style, out);
                        });
        }
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown export"));
    }
};

}  // namespace

bool Exporter::supports(ExportEntity entity, ExportFormat format)
{
    return unsupportedReason(entity, format).isEmpty();
}

QString Exporter::unsupportedReason(ExportEntity entity, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
    case ExportFormat::Xlsx: return {};
    case ExportFormat::VCard:
        return entity == ExportEntity::Contacts ? QString() : tr("Only contacts can be exported as vCards (.vcf).");
    case ExportFormat::ICalendar:
        return entity == ExportEntity::FollowUps || entity == ExportEntity::Interactions
                   ? QString()
                   : tr("Only follow-ups and interactions can be exported as calendars (.ics).");
    }
    return {};
}

Result<ExportSummary> Exporter::run(const QString &path, const ExportOptions &options)
{
    if (const QString reason = unsupportedReason(options.entity, options.format); !reason.isEmpty())
        return makeError(ErrorCode::InvalidArgument, reason);
    const bool table = options.format == ExportFormat::Csv || options.format == ExportFormat::Xlsx;
    if (!table && !options.columns.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Columns can only be chosen for CSV and Excel files."));

    auto part = PartFile::create(path, options.overwrite);
    if (!part)
        return part.error();
    auto snapshot = ReadSnapshot::begin(m_workspace);
    if (!snapshot)
        return snapshot.error();

    Job job{m_workspace, options, **part};
    auto rows = job.run();
    snapshot->reset();
    if (!rows) {
        Error error = rows.error();
        if (error.code == ErrorCode::Io)  // the writers name FILE.part; the user knows FILE
            error.message = tr("Cannot write “%1”; nothing was saved.").arg(QDir::toNativeSeparators((*part)->path()));
        return error;  // ~PartFile removes FILE.part
    }
    if (Status committed = (*part)->commit(); !committed)
        return committed.error();
    ExportSummary summary;
    summary.path = (*part)->path();
    summary.rows = *rows;
    summary.truncatedCells = job.truncatedCells;
    return summary;
}

}  // namespace guanxi::exchange
