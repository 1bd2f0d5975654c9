// Domain rules: normalisation and validation of what users type, enum codes and labels, money.
// Tables of good and bad inputs with hand-computed expectations.
#include "TestSupport.h"

#include "domain/Enums.h"
#include "domain/Money.h"
#include "domain/Validation.h"

#include <QTimeZone>

using namespace guanxi;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodPhones_data();
    void goodPhones();
    void badPhones_data();
    void badPhones();
    void goodEmails_data();
    void goodEmails();
    void badEmails_data();
    void badEmails();
    void creditCodes_data();
    void creditCodes();
    void creditCodeCheckCharacter();
    void customerNormalisation();
    void customerErrorsNameTheField();
    void otherRecordsRequireTheirFields();
    void moneyParsing_data();
    void moneyParsing();
    void moneyFormatting();
    void enumCodesAreStable();
    void enumTextAcceptsCodesAndBothLanguages_data();
    void enumTextAcceptsCodesAndBothLanguages();
};

void TestValidation::goodPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("mobile") << "13812345678" << "13812345678";
    QTest::newRow("mobile with spaces") << "138 1234 5678" << "13812345678";
    QTest::newRow("mobile with dashes") << "138-1234-5678" << "13812345678";
    QTest::newRow("+86 mobile") << "+86 138 1234 5678" << "13812345678";
    QTest::newRow("+86- mobile") << "+86-13812345678" << "13812345678";
    QTest::newRow("0086 mobile") << "0086 13812345678" << "13812345678";
    QTest::newRow("86 mobile") << "8613812345678" << "13812345678";
    QTest::newRow("(+86) mobile") << "(+86) 199 0000 1111" << "19900001111";
    QTest::newRow("full-width digits") << QString::fromUtf8("１３８１２３４５６７８") << "13812345678";
    QTest::newRow("Beijing fixed") << "010-12345678" << "010-12345678";
    QTest::newRow("Beijing fixed, brackets") << "(010) 1234 5678" << "010-12345678";
    QTest::newRow("Shanghai fixed, no dash") << "02155556666" << "021-55556666";
    QTest::newRow("Shenzhen +86 without 0") << "+86 755 8888 9999" << "0755-88889999";
    QTest::newRow("Beijing +86 without 0") << "+86 10 12345678" << "010-12345678";
    QTest::newRow("Shijiazhuang 7-digit") << "0311-8765432" << "0311-8765432";
    QTest::newRow("extension 转") << QString::fromUtf8("010-12345678转123") << "010-12345678 ext. 123";
    QTest::newRow("extension ext.") << "021 5555 6666 ext. 42" << "021-55556666 ext. 42";
    QTest::newRow("extension 分机") << QString::fromUtf8("0755-88889999 分机 8") << "0755-88889999 ext. 8";
    QTest::newRow("400 service number") << "400-123-4567" << "400-123-4567";
    QTest::newRow("800 service number") << "8008208820" << "800-820-8820";
    QTest::newRow("local without area code") << "87654321" << "87654321";
    QTest::newRow("US number") << "+1 (415) 555-0100" << "+14155550100";
    QTest::newRow("German number with 00") << "0049 30 1234567" << "+49301234567";
    QTest::newRow("surrounding spaces") << "  13912345678  " << "13912345678";
}

void TestValidation::goodPhones()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    auto result = Validation::normalizePhone(input);
    GX_VERIFY_OK(result);
    QCOMPARE(*result, normalised);
    // Normalisation is idempotent: a stored number stays as it is.
    auto again = Validation::normalizePhone(*result);
    GX_VERIFY_OK(again);
    QCOMPARE(*again, normalised);
}

void TestValidation::badPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "call me";
    QTest::newRow("mobile one digit short") << "1381234567";
    QTest::newRow("mobile one digit long") << "138123456789";
    QTest::newRow("mobile bad second digit") << "12812345678";
    QTest::newRow("area code only") << "010";
    QTest::newRow("fixed local starts with 0") << "010-01234567";
    QTest::newRow("too short") << "12345";
    QTest::newRow("plus in the middle") << "138+12345678";
    QTest::newRow("international too short") << "+44 123";
    QTest::newRow("email typed as phone") << "a@b.cn";
}

void TestValidation::badPhones()
{
    QFETCH(QString, input);
    auto result = Validation::normalizePhone(input);
    QVERIFY2(!result, qPrintable(result ? *result : QString()));
    QCOMPARE(result.error().code, ErrorCode::Validation);
    QVERIFY(!result.error().message.isEmpty());
    if (!input.isEmpty())  // the message quotes what the user typed, so they can find it
        QVERIFY(result.error().message.contains(input.trimmed()));
}

void TestValidation::goodEmails_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << "wang.wei@changcheng.com.cn" << "wang.wei@changcheng.com.cn";
    QTest::newRow("domain upper case") << "Li.Na@Example.COM" << "Li.Na@example.com";
    QTest::newRow("plus tag") << "sales+crm@acme.de" << "sales+crm@acme.de";
    QTest::newRow("qq numeric") << "12345678@qq.com" << "12345678@qq.com";
    QTest::newRow("full-width at") << QString::fromUtf8("zhang＠163.com") << "zhang@163.com";
    QTest::newRow("spaces around") << "  ops@acme.io " << "ops@acme.io";
    QTest::newRow("Chinese domain") << QString::fromUtf8("info@例子.中国") << QString::fromUtf8("info@例子.中国");
    QTest::newRow("hyphenated domain") << "a@my-shop.cn" << "a@my-shop.cn";
}

void TestValidation::goodEmails()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    auto result = Validation::normalizeEmail(input);
    GX_VERIFY_OK(result);
    QCOMPARE(*result, normalised);
}

void TestValidation::badEmails_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("no at") << "wang.changcheng.com";
    QTest::newRow("nothing before at") << "@acme.com";
    QTest::newRow("no domain dot") << "wang@localhost";
    QTest::newRow("space inside") << "wang wei@acme.com";
    QTest::newRow("double dot") << "wang..wei@acme.com";
    QTest::newRow("leading dot") << ".wang@acme.com";
    QTest::newRow("domain starts with dot") << "wang@.acme.com";
    QTest::newRow("domain ends with dash") << "wang@acme-.com";
    QTest::newRow("underscore in domain") << "wang@ac_me.com";
    QTest::newRow("two ats") << "a@b@c.com";
    QTest::newRow("trailing dot") << "wang@acme.com.";
}

void TestValidation::badEmails()
{
    QFETCH(QString, input);
    auto result = Validation::normalizeEmail(input);
    QVERIFY2(!result, qPrintable(result ? *result : QString()));
    QCOMPARE(result.error().code, ErrorCode::Validation);
    QVERIFY(result.error().message.contains(input.trimmed()));
}

void TestValidation::creditCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    // Published codes of well-known companies; their check characters were verified independently.
    QTest::newRow("Tencent (X in body, G check)") << "9144030071526726XG" << true << "9144030071526726XG";
    QTest::newRow("Huawei (digit check)") << "914403001922038216" << true << "914403001922038216";
    QTest::newRow("Baidu") << "91110000802100433B" << true << "91110000802100433B";
    QTest::newRow("lower case and spaces") << "9144 0300 7152 6726 xg" << true << "9144030071526726XG";
    QTest::newRow("full-width") << QString::fromUtf8("９１１１００００８０２１００４３３Ｂ") << true << "91110000802100433B";
    QTest::newRow("wrong check character") << "9144030071526726XH" << false << "";
    QTest::newRow("typo in body") << "9144030071526727XG" << false << "";
    QTest::newRow("17 characters") << "9144030071526726X" << false << "";
    QTest::newRow("19 characters") << "9144030071526726XGA" << false << "";
    QTest::newRow("forbidden letter I") << "91440300715267I6XG" << false << "";
    QTest::newRow("forbidden letter O") << "9144030071526726OG" << false << "";
}

void TestValidation::creditCodes()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    auto result = Validation::normalizeCreditCode(input);
    QCOMPARE(result.ok(), valid);
    if (valid)
        QCOMPARE(*result, normalised);
    else
        QVERIFY(!result.error().message.isEmpty());
}

void TestValidation::creditCodeCheckCharacter()
{
    // By hand for Huawei's 91440300192203821 (weights are 3^i mod 31):
    // digits 9,1,4,4,0,3,0,0,1,9,2,2,0,3,8,2,1 × weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
    // = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31 - 25 = 6.
    QCOMPARE(Validation::creditCodeCheckCharacter(u"91440300192203821"), QLatin1Char('6'));
    QCOMPARE(Validation::creditCodeCheckCharacter(u"9144030071526726X"), QLatin1Char('G'));
    QVERIFY(Validation::creditCodeCheckCharacter(u"9144030071526726I").isNull());
    QVERIFY(Validation::creditCodeCheckCharacter(u"short").isNull());
}

void TestValidation::customerNormalisation()
{
    Customer c;
    c.name = QStringLiteral("  北京长城科技   有限公司 ");
    c.phone = QStringLiteral("+86 138-1234-5678");
    c.email = QStringLiteral("Info@ChangCheng.COM.CN");
    c.creditCode = QStringLiteral("91110000802100433b");
    c.city = QStringLiteral(" 北京 ");
    c.tags = {QStringLiteral(" VIP "), QStringLiteral("vip"), QStringLiteral("展会,2025"), QString()};
    c.satisfaction = 4;
    const FieldErrors errors = Validation::normalizeAndValidate(c);
    QVERIFY(errors.isEmpty());
    QCOMPARE(c.name, QStringLiteral("北京长城科技 有限公司"));
    QCOMPARE(c.phone, QStringLiteral("13812345678"));
    QCOMPARE(c.email, QStringLiteral("Info@changcheng.com.cn"));
    QCOMPARE(c.creditCode, QStringLiteral("91110000802100433B"));
    QCOMPARE(c.city, QStringLiteral("北京"));
    QCOMPARE(c.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("展会2025")}));
}

void TestValidation::customerErrorsNameTheField()
{
    Customer c;
    c.name = QStringLiteral("   ");
    c.phone = QStringLiteral("12345");
    c.email = QStringLiteral("nobody");
    c.creditCode = QStringLiteral("123");
    c.website = QStringLiteral("www.acme .com");
    c.satisfaction = 7;
    const FieldErrors errors = Validation::normalizeAndValidate(c);
    QStringList fields;
    for (const FieldError &e : errors) {
        fields.append(e.field);
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                                  QStringLiteral("creditCode"), QStringLiteral("website"), QStringLiteral("satisfaction")}));
    const Error combined = Validation::toError(errors);
    QCOMPARE(combined.code, ErrorCode::Validation);
    QCOMPARE(combined.message.count(QLatin1Char('\n')), 5);

    Customer tooLong;
    tooLong.name = QString(Validation::MaxNameLength + 1, QLatin1Char('x'));
    QCOMPARE(Validation::normalizeAndValidate(tooLong).size(), 1);
}

void TestValidation::otherRecordsRequireTheirFields()
{
    Contact contact;
    QCOMPARE(Validation::normalizeAndValidate(contact).size(), 2);  // name, customer
    Interaction interaction;
    QCOMPARE(Validation::normalizeAndValidate(interaction).size(), 3);  // customer, time, summary
    interaction.customerId = QStringLiteral("c");
    interaction.summary = QStringLiteral("拜访并演示产品");
    interaction.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone(8 * 3600));
    QVERIFY(Validation::normalizeAndValidate(interaction).isEmpty());
    QCOMPARE(interaction.occurredAt.timeSpec(), Qt::UTC);
    QCOMPARE(interaction.occurredAt.time(), QTime(2, 30));  // stored in UTC
    FollowUp followUp;
    QCOMPARE(Validation::normalizeAndValidate(followUp).size(), 3);  // customer, title, due date
    Order order;
    order.amount.currency = QStringLiteral("rmb!");
    QCOMPARE(Validation::normalizeAndValidate(order).size(), 3);  // customer, date, currency
    order.costMinor = -1;
    QCOMPARE(Validation::normalizeAndValidate(order).size(), 4);
    Staff staff;
    staff.email = QStringLiteral("x");
    QCOMPARE(Validation::normalizeAndValidate(staff).size(), 2);
}

void TestValidation::moneyParsing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("valid");
    QTest::newRow("integer") << "1234" << qint64(123400) << true;
    QTest::newRow("two decimals") << "1234.56" << qint64(123456) << true;
    QTest::newRow("one decimal") << "0.5" << qint64(50) << true;
    QTest::newRow("leading dot") << ".25" << qint64(25) << true;
    QTest::newRow("grouping") << "1,234,567.89" << qint64(123456789) << true;
    QTest::newRow("yen sign") << QString::fromUtf8("¥1 234.50") << qint64(123450) << true;
    QTest::newRow("full-width yen and digits") << QString::fromUtf8("￥１２３．４") << qint64(12340) << true;
    QTest::newRow("yuan suffix") << QString::fromUtf8("88元") << qint64(8800) << true;
    QTest::newRow("negative refund") << "-12.30" << qint64(-1230) << true;
    QTest::newRow("0.1 + 0.2 exact") << "0.30" << qint64(30) << true;
    QTest::newRow("three decimals") << "1.234" << qint64(0) << false;
    QTest::newRow("letters") << "12a" << qint64(0) << false;
    QTest::newRow("empty") << "" << qint64(0) << false;
    QTest::newRow("only dot") << "." << qint64(0) << false;
    QTest::newRow("overflow") << "999999999999999999999" << qint64(0) << false;
}

void TestValidation::moneyParsing()
{
    QFETCH(QString, input);
    QFETCH(qint64, fen);
    QFETCH(bool, valid);
    const auto parsed = Money::parseMinorUnits(input);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, fen);
}

void TestValidation::moneyFormatting()
{
    QCOMPARE(Money::yuan(123456).toDecimalString(), QStringLiteral("1234.56"));
    QCOMPARE(Money::yuan(5).toDecimalString(), QStringLiteral("0.05"));
    QCOMPARE(Money::yuan(-1230).toDecimalString(), QStringLiteral("-12.30"));
    QCOMPARE(Money::yuan(0).toDecimalString(), QStringLiteral("0.00"));
}

void TestValidation::enumCodesAreStable()
{
    // Stored in every workspace: these must never change.
    QCOMPARE(enumCode(RelationshipTier::Transactional), QStringLiteral("transactional"));
    QCOMPARE(enumCode(RelationshipTier::PreferredSupplier), QStringLiteral("preferred_supplier"));
    QCOMPARE(enumCode(RelationshipTier::Partner), QStringLiteral("partner"));
    QCOMPARE(enumCode(RelationshipTier::StrategicAlliance), QStringLiteral("strategic_alliance"));
    QCOMPARE(enumValues<LifecycleLevel>().size(), 5);
    QStringList lifecycle;
    for (LifecycleLevel level : enumValues<LifecycleLevel>())
        lifecycle.append(enumCode(level));
    QCOMPARE(lifecycle, (QStringList{QStringLiteral("prospect"), QStringLiteral("new"), QStringLiteral("regular"),
                                     QStringLiteral("established"), QStringLiteral("loyal")}));
    QStringList segments;
    for (ValueSegment segment : enumValues<ValueSegment>())
        segments.append(enumCode(segment));
    QCOMPARE(segments, (QStringList{QStringLiteral("value"), QStringLiteral("potential"), QStringLiteral("migrating"),
                                    QStringLiteral("frozen")}));
    QStringList roles;
    for (ContactRole role : enumValues<ContactRole>())
        roles.append(enumCode(role));
    QCOMPARE(roles, (QStringList{QStringLiteral("decision_maker"), QStringLiteral("influencer"), QStringLiteral("user"),
                                 QStringLiteral("gatekeeper"), QStringLiteral("champion")}));
    QStringList channels;
    for (InteractionChannel channel : enumValues<InteractionChannel>())
        channels.append(enumCode(channel));
    QCOMPARE(channels, (QStringList{QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("email"),
                                    QStringLiteral("chat"), QStringLiteral("meeting"), QStringLiteral("other")}));
    for (SourceChannel source : enumValues<SourceChannel>()) {
        QCOMPARE(enumFromCode<SourceChannel>(enumCode(source)), std::optional(source));
        QVERIFY(!enumLabel(source).isEmpty());
    }
    QCOMPARE(enumFromCode<RelationshipTier>(u"Partner"), std::nullopt);  // codes are exact
}

void TestValidation::enumTextAcceptsCodesAndBothLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tier");
    const int t = int(RelationshipTier::Transactional), s = int(RelationshipTier::PreferredSupplier),
              p = int(RelationshipTier::Partner), a = int(RelationshipTier::StrategicAlliance);
    QTest::newRow("code") << "strategic_alliance" << a;
    QTest::newRow("English label") << "Strategic alliance" << a;
    QTest::newRow("English upper") << "STRATEGIC ALLIANCE" << a;
    QTest::newRow("Chinese label") << QString::fromUtf8("战略联盟") << a;
    QTest::newRow("short Chinese 买卖") << QString::fromUtf8("买卖") << t;
    QTest::newRow("long Chinese 买卖关系") << QString::fromUtf8("买卖关系") << t;
    QTest::newRow("Partner") << "Partner" << p;
    QTest::newRow("合作伙伴") << QString::fromUtf8("合作伙伴") << p;
    QTest::newRow("优先供应商") << QString::fromUtf8("优先供应商") << s;
    QTest::newRow("preferred-supplier") << "preferred-supplier" << s;
    QTest::newRow("unknown") << "friend" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestValidation::enumTextAcceptsCodesAndBothLanguages()
{
    QFETCH(QString, text);
    QFETCH(int, tier);
    const auto parsed = enumFromText<RelationshipTier>(text);
    if (tier < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(int(parsed.value()), tier);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
