#include "SourceFormat.h"

namespace guanxi {

std::optional<SourceEncoding> SourceFormat::encodingFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (t == QLatin1String("auto"))
        return SourceEncoding::Auto;
    if (t == QLatin1String("utf8") || t == QLatin1String("utf8bom"))
        return SourceEncoding::Utf8;
    if (t == QLatin1String("gb18030") || t == QLatin1String("gbk") || t == QLatin1String("gb2312"))
        return SourceEncoding::Gb18030;
    if (t == QLatin1String("utf16") || t == QLatin1String("utf16le") || t == QLatin1String("utf16be") || t == QLatin1String("unicode"))
        return SourceEncoding::Utf16;
    return std::nullopt;
}

std::optional<SourceDelimiter> SourceFormat::delimiterFromText(QStringView text)
{
    const QString t = text.toString().toLower();
    if (t.trimmed() == QLatin1String("auto"))
        return SourceDelimiter::Auto;
    if (t.trimmed() == QLatin1String("comma") || t == QLatin1String(","))
        return SourceDelimiter::Comma;
    if (t.trimmed() == QLatin1String("semicolon") || t == QLatin1String(";"))
        return SourceDelimiter::Semicolon;
    if (t.trimmed() == QLatin1String("tab") || t == QLatin1String("\t") || t == QLatin1String("\\t"))
        return SourceDelimiter::Tab;
    return std::nullopt;
}

}  // namespace guanxi
