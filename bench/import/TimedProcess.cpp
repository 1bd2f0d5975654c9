#include "TimedProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <vector>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;
#endif

namespace guanxi::bench {

#if defined(Q_OS_UNIX)

namespace {

QByteArray readAll(QTemporaryFile &file)
{
    file.seek(0);
    return file.readAll();
}

}  // namespace

ProcessCost runTimed(const QString &program, const QStringList &arguments)
{
    ProcessCost cost;
    QTemporaryFile out, err;
    if (!out.open() || !err.open()) {
        cost.errors = "no temporary file for the child's output";
        return cost;
    }
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.handle(), STDERR_FILENO);

    QElapsedTimer clock;
    clock.start();
    pid_t child = 0;
    const int spawned = posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        cost.errors = "cannot start " + storage.front();
        return cost;
    }
    int status = 0;
    rusage usage{};
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    cost.wallSeconds = clock.nsecsElapsed() / 1e9;
    cost.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
                      + usage.ru_stime.tv_usec / 1e6;
#if defined(Q_OS_MACOS)
    cost.peakKiB = qint64(usage.ru_maxrss) / 1024;
#else
    cost.peakKiB = qint64(usage.ru_maxrss);
#endif
    cost.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    cost.output = readAll(out);
    cost.errors = readAll(err);
    return cost;
}

#else

ProcessCost runTimed(const QString &program, const QStringList &arguments)
{
    ProcessCost cost;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1)) {
        cost.errors = process.errorString().toLocal8Bit();
        return cost;
    }
    cost.wallSeconds = clock.nsecsElapsed() / 1e9;
    cost.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    cost.output = process.readAllStandardOutput();
    cost.errors = process.readAllStandardError();
    return cost;
}

#endif

}  // namespace guanxi::bench
