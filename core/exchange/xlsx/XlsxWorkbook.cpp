#include "XlsxWorkbook.h"

#include "XmlPartReader.h"
#include "ZipArchive.h"

#include <QDir>
#include <QHash>

namespace guanxi::xlsx {

const QString XlsxWorkbook::WorkbookPart = QStringLiteral("xl/workbook.xml");

namespace {

const QString RelationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

// Each relationship id of the workbook to the part of a worksheet it names.
Result<QHash<QString, QString>> worksheetParts(ZipArchive &zip, const QString &displayName)
{
    XmlPartReader part(zip, displayName);
    if (Status opened = part.open(RelationshipsPart); !opened)
        return opened.error();
    QHash<QString, QString> parts;
    for (;;) {
        auto more = part.nextStartElement();
        if (!more)
            return more.error();
        if (!*more)
            return parts;
        const QXmlStreamAttributes attributes = part.xml().attributes();
        if (part.xml().name() != QLatin1String("Relationship")
            || !attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/worksheet")))
            continue;
        const QString target = attributes.value(QLatin1String("Target")).toString();
        // Relative to xl/, or absolute from the archive's root.
        const QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        parts.insert(attributes.value(QLatin1String("Id")).toString(), QDir::cleanPath(path));
    }
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

}  // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(ZipArchive &zip, const QString &displayName)
{
    auto parts = worksheetParts(zip, displayName);
    if (!parts)
        return parts.error();
    XlsxWorkbook workbook;
    workbook.m_displayName = displayName;
    XmlPartReader part(zip, displayName);
    if (Status opened = part.open(WorkbookPart); !opened)
        return opened.error();
    for (;;) {
        auto more = part.nextStartElement();
        if (!more)
            return more.error();
        if (!*more)
            return workbook;
        const QXmlStreamReader &xml = part.xml();
        if (xml.name() == QLatin1String("workbookPr")) {
            workbook.m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == QLatin1String("id") && !attribute.prefix().isEmpty())
                    id = attribute.value().toString();  // r:id
            const auto found = parts->constFind(id);
            if (found != parts->constEnd())
                workbook.m_sheets.append({xml.attributes().value(QLatin1String("name")).toString(), *found});
        }
    }
}

Result<XlsxWorkbook::Sheet> XlsxWorkbook::sheet(const QString &name) const
{
    if (m_sheets.isEmpty())
        return makeError(ErrorCode::Validation, tr("The workbook “%1” has no worksheet.").arg(m_displayName));
    if (name.isEmpty())
        return m_sheets.first();
    QStringList names;
    for (const Sheet &sheet : m_sheets) {
        if (sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return sheet;
        names.append(QStringLiteral("“%1”").arg(sheet.name));
    }
    return makeError(ErrorCode::Validation,
                     tr("The workbook “%1” has no sheet named “%2”. Its sheets: %3.").arg(m_displayName, name, names.join(QStringLiteral(", "))));
}

}  // namespace guanxi::xlsx
