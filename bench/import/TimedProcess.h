#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace guanxi::bench {

// What running one program cost, as the operating system accounts it.
struct ProcessCost {
    int exitCode = -1;       // -1: it did not start or did not exit normally
    double wallSeconds = 0;
    double cpuSeconds = -1;  // user + system; -1 where unknown
    qint64 peakKiB = -1;     // the child's peak resident set size; -1 where unknown
    QByteArray output;       // what it wrote to stdout
    QByteArray errors;       // … and to stderr
};

// Runs PROGRAM with ARGUMENTS to its end. On POSIX systems through posix_spawn and wait4, so that
// the child's own CPU time and peak memory are known (QProcess reports neither); elsewhere through
// QProcess, with wall time only.
ProcessCost runTimed(const QString &program, const QStringList &arguments);

}  // namespace guanxi::bench
