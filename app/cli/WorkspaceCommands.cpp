// init, info, check, backup: the workspace file as a whole.
#include "Command.h"
#include "Console.h"
#include "TextTable.h"

#include "storage/WorkspaceStatistics.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace guanxi::cli {

namespace {

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int runInit(Context &context)
{
    const bool existed = QFileInfo::exists(context.workspacePath) && QFileInfo(context.workspacePath).size() > 0;
    const auto workspace = context.open(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return Failure;
    if (existed)
        Console::out(Cli::tr("“%1” is already a Guanxi workspace (format %2); nothing was changed.")
                         .arg(shownPath(workspace->path()))
                         .arg(workspace->schemaVersion())
                     + QLatin1Char('\n'));
    else
        Console::out(Cli::tr("Created the workspace “%1”.").arg(shownPath(workspace->path())) + QLatin1Char('\n'));
    return Success;
}

int runInfo(Context &context)
{
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    const auto counts = WorkspaceStatistics::counts(*workspace, QDate::currentDate());
    if (!counts)
        return context.fail(counts.error());
    const qint64 size = workspace->fileSize();
    if (context.arguments.has(QStringLiteral("json"))) {
        const QJsonObject countsObject{
            {QStringLiteral("staff"), counts->staff},
            {QStringLiteral("customers"), counts->customers},
            {QStringLiteral("contacts"), counts->contacts},
            {QStringLiteral("interactions"), counts->interactions},
            {QStringLiteral("orders"), counts->orders},
            {QStringLiteral("followUps"), counts->followUps},
            {QStringLiteral("openFollowUps"), counts->openFollowUps},
            {QStringLiteral("overdueFollowUps"), counts->overdueFollowUps},
        };
        const QJsonObject info{
            {QStringLiteral("path"), QFileInfo(workspace->path()).absoluteFilePath()},
            {QStringLiteral("schemaVersion"), workspace->schemaVersion()},
            {QStringLiteral("latestSchemaVersion"), Workspace::latestSchemaVersion()},
            {QStringLiteral("fileSize"), size},
            {QStringLiteral("replicaId"), workspace->replicaId()},
            {QStringLiteral("readOnly"), workspace->isReadOnly()},
            {QStringLiteral("counts"), countsObject},
        };
        Console::out(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)));
        return Success;
    }
    const QLocale locale;
    TextTable table;
    table.addRow({Cli::tr("Workspace"), shownPath(workspace->path())});
    table.addRow({Cli::tr("Format"), Cli::tr("%1 (this version writes format %2)").arg(workspace->schemaVersion()).arg(Workspace::latestSchemaVersion())});
    table.addRow({Cli::tr("File size"), Cli::tr("%1 (%2 bytes)").arg(locale.formattedDataSize(size), locale.toString(size))});
    table.addRow({Cli::tr("Replica id"), workspace->replicaId()});
    table.addRow({Cli::tr("Read-only"), workspace->isReadOnly() ? Cli::tr("yes") : Cli::tr("no")});
    table.addRow({Cli::tr("Team members"), locale.toString(counts->staff)});
    table.addRow({Cli::tr("Customers"), locale.toString(counts->customers)});
    table.addRow({Cli::tr("Contacts"), locale.toString(counts->contacts)});
    table.addRow({Cli::tr("Interactions"), locale.toString(counts->interactions)});
    table.addRow({Cli::tr("Orders"), locale.toString(counts->orders)});
    table.addRow({Cli::tr("Follow-ups"), Cli::tr("%1 (open %2, overdue %3)")
                                             .arg(locale.toString(counts->followUps), locale.toString(counts->openFollowUps),
                                                  locale.toString(counts->overdueFollowUps))});
    Console::out(table.render());
    return Success;
}

int runCheck(Context &context)
{
    const bool quick = context.arguments.has(QStringLiteral("quick"));
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    const auto report = workspace->check(!quick);
    if (!report)
        return context.fail(report.error());
    if (!report->ok) {
        QString text = Cli::tr("The workspace “%1” has %n problem(s):", nullptr, int(report->problems.size()))
                           .arg(shownPath(workspace->path()));
        for (const QString &problem : report->problems)
            text += QLatin1Char('\n') + problem;
        return context.fail(text);
    }
    Console::out((quick ? Cli::tr("Quick check passed: “%1” is fine.") : Cli::tr("Integrity check passed: “%1” is fine."))
                     .arg(shownPath(workspace->path()))
                 + QLatin1Char('\n'));
    return Success;
}

int runBackup(Context &context)
{
    const QString target = context.arguments.positionals.value(0);
    const auto workspace = context.open();
    if (!workspace)
        return Failure;
    const bool showProgress = Console::isTerminal(true) && workspace->fileSize() > 50 * 1024 * 1024;
    const Status copied = workspace->backupTo(target, [&](int done, int total) {
        if (showProgress && total > 0)
            Console::err(QStringLiteral("\r") + Cli::tr("Backing up: %1%").arg(qint64(done) * 100 / total));
        return true;
    });
    if (showProgress)
        Console::err(QStringLiteral("\n"));
    if (!copied)
        return context.fail(copied.error());
    Console::out(Cli::tr("Backed up “%1” to “%2” (%3).")
                     .arg(shownPath(workspace->path()), shownPath(target), QLocale().formattedDataSize(QFileInfo(target).size()))
                 + QLatin1Char('\n'));
    return Success;
}

}  // namespace

QList<Command> workspaceCommands()
{
    return {
        {{QStringLiteral("init")},
         QT_TRANSLATE_NOOP("Cli", "Create a new, empty workspace (an existing workspace is left as it is)"),
         {},
         {},
         &runInit},
        {{QStringLiteral("info")},
         QT_TRANSLATE_NOOP("Cli", "Show the workspace's path, format, size, replica id and how many records it holds"),
         {jsonOption()},
         {},
         &runInfo},
        {{QStringLiteral("check")},
         QT_TRANSLATE_NOOP("Cli", "Check the workspace's integrity (database pages, references, search index)"),
         {{QStringLiteral("quick"), QString(), Cli::tr("Only the quick check that also runs when a workspace is opened")}},
         {},
         &runCheck},
        {{QStringLiteral("backup")},
         QT_TRANSLATE_NOOP("Cli", "Copy the workspace to FILE, safely even while it is in use"),
         {},
         {{QStringLiteral("FILE"), Cli::tr("The backup file to create; an existing file is never overwritten")}},
         &runBackup},
    };
}

}  // namespace guanxi::cli
