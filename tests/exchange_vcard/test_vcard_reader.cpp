// The vCard reader (core/exchange/vcard) on bytes from memory and on the fixture files of
// tests/data/vcard: content lines, quoted-printable, character sets, escapes, unfolding, groups
// and parameters; what each fixture's cards hold and what a contact takes from them; and the
// exact message, with its line, for each broken file. Expectations are worked out by hand from
// the files (tests/data/vcard/README.md describes them).
#include "TestSupport.h"
#include "VCardTests.h"

#include "exchange/export/PersonName.h"
#include "exchange/vcard/ContentLine.h"
#include "exchange/vcard/VCardContact.h"
#include "exchange/vcard/VCardLineReader.h"
#include "exchange/vcard/VCardReader.h"
#include "exchange/vcard/VCardValue.h"

#include <QBuffer>
#include <QStringEncoder>

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Everything a reader gives until its end or its error (the message, or empty).
template<typename Item, typename Reader>
QString readToEnd(Reader &reader, QList<Item> &items)
{
    for (;;) {
        Item item;
        auto more = reader.next(item);
        if (!more)
            return more.error().message;
        if (!*more)
            return {};
        items.append(item);
    }
}

struct Lines {
    QList<UnfoldedLine> lines;
    QString error;
};

Lines unfold(const QByteArray &bytes, qsizetype chunkBytes = 64 * 1024, bool keepsFoldingSpace = false, qsizetype maxLineBytes = 1 << 20)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    VCardOptions options;
    options.chunkBytes = chunkBytes;
    options.maxLineBytes = maxLineBytes;
    VCardLineReader reader(&buffer, options);
    reader.setKeepsFoldingSpace(keepsFoldingSpace);
    Lines result;
    result.error = readToEnd(reader, result.lines);
    return result;
}

struct Cards {
    QList<VCard> cards;
    QString error;
};

Cards readCards(QIODevice *device, const VCardOptions &options = {})
{
    VCardReader reader(device, options);
    Cards result;
    result.error = readToEnd(reader, result.cards);
    return result;
}

Cards readFixture(const QString &name, qsizetype chunkBytes = 64 * 1024)
{
    QFile file(dataPath(u"vcard/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {{}, u"cannot open "_s + file.fileName()};
    VCardOptions options;
    options.chunkBytes = chunkBytes;
    return readCards(&file, options);
}

Cards readBytes(const QByteArray &bytes, const VCardOptions &options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return readCards(&buffer, options);
}

QByteArrayList types(const VCardEntry &entry)
{
    return entry.types;
}

}  // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentLines_data();
    void contentLines();
    void notContentLines_data();
    void notContentLines();
    void quotedPrintable_data();
    void quotedPrintable();
    void charsets();
    void escapesAndComponents();
    void unfolding_data();
    void unfolding();
    void unfoldingIgnoresChunkSize();
    void longLinesAreCutNotKept();
    void personNames_data();
    void personNames();

    void android21Utf8();
    void android21Gbk();
    void apple30();
    void rfc6350();
    void severalCardsBomLf();
    void fixturesReadTheSameInTinyChunks_data();
    void fixturesReadTheSameInTinyChunks();
    void contactChoices();
    void hugePhotoIsSkippedHugeNoteIsRefused();
    void brokenFiles_data();
    void brokenFiles();
    void fileErrors();
};

void TestVCardReader::contentLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArrayList>("types");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("apple group, two TYPE, quoted list")
        << "item1.TEL;type=CELL;TYPE=\"pref,voice\":+86 138 0013 8000"_ba << "ITEM1"_ba << "TEL"_ba
        << QByteArrayList{"cell", "pref", "voice"} << QByteArray() << "+86 138 0013 8000"_ba;
    QTest::newRow("2.1 bare parameters") << "TEL;CELL;PREF:13800138000"_ba << QByteArray() << "TEL"_ba
                                         << QByteArrayList{"cell", "pref"} << QByteArray() << "13800138000"_ba;
    QTest::newRow("2.1 quoted-printable with charset")
        << "n;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;;;;"_ba << QByteArray() << "N"_ba << QByteArrayList{}
        << "QUOTED-PRINTABLE"_ba << "=E5=BC=A0;;;;"_ba;
    QTest::newRow("2.1 bare encoding is no type") << "PHOTO;BASE64;JPEG:/9j/"_ba << QByteArray() << "PHOTO"_ba
                                                  << QByteArrayList{"jpeg"} << "BASE64"_ba << "/9j/"_ba;
    QTest::newRow("quoted value holds : and ;") << "ADR;TYPE=work;LABEL=\"Tower A: 20/F; Main St\":;;1 Main St"_ba << QByteArray()
                                                << "ADR"_ba << QByteArrayList{"work"} << QByteArray() << ";;1 Main St"_ba;
    QTest::newRow("value holds :") << "NOTE:see: here"_ba << QByteArray() << "NOTE"_ba << QByteArrayList{} << QByteArray()
                                   << "see: here"_ba;
    QTest::newRow("phone label as a parameter") << "TEL;X-公司总机:010-12345678"_ba << QByteArray() << "TEL"_ba
                                                << QByteArrayList{"x-公司总机"} << QByteArray() << "010-12345678"_ba;
    QTest::newRow("empty value") << "FN:"_ba << QByteArray() << "FN"_ba << QByteArrayList{} << QByteArray() << QByteArray();
}

void TestVCardReader::contentLines()
{
    QFETCH(QByteArray, line);
    const auto parsed = ContentLine::parse(line);
    QVERIFY(parsed);
    QTEST(parsed->group, "group");
    QTEST(parsed->name, "name");
    QTEST(parsed->parameterValues("TYPE"), "types");
    QTEST(parsed->encoding(), "encoding");
    QTEST(parsed->value, "value");
}

void TestVCardReader::notContentLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no colon") << "this line is not a property"_ba;
    QTest::newRow("no name") << ":value"_ba;
    QTest::newRow("group without name") << "item1.:value"_ba;
    QTest::newRow("space in the name") << "FULL NAME:x"_ba;
    QTest::newRow("unterminated quote") << "TEL;TYPE=\"cell:13800138000"_ba;
    QTest::newRow("quote in a parameter name") << "TEL;\"x\"=1:2"_ba;
}

void TestVCardReader::notContentLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!ContentLine::parse(line));
}

void TestVCardReader::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("张") << "=E5=BC=A0"_ba << true << "\xE5\xBC\xA0"_ba;
    QTest::newRow("lower-case hex") << "=e5=bc=a0"_ba << true << "\xE5\xBC\xA0"_ba;
    QTest::newRow("literal text and =3D") << "a=3Db c"_ba << true << "a=b c"_ba;
    QTest::newRow("CRLF") << "x=0D=0Ay"_ba << true << "x\r\ny"_ba;
    QTest::newRow("soft break at the end") << "abc="_ba << true << "abc"_ba;
    QTest::newRow("not hex") << "abc=ZZdef"_ba << false << QByteArray();
    QTest::newRow("one digit at the end") << "abc=4"_ba << false << QByteArray();
    QTest::newRow("= and a space") << "a= b"_ba << false << QByteArray();
}

void TestVCardReader::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    const auto decoded = VCardValue::decodeQuotedPrintable(encoded);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QTEST(*decoded, "decoded");
}

void TestVCardReader::charsets()
{
    const auto decode = [](const QByteArray &bytes, const char *charset) {
        auto text = VCardValue::decodeCharset(bytes, QByteArray(charset), 7);
        return text ? *text : u"error: "_s + text.error().message;
    };
    const QByteArray gbk = "\xCD\xF5\xB7\xBC"_ba;  // 王芳 in GBK
    QCOMPARE(decode(gbk, "GBK"), u"王芳"_s);
    QCOMPARE(decode(gbk, "gb2312"), u"王芳"_s);
    QCOMPARE(decode(gbk, "GB18030"), u"王芳"_s);
    QCOMPARE(decode(gbk, ""), u"王芳"_s);  // not UTF-8: a Chinese phone's GBK
    // 誠 is D5 5C: its second byte is a backslash, which must not be read as an escape.
    QCOMPARE(decode("\xD5\x5C\xD0\xC5"_ba, "GBK"), u"誠信"_s);
    QCOMPARE(decode("\xE5\xBC\xA0\xE4\xBC\x9F"_ba, "GBK"), u"张伟"_s);  // UTF-8 labelled GBK
    QCOMPARE(decode("\xE5\xBC\xA0\xE4\xBC\x9F"_ba, ""), u"张伟"_s);
    QCOMPARE(decode("\xE5\xBC\xA0\xE4\xBC\x9F"_ba, "utf-8"), u"张伟"_s);
    QCOMPARE(decode("\xA4\xA4\xA4\xE5"_ba, "Big5"), u"中文"_s);
    QCOMPARE(decode("caf\xE9"_ba, "ISO-8859-1"), u"café"_s);
    QCOMPARE(decode("plain ASCII"_ba, "X-UNKNOWN"), u"plain ASCII"_s);  // nothing to convert
    QCOMPARE(decode("Bad \xFF\xFE text"_ba, "UTF-8"),
             u"error: Line 7 is not valid UTF-8 text (bytes FF FE 20 74): the file may be damaged or mix encodings."_s);
    QCOMPARE(decode("\xE5\xBC"_ba, "UTF-8"),
             u"error: Line 7 is not valid UTF-8 text (bytes E5 BC): the file may be damaged or mix encodings."_s);
    QCOMPARE(decode("\x81\x20"_ba, "GBK"), u"error: Line 7 is not valid GBK text (bytes 81 20): the file may be damaged or mix encodings."_s);
    QCOMPARE(decode("\xC3\xA9"_ba, "X-NO-SUCH-CHARSET"), u"error: Line 7 is in the character set “X-NO-SUCH-CHARSET”, which Guanxi cannot read."_s);
}

void TestVCardReader::escapesAndComponents()
{
    QCOMPARE(VCardValue::unescape(uR"(a\,b\;c\nd\\e\Nf\:g)"), u"a,b;c\nd\\e\nf:g"_s);
    QCOMPARE(VCardValue::unescape(u"trailing\\"), u"trailing\\"_s);
    QCOMPARE(VCardValue::components(uR"(Smith\;Jr;John;;;)"), (QStringList{u"Smith;Jr"_s, u"John"_s, {}, {}, {}}));
    QCOMPARE(VCardValue::components(uR"(a\\;b)"), (QStringList{u"a\\"_s, u"b"_s}));
    QCOMPARE(VCardValue::components(u"Acme Trading\\, Ltd.;Sales"), (QStringList{u"Acme Trading, Ltd."_s, u"Sales"_s}));
    QCOMPARE(VCardValue::components(u""), QStringList{QString()});
}

void TestVCardReader::unfolding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepsFoldingSpace");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QList<qint64>>("numbers");

    QTest::newRow("3.0 folding drops one space or tab")
        << "NOTE:abc\r\n def\r\n\t ghi\r\nFN:x\r\n"_ba << false << QByteArrayList{"NOTE:abcdef ghi", "FN:x"} << QList<qint64>{1, 4};
    QTest::newRow("2.1 folding keeps the space") << "NOTE:abc\r\n def\r\nFN:x\r\n"_ba << true
                                                 << QByteArrayList{"NOTE:abc def", "FN:x"} << QList<qint64>{1, 3};
    QTest::newRow("quoted-printable soft line break")
        << "NOTE;ENCODING=QUOTED-PRINTABLE:=41=\r\n=42=\r\n=43\r\nFN:x\r\n"_ba << true
        << QByteArrayList{"NOTE;ENCODING=QUOTED-PRINTABLE:=41=42=43", "FN:x"} << QList<qint64>{1, 4};
    QTest::newRow("bare QUOTED-PRINTABLE, lower case")
        << "note;quoted-printable:a=\r\nb\r\n"_ba << true << QByteArrayList{"note;quoted-printable:ab"} << QList<qint64>{1};
    QTest::newRow("a soft break does not swallow END:VCARD")
        << "NOTE;QUOTED-PRINTABLE:abc=\r\nEND:VCARD\r\n"_ba << true << QByteArrayList{"NOTE;QUOTED-PRINTABLE:abc=", "END:VCARD"}
        << QList<qint64>{1, 2};
    QTest::newRow("= at the end without quoted-printable") << "NOTE:a=\r\nTEL:1\r\n"_ba << false
                                                           << QByteArrayList{"NOTE:a=", "TEL:1"} << QList<qint64>{1, 2};
    QTest::newRow("QUOTED-PRINTABLE in the value only") << "NOTE:QUOTED-PRINTABLE=\r\nTEL:1\r\n"_ba << false
                                                        << QByteArrayList{"NOTE:QUOTED-PRINTABLE=", "TEL:1"} << QList<qint64>{1, 2};
    QTest::newRow("LF, CR and CRLF") << "A:1\nB:2\rC:3\r\nD:4"_ba << false << QByteArrayList{"A:1", "B:2", "C:3", "D:4"}
                                     << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("blank lines count") << "A:1\r\n\r\n\r\nB:2\r\n"_ba << false << QByteArrayList{"A:1", "", "", "B:2"}
                                       << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("byte order marks at the start and where files were joined")
        << "\xEF\xBB\xBF"
           "A:1\r\n\xEF\xBB\xBF"
           "B:2\r\n"_ba
        << false << QByteArrayList{"A:1", "B:2"} << QList<qint64>{1, 2};
    QTest::newRow("fold splits a UTF-8 sequence") << "N:\xE5\r\n \xBC\xA0\r\n"_ba << false << QByteArrayList{"N:\xE5\xBC\xA0"}
                                                  << QList<qint64>{1};
}

void TestVCardReader::unfolding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepsFoldingSpace);
    QFETCH(QByteArrayList, lines);
    QFETCH(QList<qint64>, numbers);
    const Lines read = unfold(bytes, 64 * 1024, keepsFoldingSpace);
    QCOMPARE(read.error, QString());
    QByteArrayList texts;
    QList<qint64> lineNumbers;
    for (const UnfoldedLine &line : read.lines) {
        texts.append(line.bytes);
        lineNumbers.append(line.line);
        QVERIFY(!line.truncated);
    }
    QCOMPARE(texts, lines);
    QCOMPARE(lineNumbers, numbers);
}

void TestVCardReader::unfoldingIgnoresChunkSize()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "BEGIN:VCARD\r\nNOTE;QUOTED-PRINTABLE:=41=\r\n=42\rFN:a\r\n b\n\r\nX:\xE5\r\n \xBC\xA0\r"_ba;
    const Lines whole = unfold(bytes);
    QCOMPARE(whole.lines.size(), 5);
    for (qsizetype chunk : {1, 2, 3, 5, 7}) {
        const Lines pieces = unfold(bytes, chunk);
        QCOMPARE(pieces.error, whole.error);
        QCOMPARE(pieces.lines.size(), whole.lines.size());
        for (qsizetype i = 0; i < whole.lines.size(); ++i) {
            QCOMPARE(pieces.lines[i].bytes, whole.lines[i].bytes);
            QCOMPARE(pieces.lines[i].line, whole.lines[i].line);
        }
    }
    QCOMPARE(unfold("A:1\r\nB:\0\r\n"_ba, 1).error, u"Line 2 holds a NUL byte: the file is binary data, not the text of a vCard."_s);
}

void TestVCardReader::longLinesAreCutNotKept()
{
    const QByteArray photo = "PHOTO;ENCODING=b:" + QByteArray(5000, 'A') + "\r\n " + QByteArray(5000, 'B') + "\r\nFN:x\r\n";
    for (qsizetype chunk : {1, 100, 64 * 1024}) {
        const Lines read = unfold(photo, chunk, false, 64);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.lines.size(), 2);
        QVERIFY(read.lines[0].truncated);
        QCOMPARE(read.lines[0].bytes.size(), 64);
        QVERIFY(read.lines[0].bytes.startsWith("PHOTO;ENCODING=b:AAA"));
        QCOMPARE(read.lines[1].bytes, "FN:x"_ba);
        QCOMPARE(read.lines[1].line, 3);
    }
}

void TestVCardReader::personNames_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QStringList>("additional");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("fullName");
    QTest::newRow("张 + 伟") << u"张"_s << u"伟"_s << QStringList() << QString() << u"张伟"_s;
    QTest::newRow("compound surname") << u"欧阳"_s << u"娜娜"_s << QStringList() << QString() << u"欧阳娜娜"_s;
    QTest::newRow("surname and honorific") << u"王"_s << QString() << QStringList() << u"总"_s << u"王总"_s;
    QTest::newRow("Japanese") << u"山田"_s << u"太郎"_s << QStringList() << QString() << u"山田太郎"_s;
    QTest::newRow("Korean") << u"김"_s << u"민수"_s << QStringList() << QString() << u"김민수"_s;
    QTest::newRow("Latin") << u"Smith"_s << u"John"_s << QStringList{u"Ronald"_s} << QString() << u"John Ronald Smith"_s;
    QTest::newRow("given only") << QString() << u"Madonna"_s << QStringList() << QString() << u"Madonna"_s;
    QTest::newRow("mixed scripts read Latin") << u"张"_s << u"Wei"_s << QStringList() << QString() << u"Wei 张"_s;
    QTest::newRow("nothing") << QString() << QString() << QStringList() << QString() << QString();
}

void TestVCardReader::personNames()
{
    exchange::PersonName name;
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QStringList, additional);
    QFETCH(QString, suffix);
    name.family = family;
    name.given = given;
    name.additional = additional;
    name.suffix = suffix;
    QTEST(name.fullName(), "fullName");
}

void TestVCardReader::android21Utf8()
{
    const Cards read = readFixture(u"android_21_utf8.vcf"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.cards.size(), 2);
    const VCard &zhang = read.cards[0];
    QCOMPARE(zhang.line, 1);
    QCOMPARE(zhang.version, "2.1"_ba);
    QCOMPARE(zhang.formattedName, u"张伟"_s);
    QCOMPARE(zhang.name.family, u"张"_s);
    QCOMPARE(zhang.name.given, u"伟"_s);
    QCOMPARE(zhang.organization, u"北京汇通科技有限公司"_s);  // across a soft line break
    QCOMPARE(zhang.title, u"销售经理"_s);
    QCOMPARE(zhang.notes, QStringList{u"第一行\n第二行"_s});
    QCOMPARE(zhang.phones.size(), 2);
    QCOMPARE(zhang.phones[0].value, u"010-6234 5678"_s);
    QCOMPARE(types(zhang.phones[0]), QByteArrayList{"home"});
    QCOMPARE(zhang.phones[0].preference, 0);
    QCOMPARE(zhang.phones[1].value, u"138 0013 8000"_s);
    QCOMPARE(types(zhang.phones[1]), (QByteArrayList{"cell", "pref"}));
    QCOMPARE(zhang.phones[1].preference, 1);
    QCOMPARE(zhang.emails.size(), 1);
    QCOMPARE(zhang.emails[0].value, u"zhangwei@example.cn"_s);

    const VCard &li = read.cards[1];
    QCOMPARE(li.line, 43);
    QCOMPARE(li.formattedName, u"李娜"_s);
    QCOMPARE(li.organization, QString());
    QCOMPARE(li.wechat, u"lina_wx"_s);
    QCOMPARE(li.phones.size(), 2);
    QCOMPARE(types(li.phones[0]), (QByteArrayList{"work", "fax"}));

    const VCardContact contact = VCardContact::from(zhang);
    QCOMPARE(contact.name, u"张伟"_s);
    QCOMPARE(contact.phone, u"138 0013 8000"_s);  // cell and preferred before home
    QCOMPARE(VCardContact::from(li).phone, u"+86 139-1000-2000"_s);  // the fax is no phone
    QCOMPARE(VCardContact::from(li).wechat, u"lina_wx"_s);
}

void TestVCardReader::android21Gbk()
{
    const Cards read = readFixture(u"android_21_gbk.vcf"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.cards.size(), 2);
    QCOMPARE(read.cards[0].formattedName, u"王芳"_s);                // quoted-printable GBK
    QCOMPARE(read.cards[0].name.given, u"芳"_s);
    QCOMPARE(read.cards[0].organization, u"誠信商行"_s);            // raw GB2312-labelled bytes, 誠 = D5 5C
    QCOMPARE(read.cards[1].line, 8);
    QCOMPARE(read.cards[1].formattedName, QString());
    QCOMPARE(read.cards[1].name.family, u"赵"_s);                  // raw GB18030
    QCOMPARE(read.cards[1].name.given, u"敏"_s);
    QCOMPARE(read.cards[1].notes, QStringList{u"老客户，付款及时"_s});  // no CHARSET: not UTF-8, so GB18030
    QCOMPARE(types(read.cards[1].phones[0]), (QByteArrayList{"work", "voice"}));
    QCOMPARE(VCardContact::from(read.cards[1]).name, u"赵敏"_s);
}

void TestVCardReader::apple30()
{
    const Cards read = readFixture(u"apple_30.vcf"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.cards.size(), 3);
    const VCard &mei = read.cards[0];
    QCOMPARE(mei.formattedName, u"Mei Chen"_s);
    QCOMPARE(mei.organization, u"Acme Trading, Ltd."_s);
    QCOMPARE(mei.title, u"Account Manager"_s);
    QCOMPARE(mei.notes, QStringList{u"Met at the Canton Fair; wants samples.\nCall back in May, not before. C:\\Docs "
                                    u"中文备注也要能折行，不能在字符中间断开。"_s});
    QCOMPARE(mei.emails.size(), 1);
    QCOMPARE(types(mei.emails[0]), (QByteArrayList{"internet", "pref", "work"}));  // + the group's label
    QCOMPARE(mei.phones.size(), 2);
    QCOMPARE(mei.phones[0].value, u"+86 21 6888 1234"_s);
    QCOMPARE(types(mei.phones[0]), (QByteArrayList{"pref", "office"}));
    QCOMPARE(types(mei.phones[1]), QByteArrayList{"cell"});  // _$!<Mobile>!$_, written after the TEL
    QCOMPARE(mei.messaging.size(), 1);
    QCOMPARE(mei.messaging[0].value, u"x-apple:meichen88"_s);
    QCOMPARE(mei.addresses.size(), 2);
    QCOMPARE(mei.addresses[0].street, u"88 Century Avenue"_s);
    QCOMPARE(mei.addresses[0].locality, u"Shanghai"_s);
    QCOMPARE(mei.addresses[0].postalCode, u"200120"_s);
    QCOMPARE(mei.addresses[0].types, (QByteArrayList{"work", "pref"}));
    QCOMPARE(mei.addresses[1].types, QByteArrayList{"home"});

    const VCardContact contact = VCardContact::from(mei);
    QCOMPARE(contact.phone, u"+86 186 0000 1111"_s);  // the mobile before the preferred office line
    QCOMPARE(contact.email, u"mei.chen@acme.example"_s);
    QCOMPARE(contact.wechat, u"meichen88"_s);
    QCOMPARE(contact.city, u"Shanghai"_s);  // the work address: she works for a company
    QCOMPARE(contact.address, u"88 Century Avenue"_s);

    const VCard &company = read.cards[1];
    QCOMPARE(company.line, 51);
    QCOMPARE(company.kind, "org"_ba);  // X-ABShowAs:COMPANY
    const VCardContact companyContact = VCardContact::from(company);
    QCOMPARE(companyContact.name, QString());
    QCOMPARE(companyContact.organization, u"Acme Trading, Ltd."_s);

    const VCardContact wang = VCardContact::from(read.cards[2]);
    QCOMPARE(read.cards[2].line, 60);
    QCOMPARE(wang.name, u"Wang Lei"_s);
    QCOMPARE(wang.phone, u"137 0000 2222"_s);
    QCOMPARE(wang.city, u"Nanjing"_s);  // on his own: his home address
    QCOMPARE(wang.region, u"Jiangsu"_s);
}

void TestVCardReader::rfc6350()
{
    const Cards read = readFixture(u"rfc6350_40.vcf"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.cards.size(), 3);
    const VCard &zhou = read.cards[0];
    QCOMPARE(zhou.version, "4.0"_ba);
    QCOMPARE(zhou.kind, "individual"_ba);
    QCOMPARE(zhou.uid, u"urn:uuid:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s);
    QCOMPARE(zhou.phones.size(), 2);
    QCOMPARE(zhou.phones[0].value, u"+86-755-8765-4321 ext. 808"_s);
    QCOMPARE(types(zhou.phones[0]), (QByteArrayList{"voice", "work"}));
    QCOMPARE(zhou.phones[0].preference, 2);
    QCOMPARE(zhou.phones[1].value, u"+86-138-1234-5678"_s);
    QCOMPARE(zhou.phones[1].preference, 1);
    QCOMPARE(zhou.notes, QStringList{u"喜欢喝茶"_s});  // folded inside 喝
    QCOMPARE(zhou.addresses.size(), 1);
    QCOMPARE(zhou.addresses[0].extended, u"20楼"_s);

    const VCardContact contact = VCardContact::from(zhou);
    QCOMPARE(contact.id, u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s);
    QCOMPARE(contact.phone, u"+86-138-1234-5678"_s);
    QCOMPARE(contact.email, u"zhou.jie@qianhai.example"_s);  // PREF=1, though second
    QCOMPARE(contact.wechat, u"zhoujie_wx"_s);
    QCOMPARE(contact.role, u"decision_maker"_s);
    QCOMPARE(contact.organization, u"深圳前海数据服务有限公司"_s);
    QCOMPARE(contact.city, u"深圳市"_s);
    QCOMPARE(contact.region, u"广东省"_s);
    QCOMPARE(contact.address, u"前海大道1号 20楼"_s);

    QCOMPARE(read.cards[1].kind, "org"_ba);
    QCOMPARE(VCardContact::from(read.cards[1]).name, QString());
    QCOMPARE(read.cards[2].line, 25);
    QCOMPARE(VCardContact::from(read.cards[2]).problem, u"The card is a contact group, not a person: it is not imported."_s);
}

void TestVCardReader::severalCardsBomLf()
{
    const Cards read = readFixture(u"multi_bom_lf.vcf"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.cards.size(), 3);
    QCOMPARE(read.cards[0].line, 1);
    QCOMPARE(read.cards[1].line, 9);
    QCOMPARE(read.cards[2].line, 15);
    QCOMPARE(VCardContact::from(read.cards[0]).name, u"张伟"_s);
    QCOMPARE(VCardContact::from(read.cards[1]).name, u"John Ronald Smith"_s);  // the prefix Dr. is not part of it
    QCOMPARE(VCardContact::from(read.cards[2]).name, u"欧阳娜娜"_s);          // FN is empty
}

void TestVCardReader::fixturesReadTheSameInTinyChunks_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"android_21_utf8.vcf", "android_21_gbk.vcf", "apple_30.vcf", "rfc6350_40.vcf", "multi_bom_lf.vcf",
                             "broken_no_end.vcf", "broken_qp.vcf", "nul.vcf"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestVCardReader::fixturesReadTheSameInTinyChunks()
{
    QFETCH(QString, file);
    const Cards whole = readFixture(file);
    for (qsizetype chunk : {1, 2, 3, 7}) {
        const Cards pieces = readFixture(file, chunk);
        QCOMPARE(pieces.error, whole.error);
        QCOMPARE(pieces.cards.size(), whole.cards.size());
        for (qsizetype i = 0; i < whole.cards.size(); ++i) {
            const VCardContact a = VCardContact::from(whole.cards[i]);
            const VCardContact b = VCardContact::from(pieces.cards[i]);
            QCOMPARE(pieces.cards[i].line, whole.cards[i].line);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.organization, a.organization);
            QCOMPARE(b.phone, a.phone);
            QCOMPARE(b.notes, a.notes);
        }
    }
}

void TestVCardReader::contactChoices()
{
    const auto contactOf = [](const QByteArray &properties) {
        const Cards read = readBytes("BEGIN:VCARD\r\nVERSION:3.0\r\n" + properties + "END:VCARD\r\n");
        return read.cards.isEmpty() ? VCardContact() : VCardContact::from(read.cards.first());
    };
    // The cell number is preferred, but the domain does not take it: the next one is used.
    QCOMPARE(contactOf("FN:A\r\nTEL;TYPE=cell:12345\r\nTEL;TYPE=work:010-12345678\r\n"_ba).phone, u"010-12345678"_s);
    // None is accepted: the first in order stays, for the import to reject with its reason.
    QCOMPARE(contactOf("FN:A\r\nTEL:999\r\nTEL;TYPE=cell:12345\r\n"_ba).phone, u"12345"_s);
    QCOMPARE(contactOf("FN:A\r\nEMAIL:not-mail\r\nEMAIL:a@example.com\r\n"_ba).email, u"a@example.com"_s);
    QCOMPARE(contactOf("FN:A\r\nTEL;TYPE=fax:010-12345678\r\n"_ba).phone, QString());
    QCOMPARE(contactOf("FN:A\r\nEMAIL:mailto:a@example.com\r\n"_ba).email, u"a@example.com"_s);
    // Whose ORG is their own name is their own customer.
    const VCardContact self = contactOf("FN:张伟\r\nN:张;伟;;;\r\nORG:张伟\r\n"_ba);
    QCOMPARE(self.name, u"张伟"_s);
    QCOMPARE(self.organization, QString());
    // A card with an organisation and no person is the organisation's.
    const VCardContact company = contactOf("ORG:Initech;IT\r\nTEL:010-12345678\r\n"_ba);
    QCOMPARE(company.name, QString());
    QCOMPARE(company.organization, u"Initech"_s);
    QCOMPARE(company.problem, QString());
    // A company's address is never someone's home.
    QCOMPARE(contactOf("FN:A\r\nORG:B\r\nADR;TYPE=home:;;1 Home St;Hometown;;;\r\n"_ba).city, QString());
    QCOMPARE(contactOf("FN:A\r\nORG:B\r\nADR:;;1 Main St;Town;;;\r\n"_ba).city, u"Town"_s);
    // Only the roles Guanxi knows.
    QCOMPARE(contactOf("FN:A\r\nROLE:决策者\r\n"_ba).role, u"decision_maker"_s);
    QCOMPARE(contactOf("FN:A\r\nROLE:Software developer\r\n"_ba).role, QString());
    QCOMPARE(contactOf("FN:A\r\nUID:not-a-uuid\r\n"_ba).id, QString());
    QCOMPARE(contactOf("FN:A\r\nIMPP:weixin:wx_a\r\n"_ba).wechat, u"wx_a"_s);
    QCOMPARE(contactOf("FN:A\r\nX-WEIXIN:wx_b\r\n"_ba).wechat, u"wx_b"_s);
    QCOMPARE(contactOf("FN:A\r\nIMPP:xmpp:a@example.com\r\n"_ba).wechat, QString());
    QCOMPARE(contactOf("TEL:13800138000\r\n"_ba).problem, u"The card has no name: neither FN nor N nor ORG gives one."_s);
    QCOMPARE(contactOf("KIND:location\r\nFN:Room 1\r\n"_ba).problem, u"The card describes a place, not a person: it is not imported."_s);
    // vCard 2.1's agent card is part of the card around it, not a card of its own.
    const Cards agent = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss\r\nAGENT:\r\nBEGIN:VCARD\r\nFN:Assistant\r\nEND:VCARD\r\n"
                                  "TEL:13800138000\r\nEND:VCARD\r\n"_ba);
    QCOMPARE(agent.error, QString());
    QCOMPARE(agent.cards.size(), 1);
    QCOMPARE(agent.cards[0].formattedName, u"Boss"_s);
    QCOMPARE(agent.cards[0].phones.size(), 1);
}

void TestVCardReader::hugePhotoIsSkippedHugeNoteIsRefused()
{
    // A 3 MB photo in a card is skipped while it is read (the default limit for a line Guanxi
    // keeps is 1 MB); a 1.5 MB note is refused, and so are 5 notes of 0.9 MB in one card.
    QByteArray photo = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nPHOTO;ENCODING=b:";
    for (int i = 0; i < 40000; ++i)
        photo += QByteArray(74, 'Q') + "\r\n ";
    photo += "QQ\r\nEND:VCARD\r\n";
    const Cards withPhoto = readBytes(photo);
    QCOMPARE(withPhoto.error, QString());
    QCOMPARE(withPhoto.cards.size(), 1);
    QCOMPARE(withPhoto.cards[0].formattedName, u"A"_s);

    const QByteArray note = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:" + QByteArray(1500 * 1024, 'n') + "\r\nEND:VCARD\r\n";
    QCOMPARE(readBytes(note).error, u"Line 4 (NOTE) is longer than 1 MB: too long to import."_s);
    QByteArray notes = "BEGIN:VCARD\r\nVERSION:3.0\r\n";
    for (int i = 0; i < 5; ++i)
        notes += "NOTE:" + QByteArray(900 * 1024, 'n') + "\r\n";
    notes += "END:VCARD\r\n";
    QCOMPARE(readBytes(notes).error,
             u"The card that begins on line 1 holds more than 4 MB of text: it is not a contact Guanxi can import."_s);
}

void TestVCardReader::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cardsBefore");
    QTest::addColumn<QString>("message");
    QTest::newRow("no END") << u"broken_no_end.vcf"_s << 1
                            << u"The card that begins on line 5 has no END:VCARD: the file may have been cut off."_s;
    QTest::newRow("new card before END") << u"broken_new_card.vcf"_s << 0
                                         << u"Line 4 begins a new card, but the card that begins on line 1 has no END:VCARD."_s;
    QTest::newRow("not a property") << u"broken_line.vcf"_s << 1
                                    << u"Line 8 is not a vCard property (NAME:value): “this line is not a property”."_s;
    QTest::newRow("bad quoted-printable")
        << u"broken_qp.vcf"_s << 1
        << u"Line 8 is not valid quoted-printable: each “=” must be followed by two hexadecimal digits or end the line."_s;
    QTest::newRow("bad UTF-8") << u"broken_utf8.vcf"_s << 1
                               << u"Line 7 is not valid UTF-8 text (bytes FF FE 20 74): the file may be damaged or mix encodings."_s;
    QTest::newRow("a CSV file") << u"not_vcard.vcf"_s << 0
                                << u"This is not a vCard file: line 1 should be BEGIN:VCARD but reads “客户名称,电话”."_s;
    QTest::newRow("binary junk") << u"binary.vcf"_s << 0
                                 << u"This is not a vCard file: line 1 should be BEGIN:VCARD but reads “\uFFFDPNG”."_s;
    QTest::newRow("NUL byte") << u"nul.vcf"_s << 0 << u"Line 3 holds a NUL byte: the file is binary data, not the text of a vCard."_s;
    QTest::newRow("UTF-16") << u"utf16.vcf"_s << 0
                            << u"The file is UTF-16 text. Guanxi reads vCards in UTF-8 (or in the CHARSET each line names): save the "
                               u"file again as UTF-8."_s;
    QTest::newRow("empty") << u"empty.vcf"_s << 0 << u"The file holds no vCard: it is empty."_s;
}

void TestVCardReader::brokenFiles()
{
    QFETCH(QString, file);
    const Cards read = readFixture(file);
    QTEST(int(read.cards.size()), "cardsBefore");
    QTEST(read.error, "message");
}

void TestVCardReader::fileErrors()
{
    QCOMPARE(readBytes("\r\n\r\n  \r\n"_ba).error, u"The file holds no vCard: it is empty."_s);
    QCOMPARE(readBytes("BEGIN:VCARD\r\nFN:a\r\nEND:VCARD\r\nNOTE:stray\r\n"_ba).error,
             u"Line 4 stands outside the cards (after an END:VCARD, before the next BEGIN:VCARD): “NOTE:stray”."_s);
    QCOMPARE(readBytes("BEGIN:VCARD\r\nFN:a\r\nEND:VCALENDAR\r\n"_ba).error,
             u"Line 3 ends “VCALENDAR”, but the card that begins on line 1 is still open."_s);
    VCardReader missing(dataPath(u"vcard/no-such-file.vcf"_s));
    VCard card;
    auto read = missing.next(card);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Io);
    QVERIFY(read.error().message.startsWith(u"Cannot open “"_s));
}

int runVCardReaderTests(int argc, char **argv)
{
    TestVCardReader test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_vcard_reader.moc"
