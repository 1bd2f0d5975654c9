// demo --customers N [--seed S]: a realistic sample workspace (core/demo), with progress and Ctrl-C.
#include "Command.h"
#include "Console.h"

#include "demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <csignal>

namespace guanxi::cli {

namespace {

BulkCancel &demoCancel()
{
    static BulkCancel cancel;
    return cancel;
}

void cancelOnSignal(int signal)
{
    demoCancel().request();
    std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the program at once; the file is still safe
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

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

int runDemo(Context &context)
{
    QString error;
    const auto customers = positiveNumber(context, QStringLiteral("customers"), 0, &error);
    if (!customers)
        return context.usageError(error);
    quint64 seed = 1;
    if (const auto text = context.arguments.value(QStringLiteral("seed"))) {
        bool ok = false;
        seed = text->trimmed().toULongLong(&ok);
        if (!ok)
            return context.usageError(Cli::tr("The option --seed needs a whole number, not “%1”.").arg(*text));
    }

    const bool existedBefore = QFileInfo::exists(context.workspacePath);
    auto workspace = context.open(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return Failure;

    const bool showProgress = *customers >= 10000;
    const bool terminal = Console::isTerminal(true);
    const QLocale locale;
    QElapsedTimer timer;
    timer.start();
    qint64 lastTenth = -1;
    bool progressEnded = false;  // the "\r" progress line was closed with a line break

    demo::DemoOptions options;
    options.customers = *customers;
    options.seed = seed;
    options.cancel = &demoCancel();
    options.progress = [&](qint64 done, qint64 total) {
        if (!showProgress || total == 0)
            return;
        const qint64 percent = done * 100 / total;
        if (terminal) {
            Console::err(QStringLiteral("\r") + Cli::tr("Generating customers: %1 of %2 (%3%)")
                                                    .arg(locale.toString(done), locale.toString(total))
                                                    .arg(percent));
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            Console::err(Cli::tr("Generating customers: %1 of %2 (%3%)")
                             .arg(locale.toString(done), locale.toString(total))
                             .arg(percent)
                         + QLatin1Char('\n'));
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

    Result<demo::DemoSummary> summary = [&] {
        const SignalScope signals;
        return demo::DemoGenerator::generate(*workspace, options);
    }();
    if (!summary) {
        if (showProgress && terminal && !progressEnded)
            Console::err(QStringLiteral("\n"));
        const QString path = workspace->path();
        workspace.reset();
        if (!existedBefore)
            removeWorkspaceFiles(path);  // it did not exist before this command; it does not now
        return context.fail(summary.error());
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    Console::out(Cli::tr("Created %Ln customer(s) in %1 s (seed %2).", nullptr, pluralCount(summary->customers))
                     .arg(locale.toString(seconds, 'f', 1), QString::number(seed))
                 + QLatin1Char(' ')
                 + Cli::tr("Contacts: %1, interactions: %2, orders: %3, follow-ups: %4, team members: %5.")
                       .arg(locale.toString(summary->contacts), locale.toString(summary->interactions), locale.toString(summary->orders),
                            locale.toString(summary->followUps), locale.toString(summary->staff))
                 + QLatin1Char('\n'));
    return Success;
}

}  // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QT_TRANSLATE_NOOP("Cli", "Fill the workspace with realistic sample data (created when missing; Ctrl-C leaves it unchanged)"),
         {{QStringLiteral("customers"), QStringLiteral("N"), Cli::tr("How many customers to create"), true},
          {QStringLiteral("seed"), QStringLiteral("S"), Cli::tr("Random seed: the same seed gives the same data (default: 1)")}},
         {},
         &runDemo},
    };
}

}  // namespace guanxi::cli
