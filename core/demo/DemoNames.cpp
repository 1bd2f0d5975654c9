#include "DemoNames.h"

#include "DemoData.h"
#include "domain/Validation.h"

#include <array>

namespace guanxi::demo {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList splitBar(const char *text)
{
    return utf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

namespace {

QString digits(DemoRandom &rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + int(rng.below(10))));
    return text;
}

// "Jürgen O'Brien" → "jurgen.obrien": what people put before the @.
QString asciiMailPart(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80 && (c.isLetterOrNumber()))
            out.append(c.toLower());
        else if (c == QChar(u'ø'))
            out.append(QLatin1Char('o'));
    }
    return out;
}

// GB 11714 organisation code: eight digits and a check character.
QString organisationCode(DemoRandom &rng)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    QString code = digits(rng, 8);
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += code[i].digitValue() * weights[i];
    const int check = 11 - sum % 11;
    code.append(check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QChar(u'0' + check));
    return code;
}

}  // namespace

namespace DemoNames {

PersonName chinesePerson(DemoRandom &rng)
{
    const Hanzi &surname = rng.pickWeighted(DemoData::surnames());
    const auto given = DemoData::givenNameCharacters();
    const Hanzi &first = rng.pick(given);
    PersonName person;
    person.name = utf8(surname.text) + utf8(first.text);
    QString givenPinyin = utf8(first.pinyin);
    if (rng.chance(700)) {
        const Hanzi &second = rng.pick(given);
        person.name += utf8(second.text);
        givenPinyin += utf8(second.pinyin);
    }
    switch (rng.below(3)) {
    case 0: person.mailLocal = givenPinyin + QLatin1Char('.') + utf8(surname.pinyin); break;
    case 1: person.mailLocal = utf8(surname.pinyin) + givenPinyin; break;
    default: person.mailLocal = utf8(surname.pinyin) + QLatin1Char('.') + givenPinyin; break;
    }
    return person;
}

PersonName latinPerson(DemoRandom &rng)
{
    const QString first = utf8(rng.pick(DemoData::latinFirstNames()));
    const QString last = utf8(rng.pick(DemoData::latinLastNames()));
    return {first + QLatin1Char(' ') + last, asciiMailPart(first) + QLatin1Char('.') + asciiMailPart(last)};
}

QString chineseMobile(DemoRandom &rng)
{
    return utf8(rng.pick(DemoData::mobilePrefixes())) + digits(rng, 8);
}

QString fixedLine(DemoRandom &rng, const ChineseCity &city)
{
    const QString area = utf8(city.areaCode);
    const int length = area.size() == 3 || rng.chance(600) ? 8 : 7;
    return area + QLatin1Char('-') + QString::number(rng.between(2, 8)) + digits(rng, length - 1);
}

QString internationalPhone(DemoRandom &rng, const LatinCity &city)
{
    return QLatin1Char('+') + utf8(city.dialCode) + QString::number(rng.between(2, 9)) + digits(rng, int(rng.between(7, 9)));
}

QString personalMail(DemoRandom &rng, const PersonName &person, bool chinese)
{
    const auto domains = DemoData::personalMailDomains();
    const QString domain = utf8(chinese ? domains[std::size_t(rng.below(6))] : domains[6 + std::size_t(rng.below(4))]);
    if (domain == QLatin1String("qq.com") && rng.chance(700))
        return QString::number(rng.between(10000, 2999999999LL)) + QLatin1Char('@') + domain;
    return person.mailLocal + (rng.chance(500) ? QString::number(rng.between(1, 99)) : QString()) + QLatin1Char('@') + domain;
}

// 统一社会信用代码: registration authority 9 (market regulation), type 1 (enterprise) or 2
// (individual business), the division code, the organisation code and the check character.
QString creditCode(DemoRandom &rng, const ChineseCity &city, bool individualBusiness)
{
    QString first17 = QStringLiteral("9") + (individualBusiness ? QLatin1Char('2') : QLatin1Char('1')) + utf8(city.division)
                      + QStringLiteral("%1").arg(rng.between(1, 12), 2, 10, QLatin1Char('0')) + organisationCode(rng);
    return first17 + Validation::creditCodeCheckCharacter(first17);
}

Company chineseCompany(DemoRandom &rng, const ChineseCity &city, const QString &district)
{
    const QString cityName = utf8(city.name);
    const Brand &brand = rng.pick(DemoData::brands());
    const QString brandText = utf8(brand.text);
    Company company;
    const int form = rng.weighted(std::array{30, 2, 80, 50, 100, 738});
    if (form == 0) {  // 重庆山城火锅餐饮有限公司
        const Brand &dish = rng.pick(DemoData::restaurantDishes());
        company.name = cityName + brandText + utf8(dish.text) + QStringLiteral("餐饮有限公司");
        company.industry = QStringLiteral("餐饮");
        company.domain = utf8(brand.pinyin) + utf8(dish.pinyin) + QStringLiteral(".cn");
        return company;
    }
    if (form == 1) {  // 上海浦东发展银行
        QString area = district.isEmpty() ? brandText : district;
        area.remove(QStringLiteral("新区")).remove(QChar(u'区'));
        company.name = cityName + (area.isEmpty() ? brandText : area)
                       + (rng.chance(500) ? QStringLiteral("发展银行") : QStringLiteral("农村商业银行"));
        company.industry = QStringLiteral("金融");
        company.domain = utf8(brand.pinyin) + QStringLiteral("bank.com.cn");
        return company;
    }
    const ChineseIndustry &industry = rng.pick(DemoData::chineseIndustries());
    company.industry = utf8(industry.label);
    const QString word = utf8(industry.word);
    switch (rng.below(3)) {
    case 0: company.domain = utf8(brand.pinyin) + QStringLiteral(".com.cn"); break;
    case 1: company.domain = utf8(brand.pinyin) + QLatin1Char('-') + utf8(industry.slug) + QStringLiteral(".com"); break;
    default: company.domain = utf8(brand.pinyin) + utf8(industry.slug) + QStringLiteral(".cn"); break;
    }
    if (form == 2) {  // 义乌鑫源五金商行
        company.name = cityName + brandText + word + (rng.chance(600) ? QStringLiteral("商行") : QStringLiteral("经营部"));
        company.individualBusiness = true;
    } else if (form == 3 && industry.manufacturing) {  // 东莞宏达电子厂
        company.name = cityName + brandText + word + QStringLiteral("厂");
    } else if (form == 4) {  // 长城科技(北京)有限公司: Validation stores full-width brackets as ASCII (NFKC)
        company.name = brandText + word + QLatin1Char('(') + cityName + QStringLiteral(")有限公司");
    } else {  // 北京长城科技有限公司
        static const char *const suffixes[] = {"有限公司", "股份有限公司", "有限责任公司", "集团有限公司"};
        company.name = cityName + brandText + word + utf8(suffixes[rng.weighted(std::array{70, 12, 10, 8})]);
    }
    return company;
}

Company latinCompany(DemoRandom &rng, const LatinCity &city)
{
    const QString brand = utf8(rng.pick(DemoData::latinBrands()));
    const LatinIndustry &industry = rng.pick(DemoData::latinIndustries());
    const QStringList suffixes = splitBar(city.suffixes);
    Company company;
    company.name = brand + QLatin1Char(' ') + utf8(industry.word) + QLatin1Char(' ') + suffixes.at(int(rng.below(quint64(suffixes.size()))));
    company.industry = utf8(industry.label);
    company.domain = asciiMailPart(brand) + QLatin1Char('-') + asciiMailPart(utf8(industry.word)) + QLatin1Char('.') + utf8(city.tld);
    return company;
}

}  // namespace DemoNames

}  // namespace guanxi::demo
