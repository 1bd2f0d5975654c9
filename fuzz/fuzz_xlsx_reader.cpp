// libFuzzer target for the .xlsx reader: any bytes must give rows or a clean Error — never a
// crash, a hang, or a row beyond a sheet's columns.
//
// An input that starts with "PK" is the whole workbook (the fixtures of tests/data/xlsx are seeds
// as they are); any other input is the XML of a sheet, which the target stores, with a fixed
// workbook, shared strings and styles, in a new .xlsx (minizip's zip.h), so that the fuzzer
// works on the XML rather than on checksums.
#include "exchange/xlsx/XlsxCellText.h"
#include "exchange/xlsx/XlsxReader.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

#include <cstdint>
#include <cstdlib>

using namespace guanxi;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

const char *const Workbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char *const Relationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/></Relationships>)";
const char *const SharedStrings = R"(<sst><si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si></sst>)";
const char *const Styles = R"(<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>)"
                           R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>)";

bool addEntry(zipFile zip, const char *name, const QByteArray &bytes)
{
    zip_fileinfo info{};
    if (zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0) != ZIP_OK)
        return false;
    const bool written = zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
    return zipCloseFileInZip(zip) == ZIP_OK && written;
}

bool writeWorkbook(const QString &path, const QByteArray &sheet)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    const bool written = addEntry(zip, "xl/workbook.xml", Workbook) && addEntry(zip, "xl/_rels/workbook.xml.rels", Relationships)
                         && addEntry(zip, "xl/sharedStrings.xml", SharedStrings) && addEntry(zip, "xl/styles.xml", Styles)
                         && addEntry(zip, "xl/worksheets/sheet1.xml", sheet);
    return zipClose(zip, nullptr) == ZIP_OK && written;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.xlsx"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 0;
    } else if (!writeWorkbook(path, bytes)) {
        return 0;
    }

    auto reader = XlsxReader::open(path);
    if (!reader) {
        check(!reader.error().message.isEmpty());
        return 0;
    }
    xlsx::XlsxRow row;
    for (;;) {
        const Result<bool> more = (*reader)->next(row);
        if (!more) {
            check(!more.error().message.isEmpty());
            break;
        }
        if (!*more)
            break;
        check(row.number > 0);
        check(!row.cells.isEmpty() && row.cells.size() <= xlsx::MaxColumns && !row.cells.constLast().isEmpty());
    }
    check((*reader)->bytesRead() <= (*reader)->totalBytes());
    return 0;
}
