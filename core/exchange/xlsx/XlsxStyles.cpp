#include "XlsxStyles.h"

#include "XmlPartReader.h"
#include "ZipArchive.h"

#include <QHash>

namespace guanxi::xlsx {

namespace {

const QString StylesPart = QStringLiteral("xl/styles.xml");

}  // namespace

NumberKind XlsxStyles::kindOfBuiltIn(int numFmtId)
{
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 32 && numFmtId <= 35))
        return NumberKind::Time;
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58))
        return NumberKind::Date;
    return NumberKind::Number;
}

NumberKind XlsxStyles::kindOfCode(QStringView formatCode)
{
    bool yearOrDay = false;
    bool monthOrMinute = false;
    bool time = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (inQuotes) {
            inQuotes = c != QLatin1Char('"');
            continue;
        }
        switch (c.toLower().unicode()) {
        case '"': inQuotes = true; break;
        case ';': i = formatCode.size(); break;  // the first section (positive numbers) decides
        case '\\':
        case '_':
        case '*': ++i; break;  // an escaped, padding or fill character
        case '[': {
            // [Red], [$-804], [h] (elapsed hours: a duration, shown as a number here)
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            i = close < 0 ? formatCode.size() : close;
            break;
        }
        case 'y':
        case 'd': yearOrDay = true; break;
        case 'm': monthOrMinute = true; break;  // months, or minutes beside an h
        case 'h':
        case 's': time = true; break;
        default: break;
        }
    }
    if (time && !yearOrDay)
        return NumberKind::Time;
    return yearOrDay || monthOrMinute || time ? NumberKind::Date : NumberKind::Number;
}

Result<XlsxStyles> XlsxStyles::read(ZipArchive &zip, const QString &displayName)
{
    XlsxStyles styles;
    if (!zip.contains(StylesPart))
        return styles;
    XmlPartReader part(zip, displayName);
    if (Status opened = part.open(StylesPart); !opened)
        return opened.error();
    QHash<int, NumberKind> custom;
    bool inCellXfs = false;  // the cells' styles, rather than the named styles (cellStyleXfs)
    for (;;) {
        auto more = part.nextStartElement();
        if (!more)
            return more.error();
        if (!*more)
            return styles;
        const QXmlStreamReader &xml = part.xml();
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmt")) {
            custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                          kindOfCode(xml.attributes().value(QLatin1String("formatCode"))));
        } else if (name == QLatin1String("cellXfs") || name == QLatin1String("cellStyleXfs")) {
            inCellXfs = name == QLatin1String("cellXfs");
        } else if (inCellXfs && name == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.m_kinds.append(custom.value(id, kindOfBuiltIn(id)));
        }
    }
}

}  // namespace guanxi::xlsx
