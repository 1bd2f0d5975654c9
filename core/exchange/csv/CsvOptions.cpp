#include "CsvOptions.h"

#include <array>
#include <utility>

namespace guanxi {

namespace {

constexpr std::array<std::pair<CsvEncoding, const char *>, 6> encodingCodes{{
    {CsvEncoding::Auto, "auto"},
    {CsvEncoding::Utf8, "utf-8"},
    {CsvEncoding::Gb18030, "gb18030"},
    {CsvEncoding::Utf16, "utf-16"},
    {CsvEncoding::Utf16Le, "utf-16le"},
    {CsvEncoding::Utf16Be, "utf-16be"},
}};

constexpr std::array<std::pair<CsvDelimiter, const char *>, 4> delimiterCodes{{
    {CsvDelimiter::Auto, "auto"},
    {CsvDelimiter::Comma, "comma"},
    {CsvDelimiter::Semicolon, "semicolon"},
    {CsvDelimiter::Tab, "tab"},
}};

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &codes, E value)
{
    for (const auto &[candidate, code] : codes) {
        if (candidate == value)
            return QLatin1String(code);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &codes, const QString &code)
{
    const QString folded = code.trimmed().toLower();
    for (const auto &[value, candidate] : codes) {
        if (folded == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

}  // namespace

QString csvEncodingCode(CsvEncoding encoding)
{
    return codeOf(encodingCodes, encoding);
}

std::optional<CsvEncoding> csvEncodingFromCode(const QString &code)
{
    // Common spellings people type: utf8, gbk, gb2312, cp936, unicode.
    const QString folded = code.trimmed().toLower();
    if (folded == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (folded == QLatin1String("gbk") || folded == QLatin1String("gb2312") || folded == QLatin1String("cp936"))
        return CsvEncoding::Gb18030;
    if (folded == QLatin1String("utf16") || folded == QLatin1String("unicode"))
        return CsvEncoding::Utf16;
    return valueOf(encodingCodes, folded);
}

QString csvDelimiterCode(CsvDelimiter delimiter)
{
    return codeOf(delimiterCodes, delimiter);
}

std::optional<CsvDelimiter> csvDelimiterFromCode(const QString &code)
{
    return valueOf(delimiterCodes, code);
}

QChar csvDelimiterCharacter(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma: return QLatin1Char(',');
    case CsvDelimiter::Semicolon: return QLatin1Char(';');
    case CsvDelimiter::Tab: return QLatin1Char('\t');
    case CsvDelimiter::Auto: break;
    }
    return {};
}

QString CsvNames::encoding(CsvEncoding encoding, bool byteOrderMark)
{
    switch (encoding) {
    case CsvEncoding::Auto: return tr("Detect automatically");
    case CsvEncoding::Utf8: return byteOrderMark ? tr("UTF-8 with byte order mark") : tr("UTF-8");
    case CsvEncoding::Gb18030: return tr("GB18030 / GBK (Chinese Windows)");
    case CsvEncoding::Utf16: return tr("UTF-16 (Unicode Text)");
    case CsvEncoding::Utf16Le: return tr("UTF-16 little-endian (Unicode Text)");
    case CsvEncoding::Utf16Be: return tr("UTF-16 big-endian");
    }
    return {};
}

QString CsvNames::delimiter(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Auto: return tr("Detect automatically");
    case CsvDelimiter::Comma: return tr("Comma");
    case CsvDelimiter::Semicolon: return tr("Semicolon");
    case CsvDelimiter::Tab: return tr("Tab");
    }
    return {};
}

QString CsvNames::confidence(CsvConfidence confidence)
{
    switch (confidence) {
    case CsvConfidence::Certain: return tr("certain");
    case CsvConfidence::High: return tr("likely");
    case CsvConfidence::Low: return tr("a guess");
    }
    return {};
}

}  // namespace guanxi
