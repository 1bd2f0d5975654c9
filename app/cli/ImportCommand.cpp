// import ENTITY FILE, import vcard FILE, undo-import BATCH, imports, import-mappings: spreadsheets
// and address books in, as one undoable batch (core/exchange/import).
#include "Command.h"
#include "Console.h"
#include "TextTable.h"

#include "exchange/import/ImportFields.h"
#include "exchange/import/ImportFileKind.h"
#include "exchange/import/Importer.h"
#include "exchange/import/RejectsWriter.h"
#include "exchange/import/VCardRecordSource.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportMappingRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>

namespace guanxi::cli {

namespace {

constexpr int ListedInText = 20;             // rejects and duplicates printed in text mode
constexpr qint64 ProgressFromBytes = 1 << 20;  // smaller files import before progress would help

BulkCancel &importCancel()
{
    static BulkCancel cancel;
    return cancel;
}

void cancelOnSignal(int signal)
{
    importCancel().request();
    std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the program at once; the file is still safe
}

// Ctrl-C and SIGTERM cancel the import, which then rolls back.
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
    SignalScope(const SignalScope &) = delete;
    SignalScope &operator=(const SignalScope &) = delete;

private:
    void (*m_previousInterrupt)(int);
    void (*m_previousTerminate)(int);
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    Console::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

// --mapping FILE|PRESET: a JSON file when such a file exists, otherwise a mapping saved in the workspace.
Result<MappingSpec> loadMapping(Workspace &workspace, const QString &value)
{
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Cli::tr("Cannot read the column mapping “%1”: %2").arg(shown(value), file.errorString()));
        auto spec = MappingSpec::fromJson(file.readAll());
        if (!spec)
            return makeError(spec.error().code, Cli::tr("%1: %2").arg(shown(value), spec.error().message));
        return spec;
    }
    auto preset = ImportMappingRepository(workspace).find(value);
    if (!preset) {
        if (preset.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound,
                             Cli::tr("There is neither a file nor a saved column mapping called “%1”. “%2” lists the saved ones.")
                                 .arg(value, QStringLiteral("guanxi-cli import-mappings")));
        return preset.error();
    }
    return MappingSpec::fromJson(preset->mapping);
}

QJsonObject reportJson(const ImportReport &report, const QString &file)
{
    QJsonArray rejects;
    for (const RejectedRow &row : report.rejects)
        rejects.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    QJsonObject mapping;
    const auto fields = ImportFields::of(report.entity);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (const int column = report.mapping.columnOfField(int(i)); column >= 0)
            mapping.insert(QString::fromLatin1(fields[i].key), report.mapping.hasHeader()
                                                                   ? QJsonValue(report.mapping.headerCells().value(column))
                                                                   : QJsonValue(column + 1));
    QJsonObject object{
        {QStringLiteral("batch"), report.batchId.isEmpty() ? QJsonValue() : QJsonValue(report.batchId)},
        {QStringLiteral("entity"), ImportEntities::code(report.entity)},
        {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
        {QStringLiteral("dryRun"), report.dryRun},
        {QStringLiteral("committed"), report.committed},
        {QStringLiteral("read"), report.read},
        {QStringLiteral("created"), report.created},
        {QStringLiteral("updated"), report.updated},
        {QStringLiteral("skipped"), report.skipped},
        {QStringLiteral("rejected"), report.rejected},
        {QStringLiteral("rejects"), rejects},
        {QStringLiteral("rejectsFile"), report.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(QFileInfo(report.rejectsFile).absoluteFilePath())},
        {QStringLiteral("mapping"), mapping},
        {QStringLiteral("listsTruncated"), report.listsTruncated},
    };
    if (report.dryRun) {
        QJsonArray duplicates;
        for (const DuplicateMatch &m : report.duplicates) {
            QJsonObject pair{{QStringLiteral("line"), m.line},
                             {QStringLiteral("matchedBy"), m.matchedBy},
                             {QStringLiteral("existingId"), m.existingId},
                             {QStringLiteral("existingName"), m.existingName},
                             {QStringLiteral("action"), duplicateActionCode(m.action)}};
            if (m.existingLine > 0)
                pair.insert(QStringLiteral("existingLine"), m.existingLine);
            duplicates.append(pair);
        }
        object.insert(QStringLiteral("duplicates"), duplicates);
    }
    return object;
}

// "line 10 has the same phone number as “华为” from line 2: skipped"
QString duplicateLine(ImportEntity entity, const DuplicateMatch &m)
{
    const QString record = m.existingLine > 0 ? Cli::tr("“%1” from line %2").arg(m.existingName).arg(m.existingLine)
                                              : Cli::tr("“%1” (%2)").arg(m.existingName, m.existingId);
    const QString key = duplicateKeyLabel(entity, m.matchedBy);
    switch (m.action) {
    case DuplicateMatch::Action::Skipped: return Cli::tr("line %1 has the same %2 as %3: skipped").arg(m.line).arg(key, record);
    case DuplicateMatch::Action::Updated: return Cli::tr("line %1 has the same %2 as %3: updates it").arg(m.line).arg(key, record);
    case DuplicateMatch::Action::Unchanged: return Cli::tr("line %1 has the same %2 as %3: nothing to change").arg(m.line).arg(key, record);
    case DuplicateMatch::Action::Created: return Cli::tr("line %1 has the same %2 as %3: created anyway").arg(m.line).arg(key, record);
    }
    return {};
}


// "Customers" for the stored code "customers", in the user's language.
QString entityLabel(const QString &code)
{
    const std::optional<ImportEntity> entity = ImportEntities::fromText(code);
    return entity ? ImportEntities::label(*entity) : code;
}

QString importedFrom(ImportEntity entity, const QString &file)
{
    switch (entity) {
    case ImportEntity::Customers: return Cli::tr("Imported customers from “%1”.").arg(file);
    case ImportEntity::Contacts: return Cli::tr("Imported contacts from “%1”.").arg(file);
    case ImportEntity::Orders: return Cli::tr("Imported orders from “%1”.").arg(file);
    case ImportEntity::Interactions: return Cli::tr("Imported interactions from “%1”.").arg(file);
    }
    return {};
}

// `cards`: the file is a vCard, whose records are cards rather than rows.
void printReport(const ImportReport &report, const QString &file, bool cards)
{
    const QLocale locale;
    QString text;
    const QString counts = (cards ? Cli::tr("%Ln card(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.",
                                            nullptr, pluralCount(report.read))
                                  : Cli::tr("%Ln row(s) read. Created: %1, updated: %2, skipped as duplicates: %3, rejected: %4.",
                                            nullptr, pluralCount(report.read)))
                               .arg(locale.toString(report.created), locale.toString(report.updated), locale.toString(report.skipped),
                                    locale.toString(report.rejected));
    if (report.committed)
        text += importedFrom(report.entity, shown(file)) + QLatin1Char(' ') + counts + QLatin1Char('\n')
                + Cli::tr("Batch %1 (undo with “guanxi-cli undo-import %1”).").arg(report.batchId) + QLatin1Char('\n');
    else if (report.refusedAsStrict)
        text += Cli::tr("Nothing was imported from “%1” (--strict): %2").arg(shown(file), counts) + QLatin1Char('\n');
    else
        text += Cli::tr("Dry run of “%1”, nothing was saved. %2").arg(shown(file), counts) + QLatin1Char('\n');
    if (report.dryRun && !cards) {  // a vCard's columns are always the same
        text += Cli::tr("Columns:") + QLatin1Char('\n');
        for (const QString &line : report.mapping.describe())
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    if (report.dryRun) {
        if (!report.duplicates.isEmpty()) {
            text += Cli::tr("Duplicates:") + QLatin1Char('\n');
            for (const DuplicateMatch &m : report.duplicates.mid(0, ListedInText))
                text += QStringLiteral("  ") + duplicateLine(report.entity, m) + QLatin1Char('\n');
            if (report.duplicates.size() > ListedInText)
                text += QStringLiteral("  ")
                        + Cli::tr("… and %Ln more (--json lists them).", nullptr, pluralCount(report.duplicates.size() - ListedInText))
                        + QLatin1Char('\n');
        }
    }
    if (!report.rejects.isEmpty()) {
        text += (cards ? Cli::tr("Rejected cards:") : Cli::tr("Rejected rows:")) + QLatin1Char('\n');
        for (const RejectedRow &row : report.rejects.mid(0, ListedInText))
            text += QStringLiteral("  ") + Cli::tr("line %1: %2").arg(row.line).arg(row.reason) + QLatin1Char('\n');
        if (report.rejected > ListedInText)
            text += QStringLiteral("  ") + Cli::tr("… and %Ln more.", nullptr, pluralCount(report.rejected - ListedInText)) + QLatin1Char('\n');
        if (!report.rejectsFile.isEmpty() && cards)
            text += Cli::tr("The rejected cards are in “%1”, a CSV file with the reason in the last column.").arg(shown(report.rejectsFile))
                    + QLatin1Char('\n');
        else if (!report.rejectsFile.isEmpty())
            text += Cli::tr("The rejected rows are in “%1”, with the reason in the last column: fix them there and import that "
                            "file again.")
                        .arg(shown(report.rejectsFile))
                    + QLatin1Char('\n');
        else if (cards)
            text += Cli::tr("Add --rejects %1 to save them with their reasons as a CSV file.").arg(shown(RejectsWriter::defaultPath(file)))
                    + QLatin1Char('\n');
        else
            text += Cli::tr("Add --rejects %1 to save them for fixing and importing again.").arg(shown(RejectsWriter::defaultPath(file)))
                    + QLatin1Char('\n');
    }
    Console::out(text);
}

int runImport(Context &context)
{
    const QString entityText = context.arguments.positionals.value(0);
    const QString file = context.arguments.positionals.value(1);
    // "import vcard FILE": contacts, and the customers they work for, from an address book.
    const bool vcard = entityText.compare(QLatin1String("vcard"), Qt::CaseInsensitive) == 0
                       || entityText.compare(QLatin1String("vcf"), Qt::CaseInsensitive) == 0;
    const std::optional<ImportEntity> entity = vcard ? ImportEntity::Contacts : ImportEntities::fromText(entityText);
    if (!entity)
        return context.usageError(
            Cli::tr("Import what? “%1” is not one of customers, contacts, orders, interactions, vcard.").arg(entityText));
    if (vcard)
        for (const QString &option : {QStringLiteral("encoding"), QStringLiteral("delimiter"), QStringLiteral("mapping"),
                                      QStringLiteral("save-mapping")})
            if (context.arguments.has(option))
                return context.usageError(
                    Cli::tr("The option --%1 is for CSV files: a vCard names its own fields and character sets.").arg(option));
    const bool workbook = !vcard && importFileKindOfContent(file) == ImportFileKind::Workbook;
    if (workbook)
        for (const QString &option : {QStringLiteral("encoding"), QStringLiteral("delimiter")})
            if (context.arguments.has(option))
                return context.usageError(
                    Cli::tr("The option --%1 is for CSV files: an Excel workbook keeps its text in Unicode and its cells apart.")
                        .arg(option));
    SourceFormat format;
    if (const auto sheet = context.arguments.value(QStringLiteral("sheet"))) {
        if (!workbook)
            return context.usageError(Cli::tr("The option --sheet is for Excel workbooks (.xlsx)."));
        format.sheet = *sheet;
    }
    if (const auto text = context.arguments.value(QStringLiteral("encoding"))) {
        const auto encoding = SourceFormat::encodingFromText(*text);
        if (!encoding)
            return context.usageError(Cli::tr("The option --encoding takes auto, utf-8, gb18030 or utf-16, not “%1”.").arg(*text));
        format.encoding = *encoding;
    }
    if (const auto text = context.arguments.value(QStringLiteral("delimiter"))) {
        const auto delimiter = SourceFormat::delimiterFromText(*text);
        if (!delimiter)
            return context.usageError(Cli::tr("The option --delimiter takes auto, comma, semicolon or tab, not “%1”.").arg(*text));
        format.delimiter = *delimiter;
    }
    ImportOptions options = vcard ? VCardRecordSource::importOptions() : ImportOptions();
    options.entity = *entity;
    if (const auto text = context.arguments.value(QStringLiteral("on-duplicate"))) {
        const auto policy = duplicatePolicyFromText(*text);
        if (!policy)
            return context.usageError(Cli::tr("The option --on-duplicate takes skip, update or create, not “%1”.").arg(*text));
        options.onDuplicate = *policy;
    }
    options.strict = context.arguments.has(QStringLiteral("strict"));
    options.dryRun = context.arguments.has(QStringLiteral("dry-run"));
    options.fileName = QFileInfo(file).fileName();
    options.rejectsPath = context.arguments.value(QStringLiteral("rejects")).value_or(QString());
    options.saveMappingAs = context.arguments.value(QStringLiteral("save-mapping")).value_or(QString());
    if (context.arguments.has(QStringLiteral("save-mapping")) && options.saveMappingAs.trimmed().isEmpty())
        return context.usageError(Cli::tr("The option --save-mapping needs a name."));
    if (!options.rejectsPath.isEmpty() && QFileInfo(options.rejectsPath).absoluteFilePath() == QFileInfo(file).absoluteFilePath())
        return context.usageError(Cli::tr("The rejected rows cannot be written over the file being imported."));
    const bool json = context.arguments.has(QStringLiteral("json"));

    auto source = openImportSource(file, vcard ? ImportFileKind::VCard : ImportFileKind::Csv, format);
    if (!source)
        return context.fail(source.error());
    auto workspace = context.open();
    if (!workspace)
        return Failure;
    if (const auto mapping = context.arguments.value(QStringLiteral("mapping"))) {
        auto spec = loadMapping(*workspace, *mapping);
        if (!spec)
            return context.fail(spec.error());
        options.mapping = *spec;
    }

    const bool showProgress = (*source)->totalBytes() >= ProgressFromBytes;
    const bool terminal = Console::isTerminal(true);
    qint64 lastTenth = -1;
    bool progressEnded = false;
    options.cancel = &importCancel();
    options.progress = [&](const ImportProgress &p) {
        if (!showProgress || p.totalBytes <= 0)
            return;
        const qint64 percent = p.bytesRead * 100 / p.totalBytes;
        const QString line = Cli::tr("Importing: %Ln row(s) (%1%)", nullptr, pluralCount(p.rows)).arg(percent);
        if (terminal) {
            Console::err(QStringLiteral("\r") + line);
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            Console::err(line + QLatin1Char('\n'));
        }
    };
    options.stage = [&](BulkWriter::Stage stage) {
        if (!showProgress)
            return;
        if (terminal && !progressEnded) {
            Console::err(QStringLiteral("\n"));
            progressEnded = true;
        }
        switch (stage) {
        case BulkWriter::Stage::BuildingIndexes: Console::err(Cli::tr("Building the indexes…") + QLatin1Char('\n')); break;
        case BulkWriter::Stage::IndexingSearch: Console::err(Cli::tr("Building the search index…") + QLatin1Char('\n')); break;
        case BulkWriter::Stage::Saving: Console::err(Cli::tr("Saving…") + QLatin1Char('\n')); break;
        case BulkWriter::Stage::Compacting: Console::err(Cli::tr("Writing the log into the file…") + QLatin1Char('\n')); break;
        }
    };

    Result<ImportReport> report = [&] {
        const SignalScope signals;
        return Importer::run(*workspace, **source, options);
    }();
    if (showProgress && terminal && !progressEnded)
        Console::err(QStringLiteral("\n"));
    if (!report)
        return context.fail(report.error());
    if (json)
        printJson(reportJson(*report, file));
    else
        printReport(*report, file, vcard);
    if (!report->rejectsProblem.isEmpty())
        context.fail(report->rejectsProblem);
    if (report->refusedAsStrict)
        return context.fail(Cli::tr("Nothing was imported: %n row(s) are not valid and --strict accepts only a file without errors.",
                                    nullptr, pluralCount(report->rejected)));
    return Success;
}

int runUndoImport(Context &context)
{
    const QString batch = context.arguments.positionals.value(0);
    auto workspace = context.open();
    if (!workspace)
        return Failure;
    ImportBatchRepository batches(*workspace);
    auto found = batches.get(batch);
    if (!found)
        return context.fail(found.error());
    auto undone = batches.undo(found->id);
    if (!undone)
        return context.fail(undone.error());
    if (context.arguments.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("batch"), found->id},
                              {QStringLiteral("entity"), found->entity},
                              {QStringLiteral("removed"), undone->removed},
                              {QStringLiteral("restored"), undone->restored},
                              {QStringLiteral("keptStaff"), undone->keptStaff}});
        return Success;
    }
    // One sentence per count, so that each can take its plural form.
    QString text = Cli::tr("Undid the import %1 of “%2”.").arg(found->id, found->fileName) + QLatin1Char(' ')
                   + Cli::tr("%Ln record(s) removed.", nullptr, pluralCount(undone->removed)) + QLatin1Char(' ')
                   + Cli::tr("%Ln record(s) restored to the values before the import.", nullptr, pluralCount(undone->restored));
    if (undone->keptStaff > 0)
        text += QLatin1Char(' ')
                + Cli::tr("%Ln team member(s) the import added stay, as other records name them.", nullptr, pluralCount(undone->keptStaff));
    Console::out(text + QLatin1Char('\n'));
    return Success;
}

int runImports(Context &context)
{
    auto workspace = context.open();
    if (!workspace)
        return Failure;
    auto batches = ImportBatchRepository(*workspace).list();
    if (!batches)
        return context.fail(batches.error());
    if (context.arguments.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImportBatch &b : *batches)
            array.append(QJsonObject{{QStringLiteral("batch"), b.id},
                                     {QStringLiteral("entity"), b.entity},
                                     {QStringLiteral("file"), b.fileName},
                                     {QStringLiteral("onDuplicate"), b.duplicatePolicy},
                                     {QStringLiteral("startedAt"), b.startedAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("finishedAt"), b.finishedAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("read"), b.read},
                                     {QStringLiteral("created"), b.created},
                                     {QStringLiteral("updated"), b.updated},
                                     {QStringLiteral("skipped"), b.skipped},
                                     {QStringLiteral("rejected"), b.rejected},
                                     {QStringLiteral("undoneAt"), b.isUndone() ? QJsonValue(b.undoneAt.toString(Qt::ISODateWithMs)) : QJsonValue()}});
        printJson(array);
        return Success;
    }
    if (batches->isEmpty()) {
        Console::err(Cli::tr("Nothing was imported into this workspace yet.") + QLatin1Char('\n'));
        return Success;
    }
    const QLocale locale;
    TextTable table({Cli::tr("Batch"), Cli::tr("When"), Cli::tr("Records"), Cli::tr("File"), Cli::tr("Created"), Cli::tr("Updated"),
                     Cli::tr("Skipped"), Cli::tr("Rejected"), Cli::tr("Undone")});
    for (const ImportBatch &b : *batches)
        table.addRow({b.id, b.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), entityLabel(b.entity), b.fileName,
                      locale.toString(b.created), locale.toString(b.updated), locale.toString(b.skipped), locale.toString(b.rejected),
                      b.isUndone() ? b.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()});
    Console::out(table.render());
    return Success;
}

int runImportMappings(Context &context)
{
    auto workspace = context.open();
    if (!workspace)
        return Failure;
    auto presets = ImportMappingRepository(*workspace).list();
    if (!presets)
        return context.fail(presets.error());
    if (context.arguments.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImportMappingPreset &p : *presets)
            array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("entity"), p.entity},
                                     {QStringLiteral("mapping"), QJsonDocument::fromJson(p.mapping).object()}});
        printJson(array);
        return Success;
    }
    if (presets->isEmpty()) {
        Console::err(Cli::tr("No column mappings are saved; “import … --save-mapping NAME” saves one.") + QLatin1Char('\n'));
        return Success;
    }
    TextTable table({Cli::tr("Name"), Cli::tr("Records"), Cli::tr("Saved")});
    for (const ImportMappingPreset &p : *presets)
        table.addRow({p.name, entityLabel(p.entity), p.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    Console::out(table.render());
    return Success;
}

}  // namespace

QList<Command> importCommands()
{
    return {
        {{QStringLiteral("import")},
         QT_TRANSLATE_NOOP("Cli", "Import customers, contacts, orders or interactions from a CSV file or an Excel workbook, or "
                                  "contacts and their companies from a vCard file, all or nothing, as one batch that undo-import "
                                  "can take back"),
         {{QStringLiteral("encoding"), QStringLiteral("auto|utf-8|gb18030|utf-16"), Cli::tr("The file's text encoding (default: auto)")},
          {QStringLiteral("delimiter"), QStringLiteral("auto|comma|semicolon|tab"), Cli::tr("What separates the fields (default: auto)")},
          {QStringLiteral("sheet"), QStringLiteral("NAME"), Cli::tr("The sheet of an Excel workbook to read (default: the first)")},
          {QStringLiteral("mapping"), QStringLiteral("FILE|NAME"),
           Cli::tr("Which column holds which field: a JSON mapping file, or a mapping saved with --save-mapping; columns it "
                   "does not name are guessed from the header")},
          {QStringLiteral("save-mapping"), QStringLiteral("NAME"), Cli::tr("Save the column mapping used under this name")},
          {QStringLiteral("on-duplicate"), QStringLiteral("skip|update|create"),
           Cli::tr("A row matching an existing record (same ID, credit code, phone, e-mail or name): leave the record alone "
                   "(default), write the row's non-empty cells over it, or create a new one anyway")},
          {QStringLiteral("strict"), QString(), Cli::tr("Import nothing when any row is invalid")},
          {QStringLiteral("dry-run"), QString(), Cli::tr("Do everything and report, but save nothing")},
          {QStringLiteral("rejects"), QStringLiteral("FILE"),
           Cli::tr("Write the rejected rows with their reasons to FILE (CSV for Excel), to fix and import again")},
          jsonOption()},
         {{QStringLiteral("ENTITY"),
           Cli::tr("customers, contacts, orders or interactions (CSV or .xlsx), or vcard: the people of a .vcf file (vCard 2.1, 3.0 "
                   "or 4.0) become contacts, each of the customer its ORG names (created when there is none) or, without "
                   "ORG, of a customer of kind person")},
          {QStringLiteral("FILE"), Cli::tr("The CSV file or Excel workbook (.xlsx), whose first row names the columns, or the vCard file")}},
         &runImport},
        {{QStringLiteral("undo-import")},
         QT_TRANSLATE_NOOP("Cli", "Take back an import: remove what it created and restore what it updated (refused when its "
                                  "records were changed since)"),
         {jsonOption()},
         {{QStringLiteral("BATCH"), Cli::tr("The batch id the import printed (or its first 8 or more characters)")}},
         &runUndoImport},
        {{QStringLiteral("imports")},
         QT_TRANSLATE_NOOP("Cli", "List the imports into this workspace, newest first"),
         {jsonOption()},
         {},
         &runImports},
        {{QStringLiteral("import-mappings")},
         QT_TRANSLATE_NOOP("Cli", "List the column mappings saved with import --save-mapping"),
         {jsonOption()},
         {},
         &runImportMappings},
    };
}

}  // namespace guanxi::cli
