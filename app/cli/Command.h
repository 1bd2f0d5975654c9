#pragma once

#include "ArgumentParser.h"
#include "Result.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace guanxi::cli {

// guanxi-cli's exit codes.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Command;

// What every command gets: the global options and its own parsed arguments.
struct Context {
    QString workspacePath;   // from --workspace, or the default workspace
    bool workspaceGiven = false;
    bool readOnly = false;   // --read-only
    QString language;        // installed UI language
    const Command *command = nullptr;
    ParsedArguments arguments;

    // Opens the workspace; on failure prints the workspace's (translated) message.
    std::unique_ptr<Workspace> open(Workspace::OpenMode mode = Workspace::OpenMode::OpenExisting) const;
    // Prints "guanxi-cli: message" (and the detail) to stderr and returns Failure.
    int fail(const Error &error) const;
    int fail(const QString &message) const;
    // Prints the message, the command's usage line and where to find its help; returns UsageError.
    int usageError(const QString &message) const;
};

using CommandFunction = int (*)(Context &);

struct Command {
    QStringList words;        // {"customer", "add"}
    const char *summary;      // English source text, translation context "Cli"
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
    CommandFunction run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    ArgumentParser parser() const;
    QString usageLine() const;  // "guanxi-cli [--workspace FILE] customer show ID [--json]"
    QString help() const;       // usage, summary and every option
};

// The commands, grouped by the file that implements them.
QList<Command> workspaceCommands();  // init, info, check, backup
QList<Command> demoCommands();       // demo
QList<Command> customerCommands();   // customer add/edit/delete/show/list
QList<Command> searchCommands();     // search
QList<Command> exportCommands();     // export
QList<Command> importCommands();     // import, undo-import, imports, import-mappings
int runCustomerShow(Context &context);  // CustomerShowCommand.cpp

// Translation helper: the context every guanxi-cli string lives in.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Options many commands share.
OptionSpec jsonOption();
OptionSpec helpOption();
OptionSpec limitOption(int defaultLimit);

// Parses a positive integer option value; on failure sets `error` naming the option.
std::optional<qint64> positiveNumber(const Context &context, const QString &option, qint64 fallback, QString *error);
// A count for Cli::tr(…, nullptr, n) and %n/%Ln, whose n is an int: counts beyond it (never seen
// in practice) show as the largest int.
int pluralCount(qint64 n);

}  // namespace guanxi::cli
