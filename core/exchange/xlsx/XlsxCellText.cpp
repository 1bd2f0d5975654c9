#include "XlsxCellText.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace guanxi::xlsx {

namespace {

constexpr int SignificantDigits = 15;
constexpr qint64 SecondsPerDay = 24 * 60 * 60;

}  // namespace

QString numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0)
        return QStringLiteral("0");  // also -0
    QString text = QString::number(value, 'g', SignificantDigits);
    if (!text.contains(QLatin1Char('e')))
        return text;
    // 'g' chose an exponent: write ordinary magnitudes out in full, as a spreadsheet's General
    // format does for them (1e-05 → 0.00001, 1e+15 → 1000000000000000).
    const double magnitude = std::fabs(value);
    if (magnitude < 1e-9 || magnitude >= 1e21)
        return text;
    const int exponent = int(std::floor(std::log10(magnitude)));
    const int decimals = std::max(0, SignificantDigits - 1 - exponent);
    text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString serialDateText(double serial, bool date1904, bool timeOnly)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999)  // 9999-12-31
        return {};
    qint64 seconds = std::llround(serial * double(SecondsPerDay));
    qint64 days = seconds / SecondsPerDay;
    seconds %= SecondsPerDay;
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    const QString timeText = time.toString(time.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (timeOnly && days == 0)
        return timeText;
    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29");  // Lotus 1-2-3's leap day, kept by Excel
    } else {
        // Day 1 is 1900-01-01; from day 61 on, the false leap day shifts the count by one.
        if (days < 60)
            ++days;
        dateText = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    }
    if (seconds == 0)
        return dateText;
    return dateText + QLatin1Char(' ') + timeText;
}

QString unescaped(QStringView text)
{
    if (!text.contains(QLatin1String("_x")))
        return text.toString();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('_') && i + 6 < text.size() && text[i + 1] == QLatin1Char('x') && text[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const uint code = text.mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                result += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

std::optional<CellReference> parseCellReference(QStringView reference)
{
    CellReference cell;
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128; ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
        if (column > MaxColumns)
            return std::nullopt;
    }
    if (column == 0 || i == reference.size())
        return std::nullopt;
    bool ok = false;
    cell.row = reference.mid(i).toLongLong(&ok);
    if (!ok || cell.row < 1 || !reference[i].isDigit())
        return std::nullopt;
    cell.column = column - 1;
    return cell;
}

}  // namespace guanxi::xlsx
