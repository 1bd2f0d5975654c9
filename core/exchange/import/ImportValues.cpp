#include "ImportValues.h"

#include "exchange/export/SpreadsheetSafety.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace guanxi::ImportValues {

namespace {

const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))"
        "(?:(?:[ T]+|日)(\\d{1,2})[:时](\\d{1,2})(?:[:分](\\d{1,2})(?:\\.(\\d{1,9}))?秒?)?)?"
        "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    return pattern;
}

}  // namespace

QString cell(const QString &raw)
{
    // Undo the apostrophe Guanxi's exports put before = + - @ (exchange::SpreadsheetSafety).
    return exchange::SpreadsheetSafety::restore(raw.trimmed()).trimmed();
}

std::optional<bool> parseBoolean(QStringView text)
{
    const QString t = text.toString().normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("1"),
                                 QStringLiteral("on"),   QStringLiteral("是"),  QStringLiteral("对"), QStringLiteral("真"),
                                 QStringLiteral("x"),    QStringLiteral("✓"),   QStringLiteral("√")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                                QStringLiteral("off"),   QStringLiteral("否"), QStringLiteral("不"), QStringLiteral("假"),
                                QStringLiteral("不是")};
    if (yes.contains(t) || t == QCoreApplication::translate("CustomerFields", "Yes").toCaseFolded())
        return true;
    if (no.contains(t) || t == QCoreApplication::translate("CustomerFields", "No").toCaseFolded())
        return false;
    return std::nullopt;
}

std::optional<QDate> parseDate(QStringView text)
{
    const QString t = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    const auto match = dateTimePattern().match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = (match.hasCaptured(2) ? match.captured(2) : match.captured(4)).toInt();
    const int day = (match.hasCaptured(3) ? match.captured(3) : match.captured(5)).toInt();
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    const QString t = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    const auto match = dateTimePattern().match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<QDate> date = parseDate(t);
    if (!date)
        return std::nullopt;
    QTime time(0, 0);
    if (match.hasCaptured(6)) {
        const QString fraction = match.captured(9).left(3).leftJustified(3, QLatin1Char('0'));
        time = QTime(match.captured(6).toInt(), match.captured(7).toInt(), match.captured(8).toInt(),
                     match.hasCaptured(9) ? fraction.toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    const QString zone = match.captured(10);
    QDateTime result;
    if (zone.isEmpty()) {
        result = QDateTime(*date, time);  // local time
    } else if (zone == QLatin1String("Z")) {
        result = QDateTime(*date, time, QTimeZone::utc());
    } else {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.size() > 3 ? digits.mid(3, 2).toInt() : 0;
        const int seconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        result = QDateTime(*date, time, QTimeZone(seconds));
    }
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

std::optional<QString> parseUuid(QStringView text)
{
    const QString t = text.trimmed().toString();
    static const QRegularExpression pattern(
        QStringLiteral("^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    if (!pattern.match(t).hasMatch())
        return std::nullopt;
    const QUuid uuid(t);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}

QString foldName(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    QString folded;
    folded.reserve(normalized.size());
    for (QChar c : normalized)
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            folded.append(c.toCaseFolded());
    return folded;
}

}  // namespace guanxi::ImportValues
