#include "TextTable.h"


namespace guanxi::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
           || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

}  // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format
            || category == QChar::Other_Control)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = oneLine(cell);
    m_rows.append(cells);
}

QString TextTable::render(int indent) const
{
    QList<QStringList> lines;
    if (!m_headers.isEmpty())
        lines.append(m_headers);
    lines += m_rows;
    QList<int> widths;
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(line[i]));
        }
    }
    QString out;
    const QString margin(indent, QLatin1Char(' '));
    for (const QStringList &line : std::as_const(lines)) {
        QString text = margin;
        for (int i = 0; i < line.size(); ++i) {
            text += line[i];
            if (i + 1 < line.size())
                text += QString(widths[i] - displayWidth(line[i]) + 2, QLatin1Char(' '));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out;
}

}  // namespace guanxi::cli
