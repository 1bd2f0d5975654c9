#include "ImportFileKind.h"

#include "OpenImportFile.h"
#include "VCardRecordSource.h"

#include <QFile>
#include <QFileInfo>

namespace guanxi {

namespace {

constexpr qint64 SniffBytes = 512;

std::optional<ImportFileKind> kindOfContent(QByteArrayView start)
{
    if (start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06"))
        return ImportFileKind::Workbook;
    if (start.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return ImportFileKind::LegacyWorkbook;
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.sliced(3);
    while (!start.isEmpty() && (start.front() == ' ' || start.front() == '\t' || start.front() == '\r' || start.front() == '\n'))
        start = start.sliced(1);
    if (start.size() >= 11 && QLatin1StringView(start.first(11)).compare(QLatin1StringView("BEGIN:VCARD"), Qt::CaseInsensitive) == 0)
        return ImportFileKind::VCard;
    if (start.isEmpty())
        return std::nullopt;
    return ImportFileKind::Csv;
}

}  // namespace

std::optional<ImportFileKind> importFileKindOfName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ImportFileKind::VCard;
    if (suffix == QLatin1String("xlsx"))
        return ImportFileKind::Workbook;
    if (suffix == QLatin1String("xls"))
        return ImportFileKind::LegacyWorkbook;
    return std::nullopt;
}

std::optional<ImportFileKind> importFileKindOfContent(const QString &path)
{
    QFile file(path);
    return kindOfContent(file.open(QIODevice::ReadOnly) ? file.read(SniffBytes) : QByteArray());
}

ImportFileKind detectImportFileKind(const QString &path)
{
    const std::optional<ImportFileKind> content = importFileKindOfContent(path);
    // Text that is not a vCard may still be one the extension names (UTF-16, say): its reader
    // then says what is wrong with it, rather than the CSV reader.
    if (content && *content != ImportFileKind::Csv)
        return *content;
    return importFileKindOfName(path).value_or(ImportFileKind::Csv);
}

Result<std::unique_ptr<RecordSource>> openImportSource(const QString &path, ImportFileKind kind, const SourceFormat &format)
{
    if (kind != ImportFileKind::VCard)
        return openImportFile(path, format);
    auto source = VCardRecordSource::open(path);
    if (!source)
        return source.error();
    return std::unique_ptr<RecordSource>(std::move(*source));
}

}  // namespace guanxi
