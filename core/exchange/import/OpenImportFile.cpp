#include "OpenImportFile.h"

#include "CsvRecordSource.h"

namespace guanxi {

Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format)
{
    auto source = CsvRecordSource::open(path, format);
    if (!source)
        return source.error();
    return std::unique_ptr<RecordSource>(std::move(*source));
}

}  // namespace guanxi
