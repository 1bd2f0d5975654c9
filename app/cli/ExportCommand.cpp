// export ENTITY FILE: customers, contacts, orders, interactions or follow-ups to CSV, Excel,
// vCard or iCalendar (core/exchange/export), with progress and Ctrl-C.
#include "Command.h"
#include "Console.h"

#include "domain/Enums.h"
#include "exchange/export/ExportColumns.h"
#include "exchange/export/Exporter.h"
#include "storage/CustomerRepository.h"
#include "storage/StaffRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <QRegularExpression>

#include <atomic>
#include <csignal>

namespace guanxi::cli {

namespace {

using namespace guanxi::exchange;

std::atomic<bool> &cancelRequested()
{
    static std::atomic<bool> requested{false};
    return requested;
}

void cancelOnSignal(int signal)
{
    cancelRequested().store(true);
    std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the program at once; FILE is still untouched
}

class SignalScope
{
public:
    SignalScope()
    {
        m_previousInterrupt = std::signal(SIGINT, &cancelOnSignal);
        m_previousTerminate = std::signal(SIGTERM, &cancelOnSignal);
    }
    ~SignalScope()
    {
        std::signal(SIGINT, m_previousInterrupt);
        std::signal(SIGTERM, m_previousTerminate);
    }

private:
    void (*m_previousInterrupt)(int);
    void (*m_previousTerminate)(int);
};

QString exportedMessage(ExportEntity entity, qint64 rows, const QString &file)
{
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    switch (entity) {
    case ExportEntity::Customers: return Cli::tr("Exported %Ln customer(s) to “%1”.", nullptr, n).arg(file);
    case ExportEntity::Contacts: return Cli::tr("Exported %Ln contact(s) to “%1”.", nullptr, n).arg(file);
    case ExportEntity::Orders: return Cli::tr("Exported %Ln order(s) to “%1”.", nullptr, n).arg(file);
    case ExportEntity::Interactions: return Cli::tr("Exported %Ln interaction(s) to “%1”.", nullptr, n).arg(file);
    case ExportEntity::FollowUps: return Cli::tr("Exported %Ln follow-up(s) to “%1”.", nullptr, n).arg(file);
    }
    return {};
}

template<typename E>
std::optional<E> enumOption(const Context &context, const QString &option, QString *error)
{
    const auto text = context.arguments.value(option);
    if (!text)
        return std::nullopt;
    if (auto value = enumFromText<E>(*text))
        return value;
    QStringList choices;
    for (E value : enumValues<E>())
        choices.append(QStringLiteral("%1 (%2)").arg(enumCode(value), enumLabel(value)));
    *error = Cli::tr("The option --%1 does not accept “%2”. Use one of: %3.").arg(option, *text, choices.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<QDate> dateOption(const Context &context, const QString &option, QString *error)
{
    const auto text = context.arguments.value(option);
    if (!text)
        return QDate();
    const QDate date = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        *error = Cli::tr("The option --%1 needs a date such as 2026-11-23, not “%2”.").arg(option, *text);
        return std::nullopt;
    }
    return date;
}

// Everything the command line says, checked before the workspace is opened; `error` is a usage error.
struct Request {
    ExportOptions options;
    QString file;
    std::optional<QString> ownerName;
};

std::optional<Request> parseRequest(const Context &context, QString *error)
{
    const auto has = [&](const char *option) { return context.arguments.has(QLatin1String(option)); };
    Request request;
    ExportOptions &options = request.options;

    const QString entityText = context.arguments.positionals.value(0);
    const auto entity = entityFromCode(entityText);
    if (!entity) {
        *error = Cli::tr("Cannot export “%1”. Use one of: customers, contacts, orders, interactions, followups.").arg(entityText);
        return std::nullopt;
    }
    options.entity = *entity;
    request.file = context.arguments.positionals.value(1);

    if (const auto format = context.arguments.value(QStringLiteral("format"))) {
        const auto parsed = formatFromCode(*format);
        if (!parsed) {
            *error = Cli::tr("The option --format does not accept “%1”. Use one of: csv, xlsx, vcard, ics.").arg(*format);
            return std::nullopt;
        }
        options.format = *parsed;
    } else if (const auto inferred = formatFromFileName(request.file)) {
        options.format = *inferred;
    } else {
        *error = Cli::tr("Cannot tell the format from the name “%1”: end it in .csv, .xlsx, .vcf or .ics, or add --format.")
                     .arg(request.file);
        return std::nullopt;
    }
    if (const QString reason = Exporter::unsupportedReason(options.entity, options.format); !reason.isEmpty()) {
        *error = reason;
        return std::nullopt;
    }
    const bool table = options.format == ExportFormat::Csv || options.format == ExportFormat::Xlsx;

    if (const auto encoding = context.arguments.value(QStringLiteral("encoding"))) {
        if (options.format != ExportFormat::Csv) {
            *error = Cli::tr("The option --encoding is for CSV files only.");
            return std::nullopt;
        }
        const auto parsed = encodingFromCode(*encoding);
        if (!parsed) {
            *error = Cli::tr("The option --encoding does not accept “%1”. Use one of: utf-8, utf-8-bom, gb18030.").arg(*encoding);
            return std::nullopt;
        }
        options.encoding = *parsed;
    }
    if (has("no-excel-safe") && !table) {
        *error = Cli::tr("The option --no-excel-safe is for CSV and Excel files only.");
        return std::nullopt;
    }
    options.spreadsheetSafe = !has("no-excel-safe");
    options.overwrite = has("force");

    options.language = context.language.startsWith(QLatin1String("zh")) ? ExportLanguage::Chinese : ExportLanguage::English;
    if (const auto headers = context.arguments.value(QStringLiteral("headers"))) {
        const auto parsed = languageFromCode(*headers);
        if (!parsed || !table) {
            *error = !table ? Cli::tr("The option --headers is for CSV and Excel files only.")
                            : Cli::tr("The option --headers does not accept “%1”. Use one of: en, zh, codes.").arg(*headers);
            return std::nullopt;
        }
        options.language = *parsed;
    }
    if (const auto columns = context.arguments.value(QStringLiteral("columns"))) {
        if (!table) {
            *error = Cli::tr("The option --columns is for CSV and Excel files only.");
            return std::nullopt;
        }
        for (const QString &name : columns->split(QRegularExpression(QStringLiteral("[,，]")), Qt::SkipEmptyParts)) {
            const QString code = findColumn(options.entity, name.trimmed());
            if (code.isEmpty()) {
                QStringList known;
                for (const ColumnName &column : columnNames(options.entity))
                    known.append(column.code);
                *error = Cli::tr("There is no column “%1” for %2. The columns are: %3.")
                             .arg(name.trimmed(), entityCode(options.entity), known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            options.columns.append(code);
        }
        if (options.columns.isEmpty()) {
            *error = Cli::tr("The option --columns needs at least one column.");
            return std::nullopt;
        }
    }
    if (const auto version = context.arguments.value(QStringLiteral("vcard-version"))) {
        if (options.format != ExportFormat::VCard) {
            *error = Cli::tr("The option --vcard-version is for vCard files only.");
            return std::nullopt;
        }
        const QString v = version->trimmed();
        if (v == QLatin1String("4.0") || v == QLatin1String("4"))
            options.vcardVersion = VCardVersion::V4;
        else if (v == QLatin1String("3.0") || v == QLatin1String("3"))
            options.vcardVersion = VCardVersion::V3;
        else {
            *error = Cli::tr("The option --vcard-version does not accept “%1”. Use 4.0 or 3.0.").arg(*version);
            return std::nullopt;
        }
    }
    if (const auto style = context.arguments.value(QStringLiteral("ics-as"))) {
        if (options.format != ExportFormat::ICalendar || options.entity != ExportEntity::FollowUps) {
            *error = Cli::tr("The option --ics-as is for follow-ups in calendar files only.");
            return std::nullopt;
        }
        const QString s = style->trimmed().toLower();
        if (s == QLatin1String("todo") || s == QLatin1String("todos") || s == QLatin1String("vtodo"))
            options.followUpStyle = FollowUpCalendarStyle::Todos;
        else if (s == QLatin1String("event") || s == QLatin1String("events") || s == QLatin1String("vevent"))
            options.followUpStyle = FollowUpCalendarStyle::Events;
        else {
            *error = Cli::tr("The option --ics-as does not accept “%1”. Use todo or event.").arg(*style);
            return std::nullopt;
        }
    }

    // Which records: customer options for customers, the others for the rest.
    const bool customers = options.entity == ExportEntity::Customers;
    for (const char *option : {"search", "tier", "lifecycle", "owner"}) {
        if (!customers && has(option)) {
            *error = Cli::tr("The option --%1 selects customers; it does not apply to %2.")
                         .arg(QLatin1String(option), entityCode(options.entity));
            return std::nullopt;
        }
    }
    for (const char *option : {"customer", "from", "to"}) {
        if (customers && has(option)) {
            *error = Cli::tr("The option --%1 does not apply to customers; use --search, --tier, --lifecycle or --owner.")
                         .arg(QLatin1String(option));
            return std::nullopt;
        }
    }
    if (const auto search = context.arguments.value(QStringLiteral("search")))
        options.customerFilter.search = *search;
    options.customerFilter.tier = enumOption<RelationshipTier>(context, QStringLiteral("tier"), error);
    options.customerFilter.lifecycle = enumOption<LifecycleLevel>(context, QStringLiteral("lifecycle"), error);
    request.ownerName = context.arguments.value(QStringLiteral("owner"));
    options.recordFilter.customerId = context.arguments.value(QStringLiteral("customer")).value_or(QString()).trimmed();
    const auto from = dateOption(context, QStringLiteral("from"), error);
    const auto to = dateOption(context, QStringLiteral("to"), error);
    if (!error->isEmpty())
        return std::nullopt;
    if (from && to && from->isValid() && to->isValid() && *from > *to) {
        *error = Cli::tr("--from %1 is after --to %2.").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
        return std::nullopt;
    }
    options.recordFilter.from = from.value_or(QDate());
    options.recordFilter.to = to.value_or(QDate());
    return request;
}

int runExport(Context &context)
{
    QString error;
    std::optional<Request> request = parseRequest(context, &error);
    if (!request)
        return context.usageError(error);
    ExportOptions &options = request->options;
    const QString shownFile = QDir::toNativeSeparators(request->file);
    if (QFileInfo::exists(request->file) && !options.overwrite && !QFileInfo(request->file).isDir())
        return context.fail(Cli::tr("“%1” already exists; add --force to replace it.").arg(shownFile));

    context.readOnly = true;  // an export never changes the workspace
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    if (const QString &customerId = options.recordFilter.customerId; !customerId.isEmpty())
        if (auto customer = CustomerRepository(*workspace).get(customerId); !customer)
            return context.fail(customer.error());
    if (request->ownerName) {
        auto staff = StaffRepository(*workspace).findByName(*request->ownerName);
        if (!staff)
            return context.fail(staff.error());
        options.customerFilter.ownerId = staff->meta.id;
    }

    const bool terminal = Console::isTerminal(true);
    const QLocale locale;
    qint64 lastTenth = -1;
    bool progressShown = false;
    cancelRequested().store(false);
    options.progress = [&](qint64 done, qint64 total) {
        if (total >= 10000) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            const QString text =
                Cli::tr("Exporting: %1 of %2 (%3%)").arg(locale.toString(done), locale.toString(total)).arg(percent);
            if (terminal) {
                Console::err(QStringLiteral("\r") + text);
                progressShown = true;
            } else if (percent / 10 != lastTenth) {
                lastTenth = percent / 10;
                Console::err(text + QLatin1Char('\n'));
            }
        }
        return !cancelRequested().load();
    };

    Result<ExportSummary> summary = [&] {
        const SignalScope signals;
        return Exporter(*workspace).run(request->file, options);
    }();
    if (progressShown)
        Console::err(QStringLiteral("\n"));
    if (!summary)
        return context.fail(summary.error());
    if (summary->truncatedCells > 0)
        Console::err(Cli::tr("Warning: %Ln cell(s) were longer than Excel allows (32,767 characters) and were cut; a CSV "
                             "export keeps them whole.",
                             nullptr, int(std::min<qint64>(summary->truncatedCells, std::numeric_limits<int>::max())))
                     + QLatin1Char('\n'));
    if (context.arguments.has(QStringLiteral("json"))) {
        const QJsonObject object{{QStringLiteral("file"), QDir::toNativeSeparators(summary->path)},
                                 {QStringLiteral("entity"), entityCode(options.entity)},
                                 {QStringLiteral("format"), formatCode(options.format)},
                                 {QStringLiteral("rows"), summary->rows}};
        Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        Console::out(exportedMessage(options.entity, summary->rows, QDir::toNativeSeparators(summary->path)) + QLatin1Char('\n'));
    }
    return Success;
}

}  // namespace

QList<Command> exportCommands()
{
    return {
        {{QStringLiteral("export")},
         QT_TRANSLATE_NOOP("Cli", "Export customers, contacts, orders, interactions or follow-ups to CSV, Excel, vCard or "
                                  "iCalendar (never replaces a file unless --force; Ctrl-C leaves no file)"),
         {{QStringLiteral("format"), QStringLiteral("FORMAT"),
           Cli::tr("csv, xlsx, vcard (contacts) or ics (follow-ups, interactions); default: from the file name")},
          {QStringLiteral("encoding"), QStringLiteral("ENCODING"),
           Cli::tr("CSV only: utf-8-bom (default; Excel everywhere), gb18030 (Excel on Chinese Windows) or utf-8 (scripts)")},
          {QStringLiteral("no-excel-safe"), QString(),
           Cli::tr("Write text starting with = + - @ as it is (by default a ' is put in front, so spreadsheets never run it)")},
          {QStringLiteral("headers"), QStringLiteral("LANG"),
           Cli::tr("Header row and enum values: en, zh or codes (default: the language of messages)")},
          {QStringLiteral("columns"), QStringLiteral("LIST"),
           Cli::tr("Only these columns, in this order, separated by commas (codes or headers; default: all)")},
          {QStringLiteral("vcard-version"), QStringLiteral("VERSION"), Cli::tr("4.0 (default) or 3.0 for older address books")},
          {QStringLiteral("ics-as"), QStringLiteral("KIND"),
           Cli::tr("Follow-ups as todo (default) or event, for calendars that ignore to-dos")},
          {QStringLiteral("search"), QStringLiteral("TEXT"), Cli::tr("Customers: only those the search box finds for TEXT")},
          {QStringLiteral("tier"), QStringLiteral("CODE"), Cli::tr("Customers: only this relationship tier")},
          {QStringLiteral("lifecycle"), QStringLiteral("CODE"), Cli::tr("Customers: only this lifecycle level")},
          {QStringLiteral("owner"), QStringLiteral("NAME"), Cli::tr("Customers: only those of this team member")},
          {QStringLiteral("customer"), QStringLiteral("ID"), Cli::tr("Other records: only this customer's")},
          {QStringLiteral("from"), QStringLiteral("DATE"), Cli::tr("Orders, interactions, follow-ups: on or after this day")},
          {QStringLiteral("to"), QStringLiteral("DATE"), Cli::tr("Orders, interactions, follow-ups: on or before this day")},
          {QStringLiteral("force"), QString(), Cli::tr("Replace FILE when it exists")},
          jsonOption()},
         {{QStringLiteral("ENTITY"), Cli::tr("customers, contacts, orders, interactions or followups")},
          {QStringLiteral("FILE"), Cli::tr("The file to write")}},
         &runExport},
    };
}

}  // namespace guanxi::cli
