#include "CliApplication.h"

#include "Command.h"
#include "Console.h"
#include "TextTable.h"

#include "Translations.h"
#include "storage/WorkspaceLocation.h"

#include <QDir>

namespace guanxi::cli {

namespace {

const QString programName = QStringLiteral("guanxi-cli");

QList<Command> allCommands()
{
    QList<Command> commands;
    commands += workspaceCommands();
    commands += demoCommands();
    commands += customerCommands();
    commands += searchCommands();
    commands += exportCommands();
    commands += importCommands();
    return commands;
}

QList<OptionSpec> globalOptions()
{
    return {
        {QStringLiteral("workspace"), QStringLiteral("FILE"),
         Cli::tr("The workspace file (default: %1)").arg(QDir::toNativeSeparators(WorkspaceLocation::defaultWorkspacePath()))},
        {QStringLiteral("lang"), QStringLiteral("LANG"), Cli::tr("Language of messages: zh_CN or en (default: the system's)")},
        {QStringLiteral("read-only"), QString(), Cli::tr("Open the workspace read-only: commands that change it fail")},
        {QStringLiteral("version"), QString(), Cli::tr("Show the version and exit")},
        helpOption(),
    };
}

// "zh", "zh_CN", "zh-CN", "zh_Hans" → "zh_CN"; "en", "en_GB" → "en"; anything else → empty.
QString normalizedLanguage(const QString &requested)
{
    const QString lower = requested.toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return {};
}

// The value of --lang wherever it is, before anything is printed, so that every message,
// including the ones about bad arguments, is in the requested language.
QString requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
    }
    return language;
}

QString generalUsage()
{
    return Cli::tr("Usage: %1 [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND [ARGUMENTS]").arg(programName);
}

QString generalHelp(const QList<Command> &commands)
{
    QString text = generalUsage() + QStringLiteral("\n\n")
                   + Cli::tr("Guanxi's command-line tool: customers, demo data, integrity checks and backups of a Guanxi "
                             "workspace, without a window.")
                   + QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    TextTable table;
    for (const Command &command : commands)
        table.addRow({command.name(), Cli::tr(command.summary)});
    table.addRow({QStringLiteral("help [COMMAND]"), Cli::tr("Show this help, or the help of one command")});
    text += table.render(2) + QLatin1Char('\n') + Cli::tr("Global options:") + QLatin1Char('\n');
    TextTable options;
    for (const OptionSpec &option : globalOptions())
        options.addRow({QStringLiteral("--") + option.name + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName),
                        option.description});
    text += options.render(2) + QLatin1Char('\n')
            + Cli::tr("Exit status: 0 on success, 1 when the command failed, 2 when the command line is wrong.")
            + QLatin1Char('\n');
    return text;
}

QString versionText()
{
    return Cli::tr("%1 %2 (workspace format %3, Qt %4)")
               .arg(programName, QStringLiteral(GUANXI_VERSION))
               .arg(Workspace::latestSchemaVersion())
               .arg(QString::fromLatin1(qVersion()))
           + QLatin1Char('\n');
}

int generalUsageError(const QString &message)
{
    Console::err(programName + QStringLiteral(": ") + message + QLatin1Char('\n') + generalUsage() + QLatin1Char('\n')
                 + Cli::tr("Run “%1 --help” for the list of commands.").arg(programName) + QLatin1Char('\n'));
    return UsageError;
}

// The command named by the words at the start of `words` (longest match), and how many words it took.
const Command *findCommand(const QList<Command> &commands, const QStringList &words, int *used)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (command.words.size() <= words.size() && words.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    *used = best ? int(best->words.size()) : 0;
    return best;
}

// "customer" → add, edit, delete, show, list.
QStringList subCommandsOf(const QList<Command> &commands, const QString &group)
{
    QStringList names;
    for (const Command &command : commands)
        if (command.words.size() > 1 && command.words.first() == group)
            names.append(command.words.at(1));
    return names;
}

int showHelpFor(const QList<Command> &commands, const QStringList &words)
{
    if (words.isEmpty()) {
        Console::out(generalHelp(commands));
        return Success;
    }
    int used = 0;
    if (const Command *command = findCommand(commands, words, &used); command && used == words.size()) {
        Console::out(command->help());
        return Success;
    }
    // "help customer": the commands of the group.
    QString text;
    for (const Command &command : commands)
        if (command.words.first() == words.first())
            text += command.usageLine() + QLatin1Char('\n');
    if (!text.isEmpty()) {
        Console::out(text);
        return Success;
    }
    return generalUsageError(Cli::tr("There is no command “%1”.").arg(words.join(QLatin1Char(' '))));
}

}  // namespace

int run(const QStringList &argv)
{
    const QStringList arguments = argv.mid(1);
    const QString requested = requestedLanguage(arguments);
    const QString language = Translations::install(normalizedLanguage(requested));
    if (!requested.isEmpty() && normalizedLanguage(requested).isEmpty())
        return generalUsageError(Cli::tr("The option --lang does not know the language “%1”; use zh_CN or en.").arg(requested));

    const QList<Command> commands = allCommands();
    Context context;
    context.language = language;

    // Global options come before the command (and may come after it too).
    const ArgumentParser global(globalOptions(), {});
    QStringList leading;
    int commandStart = 0;
    while (commandStart < arguments.size() && arguments.at(commandStart).startsWith(QLatin1Char('-'))
           && arguments.at(commandStart) != QLatin1String("--")) {
        const QString &argument = arguments.at(commandStart);
        leading.append(argument);
        ++commandStart;
        const bool takesValue = argument == QLatin1String("--workspace") || argument == QLatin1String("--lang");
        if (takesValue && commandStart < arguments.size())
            leading.append(arguments.at(commandStart++));
    }
    QString error;
    const std::optional<ParsedArguments> globals = global.parse(leading, &error);
    if (!globals)
        return generalUsageError(error);
    if (globals->has(QStringLiteral("version"))) {
        Console::out(versionText());
        return Success;
    }
    const QStringList rest = arguments.mid(commandStart);
    if (globals->has(QStringLiteral("help")) || (!rest.isEmpty() && rest.first() == QLatin1String("help")))
        return showHelpFor(commands, rest.isEmpty() || rest.first() != QLatin1String("help") ? QStringList() : rest.mid(1));
    if (rest.isEmpty())
        return generalUsageError(Cli::tr("No command given."));

    int used = 0;
    const Command *command = findCommand(commands, rest, &used);
    if (!command) {
        const QStringList subCommands = subCommandsOf(commands, rest.first());
        if (!subCommands.isEmpty())
            return generalUsageError(
                Cli::tr("“%1” needs a sub-command: %2.").arg(rest.first(), subCommands.join(QStringLiteral(", "))));
        return generalUsageError(Cli::tr("Unknown command “%1”.").arg(rest.first()));
    }
    context.command = command;

    Command withGlobals = *command;  // global options are accepted after the command too
    for (const OptionSpec &option : globalOptions())
        if (option.name != QLatin1String("help"))
            withGlobals.options.append(option);
    const std::optional<ParsedArguments> parsed = withGlobals.parser().parse(rest.mid(used), &error);
    if (!parsed)
        return context.usageError(error);
    if (parsed->has(QStringLiteral("help"))) {
        Console::out(command->help());
        return Success;
    }
    if (parsed->has(QStringLiteral("version"))) {
        Console::out(versionText());
        return Success;
    }
    context.arguments = *parsed;

    const auto globalValue = [&](const QString &name) -> std::optional<QString> {
        if (auto value = parsed->value(name))
            return value;
        return globals->value(name);
    };
    if (const auto workspace = globalValue(QStringLiteral("workspace"))) {
        if (workspace->trimmed().isEmpty())
            return context.usageError(Cli::tr("The option --workspace needs a file name."));
        context.workspacePath = *workspace;
        context.workspaceGiven = true;
    } else {
        context.workspacePath = WorkspaceLocation::defaultWorkspacePath();
    }
    context.readOnly = parsed->has(QStringLiteral("read-only")) || globals->has(QStringLiteral("read-only"));
    return command->run(context);
}

}  // namespace guanxi::cli
