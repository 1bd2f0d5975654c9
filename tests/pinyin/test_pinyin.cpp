// Pinyin: the compiled-in readings table, the curated word readings, ICU's help for traditional,
// rare and Latin characters, the sort key, what the tokenizer indexes and how typed Latin letters
// are read as pinyin. Every expectation is worked out by hand from Unihan 15.0 and the phrase file.
#include "search/PinyinParser.h"
#include "search/PinyinTable.h"
#include "search/QueryBuilder.h"
#include "search/Romanization.h"
#include "search/SearchTokenizer.h"
#include "search/SortKey.h"
#include "search/Transliteration.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace guanxi::search;

namespace {

QStringList readingsOf(char32_t c)
{
    QStringList out;
    const PinyinTable &table = PinyinTable::instance();
    for (const SyllableId id : table.readings(c))
        out.append(QString::fromLatin1(table.spelling(id).data(), qsizetype(table.spelling(id).size())));
    return out;
}

// The document terms of text, one string per position: its terms sorted and joined by "/".
QStringList positionsOf(const QString &text)
{
    QList<QStringList> positions;
    const std::string utf8 = text.toStdString();
    SearchTokenizer::tokenize(utf8, SearchTokenizer::Purpose::Document, [&](std::string_view term, int, int, bool colocated) {
        if (!colocated || positions.isEmpty())
            positions.append(QStringList());
        positions.last().append(QString::fromUtf8(term.data(), qsizetype(term.size())));
        return 0;
    });
    QStringList out;
    for (QStringList &terms : positions) {
        terms.sort();
        out.append(terms.join(QLatin1Char('/')));
    }
    return out;
}

QStringList readingsAsText(const std::vector<PinyinParser::Reading> &readings)
{
    QStringList out;
    for (const PinyinParser::Reading &reading : readings) {
        QStringList units;
        for (const PinyinParser::Unit &unit : reading)
            units.append(QString::fromStdString(unit.text) + (unit.prefix ? QStringLiteral("*") : QString()));
        out.append(units.join(QLatin1Char(' ')));
    }
    return out;
}

}  // namespace

class TestPinyin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedTableLoads();
    void readings_data();
    void readings();
    void everyCuratedReadingIsAReadingOfItsCharacter();
    void icuFoldsTraditionalCharacters();
    void primaryPinyin_data();
    void primaryPinyin();
    void sortKeyOrdersAMixedList();
    void sortKeyIgnoresCaseAndAccents();
    void documentTerms_data();
    void documentTerms();
    void typedLetters_data();
    void typedLetters();
};

void TestPinyin::generatedTableLoads()
{
    const PinyinTable &table = PinyinTable::instance();
    QVERIFY2(table.loadProblems().isEmpty(), qPrintable(table.loadProblems().join(QLatin1Char('\n'))));
    // The counts the generator printed for Unihan 15.0: 41,421 characters, 423 syllables.
    QCOMPARE(table.characterCount(), 41421);
    QCOMPARE(table.syllableCount(), 423);
    QVERIFY(table.find("zhang"));
    QVERIFY(table.find("lve"));
    QVERIFY(!table.find("lü"));
    QVERIFY(!table.find("zhangg"));
    QVERIFY(table.phrases().size() > 150);
}

void TestPinyin::readings_data()
{
    QTest::addColumn<uint>("character");
    QTest::addColumn<QStringList>("expected");  // most common first
    const auto row = [](const char *name, uint c, const QStringList &expected) { QTest::newRow(name) << c << expected; };
    row("长 zhang (Pinlu 1879) before chang", 0x957F, {QStringLiteral("zhang"), QStringLiteral("chang")});
    row("行 xing, hang, heng", 0x884C, {QStringLiteral("xing"), QStringLiteral("hang"), QStringLiteral("heng")});
    row("重 zhong, chong", 0x91CD, {QStringLiteral("zhong"), QStringLiteral("chong")});
    row("单 dan, chan, shan", 0x5355, {QStringLiteral("dan"), QStringLiteral("chan"), QStringLiteral("shan")});
    row("曾 ceng, zeng", 0x66FE, {QStringLiteral("ceng"), QStringLiteral("zeng")});
    row("厦 sha, xia", 0x53A6, {QStringLiteral("sha"), QStringLiteral("xia")});
    row("乐 le, yue", 0x4E50, {QStringLiteral("le"), QStringLiteral("yue")});
    row("朝 chao, zhao", 0x671D, {QStringLiteral("chao"), QStringLiteral("zhao")});
    row("银 yin only", 0x94F6, {QStringLiteral("yin")});
    row("吕 ü as v", 0x5415, {QStringLiteral("lv")});
    row("女 ü as v", 0x5973, {QStringLiteral("nv")});
    row("略 üe as ve", 0x7565, {QStringLiteral("lve")});
    row("traditional 長 has its own entry", 0x9577, {QStringLiteral("zhang"), QStringLiteral("chang")});
    row("traditional 銀", 0x9280, {QStringLiteral("yin")});
    row("compatibility ideograph U+F9A8 borrows 令", 0xF9A8, {QStringLiteral("ling")});
    row("Extension A 㟥 missing from Unihan: ICU Han-Latin", 0x37E5, {QStringLiteral("cen")});
    row("rare 堃", 0x5803, {QStringLiteral("kun")});
    row("rare 喆", 0x5586, {QStringLiteral("zhe")});
    row("Latin A has none", 'A', {});
    row("digit has none", '7', {});
}

void TestPinyin::readings()
{
    QFETCH(uint, character);
    QFETCH(QStringList, expected);
    QCOMPARE(readingsOf(character), expected);
}

void TestPinyin::everyCuratedReadingIsAReadingOfItsCharacter()
{
    const PinyinTable &table = PinyinTable::instance();
    for (const PinyinTable::Phrase &phrase : table.phrases()) {
        for (size_t i = 0; i < phrase.text.size(); ++i) {
            // Looked up after folding to simplified, so written in simplified characters.
            QCOMPARE(uint(Transliteration::simplified(phrase.text[i])), uint(phrase.text[i]));
            const auto all = table.readings(phrase.text[i]);
            QVERIFY2(std::find(all.begin(), all.end(), phrase.readings[i]) != all.end(),
                     qPrintable(QString::fromUcs4(phrase.text.data(), qsizetype(phrase.text.size()))));
        }
    }
}

void TestPinyin::icuFoldsTraditionalCharacters()
{
    QCOMPARE(uint(Transliteration::simplified(U'長')), uint(U'长'));
    QCOMPARE(uint(Transliteration::simplified(U'銀')), uint(U'银'));
    QCOMPARE(uint(Transliteration::simplified(U'慶')), uint(U'庆'));
    QCOMPARE(uint(Transliteration::simplified(0xF9A8)), uint(U'令'));  // compatibility ideograph
    QCOMPARE(uint(Transliteration::simplified(U'长')), uint(U'长'));
    QCOMPARE(uint(Transliteration::simplified(U'A')), uint(U'A'));
    QCOMPARE(Transliteration::tonelessSyllable(u"Lǚe"), std::string("lve"));
    QCOMPARE(Transliteration::tonelessSyllable(u"zhǎng"), std::string("zhang"));
    QCOMPARE(Transliteration::tonelessSyllable(u"ê̄"), std::string("e"));
    QCOMPARE(Transliteration::tonelessSyllable(u"a b"), std::string());
    QCOMPARE(Transliteration::latinAscii(U'ß'), std::string("ss"));
    QCOMPARE(Transliteration::latinAscii(U'Ø'), std::string("o"));
}

void TestPinyin::primaryPinyin_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(expected);
    };
    // Companies and places with polyphonic characters (the phrase table decides).
    row("北京长城科技有限公司", "bei jing chang cheng ke ji you xian gong si");
    row("重庆银行", "chong qing yin hang");
    row("长沙", "chang sha");
    row("长春一汽", "chang chun yi qi");
    row("长虹电器", "chang hong dian qi");
    row("厦门航空", "xia men hang kong");
    row("大厦", "da sha");
    row("音乐学院", "yin yue xue yuan");
    row("快乐家园", "kuai le jia yuan");
    row("朝阳区", "chao yang qu");
    row("中国银行", "zhong guo yin hang");
    row("招商银行分行", "zhao shang yin hang fen hang");
    row("行长办公室", "hang zhang ban gong shi");
    row("成长教育", "cheng zhang jiao yu");
    row("董事长", "dong shi zhang");
    row("会计师事务所", "kuai ji shi shi wu suo");
    row("空调维修", "kong tiao wei xiu");
    row("蚌埠", "beng bu");
    row("六安", "lu an");
    row("番禺", "pan yu");
    row("东莞", "dong guan");
    row("西藏", "xi zang");
    row("成都", "cheng du");
    row("万科地产", "wan ke di chan");
    row("区块链科技", "qu kuai lian ke ji");
    row("解放路", "jie fang lu");
    row("单车", "dan che");
    // People: surnames read as surnames at the start of a name only.
    row("单田芳", "shan tian fang");
    row("曾国藩", "zeng guo fan");
    row("仇英", "qiu ying");
    row("解缙", "xie jin");
    row("朴槿惠", "piao jin hui");
    row("查良镛", "zha liang yong");
    row("区家麟", "ou jia lin");
    row("翟志刚", "zhai zhi gang");
    row("王单", "wang dan");
    row("吕布", "lv bu");
    row("女装", "nv zhuang");
    // Traditional characters read through their simplified forms.
    row("長城", "chang cheng");
    row("重慶銀行", "chong qing yin hang");
    row("廈門", "xia men");
    // Rare characters.
    row("王喆", "wang zhe");
    row("李堃", "li kun");
    row("㟥", "cen");
    // Latin, accents, full width, mixed.
    row("Müller GmbH", "muller gmbh");
    row("ＢＥＩＪＩＮＧ", "beijing");
    row("Straße", "strasse");
    row("Ærø", "aero");
    row("3M中国", "3m zhong guo");
    row("Apple（苹果）", "apple ping guo");
    row("   ", "");
}

void TestPinyin::primaryPinyin()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(displayPinyin(name), expected);
}

void TestPinyin::sortKeyOrdersAMixedList()
{
    const QStringList expected{QStringLiteral("3M"),         QStringLiteral("阿里巴巴"), QStringLiteral("Alibaba"),
                               QStringLiteral("安徽"),       QStringLiteral("Anna"),     QStringLiteral("北京"),
                               QStringLiteral("Beijing Ltd"), QStringLiteral("长城"),     QStringLiteral("重庆"),
                               QStringLiteral("Echo"),        QStringLiteral("éclair"),   QStringLiteral("西安"),
                               QStringLiteral("先锋"),       QStringLiteral("张伟"),     QStringLiteral("章伟"),
                               QStringLiteral("Zoo")};
    QStringList shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::swap(shuffled[2], shuffled[9]);
    std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
        return sortKey(a).toUtf8() < sortKey(b).toUtf8();  // SQLite compares the UTF-8 bytes
    });
    QCOMPARE(shuffled, expected);
}

void TestPinyin::sortKeyIgnoresCaseAndAccents()
{
    const auto primary = [](const QString &name) { return sortKey(name).section(QChar(0x01), 0, 0); };
    QCOMPARE(primary(QStringLiteral("Müller")), primary(QStringLiteral("MULLER")));
    QCOMPARE(primary(QStringLiteral("ＡＢＣ")), primary(QStringLiteral("abc")));
    QCOMPARE(primary(QStringLiteral("長城")), primary(QStringLiteral("长城")));
    QCOMPARE(primary(QStringLiteral("Zhang Wei")), primary(QStringLiteral("张伟")));
    // Ties keep a stable, total order: upper case first, then by character.
    QVERIFY(sortKey(QStringLiteral("Apple")) < sortKey(QStringLiteral("apple")));
    QVERIFY(sortKey(QStringLiteral("张伟")) < sortKey(QStringLiteral("章伟")));
    QCOMPARE(sortKey(QStringLiteral("  北京  ")), sortKey(QStringLiteral("北京")));
}

void TestPinyin::documentTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every reading and initial; pairs of initials and of readings from the second character on")
        << QStringLiteral("长城")
        << QStringList{QStringLiteral("_c/_ch/_chang/_z/_zh/_zhang/长"),
                       QStringLiteral("=chang'cheng/=zhang'cheng/_c/_ch/_cheng/~cc/~zc/城")};
    QTest::newRow("ü indexed as v and as u")
        << QStringLiteral("吕略")
        << QStringList{QStringLiteral("_l/_lu/_lv/吕"), QStringLiteral("=lu'lue/=lu'lve/=lv'lue/=lv'lve/_l/_lue/_lve/~ll/略")};
    QTest::newRow("traditional folded to simplified")
        << QStringLiteral("銀行")
        << QStringList{QStringLiteral("_y/_yin/银"), QStringLiteral("=yin'hang/=yin'heng/=yin'xing/_h/_hang/_heng/_x/_xing/~yh/~yx/行")};
    QTest::newRow("Latin words folded, with initials; a pinyin word as a syllable")
        << QStringLiteral("Müller Zhang")
        << QStringList{QStringLiteral("_m/muller"), QStringLiteral("_z/_zh/_zhang/zhang/~mz")};
    QTest::newRow("mobile number as runs of four digits")
        << QStringLiteral("13812345678")
        << QStringList{QStringLiteral("#1381"), QStringLiteral("#3812"), QStringLiteral("#8123"), QStringLiteral("#1234"),
                       QStringLiteral("#2345"), QStringLiteral("#3456"), QStringLiteral("#4567"), QStringLiteral("#5678")};
    QTest::newRow("fixed line groups joined")
        << QStringLiteral("010-1234567")
        << QStringList{QStringLiteral("#0101"), QStringLiteral("#1012"), QStringLiteral("#0123"), QStringLiteral("#1234"),
                       QStringLiteral("#2345"), QStringLiteral("#3456"), QStringLiteral("#4567")};
    QTest::newRow("short numbers are words")
        << QStringLiteral("58同城") << QStringList{QStringLiteral("58"), QStringLiteral("_t/_tong/同"), QStringLiteral("=tong'cheng/_c/_ch/_cheng/~tc/城")};
    QTest::newRow("e-mail: address, local words, domain, domain words")
        << QStringLiteral("Zhang.Wei@Huawei.com.cn")
        << QStringList{QStringLiteral("&zhang.wei@huawei.com.cn"), QStringLiteral("zhang"), QStringLiteral("wei/zhangwei"),
                       QStringLiteral("@huawei.com.cn"), QStringLiteral("huawei")};
    QTest::newRow("QQ mail") << QStringLiteral("12345678@qq.com")
                             << QStringList{QStringLiteral("&12345678@qq.com"), QStringLiteral("12345678"), QStringLiteral("@qq.com"),
                                            QStringLiteral("qq")};
    QTest::newRow("punctuation only") << QStringLiteral("（）— ，。!?") << QStringList{};
}

void TestPinyin::documentTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(positionsOf(text), expected);
}

void TestPinyin::typedLetters_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("initials") << QStringLiteral("bjcc") << true << QStringList{QStringLiteral("b j c c")};
    QTest::newRow("full pinyin") << QStringLiteral("beijingchangcheng") << false << QStringList{QStringLiteral("bei jing chang cheng")};
    QTest::newRow("mixed") << QStringLiteral("beijingcc") << true << QStringList{QStringLiteral("bei jing c c")};
    QTest::newRow("unfinished syllable") << QStringLiteral("beijingchan") << true << QStringList{QStringLiteral("bei jing chan*")};
    QTest::newRow("unfinished with one completion") << QStringLiteral("zhon") << true << QStringList{QStringLiteral("zhong")};
    QTest::newRow("xi'an both ways") << QStringLiteral("xian") << false << QStringList{QStringLiteral("xian"), QStringLiteral("xi an")};
    QTest::newRow("no c+hang, no yin+h+ang") << QStringLiteral("yinhang") << false << QStringList{QStringLiteral("yin hang")};
    QTest::newRow("no yo+n+g; long runs keep the fewest units") << QStringLiteral("qianyong") << false
                               << QStringList{QStringLiteral("qian yong")};
    QTest::newRow("zh as initial") << QStringLiteral("zhs") << false << QStringList{QStringLiteral("zh s"), QStringLiteral("z h s")};
    QTest::newRow("ü typed as v and as u") << QStringLiteral("lvlue") << false << QStringList{QStringLiteral("lv lue")};
    QTest::newRow("i, u, v start nothing") << QStringLiteral("iuv") << false << QStringList{};
}

void TestPinyin::typedLetters()
{
    QFETCH(QString, letters);
    QFETCH(bool, open);
    QFETCH(QStringList, expected);
    QCOMPARE(readingsAsText(PinyinParser::instance().parse(letters.toStdString(), open)), expected);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "test_pinyin.moc"
