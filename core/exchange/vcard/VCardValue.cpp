#include "VCardValue.h"

#include "exchange/csv/CsvDecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace guanxi {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isGb18030Family(const QByteArray &upper)
{
    static const QByteArrayList names{"GB18030", "GBK", "GB2312", "CP936", "WINDOWS-936", "X-GBK", "EUC-CN", "GB_2312-80", "MS936"};
    return names.contains(upper);
}

bool isUtf8(const QByteArray &upper)
{
    return upper == "UTF-8" || upper == "UTF8";
}

struct Decoded {
    std::optional<QString> text;
    CsvDecoder::Fault fault = CsvDecoder::Fault::None;
    qint64 faultOffset = 0;  // in the bytes decoded
};

// Decodes through core/exchange/csv's decoder: strict, and GBK as Excel and phones write it.
Decoded decodeWith(CsvEncoding encoding, QByteArrayView bytes)
{
    CsvDecoder decoder(encoding);
    QString text;
    Decoded result;
    if (decoder.decode(bytes, true, text))
        result.text = std::move(text);
    result.fault = decoder.fault();
    result.faultOffset = decoder.faultOffset();
    return result;
}

// The bytes from the first one that is wrong, for the message.
QString faultyBytes(QByteArrayView bytes, qint64 offset)
{
    const QByteArrayView from = bytes.sliced(qBound<qint64>(0, offset, bytes.size()));
    return QString::fromLatin1(from.first(qMin<qsizetype>(from.size(), 4)).toByteArray().toHex(' ').toUpper());
}

}  // namespace

std::optional<QByteArray> VCardValue::decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '=') {
            decoded += c;
            continue;
        }
        if (i + 1 == bytes.size())
            break;  // a soft line break at the very end
        const int high = hexDigit(bytes[i + 1]);
        const int low = i + 2 < bytes.size() ? hexDigit(bytes[i + 2]) : -1;
        if (high < 0 || low < 0)
            return std::nullopt;
        decoded += char(high * 16 + low);
        i += 2;
    }
    return decoded;
}

Result<QString> VCardValue::decodeCharset(QByteArrayView bytes, const QByteArray &charset, qint64 line)
{
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        return QString::fromLatin1(bytes);
    const QByteArray name = charset.trimmed().toUpper();
    const auto invalid = [&](const QString &encoding, qint64 offset) {
        return makeError(ErrorCode::Validation,
                         tr("Line %1 is not valid %2 text (bytes %3): the file may be damaged or mix encodings.")
                             .arg(line)
                             .arg(encoding, faultyBytes(bytes, offset)));
    };
    if (name.isEmpty() || isUtf8(name)) {
        const Decoded utf8 = decodeWith(CsvEncoding::Utf8, bytes);
        if (utf8.text)
            return *utf8.text;
        if (name.isEmpty())
            if (const Decoded gb18030 = decodeWith(CsvEncoding::Gb18030, bytes); gb18030.text)
                return *gb18030.text;
        return invalid(QStringLiteral("UTF-8"), utf8.faultOffset);
    }
    if (isGb18030Family(name)) {
        const Decoded gb18030 = decodeWith(CsvEncoding::Gb18030, bytes);
        if (gb18030.text)
            return *gb18030.text;
        if (gb18030.fault == CsvDecoder::Fault::Utf8InGb18030)
            if (const Decoded utf8 = decodeWith(CsvEncoding::Utf8, bytes); utf8.text)
                return *utf8.text;
        return invalid(QString::fromLatin1(name), gb18030.faultOffset);
    }
    // Any other charset ICU knows (Big5, Shift_JIS, ISO-8859-1 …), through Qt.
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(ErrorCode::Validation,
                         tr("Line %1 is in the character set “%2”, which Guanxi cannot read.").arg(line).arg(QString::fromLatin1(name)));
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return invalid(QString::fromLatin1(name), 0);
    return text;
}

QString VCardValue::unescape(QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            plain += c;
            continue;
        }
        const QChar escaped = text[++i];
        plain += escaped == QLatin1Char('n') || escaped == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : escaped;
    }
    return plain;
}

QStringList VCardValue::components(QStringView text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i;
        } else if (text[i] == separator) {
            parts.append(unescape(text.sliced(start, i - start)));
            start = i + 1;
        }
    }
    parts.append(unescape(text.sliced(start)));
    return parts;
}

}  // namespace guanxi
