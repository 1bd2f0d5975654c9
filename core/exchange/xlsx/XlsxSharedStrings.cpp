#include "XlsxSharedStrings.h"

#include "XlsxCellText.h"
#include "XmlPartReader.h"
#include "ZipArchive.h"

namespace guanxi::xlsx {

namespace {

const QString SharedStringsPart = QStringLiteral("xl/sharedStrings.xml");

}  // namespace

Result<QString> XlsxSharedStrings::readStringItem(XmlPartReader &part)
{
    QString text;
    for (int depth = 1; depth > 0;) {
        auto token = part.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (*token == QXmlStreamReader::StartElement) {
            const QStringView name = part.xml().name();
            if (name == QLatin1String("t")) {
                auto t = part.elementText();
                if (!t)
                    return t.error();
                text += *t;
            } else if (name == QLatin1String("rPh")) {
                if (auto skipped = part.elementText(); !skipped)  // a phonetic guide, not the text
                    return skipped.error();
            } else {
                ++depth;  // <r>, <rPr> and its children
            }
        }
    }
    return unescaped(text);
}

Result<XlsxSharedStrings> XlsxSharedStrings::read(ZipArchive &zip, const QString &displayName)
{
    XlsxSharedStrings strings;
    if (!zip.contains(SharedStringsPart))
        return strings;
    XmlPartReader part(zip, displayName);
    if (Status opened = part.open(SharedStringsPart); !opened)
        return opened.error();
    qint64 characters = 0;
    for (;;) {
        auto more = part.nextStartElement();
        if (!more)
            return more.error();
        if (!*more)
            return strings;
        if (part.xml().name() != QLatin1String("si"))
            continue;
        auto text = readStringItem(part);
        if (!text)
            return text.error();
        characters += text->size();
        if (characters > MaxCharacters)
            return makeError(ErrorCode::Validation,
                             tr("The workbook “%1” holds more than %2 million characters of text, more than Guanxi reads from "
                                "one workbook. Save it as CSV UTF-8 and import that file.")
                                 .arg(displayName)
                                 .arg(MaxCharacters / 1000000));
        strings.m_strings.append(std::move(*text));
        part.mark();
    }
}

}  // namespace guanxi::xlsx
