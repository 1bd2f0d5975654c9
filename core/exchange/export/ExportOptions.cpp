#include "ExportOptions.h"

#include <QFileInfo>

#include <array>
#include <utility>

namespace guanxi::exchange {

namespace {

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[entry, code] : table)
        if (entry == value)
            return QString::fromLatin1(code);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const auto &[entry, name] : table)
        if (wanted == QLatin1String(name))
            return entry;
    return std::nullopt;
}

const std::array<std::pair<ExportEntity, const char *>, 5> entities{{
    {ExportEntity::Customers, "customers"},
    {ExportEntity::Contacts, "contacts"},
    {ExportEntity::Orders, "orders"},
    {ExportEntity::Interactions, "interactions"},
    {ExportEntity::FollowUps, "followups"},
}};
const std::array<std::pair<ExportFormat, const char *>, 4> formats{{
    {ExportFormat::Csv, "csv"},
    {ExportFormat::Xlsx, "xlsx"},
    {ExportFormat::VCard, "vcard"},
    {ExportFormat::ICalendar, "ics"},
}};
const std::array<std::pair<CsvEncoding, const char *>, 3> encodings{{
    {CsvEncoding::Utf8, "utf-8"},
    {CsvEncoding::Utf8Bom, "utf-8-bom"},
    {CsvEncoding::Gb18030, "gb18030"},
}};
const std::array<std::pair<ExportLanguage, const char *>, 3> languages{{
    {ExportLanguage::English, "en"},
    {ExportLanguage::Chinese, "zh"},
    {ExportLanguage::Codes, "codes"},
}};

}  // namespace

QString entityCode(ExportEntity entity)
{
    return codeOf(entities, entity);
}

std::optional<ExportEntity> entityFromCode(const QString &code)
{
    if (code.trimmed().compare(QLatin1String("follow-ups"), Qt::CaseInsensitive) == 0)
        return ExportEntity::FollowUps;
    return fromCode(entities, code);
}

QString formatCode(ExportFormat format)
{
    return codeOf(formats, format);
}

std::optional<ExportFormat> formatFromCode(const QString &code)
{
    const QString folded = code.trimmed().toLower();
    if (folded == QLatin1String("vcf"))
        return ExportFormat::VCard;
    if (folded == QLatin1String("ical") || folded == QLatin1String("icalendar"))
        return ExportFormat::ICalendar;
    return fromCode(formats, code);
}

std::optional<ExportFormat> formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ExportFormat::VCard;
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical"))
        return ExportFormat::ICalendar;
    return std::nullopt;
}

QString encodingCode(CsvEncoding encoding)
{
    return codeOf(encodings, encoding);
}

std::optional<CsvEncoding> encodingFromCode(const QString &code)
{
    const QString folded = code.trimmed().toLower();
    if (folded == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (folded == QLatin1String("utf8-bom") || folded == QLatin1String("utf-8-sig"))
        return CsvEncoding::Utf8Bom;
    return fromCode(encodings, code);
}

QString languageCode(ExportLanguage language)
{
    return codeOf(languages, language);
}

std::optional<ExportLanguage> languageFromCode(const QString &code)
{
    const QString folded = code.trimmed().toLower();
    if (folded.startsWith(QLatin1String("zh")))
        return ExportLanguage::Chinese;
    if (folded.startsWith(QLatin1String("en")))
        return ExportLanguage::English;
    return fromCode(languages, code);
}

}  // namespace guanxi::exchange
