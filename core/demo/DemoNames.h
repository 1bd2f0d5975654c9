#pragma once

#include "DemoRandom.h"

#include <QString>
#include <QStringList>

namespace guanxi::demo {

struct ChineseCity;
struct LatinCity;

QString utf8(const char *text);
QStringList splitBar(const char *text);  // DemoData's '|'-separated lists

struct PersonName {
    QString name;
    QString mailLocal;  // what goes before the @: "wei.zhang", "anna.muller"
};

struct Company {
    QString name;
    QString industry;
    QString domain;  // for e-mail addresses and the website
    bool individualBusiness = false;  // 个体工商户 (商行, 经营部): type 2 in the credit code
};

// Names, numbers and codes as they look in real Chinese and international business: composed
// from DemoData's lists, valid for Validation (phones, e-mails, credit codes).
namespace DemoNames {
PersonName chinesePerson(DemoRandom &rng);  // 张伟, 欧阳晓芳
PersonName latinPerson(DemoRandom &rng);    // Anna Müller
QString chineseMobile(DemoRandom &rng);     // 13812345678, with a prefix in use
QString fixedLine(DemoRandom &rng, const ChineseCity &city);           // 023-61234567
QString internationalPhone(DemoRandom &rng, const LatinCity &city);    // +494012345678
QString personalMail(DemoRandom &rng, const PersonName &person, bool chinese);  // on qq.com, gmail.com …
// 统一社会信用代码: authority 9, type 1 or 2, the city's division code, a GB 11714
// organisation code with its own check character, and the GB 32100 check character.
QString creditCode(DemoRandom &rng, const ChineseCity &city, bool individualBusiness);
// 北京长城科技有限公司, 重庆山城火锅餐饮有限公司, 上海浦东发展银行, 义乌鑫源五金商行 …
Company chineseCompany(DemoRandom &rng, const ChineseCity &city, const QString &district);
// Northwind Trading GmbH, Acme Supplies Ltd …
Company latinCompany(DemoRandom &rng, const LatinCity &city);
}  // namespace DemoNames

}  // namespace guanxi::demo
