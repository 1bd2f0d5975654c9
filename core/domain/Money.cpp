#include "Money.h"

#include <limits>

namespace guanxi {

std::optional<qint64> Money::parseMinorUnits(QStringView text)
{
    // Normalise full-width digits and punctuation (Ｆ０-Ｆ９, '．', '，') and drop grouping and symbols.
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text.trimmed()) {
        ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u - 0xFF10 + '0');
        else if (u == 0xFF0E)
            c = QLatin1Char('.');
        else if (u == 0xFF0C)
            c = QLatin1Char(',');
        else if (u == 0xFF0D)
            c = QLatin1Char('-');
        if (c == QLatin1Char(',') || c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x00A5) /* ¥ */
            || c == QChar(0xFFE5) /* ￥ */ || c == QLatin1Char('$'))
            continue;
        cleaned.append(c);
    }
    if (cleaned.endsWith(QStringLiteral("元")))
        cleaned.chop(1);
    if (cleaned.startsWith(QStringLiteral("CNY"), Qt::CaseInsensitive) || cleaned.startsWith(QStringLiteral("RMB"), Qt::CaseInsensitive))
        cleaned.remove(0, 3);
    if (cleaned.isEmpty())
        return std::nullopt;

    bool negative = false;
    int i = 0;
    if (cleaned[0] == QLatin1Char('-') || cleaned[0] == QLatin1Char('+')) {
        negative = cleaned[0] == QLatin1Char('-');
        ++i;
    }
    qint64 whole = 0;
    int digits = 0;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;
    for (; i < cleaned.size() && cleaned[i].isDigit(); ++i, ++digits) {
        whole = whole * 10 + (cleaned[i].unicode() - '0');
        if (whole > limit)
            return std::nullopt;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < cleaned.size() && cleaned[i] == QLatin1Char('.')) {
        ++i;
        for (; i < cleaned.size() && cleaned[i].isDigit(); ++i, ++fractionDigits) {
            if (fractionDigits == 2)
                return std::nullopt;
            fraction = fraction * 10 + (cleaned[i].unicode() - '0');
        }
        if (fractionDigits == 0 && digits == 0)
            return std::nullopt;
    }
    if (i != cleaned.size() || (digits == 0 && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 minor = whole * 100 + fraction;
    return negative ? -minor : minor;
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return QStringLiteral("%1%2.%3")
        .arg(minor < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace guanxi
