#pragma once

#include <span>

namespace guanxi::demo {

// The word lists the demo generator composes names, places and notes from. Plain UTF-8
// literals: demo data are sample content, not user interface text, so they are not translated.
struct ChineseCity {
    const char *name;       // "北京", as it starts a company name
    const char *region;     // province or municipality: "北京市", "广东省"
    const char *areaCode;   // fixed-line area code: "010", "0755"
    const char *division;   // first four digits of the administrative division code: "1101"
    int weight;             // roughly how much business happens there
    const char *districts;  // '|'-separated; empty: generic district names are used
};

struct Hanzi {
    const char *text;
    const char *pinyin;
    int weight;
};

struct Brand {
    const char *text;    // 长城
    const char *pinyin;  // changcheng
};

struct ChineseIndustry {
    const char *word;    // in the company name: 科技, 餐饮, 机械制造
    const char *label;   // the industry field: 信息技术
    const char *slug;    // for web domains: tech
    bool manufacturing;  // may be a 厂
};

struct LatinCity {
    const char *name;
    const char *country;
    const char *dialCode;  // without '+'
    const char *suffixes;  // '|'-separated legal forms used there
    const char *tld;       // web domains end in it: "de", "co.uk"
    const char *currency;  // what customers there are billed in when not in CNY
    int weight;
};

struct LatinIndustry {
    const char *word;   // in the name: Trading, Supplies
    const char *label;  // the industry field
};

struct Product {
    const char *chinese;
    const char *english;
};

struct Title {
    const char *chinese;
    const char *english;
    int role;  // ContactRole as int; -1 for none
    int weight;
};

namespace DemoData {
std::span<const ChineseCity> chineseCities();
std::span<const Hanzi> surnames();
std::span<const Hanzi> givenNameCharacters();
std::span<const Brand> brands();
std::span<const ChineseIndustry> chineseIndustries();
std::span<const Brand> restaurantDishes();  // 火锅, 小面 … (pinyin for domains)
std::span<const char *const> genericDistricts();
std::span<const char *const> roads();
std::span<const LatinCity> latinCities();
std::span<const char *const> latinFirstNames();
std::span<const char *const> latinLastNames();
std::span<const char *const> latinBrands();
std::span<const LatinIndustry> latinIndustries();
std::span<const char *const> latinStreets();
std::span<const Product> products();
std::span<const Title> titles();
std::span<const char *const> chineseSummaries();     // {contact} and {product} are filled in
std::span<const char *const> englishSummaries();
std::span<const char *const> chineseCommitments();
std::span<const char *const> englishCommitments();
std::span<const char *const> chineseFollowUps();     // {contact} is filled in
std::span<const char *const> englishFollowUps();
std::span<const char *const> chineseTags();
std::span<const char *const> englishTags();
std::span<const char *const> chineseNotes();
std::span<const char *const> englishNotes();
std::span<const char *const> mobilePrefixes();       // the first three digits of mobiles in use
std::span<const char *const> personalMailDomains();  // qq.com, 163.com …
}  // namespace DemoData

}  // namespace guanxi::demo
