#include "OpenImportFile.h"

#include "CsvRecordSource.h"
#include "Importer.h"

#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

// A workbook saved in a spreadsheet's own format, picked instead of its CSV export: say so,
// rather than calling it a file that is not text.
std::optional<Error> workbookError(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;  // the CSV reader says why
    const QByteArray start = file.read(8);
    const QString name = QFileInfo(path).fileName();
    if (start.startsWith("PK\x03\x04"))
        return makeError(ErrorCode::Validation,
                         Importer::tr("The file “%1” is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open it "
                                      "in Excel or WPS, save it as “CSV UTF-8” and import that file.")
                             .arg(name));
    if (start == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return makeError(ErrorCode::Validation,
                         Importer::tr("The file “%1” is an old Excel workbook (.xls) or another Office document, not a CSV file. "
                                      "Open it in Excel or WPS, save it as “CSV UTF-8” and import that file.")
                             .arg(name));
    return std::nullopt;
}

}  // namespace

Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format)
{
    if (const std::optional<Error> workbook = workbookError(path))
        return *workbook;
    auto source = CsvRecordSource::open(path, format);
    if (!source)
        return source.error();
    return std::unique_ptr<RecordSource>(std::move(*source));
}

}  // namespace guanxi
