#include "XlsxSheetReader.h"

#include "XlsxCellText.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"

#include <QDateTime>

namespace guanxi::xlsx {

namespace {

// A cell of type "d": an ISO 8601 date and time, written as a date cell would be.
QString isoDateText(const QString &value)
{
    const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    if (!time.isValid())
        return value;
    if (time.time() == QTime(0, 0))
        return time.date().toString(Qt::ISODate);
    return time.toString(time.time().second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

}  // namespace

XlsxSheetReader::XlsxSheetReader(ZipArchive &zip, const QString &displayName, const XlsxSharedStrings &strings,
                                 const XlsxStyles &styles, bool date1904)
    : m_part(zip, displayName), m_displayName(displayName), m_strings(strings), m_styles(styles), m_date1904(date1904)
{
}

Status XlsxSheetReader::open(const QString &part)
{
    m_rowNumber = 0;
    return m_part.open(part);
}

Result<bool> XlsxSheetReader::next(XlsxRow &row)
{
    for (;;) {
        auto more = m_part.nextStartElement();
        if (!more || !*more)
            return more;
        if (m_part.xml().name() != QLatin1String("row"))
            continue;
        auto read = readRow(row);
        m_part.mark();
        if (!read)
            return read.error();
        if (*read)
            return true;
    }
}

// Reads the row whose StartElement was just read; true when it has a cell with text.
Result<bool> XlsxSheetReader::readRow(XlsxRow &row)
{
    bool numbered = false;
    const qint64 number = m_part.xml().attributes().value(QLatin1String("r")).toLongLong(&numbered);
    m_rowNumber = numbered && number > 0 ? number : m_rowNumber + 1;
    row.number = m_rowNumber;
    row.cells.clear();
    int column = 0;  // of the next cell without a reference
    for (;;) {
        auto token = m_part.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndElement)
            break;  // </row>: cells are read to their end
        if (*token != QXmlStreamReader::StartElement)
            continue;
        if (m_part.xml().name() == QLatin1String("c")) {
            if (Status read = readCell(row.cells, column, m_rowNumber); !read)
                return read.error();
        } else if (auto skipped = m_part.elementText(); !skipped) {  // an extension element
            return skipped.error();
        }
    }
    while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
        row.cells.removeLast();
    return !row.cells.isEmpty();
}

// Reads the cell whose StartElement was just read into `cells`.
Status XlsxSheetReader::readCell(QStringList &cells, int &column, qint64 rowNumber)
{
    const QXmlStreamAttributes attributes = m_part.xml().attributes();
    const QString reference = attributes.value(QLatin1String("r")).toString();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const qsizetype style = attributes.value(QLatin1String("s")).toInt();
    if (const std::optional<CellReference> cell = parseCellReference(reference))
        column = cell->column;
    if (column >= MaxColumns)
        return makeError(ErrorCode::Validation,
                         tr("Row %1 of the workbook “%2” has a cell beyond column XFD, the last one a sheet has: the workbook is "
                            "damaged.")
                             .arg(rowNumber)
                             .arg(m_displayName));
    QString value;
    bool inlineString = false;
    for (;;) {
        auto token = m_part.next();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndElement)
            break;
        if (*token != QXmlStreamReader::StartElement)
            continue;
        // <v> holds the value, <is> an inline string; <f> (the formula) and extensions are skipped.
        const bool isValue = m_part.xml().name() == QLatin1String("v");
        const bool isInline = m_part.xml().name() == QLatin1String("is");
        Result<QString> text = isInline ? XlsxSharedStrings::readStringItem(m_part) : m_part.elementText();
        if (!text)
            return text.error();
        if (isValue || isInline) {
            value = *text;
            inlineString = isInline;
        }
    }
    auto text = inlineString ? Result<QString>(value)
                             : cellText(type, style, value, reference.isEmpty() ? columnName(column) + QString::number(rowNumber) : reference);
    if (!text)
        return text.error();
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = std::move(*text);
    ++column;
    return {};
}

Result<QString> XlsxSheetReader::cellText(QStringView type, qsizetype style, const QString &value, const QString &reference)
{
    if (value.isEmpty())
        return value;  // a styled cell without a value
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            return makeError(ErrorCode::Validation,
                             tr("Cell %1 of the workbook “%2” refers to text that the workbook does not hold: the workbook is "
                                "damaged.")
                                 .arg(reference, m_displayName));
        return m_strings.at(index);
    }
    if (type == QLatin1String("str") || type == QLatin1String("inlineStr"))
        return unescaped(value);
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("e"))
        return value;
    if (type == QLatin1String("d"))
        return isoDateText(value);
    // A number (type "n", or none).
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value;
    const NumberKind kind = m_styles.kindOf(style);
    if (kind != NumberKind::Number)
        if (QString date = serialDateText(number, m_date1904, kind == NumberKind::Time); !date.isEmpty())
            return date;
    return numberText(number);
}

}  // namespace guanxi::xlsx
