#include "OpenImportFile.h"

#include "CsvRecordSource.h"
#include "ImportFileKind.h"
#include "Importer.h"
#include "XlsxRecordSource.h"

#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qint64 OleSampleBytes = 64 * 1024;

QByteArray startOf(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};  // the reader says why
    return file.read(bytes);
}

// An OLE compound file: an .xls, or an .xlsx saved with a password, which Office then wraps,
// encrypted, in a stream named "EncryptedPackage" (its directory entry names it in UTF-16).
Error oleFileError(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QByteArray encryptedPackage;  // UTF-16LE
    for (char c : QByteArrayView("EncryptedPackage"))
        encryptedPackage.append(c).append('\0');
    if (startOf(path, OleSampleBytes).contains(encryptedPackage))
        return makeError(ErrorCode::Validation,
                         Importer::tr("The file “%1” is an Excel workbook protected with a password. Open it in Excel or WPS, "
                                      "save it without a password and import that file.")
                             .arg(name));
    return makeError(ErrorCode::Validation,
                     Importer::tr("The file “%1” is an old Excel workbook (.xls) or another Office document, not a CSV file. "
                                  "Open it in Excel or WPS, save it as “CSV UTF-8” and import that file.")
                         .arg(name));
}

template<typename Source>
Result<std::unique_ptr<RecordSource>> asRecordSource(Result<std::unique_ptr<Source>> source)
{
    if (!source)
        return source.error();
    return std::unique_ptr<RecordSource>(std::move(*source));
}

}  // namespace

Result<std::unique_ptr<RecordSource>> openImportFile(const QString &path, const SourceFormat &format)
{
    // By content only: a text file is read as CSV whatever its name.
    switch (importFileKindOfContent(path).value_or(ImportFileKind::Csv)) {
    case ImportFileKind::Workbook: return asRecordSource(XlsxRecordSource::open(path, format.sheet));
    case ImportFileKind::LegacyWorkbook: return oleFileError(path);
    case ImportFileKind::Csv:
    case ImportFileKind::VCard: break;
    }
    return asRecordSource(CsvRecordSource::open(path, format));
}

}  // namespace guanxi
