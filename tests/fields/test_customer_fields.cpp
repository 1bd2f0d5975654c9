// CustomerFields: the one table of editable customer fields that guanxi-cli, the JSON output and
// the CSV import and export use. Text written by `text` must read back through `setText`.
#include "TestSupport.h"

#include "domain/CustomerFields.h"

using namespace guanxi;

namespace {

const CustomerFields::Field &field(const char *name)
{
    const CustomerFields::Field *f = CustomerFields::find(QString::fromLatin1(name));
    if (!f)
        qFatal("no field %s", name);
    return *f;
}

Customer sampleCustomer()
{
    Customer c;
    c.name = QStringLiteral("北京长城科技有限公司");
    c.kind = CustomerKind::Company;
    c.tier = RelationshipTier::StrategicAlliance;
    c.lifecycle = LifecycleLevel::Established;
    c.lifecycleManual = true;
    c.segment = ValueSegment::Migrating;
    c.ownerName = QStringLiteral("王伟");
    c.source = SourceChannel::Referral;
    c.industry = QStringLiteral("信息技术");
    c.city = QStringLiteral("北京");
    c.region = QStringLiteral("北京市");
    c.address = QStringLiteral("海淀区中关村大街1号");
    c.phone = QStringLiteral("010-62345678");
    c.email = QStringLiteral("info@changcheng.com.cn");
    c.website = QStringLiteral("www.changcheng.com.cn");
    const QString first17 = QStringLiteral("91110108000000000");
    c.creditCode = first17 + Validation::creditCodeCheckCharacter(first17);
    c.tags = {QStringLiteral("VIP"), QStringLiteral("重点客户")};
    c.notes = QStringLiteral("春节前拜访");
    c.doNotContact = true;
    c.satisfaction = 5;
    return c;
}

}  // namespace

class TestCustomerFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEditableMemberHasAField();
    void findByNameAliasAndLabel_data();
    void findByNameAliasAndLabel();
    void textRoundTrips();
    void enumsAcceptCodeEnglishAndChinese_data();
    void enumsAcceptCodeEnglishAndChinese();
    void unknownChoiceListsTheChoices();
    void emptyClearsOptionalFieldsOnly();
    void lifecycleSetByHandIsMarked();
    void booleans_data();
    void booleans();
    void satisfactionRange_data();
    void satisfactionRange();
    void tagsSplitOnCommonSeparators();
    void phoneEmailAndCreditCodeAreNormalised();
    void invalidPhoneNamesTheField();
    void ownerIsANameToResolve();
    void typedValues();
    void describePrefixesTheLabel();
};

void TestCustomerFields::everyEditableMemberHasAField()
{
    const QStringList expected{QStringLiteral("name"),     QStringLiteral("kind"),        QStringLiteral("tier"),
                               QStringLiteral("lifecycle"), QStringLiteral("lifecycle-manual"), QStringLiteral("segment"),
                               QStringLiteral("owner"),    QStringLiteral("source"),      QStringLiteral("industry"),
                               QStringLiteral("city"),     QStringLiteral("region"),      QStringLiteral("address"),
                               QStringLiteral("phone"),    QStringLiteral("email"),       QStringLiteral("website"),
                               QStringLiteral("credit-code"), QStringLiteral("tags"),     QStringLiteral("notes"),
                               QStringLiteral("do-not-contact"), QStringLiteral("satisfaction")};
    QStringList names;
    for (const auto &f : CustomerFields::all()) {
        names.append(QString::fromLatin1(f.name));
        QVERIFY(!CustomerFields::label(f).isEmpty());
        QCOMPARE(f.type == CustomerFields::Type::Enum, !f.choices().isEmpty());
    }
    QCOMPARE(names, expected);
    QVERIFY(field("name").required);
    QVERIFY(!field("phone").required);
}

void TestCustomerFields::findByNameAliasAndLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("name") << "credit-code" << "credit-code";
    QTest::newRow("underscore") << "credit_code" << "credit-code";
    QTest::newRow("camel case") << "creditCode" << "credit-code";
    QTest::newRow("upper case") << "EMAIL" << "email";
    QTest::newRow("English label") << "Relationship tier" << "tier";
    QTest::newRow("Chinese label") << "统一社会信用代码" << "credit-code";
    QTest::newRow("Chinese owner") << "负责人" << "owner";
    QTest::newRow("unknown") << "favourite colour" << "";
    QTest::newRow("empty") << "" << "";
}

void TestCustomerFields::findByNameAliasAndLabel()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    const auto *f = CustomerFields::find(text);
    QCOMPARE(f ? QString::fromLatin1(f->name) : QString(), name);
}

void TestCustomerFields::textRoundTrips()
{
    const Customer original = sampleCustomer();
    Customer copy;
    for (const auto &f : CustomerFields::all()) {
        const Status set = f.setText(copy, f.text(original));
        QVERIFY2(set.ok(), f.name);
    }
    for (const auto &f : CustomerFields::all())
        QCOMPARE(f.text(copy), f.text(original));
    QCOMPARE(copy.tier, original.tier);
    QCOMPARE(copy.segment, original.segment);
    QCOMPARE(copy.tags, original.tags);
    QCOMPARE(copy.doNotContact, true);
    QCOMPARE(copy.satisfaction, 5);
    QCOMPARE(field("tier").text(original), QStringLiteral("strategic_alliance"));
    QCOMPARE(field("tags").text(original), QStringLiteral("VIP, 重点客户"));
    QCOMPARE(field("do-not-contact").text(original), QStringLiteral("true"));
    QCOMPARE(field("tier").displayText(original), QStringLiteral("Strategic alliance"));
}

void TestCustomerFields::enumsAcceptCodeEnglishAndChinese_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("tier code") << "tier" << "preferred_supplier" << "preferred_supplier";
    QTest::newRow("tier English") << "tier" << "Preferred supplier" << "preferred_supplier";
    QTest::newRow("tier Chinese") << "tier" << "合作伙伴" << "partner";
    QTest::newRow("tier alias") << "tier" << "优先供应商" << "preferred_supplier";
    QTest::newRow("kind Chinese") << "kind" << "个人" << "person";
    QTest::newRow("source Chinese") << "source" << "展会" << "trade_show";
    QTest::newRow("segment English") << "segment" << "frozen" << "frozen";
    QTest::newRow("lifecycle Chinese") << "lifecycle" << "忠诚客户" << "loyal";
}

void TestCustomerFields::enumsAcceptCodeEnglishAndChinese()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(QString, code);
    Customer c;
    const auto &f = field(fieldName.toLatin1().constData());
    GX_VERIFY_OK(f.setText(c, text));
    QCOMPARE(f.text(c), code);
    QCOMPARE(f.value(c).toString(), code);
}

void TestCustomerFields::unknownChoiceListsTheChoices()
{
    Customer c;
    const Status set = field("tier").setText(c, QStringLiteral("golden"));
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, ErrorCode::Validation);
    QVERIFY(set.error().message.contains(QStringLiteral("golden")));
    QVERIFY(set.error().message.contains(QStringLiteral("strategic_alliance")));
    QVERIFY(set.error().message.contains(QStringLiteral("Relationship tier")));
    QCOMPARE(c.tier, RelationshipTier::Transactional);
}

void TestCustomerFields::emptyClearsOptionalFieldsOnly()
{
    Customer c = sampleCustomer();
    GX_VERIFY_OK(field("segment").setText(c, QString()));
    QVERIFY(!c.segment);
    GX_VERIFY_OK(field("source").setText(c, QStringLiteral("  ")));
    QVERIFY(!c.source);
    GX_VERIFY_OK(field("phone").setText(c, QString()));
    QVERIFY(c.phone.isEmpty());
    GX_VERIFY_OK(field("tags").setText(c, QString()));
    QVERIFY(c.tags.isEmpty());
    GX_VERIFY_OK(field("satisfaction").setText(c, QString()));
    QCOMPARE(c.satisfaction, 0);
    QVERIFY(!field("satisfaction").value(c).isValid());
    QVERIFY(!field("tier").setText(c, QString()).ok());
    QCOMPARE(c.tier, RelationshipTier::StrategicAlliance);
}

void TestCustomerFields::lifecycleSetByHandIsMarked()
{
    Customer c;
    QVERIFY(!c.lifecycleManual);
    GX_VERIFY_OK(field("lifecycle").setText(c, QStringLiteral("regular")));
    QCOMPARE(c.lifecycle, LifecycleLevel::Regular);
    QVERIFY(c.lifecycleManual);
    GX_VERIFY_OK(field("lifecycle-manual").setText(c, QStringLiteral("no")));
    QVERIFY(!c.lifecycleManual);
}

void TestCustomerFields::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");  // 1 true, 0 false, -1 refused
    QTest::newRow("yes") << "yes" << 1;
    QTest::newRow("TRUE") << "TRUE" << 1;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("是") << "是" << 1;
    QTest::newRow("no") << "no" << 0;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("否") << "否" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("maybe") << "maybe" << -1;
}

void TestCustomerFields::booleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    Customer c;
    c.doNotContact = expected == 0;  // so that a change is visible
    const Status set = field("do-not-contact").setText(c, text);
    QCOMPARE(set.ok(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(c.doNotContact, expected == 1);
    else
        QVERIFY(set.error().message.contains(QStringLiteral("maybe")));
}

void TestCustomerFields::satisfactionRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");  // -1: refused
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("5") << "5" << 5;
    QTest::newRow("full-width 4") << "４" << 4;
    QTest::newRow("spaces") << " 3 " << 3;
    QTest::newRow("6") << "6" << -1;
    QTest::newRow("-1") << "-1" << -1;
    QTest::newRow("text") << "good" << -1;
    QTest::newRow("decimal") << "4.5" << -1;
}

void TestCustomerFields::satisfactionRange()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    Customer c;
    const Status set = field("satisfaction").setText(c, text);
    QCOMPARE(set.ok(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(c.satisfaction, expected);
    else
        QVERIFY(set.error().message.contains(QStringLiteral("Satisfaction")));
}

void TestCustomerFields::tagsSplitOnCommonSeparators()
{
    Customer c;
    GX_VERIFY_OK(field("tags").setText(c, QStringLiteral("VIP, 重点客户，华东区;出口、  key account  ")));
    QCOMPARE(c.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("重点客户"), QStringLiteral("华东区"),
                                  QStringLiteral("出口"), QStringLiteral("key account")}));
    QCOMPARE(field("tags").value(c).toStringList(), c.tags);
}

void TestCustomerFields::phoneEmailAndCreditCodeAreNormalised()
{
    Customer c;
    GX_VERIFY_OK(field("phone").setText(c, QStringLiteral("+86 138-1234-5678")));
    QCOMPARE(c.phone, QStringLiteral("13812345678"));
    GX_VERIFY_OK(field("email").setText(c, QStringLiteral(" Sales@Example.COM ")));
    QCOMPARE(c.email, QStringLiteral("Sales@example.com"));
    const QString first17 = QStringLiteral("91110108000000000");
    const QString code = first17 + Validation::creditCodeCheckCharacter(first17);
    GX_VERIFY_OK(field("credit-code").setText(c, code.toLower()));
    QCOMPARE(c.creditCode, code);
}

void TestCustomerFields::invalidPhoneNamesTheField()
{
    Customer c;
    c.phone = QStringLiteral("13812345678");
    const Status set = field("phone").setText(c, QStringLiteral("call me"));
    QVERIFY(!set.ok());
    QVERIFY(set.error().message.startsWith(QStringLiteral("Phone: ")));
    QVERIFY(set.error().message.contains(QStringLiteral("call me")));
    QCOMPARE(c.phone, QStringLiteral("13812345678"));
    const Status email = field("email").setText(c, QStringLiteral("a@b"));
    QVERIFY(!email.ok());
    QVERIFY(email.error().message.startsWith(QStringLiteral("E-mail: ")));
}

void TestCustomerFields::ownerIsANameToResolve()
{
    Customer c;
    c.ownerId = QStringLiteral("some-id");
    c.ownerName = QStringLiteral("Old");
    GX_VERIFY_OK(field("owner").setText(c, QStringLiteral("  李  娜 ")));
    QCOMPARE(c.ownerName, QStringLiteral("李 娜"));
    QVERIFY(c.ownerId.isEmpty());
    QCOMPARE(field("owner").type, CustomerFields::Type::StaffName);
}

void TestCustomerFields::typedValues()
{
    const Customer c = sampleCustomer();
    QCOMPARE(field("do-not-contact").value(c).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(field("satisfaction").value(c).toInt(), 5);
    QCOMPARE(field("tags").value(c).toStringList(), c.tags);
    QCOMPARE(field("name").value(c).toString(), c.name);
    Customer empty;
    QVERIFY(!field("email").value(empty).isValid());
    QVERIFY(!field("segment").value(empty).isValid());
    QCOMPARE(field("tier").value(empty).toString(), QStringLiteral("transactional"));
}

void TestCustomerFields::describePrefixesTheLabel()
{
    Customer c;
    c.email = QStringLiteral("nobody");
    const QStringList lines = CustomerFields::describe(Validation::normalizeAndValidate(c));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name: ")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("E-mail: ")));
}

QTEST_GUILESS_MAIN(TestCustomerFields)
#include "test_customer_fields.moc"
