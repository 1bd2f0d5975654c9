#pragma once

#include "ExportValue.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace guanxi::exchange {

// Where the rows of a CSV or XLSX export go: a header row, then rows of typed values in the
// same column order. Text values arrive already made spreadsheet-safe when that is wanted.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Status begin(const QStringList &headers) = 0;
    virtual Status writeRow(const QList<ExportValue> &row) = 0;
    // Completes the file. Nothing written before is guaranteed to be on disk until it succeeds.
    virtual Status finish() = 0;
};

}  // namespace guanxi::exchange
