#include "XlsxReader.h"

#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "XlsxWorkbook.h"
#include "ZipArchive.h"

#include <QFileInfo>

namespace guanxi {

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheetName)
{
    const QString name = QFileInfo(path).fileName();
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    reader->m_zip = std::move(*zip);
    if (!reader->m_zip->contains(xlsx::XlsxWorkbook::WorkbookPart))
        return makeError(ErrorCode::Validation, tr("The file “%1” is a ZIP archive, not a CSV file or an Excel workbook.").arg(name),
                         QStringLiteral("no %1").arg(xlsx::XlsxWorkbook::WorkbookPart));
    auto workbook = xlsx::XlsxWorkbook::read(*reader->m_zip, name);
    if (!workbook)
        return workbook.error();
    auto sheet = workbook->sheet(sheetName);
    if (!sheet)
        return sheet.error();
    auto strings = xlsx::XlsxSharedStrings::read(*reader->m_zip, name);
    if (!strings)
        return strings.error();
    auto styles = xlsx::XlsxStyles::read(*reader->m_zip, name);
    if (!styles)
        return styles.error();
    reader->m_strings = std::make_unique<xlsx::XlsxSharedStrings>(std::move(*strings));
    reader->m_styles = std::make_unique<xlsx::XlsxStyles>(std::move(*styles));
    reader->m_sheet = std::make_unique<xlsx::XlsxSheetReader>(*reader->m_zip, name, *reader->m_strings, *reader->m_styles,
                                                              workbook->date1904());
    reader->m_sheetName = sheet->name;
    if (Status opened = reader->m_sheet->open(sheet->part); !opened)
        return opened.error();
    return reader;
}

Result<bool> XlsxReader::next(xlsx::XlsxRow &row)
{
    return m_sheet->next(row);
}

qint64 XlsxReader::bytesRead() const
{
    const qint64 size = m_zip->entrySize();
    if (size <= 0)
        return 0;
    return qint64(double(m_zip->entryBytesRead()) / double(size) * double(m_zip->entryCompressedSize()));
}

qint64 XlsxReader::totalBytes() const
{
    return m_zip->entryCompressedSize();
}

}  // namespace guanxi
