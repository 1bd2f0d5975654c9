#pragma once

#include "Result.h"

#include <QStringList>

namespace guanxi {

// One record of a tabular file as the import pipeline sees it: the fields already decoded and
// unquoted, and the physical line the record starts on (1-based), for messages.
struct SourceRecord {
    qint64 line = 0;
    QStringList fields;
    // Set by a source that knows the record cannot be imported (a vCard that is a contact group):
    // the import rejects it with this reason, translated.
    QString problem;
};

// Where an import reads its records from, one at a time so that memory stays bounded however
// large the file. The first record is the header row (unless the mapping says the file has
// none). CsvRecordSource and VCardRecordSource implement it; tests may feed records from memory.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // The next record: true and `record` filled, false at the end, or an error whose message
    // names the line (bad encoding, an unterminated quote, a file that vanished). After an error
    // the import stops and writes nothing.
    virtual Result<bool> next(SourceRecord &record) = 0;

    // For progress: bytes consumed so far and the total, -1 when unknown.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};

}  // namespace guanxi
