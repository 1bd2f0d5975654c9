#pragma once

#include "TimedProcess.h"

#include <QList>
#include <QString>

namespace guanxi::bench {

struct ImportBenchSettings {
    qint64 rows = 1000000;
    int runs = 1;
    QString cacheFolder;    // the CSV is kept here between runs
    QString workFolder;     // the databases written (removed after each run)
    QString guanxiCli;      // the guanxi-cli to measure
    QString sqlite3 = QStringLiteral("sqlite3");
    bool indexedReference = true;
};

// One run: the same CSV through each importer, one after the other.
struct ImportRun {
    ProcessCost bare;     // sqlite3 .import into a table without indexes
    ProcessCost indexed;  // … plus two indexes and a trigram FTS5 index (skipped: exitCode -1)
    ProcessCost guanxi;   // guanxi-cli import customers, into a fresh workspace
    qint64 created = 0;   // what guanxi-cli said it created
};

struct ImportResults {
    QString csvPath;
    qint64 csvBytes = 0;
    QList<ImportRun> runs;
    QString error;  // why the benchmark could not finish; empty when it did
};

// Times `guanxi-cli import customers` against SQLite's own CSV import of the same file, in the
// same run, so that the ratio means the same on a fast and a slow (or busy) machine.
ImportResults runImportBenchmark(const ImportBenchSettings &settings, void (*log)(const QString &));

}  // namespace guanxi::bench
