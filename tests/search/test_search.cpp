// Customer search on a real workspace file: Chinese characters, full pinyin, initials and their
// mixes (every reading of a polyphonic character), contacts, phones, e-mails and places, through
// CustomerRepository::count/page and SearchRepository; the index following every change; hostile
// input; the documented order of hits.
#include "TestSupport.h"

#include "search/QueryBuilder.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SqlSupport.h"

#include <QSet>
#include <QSqlDatabase>

using namespace guanxi;
using namespace guanxi::test;

namespace {

struct Seed {
    const char *name;
    const char *city;
    const char *phone;
    const char *email;
    CustomerKind kind;
};

// The fixture every search test starts from. The expectations below are worked out by hand from
// these rows (and the readings of their characters).
const Seed seeds[] = {
    {"北京长城科技有限公司", "北京", "010-62345678", "info@changcheng.com.cn", CustomerKind::Company},
    {"重庆银行股份有限公司", "重庆", "023-63792000", "", CustomerKind::Company},
    {"中国工商银行", "北京", "", "", CustomerKind::Company},
    {"长沙音乐文化传播有限公司", "长沙", "", "", CustomerKind::Company},
    {"厦门航空有限公司", "厦门", "", "", CustomerKind::Company},
    {"长城汽车", "保定", "", "", CustomerKind::Company},
    {"Müller Trading GmbH", "上海", "", "info@mueller.de", CustomerKind::Company},
    {"张伟", "杭州", "13912345678", "", CustomerKind::Person},
    {"章伟", "苏州", "", "", CustomerKind::Person},
    {"银河证券", "深圳", "", "", CustomerKind::Company},
    {"北京长城", "天津", "", "", CustomerKind::Company},
    {"单田芳", "鞍山", "", "", CustomerKind::Person},
    {"吕布服装店", "洛阳", "", "", CustomerKind::Company},
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

}  // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void findsWhatUsersType_data();
    void findsWhatUsersType();
    void hitsComeInTheDocumentedOrder_data();
    void hitsComeInTheDocumentedOrder();
    void reportsWhereAHitMatched();
    void contactChangesUpdateTheIndex();
    void customerChangesUpdateTheIndex();
    void indexStaysConsistentWithTheWorkspace();
    void bulkWritesAreIndexedByRebuild();
    void staleIndexIsRebuiltOnOpen();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void nothingToSearchFor_data();
    void nothingToSearchFor();
    void searchCombinesWithOtherFilters();
    void broadSearchPagesInNameOrder();

private:
    QStringList names(const QString &query);             // through CustomerRepository::page
    QStringList hitNames(const QString &query, int limit = 50);  // through SearchRepository
    QString idOf(const QString &name) const { return m_ids.value(name); }

    std::unique_ptr<TempWorkspace> m_ws;
    QHash<QString, QString> m_ids;
};

void TestSearch::init()
{
    m_ws = std::make_unique<TempWorkspace>();
    m_ids.clear();
    CustomerRepository customers(**m_ws);
    for (const Seed &seed : seeds) {
        Customer c;
        c.name = QString::fromUtf8(seed.name);
        c.city = QString::fromUtf8(seed.city);
        c.phone = QString::fromUtf8(seed.phone);
        c.email = QString::fromUtf8(seed.email);
        c.kind = seed.kind;
        auto created = customers.create(c);
        GX_VERIFY_OK(created);
        m_ids.insert(created->name, created->id());
    }
    ContactRepository contacts(**m_ws);
    Contact wang;
    wang.customerId = idOf(QStringLiteral("北京长城科技有限公司"));
    wang.name = QStringLiteral("王小明");
    wang.title = QStringLiteral("总经理");
    wang.phone = QStringLiteral("138 1234 5678");
    wang.email = QStringLiteral("Wang.Xiaoming@changcheng.com.cn");
    GX_VERIFY_OK(contacts.create(wang));
}

void TestSearch::cleanup()
{
    m_ws.reset();
}

QStringList TestSearch::names(const QString &query)
{
    CustomerRepository customers(**m_ws);
    CustomerFilter filter;
    filter.search = query;
    auto page = customers.page(filter, CustomerOrder{}, std::nullopt, 500);
    if (!page)
        return {QStringLiteral("ERROR: ") + page.error().fullText()};
    QStringList out;
    for (const Customer &c : page->customers)
        out.append(c.name);
    auto count = customers.count(filter);
    if (!count || *count != out.size())
        out.append(QStringLiteral("COUNT MISMATCH"));
    return out;
}

QStringList TestSearch::hitNames(const QString &query, int limit)
{
    SearchRepository search(**m_ws);
    auto hits = search.search(query, limit);
    if (!hits)
        return {QStringLiteral("ERROR: ") + hits.error().fullText()};
    QStringList out;
    for (const SearchHit &hit : *hits) {
        out.append(hit.name);
        if (hit.id != idOf(hit.name))
            out.append(QStringLiteral("WRONG ID"));
    }
    return out;
}

void TestSearch::findsWhatUsersType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");  // every customer that matches, in any order
    const QString changcheng = QStringLiteral("北京长城科技有限公司");
    const QString shortChangcheng = QStringLiteral("北京长城");
    const QString car = QStringLiteral("长城汽车");
    const QString chongqing = QStringLiteral("重庆银行股份有限公司");
    const QString icbc = QStringLiteral("中国工商银行");
    const QString galaxy = QStringLiteral("银河证券");
    const QString mueller = QStringLiteral("Müller Trading GmbH");
    const QString zhangwei = QStringLiteral("张伟");
    const QString xiamen = QStringLiteral("厦门航空有限公司");

    QTest::newRow("initials bjcc") << QStringLiteral("bjcc") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("full pinyin") << QStringLiteral("beijingchangcheng") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("full pinyin, upper case") << QStringLiteral("BeiJingChangCheng") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("pinyin changcheng") << QStringLiteral("changcheng") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("characters 长城") << QStringLiteral("长城") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("traditional 長城") << QStringLiteral("長城") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("initials cc") << QStringLiteral("cc") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("zhang reading of 长 too") << QStringLiteral("zhangcheng") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("mixed characters and initials") << QStringLiteral("北京cc") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("mixed initials and characters") << QStringLiteral("bj长城") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("mixed full pinyin and initials") << QStringLiteral("beijingcc") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("unfinished syllable") << QStringLiteral("beijingchan") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("unfinished after a syllable") << QStringLiteral("changchen") << QStringList{changcheng, car, shortChangcheng};
    QTest::newRow("unfinished after initials") << QStringLiteral("bjchan") << QStringList{changcheng, shortChangcheng};
    QTest::newRow("ü typed as v") << QStringLiteral("lvbu") << QStringList{QStringLiteral("吕布服装店")};
    QTest::newRow("ü typed as u") << QStringLiteral("lubu") << QStringList{QStringLiteral("吕布服装店")};
    QTest::newRow("ü in initials") << QStringLiteral("lbfz") << QStringList{QStringLiteral("吕布服装店")};
    // Initials match any two neighbours: 城汽 in 长城汽车 is c q too, 证券 in 银河证券 z q.
    QTest::newRow("重庆 by cq (chong)") << QStringLiteral("cq") << QStringList{chongqing, car};
    QTest::newRow("重庆 by zq (zhong)") << QStringLiteral("zq") << QStringList{chongqing, galaxy};
    QTest::newRow("重庆 by chongqing") << QStringLiteral("chongqing") << QStringList{chongqing};
    QTest::newRow("银行 by yh, and 银河") << QStringLiteral("yh") << QStringList{chongqing, icbc, galaxy};
    QTest::newRow("银行 by yinhang") << QStringLiteral("yinhang") << QStringList{chongqing, icbc};
    QTest::newRow("银行 by yinxing (the other reading)") << QStringLiteral("yinxing") << QStringList{chongqing, icbc};
    QTest::newRow("厦门 by xiamen") << QStringLiteral("xiamen") << QStringList{xiamen};
    QTest::newRow("厦门 by shamen") << QStringLiteral("shamen") << QStringList{xiamen};
    QTest::newRow("音乐 by yinyue") << QStringLiteral("yinyue") << QStringList{QStringLiteral("长沙音乐文化传播有限公司")};
    QTest::newRow("surname 单 as shan") << QStringLiteral("shantianfang") << QStringList{QStringLiteral("单田芳")};
    QTest::newRow("surname 单 as dan") << QStringLiteral("dtf") << QStringList{QStringLiteral("单田芳")};
    QTest::newRow("contact name") << QStringLiteral("王小明") << QStringList{changcheng};
    QTest::newRow("contact name in pinyin") << QStringLiteral("wangxiaoming") << QStringList{changcheng};
    QTest::newRow("contact initials") << QStringLiteral("wxm") << QStringList{changcheng};
    QTest::newRow("last four digits") << QStringLiteral("5678") << QStringList{changcheng, zhangwei};
    QTest::newRow("inner run of a phone") << QStringLiteral("2345678") << QStringList{changcheng, zhangwei};
    QTest::newRow("fixed line without its area code") << QStringLiteral("62345678") << QStringList{changcheng};
    QTest::newRow("fixed line with dash") << QStringLiteral("010-62345678") << QStringList{changcheng};
    QTest::newRow("fixed line digits") << QStringLiteral("01062345678") << QStringList{changcheng};
    QTest::newRow("mobile spaced") << QStringLiteral("138 1234 5678") << QStringList{changcheng};
    QTest::newRow("mobile +86") << QStringLiteral("+86 138-1234-5678") << QStringList{changcheng};
    QTest::newRow("mobile 0086") << QStringLiteral("008613912345678") << QStringList{zhangwei};
    QTest::newRow("beginning of a mobile") << QStringLiteral("1391234") << QStringList{zhangwei};
    QTest::newRow("e-mail address") << QStringLiteral("wang.xiaoming@changcheng.com.cn") << QStringList{changcheng};
    QTest::newRow("e-mail address, any case") << QStringLiteral("WANG.XIAOMING@CHANGCHENG.COM.CN") << QStringList{changcheng};
    QTest::newRow("beginning of an address") << QStringLiteral("wang.xiao") << QStringList{changcheng};
    QTest::newRow("e-mail local part") << QStringLiteral("xiaoming") << QStringList{changcheng};
    QTest::newRow("complete local part") << QStringLiteral("wang.xiaoming@") << QStringList{changcheng};
    QTest::newRow("address beginning with its domain") << QStringLiteral("info@chang") << QStringList{QStringLiteral("北京长城科技有限公司")};
    QTest::newRow("dotted domain") << QStringLiteral("mueller.de") << QStringList{mueller};
    QTest::newRow("e-mail domain") << QStringLiteral("@mueller.de") << QStringList{mueller};
    QTest::newRow("e-mail domain word") << QStringLiteral("mueller") << QStringList{mueller};
    QTest::newRow("Latin name with accents") << QStringLiteral("Müller") << QStringList{mueller};
    QTest::newRow("Latin name without accents") << QStringLiteral("MULLER") << QStringList{mueller};
    QTest::newRow("Latin name full width") << QStringLiteral("ｍｕｌｌｅｒ") << QStringList{mueller};
    QTest::newRow("Latin word beginning") << QStringLiteral("trad") << QStringList{mueller};
    QTest::newRow("city") << QStringLiteral("杭州") << QStringList{zhangwei};
    QTest::newRow("city in pinyin") << QStringLiteral("hangzhou") << QStringList{zhangwei};
    QTest::newRow("two terms must both match") << QStringLiteral("北京 银行") << QStringList{icbc};
    QTest::newRow("person zhangwei: 张伟 and 章伟") << QStringLiteral("zhangwei") << QStringList{zhangwei, QStringLiteral("章伟")};
    QTest::newRow("characters pick the character") << QStringLiteral("章伟") << QStringList{QStringLiteral("章伟")};
    QTest::newRow("job titles are not indexed") << QStringLiteral("总经理") << QStringList{};
    QTest::newRow("nothing matches") << QStringLiteral("xyzzy") << QStringList{};
}

void TestSearch::findsWhatUsersType()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(names(query)), sorted(expected));
    QCOMPARE(sorted(hitNames(query)), sorted(expected));
}

void TestSearch::hitsComeInTheDocumentedOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    // 1. name starts with the query, shortest first; 2. name contains it, by name; 3. elsewhere.
    QTest::newRow("exact name first") << QStringLiteral("北京长城")
                                      << QStringList{QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司")};
    QTest::newRow("starts, then contains by name")
        << QStringLiteral("changcheng")
        << QStringList{QStringLiteral("长城汽车"), QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司")};
    QTest::newRow("initials: starts, then contains")
        << QStringLiteral("cc")
        << QStringList{QStringLiteral("长城汽车"), QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司")};
    QTest::newRow("initials at the start, shortest first")
        << QStringLiteral("bjcc") << QStringList{QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司")};
    QTest::newRow("name matches before places")
        << QStringLiteral("北京") << QStringList{QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司"), QStringLiteral("中国工商银行")};
    QTest::newRow("by name within a group")
        << QStringLiteral("yh") << QStringList{QStringLiteral("银河证券"), QStringLiteral("重庆银行股份有限公司"), QStringLiteral("中国工商银行")};
}

void TestSearch::hitsComeInTheDocumentedOrder()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(hitNames(query), expected);
    QCOMPARE(hitNames(query, 2), expected.mid(0, 2));
}

void TestSearch::reportsWhereAHitMatched()
{
    SearchRepository search(**m_ws);
    const auto only = [&](const QString &query) {
        auto hits = search.search(query, 10);
        return hits && hits->size() == 1 ? hits->first().matched : SearchFields();
    };
    QCOMPARE(only(QStringLiteral("王小明")), SearchFields(SearchField::Contacts));
    QCOMPARE(only(QStringLiteral("1391234")), SearchFields(SearchField::Phone));
    QCOMPARE(only(QStringLiteral("@mueller.de")), SearchFields(SearchField::Email));
    QCOMPARE(only(QStringLiteral("厦门")), SearchFields(SearchField::Name) | SearchField::Place);
    QCOMPARE(only(QStringLiteral("杭州")), SearchFields(SearchField::Place));

    auto hits = search.search(QStringLiteral("xiamen"), 10);
    GX_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().city, QStringLiteral("厦门"));
    hits = search.search(QStringLiteral("1391234"), 10);
    GX_VERIFY_OK(hits);
    QCOMPARE(hits->first().phone, QStringLiteral("13912345678"));
}

void TestSearch::contactChangesUpdateTheIndex()
{
    ContactRepository contacts(**m_ws);
    Contact lina;
    lina.customerId = idOf(QStringLiteral("银河证券"));
    lina.name = QStringLiteral("李娜");
    auto created = contacts.create(lina);
    GX_VERIFY_OK(created);
    QCOMPARE(names(QStringLiteral("lina")), QStringList{QStringLiteral("银河证券")});

    Contact renamed = *created;
    renamed.name = QStringLiteral("李四");
    GX_VERIFY_OK(contacts.update(renamed));
    QCOMPARE(names(QStringLiteral("lina")), QStringList{});
    QCOMPARE(names(QStringLiteral("lisi")), QStringList{QStringLiteral("银河证券")});

    // Moving the contact to another customer moves what finds it.
    Contact moved = *contacts.get(created->id());
    moved.customerId = idOf(QStringLiteral("张伟"));
    GX_VERIFY_OK(contacts.update(moved));
    QCOMPARE(names(QStringLiteral("李四")), QStringList{QStringLiteral("张伟")});

    GX_VERIFY_OK(contacts.remove(created->id()));
    QCOMPARE(names(QStringLiteral("lisi")), QStringList{});
    QCOMPARE(hitNames(QStringLiteral("李四")), QStringList{});
    GX_VERIFY_OK(contacts.restore(created->id()));
    QCOMPARE(hitNames(QStringLiteral("李四")), QStringList{QStringLiteral("张伟")});
}

void TestSearch::customerChangesUpdateTheIndex()
{
    CustomerRepository customers(**m_ws);
    const QString id = idOf(QStringLiteral("长城汽车"));
    Customer car = *customers.get(id);
    car.name = QStringLiteral("吉利汽车");
    car.phone = QStringLiteral("0571-87654321");
    GX_VERIFY_OK(customers.update(car));
    m_ids.insert(car.name, id);
    QCOMPARE(names(QStringLiteral("长城汽车")), QStringList{});
    QCOMPARE(names(QStringLiteral("jiliqiche")), QStringList{QStringLiteral("吉利汽车")});
    QCOMPARE(names(QStringLiteral("4321")), QStringList{QStringLiteral("吉利汽车")});

    GX_VERIFY_OK(customers.remove(id));
    QCOMPARE(names(QStringLiteral("jlqc")), QStringList{});
    QCOMPARE(hitNames(QStringLiteral("吉利")), QStringList{});
    GX_VERIFY_OK(customers.restore(id));
    QCOMPARE(hitNames(QStringLiteral("吉利")), QStringList{QStringLiteral("吉利汽车")});

    // What was saved is what is found after reopening the file.
    m_ws->reopen();
    QCOMPARE(names(QStringLiteral("jili")), QStringList{QStringLiteral("吉利汽车")});
}

void TestSearch::indexStaysConsistentWithTheWorkspace()
{
    CustomerRepository customers(**m_ws);
    ContactRepository contacts(**m_ws);
    Customer renamed = *customers.get(idOf(QStringLiteral("银河证券")));
    renamed.name = QStringLiteral("银河证券股份有限公司");
    renamed.city = QStringLiteral("北京");
    GX_VERIFY_OK(customers.update(renamed));
    Contact c;
    c.customerId = renamed.id();
    c.name = QStringLiteral("赵六");
    c.email = QStringLiteral("zhao6@yinhe.com");
    auto contact = contacts.create(c);
    GX_VERIFY_OK(contact);
    GX_VERIFY_OK(customers.remove(idOf(QStringLiteral("章伟"))));
    GX_VERIFY_OK(contacts.remove(contact->id()));
    // The full check re-tokenises every customer and compares with the index.
    auto report = (*m_ws)->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestSearch::bulkWritesAreIndexedByRebuild()
{
    CustomerRepository customers(**m_ws);
    (*m_ws)->setSearchAutoIndex(false);
    Customer c;
    c.name = QStringLiteral("广州白云贸易");
    GX_VERIFY_OK(customers.create(c));
    QCOMPARE(names(QStringLiteral("baiyun")), QStringList{});
    (*m_ws)->setSearchAutoIndex(true);
    GX_VERIFY_OK((*m_ws)->rebuildSearch());
    QCOMPARE(names(QStringLiteral("baiyun")), QStringList{QStringLiteral("广州白云贸易")});
    QCOMPARE(names(QStringLiteral("bjcc")), (QStringList{QStringLiteral("北京长城"), QStringLiteral("北京长城科技有限公司")}));
}

void TestSearch::staleIndexIsRebuiltOnOpen()
{
    // A customer written with the index off stands for terms an older tokenizer did not produce.
    CustomerRepository customers(**m_ws);
    (*m_ws)->setSearchAutoIndex(false);
    Customer c;
    c.name = QStringLiteral("广州白云贸易");
    GX_VERIFY_OK(customers.create(c));
    m_ws->close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
        db.setDatabaseName(m_ws->path());
        QVERIFY(db.open());
        GX_VERIFY_OK(sql::run(db, QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'search_index_version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stale"));

    m_ws->reopen();
    QCOMPARE(names(QStringLiteral("baiyun")), QStringList{QStringLiteral("广州白云贸易")});
    auto report = (*m_ws)->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    const char *queries[] = {"\"", "\"\"", "\"abc", "abc\"", "*", "**", "a*", "^", "^北京", "NEAR", "NEAR(a b)", "NEAR/2",
                             "AND", "OR", "NOT", "a OR b", "a AND NOT b", "name:北京", "name : x", "{name}:x", "{name people}:x",
                             "(", ")", "(北京", "-", "+", "+ - * ^ :", "a\"b@c.d", "@", "@@", "@.", "a@", ".", "...", "::",
                             "col:", "'; DROP TABLE customers; --", "%", "_", "_c", "~bj", "#1234", "\\", "😀", "e\u0301",
                             "مرحبا", "\u3000北京\u3000", "北京\"长城", "x*y", "NEAR(\"a\" \"b\", 3)"};
    for (const char *q : queries)
        QTest::newRow(q) << QString::fromUtf8(q);
    QTest::newRow("long") << QString(600, QLatin1Char('a'));
    QTest::newRow("long mixed") << QStringLiteral("北京cc ").repeated(40);
    QTest::newRow("control characters") << QStringLiteral("bei\x01jing\x1f");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
    QTest::newRow("NUL") << (QStringLiteral("ab") + QChar(0) + QStringLiteral("cd"));
}

void TestSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    const QStringList viaPage = names(query);
    QVERIFY2(viaPage.isEmpty() || !viaPage.first().startsWith(QLatin1String("ERROR")), qPrintable(viaPage.join(QLatin1Char(' '))));
    QVERIFY(!viaPage.contains(QStringLiteral("COUNT MISMATCH")));
    const QStringList viaSearch = hitNames(query);
    QVERIFY2(viaSearch.isEmpty() || !viaSearch.first().startsWith(QLatin1String("ERROR")), qPrintable(viaSearch.join(QLatin1Char(' '))));
}

void TestSearch::nothingToSearchFor_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pageCount");  // what the customer list shows
    const int all = int(std::size(seeds));
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blanks") << QStringLiteral("   ") << all;
    QTest::newRow("ideographic space") << QStringLiteral("\u3000") << all;
    QTest::newRow("punctuation") << QStringLiteral("!?，。") << 0;
    QTest::newRow("symbols") << QStringLiteral("* ^ : ( )") << 0;
}

void TestSearch::nothingToSearchFor()
{
    QFETCH(QString, query);
    QFETCH(int, pageCount);
    CustomerRepository customers(**m_ws);
    CustomerFilter filter;
    filter.search = query;
    auto count = customers.count(filter);
    GX_VERIFY_OK(count);
    QCOMPARE(*count, qint64(pageCount));
    QCOMPARE(hitNames(query), QStringList{});
    QVERIFY(search::buildMatchExpression(query).isEmpty());
}

void TestSearch::searchCombinesWithOtherFilters()
{
    CustomerRepository customers(**m_ws);
    Customer bank = *customers.get(idOf(QStringLiteral("中国工商银行")));
    bank.tier = RelationshipTier::Partner;
    GX_VERIFY_OK(customers.update(bank));
    CustomerFilter filter;
    filter.search = QStringLiteral("yinhang");
    filter.tier = RelationshipTier::Partner;
    auto page = customers.page(filter, CustomerOrder{}, std::nullopt, 10);
    GX_VERIFY_OK(page);
    QCOMPARE(page->customers.size(), 1);
    QCOMPARE(page->customers.first().name, QStringLiteral("中国工商银行"));
    auto count = customers.count(filter);
    GX_VERIFY_OK(count);
    QCOMPARE(*count, qint64(1));
}

// Above 5,000 matches page() walks the name index instead of sorting the matches: the pages must
// still come in name order and together hold every match once.
void TestSearch::broadSearchPagesInNameOrder()
{
    constexpr int Extra = 5100;
    {
        CustomerRepository customers(**m_ws);
        auto transaction = m_ws->workspace().beginWrite();
        GX_VERIFY_OK(transaction);
        for (int i = Extra; i >= 1; --i) {
            Customer c;
            c.name = QStringLiteral("测试公司%1").arg(i, 4, 10, QLatin1Char('0'));
            GX_VERIFY_OK(customers.create(c));
        }
        GX_VERIFY_OK((*transaction)->commit());
    }
    CustomerRepository customers(**m_ws);
    CustomerFilter filter;
    filter.search = QStringLiteral("ceshi");
    auto count = customers.count(filter);
    GX_VERIFY_OK(count);
    QCOMPARE(*count, qint64(Extra));

    QStringList seen;
    std::optional<CustomerCursor> cursor;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = customers.page(filter, CustomerOrder{}, cursor, 1000);
        GX_VERIFY_OK(page);
        for (const Customer &c : page->customers)
            seen.append(c.name);
        if (!page->next)
            break;
        cursor = page->next;
    }
    QCOMPARE(seen.size(), Extra);
    QCOMPARE(seen.first(), QStringLiteral("测试公司0001"));
    QCOMPARE(seen.last(), QStringLiteral("测试公司5100"));
    QStringList ordered = seen;
    ordered.sort();  // same prefix, zero-padded numbers: plain string order is name order here
    QCOMPARE(seen, ordered);

    // Descending order walks the same index backwards.
    auto last = customers.page(filter, CustomerOrder{CustomerSort::Name, Qt::DescendingOrder}, std::nullopt, 3);
    GX_VERIFY_OK(last);
    QCOMPARE(last->customers.first().name, QStringLiteral("测试公司5100"));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
