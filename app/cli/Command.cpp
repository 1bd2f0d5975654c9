#include "Command.h"

#include "Console.h"
#include "TextTable.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace guanxi::cli {

namespace {
const QString programName = QStringLiteral("guanxi-cli");
constexpr qint64 QuickCheckOnOpenBelowBytes = 256 * 1024 * 1024;
}

std::unique_ptr<Workspace> Context::open(Workspace::OpenMode mode) const
{
    Workspace::Options options;
    options.mode = mode;
    options.readOnly = readOnly;
    // The quick check on open reads the whole file: fine for a small business's workspace,
    // seconds for every single command on a demo with a million customers. Larger files are
    // checked on demand ("check --quick").
    options.quickCheck = QFileInfo(workspacePath).size() < QuickCheckOnOpenBelowBytes;
    auto opened = Workspace::open(workspacePath, options);
    if (!opened) {
        fail(opened.error());
        if (mode == Workspace::OpenMode::OpenExisting && !QFileInfo::exists(workspacePath))
            Console::err(Cli::tr("Create one with “%1 %2init”.")
                             .arg(programName,
                                  workspaceGiven ? QStringLiteral("--workspace %1 ").arg(QDir::toNativeSeparators(workspacePath))
                                                 : QString())
                         + QLatin1Char('\n'));
        return nullptr;
    }
    return std::move(*opened);
}

int Context::fail(const Error &error) const
{
    QString text = error.message;
    if (!error.detail.isEmpty() && error.detail != error.message)
        text += QLatin1Char('\n') + Cli::tr("Details: %1").arg(error.detail);
    return fail(text);
}

int Context::fail(const QString &message) const
{
    // Every line after the first is indented under "guanxi-cli: ", so lists of problems line up.
    QStringList lines = message.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = QStringLiteral("  ") + lines[i];
    Console::err(programName + QStringLiteral(": ") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Failure;
}

int Context::usageError(const QString &message) const
{
    QString text = programName + QStringLiteral(": ") + message + QLatin1Char('\n');
    if (command)
        text += Cli::tr("Usage: %1").arg(command->usageLine()) + QLatin1Char('\n')
                + Cli::tr("Run “%1 help %2” for all options.").arg(programName, command->name()) + QLatin1Char('\n');
    Console::err(text);
    return UsageError;
}

ArgumentParser Command::parser() const
{
    QList<OptionSpec> all = options;
    all.append(helpOption());
    return ArgumentParser(all, positionals);
}

QString Command::usageLine() const
{
    const QString synopsis = parser().synopsis();
    return programName + QStringLiteral(" [--workspace FILE] ") + name() + (synopsis.isEmpty() ? QString() : QLatin1Char(' ') + synopsis);
}

QString Command::help() const
{
    QString text = Cli::tr("Usage: %1").arg(usageLine()) + QStringLiteral("\n\n") + Cli::tr(summary) + QLatin1Char('\n');
    if (!positionals.isEmpty()) {
        TextTable table;
        for (const PositionalSpec &positional : positionals)
            table.addRow({positional.name, positional.description});
        text += QLatin1Char('\n') + Cli::tr("Arguments:") + QLatin1Char('\n') + table.render(2);
    }
    TextTable table;
    const ArgumentParser commandParser = parser();
    for (const OptionSpec &option : commandParser.options()) {
        QString description = option.description;
        if (option.required)
            description = Cli::tr("%1 (required)").arg(description);
        table.addRow({QStringLiteral("--") + option.name + (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName),
                      description});
    }
    text += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n') + table.render(2);
    text += QLatin1Char('\n') + Cli::tr("Global options (--workspace, --lang, --read-only): see “%1 --help”.").arg(programName)
            + QLatin1Char('\n');
    return text;
}

OptionSpec jsonOption()
{
    return {QStringLiteral("json"), QString(), Cli::tr("Print JSON (UTF-8) instead of text")};
}

OptionSpec helpOption()
{
    return {QStringLiteral("help"), QString(), Cli::tr("Show this help")};
}

OptionSpec limitOption(int defaultLimit)
{
    return {QStringLiteral("limit"), QStringLiteral("N"), Cli::tr("Show at most N (default: %1; 0 shows all)").arg(defaultLimit)};
}

std::optional<qint64> positiveNumber(const Context &context, const QString &option, qint64 fallback, QString *error)
{
    const std::optional<QString> text = context.arguments.value(option);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok || value < 0) {
        *error = Cli::tr("The option --%1 needs a whole number of 0 or more, not “%2”.").arg(option, *text);
        return std::nullopt;
    }
    return value;
}

int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

}  // namespace guanxi::cli
