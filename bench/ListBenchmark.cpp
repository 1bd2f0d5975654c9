#include "ListBenchmark.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace guanxi::bench {

namespace {

// Drops the file's clean pages from the OS cache. False when that is not possible here.
bool evictFromOsCache(const QString &path)
{
#if defined(Q_OS_LINUX)
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

ListRun runChild(const QString &workspacePath, int pages)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--%1").arg(QLatin1String(ListChild::Option)), workspacePath,
                 QStringLiteral("--%1").arg(QLatin1String(ListChild::PagesOption)), QString::number(pages)});
    if (!child.waitForStarted()) {
        ListRun failed;
        failed.error = QStringLiteral("the child process did not start: %1").arg(child.errorString());
        return failed;
    }
    child.waitForFinished(-1);
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    ListRun run = ListRun::fromJson(lines.value(lines.size() - 1));
    if (run.error.isEmpty() && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
        run.error = QStringLiteral("the child process failed (exit code %1)").arg(child.exitCode());
    if (!run.error.isEmpty()) {
        const QByteArray errors = child.readAllStandardError().trimmed();
        if (!errors.isEmpty())
            run.error += QStringLiteral(": ") + QString::fromLocal8Bit(errors);
    }
    return run;
}

}  // namespace

bool canEvictFromOsCache()
{
#if defined(Q_OS_LINUX)
    return true;
#else
    return false;
#endif
}

QList<ListResults> runListBenchmark(const QStringList &workspacePaths, const ListSettings &settings)
{
    const auto log = [&](const QString &text) {
        if (settings.log)
            settings.log(text);
    };
    QList<ListResults> results(workspacePaths.size());
    QList<bool> failed(workspacePaths.size(), false);
    log(QStringLiteral("untimed run of each size"));
    for (qsizetype w = 0; w < workspacePaths.size(); ++w) {
        const ListRun warmUp = runChild(workspacePaths.at(w), settings.pages);  // brings the file into the OS cache
        if (!warmUp.error.isEmpty()) {
            results[w].warm.append(warmUp);
            failed[w] = true;
        }
    }
    for (int i = 0; i < settings.warmRuns; ++i) {
        log(QStringLiteral("warm round %1 of %2").arg(i + 1).arg(settings.warmRuns));
        for (qsizetype w = 0; w < workspacePaths.size(); ++w)
            if (!failed.at(w))
                results[w].warm.append(runChild(workspacePaths.at(w), settings.pages));
    }
    const bool cold = canEvictFromOsCache();
    for (int i = 0; cold && i < settings.coldRuns; ++i) {
        log(QStringLiteral("cold round %1 of %2").arg(i + 1).arg(settings.coldRuns));
        for (qsizetype w = 0; w < workspacePaths.size(); ++w) {
            if (failed.at(w))
                continue;
            if (!evictFromOsCache(workspacePaths.at(w)))
                break;
            results[w].coldSupported = true;
            results[w].cold.append(runChild(workspacePaths.at(w), settings.pages));
        }
    }
    return results;
}

}  // namespace guanxi::bench
