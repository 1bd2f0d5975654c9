// Export → import round trips through the real guanxi-cli (GUANXI_CLI), for customers, contacts,
// orders and interactions, in each CSV encoding and header language, and as Excel workbooks
// (real number and date cells, read back as the text the CSV export writes):
//   (a) into the workspace it came from: every row matches its record by id, nothing changes,
//       nothing is duplicated, also with --on-duplicate update;
//   (b) with one cell edited in the file and --on-duplicate update: exactly that record changes
//       (CSV only: the test edits the file as text);
//   (c) into a new workspace: the same records with the same ids and the same values.
// The records are written here with hand-chosen values (notes with line breaks and commas,
// Chinese text, money in fen, a refund, a euro order, enums, tags, values starting with = + - @
// that the export neutralises, two customers named 张伟, two equal orders on one day …); the
// checks compare each field with those values. The CLI runs in Asia/Shanghai, so every time
// goes through local time and back.
#include "TestSupport.h"

#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StaffRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using Run = CliRun;

const QStringList entities{u"customers"_s, u"contacts"_s, u"orders"_s, u"interactions"_s};

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// What a CSV export keeps of a time: whole seconds.
QDateTime toSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::utc());
}

// The records of the source workspace, as written (ids and creation times filled in by the
// repositories).
struct Seed {
    QList<Customer> customers;
    QList<Contact> contacts;
    QList<Order> orders;
    QList<Interaction> interactions;
};

}  // namespace

class TestCliRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void workbookOptions();

private:
    Run cli(const QStringList &arguments);
    Run ws(const QString &workspace, const QStringList &arguments) { return cli(QStringList{u"--workspace"_s, workspace} + arguments); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject importJson(const QString &workspace, const QString &entity, const QString &file, const QStringList &more = {});
    // Every live record of the workspace equals the seed, except for the edits made in (b).
    void verifyRecords(const QString &workspace, bool edited);
    void verifyCounts(const QString &workspace);

    QTemporaryDir m_dir;
    QString m_source;
    Seed m_seed;
};

Run TestCliRoundTrip::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(GUANXI_CLI), arguments, {{u"TZ"_s, u"Asia/Shanghai"_s}});
}

QJsonObject TestCliRoundTrip::importJson(const QString &workspace, const QString &entity, const QString &file, const QStringList &more)
{
    const Run run = ws(workspace, QStringList{u"import"_s, entity, file, u"--json"_s} + more);
    if (run.exitCode != 0)
        qWarning("import %s failed: %s", qPrintable(entity), qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    if (report.value(u"rejected"_s).toInt() > 0)
        qWarning("rejected: %s", run.out.toUtf8().constData());
    return report;
}

void TestCliRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GUANXI_CLI)), GUANXI_CLI);
    m_source = path(u"source.guanxi"_s);
    QCOMPARE(ws(m_source, {u"init"_s}).exitCode, 0);
    auto opened = Workspace::open(m_source);
    GX_VERIFY_OK(opened);
    Workspace &workspace = **opened;
    auto manager = StaffRepository(workspace).findOrCreate(u"王经理"_s);
    GX_VERIFY_OK(manager);
    auto rep = StaffRepository(workspace).findOrCreate(u"李娜"_s);
    GX_VERIFY_OK(rep);

    const auto addCustomer = [&](Customer c) {
        auto saved = CustomerRepository(workspace).create(c);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        m_seed.customers.append(*CustomerRepository(workspace).get(saved->id()));
    };
    Customer c;
    c.name = u"北京长城贸易有限公司"_s;
    c.kind = CustomerKind::Company;
    c.tier = RelationshipTier::Partner;
    c.lifecycle = LifecycleLevel::Loyal;
    c.lifecycleManual = true;
    c.segment = ValueSegment::Potential;
    c.ownerId = manager->id();
    c.source = SourceChannel::TradeShow;
    c.industry = u"制造"_s;
    c.city = u"北京"_s;
    c.region = u"北京"_s;
    c.address = u"北京市朝阳区建国路88号, 2层"_s;
    c.phone = u"13800138000"_s;
    c.email = u"info@changcheng.cn"_s;
    c.website = u"https://changcheng.cn"_s;
    c.creditCode = u"91110000802100433B"_s;
    c.tags = {u"老客户"_s, u"VIP"_s};
    c.notes = u"第一行\n第二行, 含逗号 \"引号\""_s;
    c.satisfaction = 4;
    addCustomer(c);

    c = Customer();  // values a spreadsheet would run as formulas, and a number from abroad
    c.name = u"=HYPERLINK(\"http://x\",\"点我\")"_s;
    c.phone = u"+14155550100"_s;
    c.industry = u"@提及"_s;
    c.city = u"'=已经有撇号"_s;
    c.tags = {u"=公式标签"_s, u"-负面"_s};
    c.notes = u"=1+1 不是公式"_s;
    c.lifecycle = LifecycleLevel::New;
    addCustomer(c);

    c = Customer();  // two people of the same name
    c.name = u"张伟"_s;
    c.kind = CustomerKind::Person;
    c.tier = RelationshipTier::PreferredSupplier;
    c.city = u"北京"_s;
    c.doNotContact = true;
    c.ownerId = rep->id();
    addCustomer(c);
    c.city = u"上海"_s;
    c.doNotContact = false;
    c.tier = RelationshipTier::StrategicAlliance;
    c.source = SourceChannel::Referral;
    addCustomer(c);

    c = Customer();
    c.name = u"Müller GmbH"_s;
    c.email = u"j.mueller@example.de"_s;
    c.lifecycle = LifecycleLevel::Regular;
    c.segment = ValueSegment::Frozen;
    c.satisfaction = 1;
    addCustomer(c);
    const QString greatWall = m_seed.customers[0].id(), formula = m_seed.customers[1].id(), zhangBeijing = m_seed.customers[2].id(),
                  zhangShanghai = m_seed.customers[3].id(), mueller = m_seed.customers[4].id();

    const auto addContact = [&](const QString &customerId, const QString &name, const QString &title, std::optional<ContactRole> role,
                                const QString &phone, const QString &email, const QString &wechat, bool primary, const QString &notes) {
        Contact k;
        k.customerId = customerId;
        k.name = name;
        k.title = title;
        k.role = role;
        k.phone = phone;
        k.email = email;
        k.wechat = wechat;
        k.primary = primary;
        k.notes = notes;
        auto saved = ContactRepository(workspace).create(k);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        m_seed.contacts.append(*ContactRepository(workspace).get(saved->id()));
    };
    addContact(greatWall, u"张三"_s, u"采购经理"_s, ContactRole::DecisionMaker, u"13912345678"_s, u"zhangsan@changcheng.cn"_s,
               u"zs_wx"_s, true, u"负责采购,\n每月一次"_s);
    addContact(greatWall, u"李四"_s, QString(), ContactRole::Influencer, QString(), QString(), QString(), false,
               u"-不要在周五打电话"_s);
    addContact(greatWall, u"王五"_s, u"仓库"_s, std::nullopt, QString(), QString(), QString(), false, QString());
    addContact(greatWall, u"王五"_s, u"仓库"_s, std::nullopt, QString(), QString(), QString(), false, QString());  // a namesake
    addContact(zhangShanghai, u"张伟"_s, QString(), ContactRole::User, u"13700001111"_s, QString(), QString(), true, QString());
    addContact(mueller, u"Jürgen Müller"_s, u"Geschäftsführer"_s, ContactRole::Champion, u"+4930123456"_s, u"j.mueller@example.de"_s,
               QString(), true, u"Spricht Englisch, kein Chinesisch"_s);

    const auto addOrder = [&](const QString &customerId, const QString &number, QDate date, qint64 fen, const QString &currency,
                              std::optional<qint64> cost, const QString &product, const QString &notes) {
        Order o;
        o.customerId = customerId;
        o.orderNumber = number;
        o.orderedOn = date;
        o.amount = Money{fen, currency};
        o.costMinor = cost;
        o.product = product;
        o.notes = notes;
        auto saved = OrderRepository(workspace).create(o);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        m_seed.orders.append(*OrderRepository(workspace).get(saved->id()));
    };
    addOrder(greatWall, u"HX-2024-001"_s, QDate(2024, 3, 5), 123450, u"CNY"_s, 80000, u"路由器, 千兆"_s, u"含运费\n分两批发货"_s);
    addOrder(greatWall, QString(), QDate(2024, 3, 6), 99, u"CNY"_s, std::nullopt, u"螺丝"_s, QString());
    addOrder(greatWall, QString(), QDate(2024, 3, 6), 99, u"CNY"_s, std::nullopt, u"螺丝"_s, QString());  // the same again
    addOrder(zhangShanghai, u"HX-2024-002"_s, QDate(2024, 12, 31), -5000, u"CNY"_s, std::nullopt, u"退款"_s, u"=退货"_s);
    addOrder(mueller, u"DE-7"_s, QDate(2024, 1, 15), 1000000, u"EUR"_s, 0, u"+Service"_s, QString());

    const auto addInteraction = [&](const QString &customerId, const QString &contactId, const QString &staffId, InteractionChannel channel,
                                    const QDateTime &when, const QString &summary, const QString &commitments) {
        Interaction i;
        i.customerId = customerId;
        i.contactId = contactId;
        i.staffId = staffId;
        i.channel = channel;
        i.occurredAt = when;
        i.summary = summary;
        i.commitments = commitments;
        auto saved = InteractionRepository(workspace).create(i);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        m_seed.interactions.append(*InteractionRepository(workspace).get(saved->id()));
    };
    addInteraction(greatWall, m_seed.contacts[0].id(), manager->id(), InteractionChannel::Visit, utc(2024, 3, 5, 1, 30),
                   u"讨论报价\n下周回复, 含逗号"_s, u"=发送报价单"_s);
    addInteraction(zhangBeijing, QString(), rep->id(), InteractionChannel::Chat, utc(2024, 3, 5, 16, 0), u"+微信沟通"_s, QString());
    addInteraction(zhangBeijing, QString(), rep->id(), InteractionChannel::Chat, utc(2024, 3, 5, 16, 0), u"+微信沟通"_s,
                   QString());  // the same again
    addInteraction(formula, QString(), QString(), InteractionChannel::Email, utc(2024, 12, 31, 23, 59), u"@all 年终"_s, u"-"_s);

    // Orders recompute the levels of customers whose level was not set by hand: read them again.
    for (Customer &customer : m_seed.customers)
        customer = *CustomerRepository(workspace).get(customer.id());
    QCOMPARE(m_seed.customers[0].lifecycle, LifecycleLevel::Loyal);
    QCOMPARE(m_seed.customers.size(), 5);
    QCOMPARE(m_seed.contacts.size(), 6);
    QCOMPARE(m_seed.orders.size(), 5);
    QCOMPARE(m_seed.interactions.size(), 4);
}

void TestCliRoundTrip::verifyCounts(const QString &workspace)
{
    auto opened = Workspace::open(workspace);
    GX_VERIFY_OK(opened);
    const auto live = [&](const char *table) {
        return sql::scalar((*opened)->database(), u"SELECT count(*) FROM %1 WHERE deleted = 0"_s.arg(QLatin1String(table)))->toInt();
    };
    QCOMPARE(live("customers"), 5);
    QCOMPARE(live("contacts"), 6);
    QCOMPARE(live("orders"), 5);
    QCOMPARE(live("interactions"), 4);
    QCOMPARE(live("staff"), 2);
}

void TestCliRoundTrip::verifyRecords(const QString &workspace, bool edited)
{
    verifyCounts(workspace);
    if (QTest::currentTestFailed())
        return;
    auto opened = Workspace::open(workspace);
    GX_VERIFY_OK(opened);
    Workspace &w = **opened;
    for (const Customer &want : std::as_const(m_seed.customers)) {
        auto got = CustomerRepository(w).get(want.id());
        GX_VERIFY_OK(got);
        QCOMPARE(got->name, want.name);
        QCOMPARE(got->kind, want.kind);
        QCOMPARE(got->tier, want.tier);
        QCOMPARE(got->lifecycle, want.lifecycle);
        QCOMPARE(got->lifecycleManual, want.lifecycleManual);
        QCOMPARE(got->segment, want.segment);
        QCOMPARE(got->ownerName, want.ownerName);
        QCOMPARE(got->source, want.source);
        QCOMPARE(got->industry, want.industry);
        QCOMPARE(got->city, want.city);
        QCOMPARE(got->region, want.region);
        QCOMPARE(got->address, want.address);
        QCOMPARE(got->phone, want.phone);
        QCOMPARE(got->email, want.email);
        const bool editedHere = edited && want.id() == m_seed.customers[0].id();
        QCOMPARE(got->website, editedHere ? u"https://changcheng.com.cn"_s : want.website);
        QCOMPARE(got->creditCode, want.creditCode);
        QCOMPARE(got->tags, want.tags);
        QCOMPARE(got->notes, want.notes);
        QCOMPARE(got->doNotContact, want.doNotContact);
        QCOMPARE(got->satisfaction, want.satisfaction);
        QCOMPARE(toSeconds(got->meta.createdAt), toSeconds(want.meta.createdAt));
    }
    for (const Contact &want : std::as_const(m_seed.contacts)) {
        auto got = ContactRepository(w).get(want.id());
        GX_VERIFY_OK(got);
        QCOMPARE(got->customerId, want.customerId);
        QCOMPARE(got->name, want.name);
        const bool editedHere = edited && want.id() == m_seed.contacts[0].id();
        QCOMPARE(got->title, editedHere ? u"采购总监"_s : want.title);
        QCOMPARE(got->role, want.role);
        QCOMPARE(got->phone, want.phone);
        QCOMPARE(got->email, want.email);
        QCOMPARE(got->wechat, want.wechat);
        QCOMPARE(got->primary, want.primary);
        QCOMPARE(got->notes, want.notes);
        QCOMPARE(toSeconds(got->meta.createdAt), toSeconds(want.meta.createdAt));
    }
    for (const Order &want : std::as_const(m_seed.orders)) {
        auto got = OrderRepository(w).get(want.id());
        GX_VERIFY_OK(got);
        QCOMPARE(got->customerId, want.customerId);
        QCOMPARE(got->orderNumber, want.orderNumber);
        QCOMPARE(got->orderedOn, want.orderedOn);
        QCOMPARE(got->amount.minor, want.amount.minor);
        QCOMPARE(got->amount.currency, want.amount.currency);
        QCOMPARE(got->costMinor, want.costMinor);
        const bool editedHere = edited && want.id() == m_seed.orders[0].id();
        QCOMPARE(got->product, editedHere ? u"路由器, 万兆"_s : want.product);
        QCOMPARE(got->notes, want.notes);
        QCOMPARE(toSeconds(got->meta.createdAt), toSeconds(want.meta.createdAt));
    }
    for (const Interaction &want : std::as_const(m_seed.interactions)) {
        auto got = InteractionRepository(w).get(want.id());
        GX_VERIFY_OK(got);
        QCOMPARE(got->customerId, want.customerId);
        QCOMPARE(got->contactId, want.contactId);
        QCOMPARE(got->contactName, want.contactName);
        QCOMPARE(got->staffName, want.staffName);
        QCOMPARE(got->channel, want.channel);
        QCOMPARE(got->occurredAt, want.occurredAt);
        QCOMPARE(got->summary, want.summary);
        const bool editedHere = edited && want.id() == m_seed.interactions[0].id();
        QCOMPARE(got->commitments, editedHere ? u"=发送合同"_s : want.commitments);
        QCOMPARE(toSeconds(got->meta.createdAt), toSeconds(want.meta.createdAt));
    }
}

void TestCliRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("headers");
    QTest::newRow("utf-8-bom, English") << u"utf-8-bom"_s << u"en"_s;
    QTest::newRow("gb18030, English") << u"gb18030"_s << u"en"_s;
    QTest::newRow("utf-8, English") << u"utf-8"_s << u"en"_s;
    QTest::newRow("gb18030, Chinese") << u"gb18030"_s << u"zh"_s;
    QTest::newRow("utf-8-bom, Chinese") << u"utf-8-bom"_s << u"zh"_s;
    QTest::newRow("utf-8, codes") << u"utf-8"_s << u"codes"_s;
    QTest::newRow("xlsx, English") << u"xlsx"_s << u"en"_s;
    QTest::newRow("xlsx, Chinese") << u"xlsx"_s << u"zh"_s;
}

void TestCliRoundTrip::roundTrip()
{
    QFETCH(QString, encoding);
    QFETCH(QString, headers);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u", "_s, u"-"_s);
    const bool workbook = encoding == u"xlsx";
    QHash<QString, QString> files;
    for (const QString &entity : entities) {
        const QString file = path(u"%1-%2.%3"_s.arg(tag, entity, workbook ? u"xlsx"_s : u"csv"_s));
        const QStringList format = workbook ? QStringList() : QStringList{u"--encoding"_s, encoding};
        const Run run = ws(m_source, QStringList{u"export"_s, entity, file, u"--headers"_s, headers, u"--force"_s} + format);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        files.insert(entity, file);
    }
    const int rows[] = {5, 6, 5, 4};
    const char *codec = encoding == u"gb18030" ? "GB18030" : "UTF-8";
    if (headers == u"zh" && !workbook) {
        // The window's terms, not those of earlier exports (客户等级, 手动设定等级, 客户来源).
        QStringDecoder decoder(codec);
        const QString header = QString(decoder.decode(readAll(files[u"customers"_s]))).section(u"\r\n"_s, 0, 0);
        QCOMPARE(header, u"编号,名称,类型,关系类型,生命周期阶段,手动设定生命周期阶段,价值区间,负责人,来源,行业,城市,省份/地区,地址,电话,邮箱,"
                         "网站,统一社会信用代码,标签,备注,请勿联系,满意度,创建时间,修改时间"_s);
    }

    // (a) Into the workspace it came from: nothing new, nothing changed, with either policy.
    const QString same = path(u"same-%1.guanxi"_s.arg(tag));
    QFile::remove(same);
    QVERIFY(QFile::copy(m_source, same));
    for (const QStringList &policy : {QStringList(), QStringList{u"--on-duplicate"_s, u"update"_s}}) {
        for (int i = 0; i < entities.size(); ++i) {
            const QJsonObject report = importJson(same, entities[i], files[entities[i]], policy);
            QCOMPARE(report.value(u"read"_s).toInt(), rows[i]);
            QCOMPARE(report.value(u"created"_s).toInt(), 0);
            QCOMPARE(report.value(u"updated"_s).toInt(), 0);
            QCOMPARE(report.value(u"skipped"_s).toInt(), rows[i]);
            QCOMPARE(report.value(u"rejected"_s).toInt(), 0);
        }
    }
    verifyRecords(same, false);
    if (QTest::currentTestFailed())
        return;

    // (b) One cell edited in each file (in the file's own encoding), imported with update: that
    // record changes, and only it.
    if (!workbook) {
        const QList<std::pair<QString, QString>> edits{{u"https://changcheng.cn"_s, u"https://changcheng.com.cn"_s},
                                                       {u"采购经理"_s, u"采购总监"_s},
                                                       {u"路由器, 千兆"_s, u"路由器, 万兆"_s},
                                                       {u"'=发送报价单"_s, u"'=发送合同"_s}};
        for (int i = 0; i < entities.size(); ++i) {
            const QString edited = path(u"%1-%2-edited.csv"_s.arg(tag, entities[i]));
            QStringDecoder decoder(codec);
            QString text = decoder.decode(readAll(files[entities[i]]));
            QVERIFY(!decoder.hasError());
            QCOMPARE(text.count(edits[i].first), 1);
            text.replace(edits[i].first, edits[i].second);
            QStringEncoder encoder(codec, encoding == u"utf-8-bom" ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
            writeAll(edited, encoder.encode(text));
            const QJsonObject report = importJson(same, entities[i], edited, {u"--on-duplicate"_s, u"update"_s});
            QCOMPARE(report.value(u"created"_s).toInt(), 0);
            QCOMPARE(report.value(u"updated"_s).toInt(), 1);
            QCOMPARE(report.value(u"skipped"_s).toInt(), rows[i] - 1);
            QCOMPARE(report.value(u"rejected"_s).toInt(), 0);
        }
        verifyRecords(same, true);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(ws(same, {u"check"_s}).exitCode, 0);

    // (c) Into a new workspace: the same records, ids and values; customers first, as the
    // others refer to them.
    const QString fresh = path(u"fresh-%1.guanxi"_s.arg(tag));
    QFile::remove(fresh);
    QCOMPARE(ws(fresh, {u"init"_s}).exitCode, 0);
    for (int i = 0; i < entities.size(); ++i) {
        const QJsonObject report = importJson(fresh, entities[i], files[entities[i]]);
        QCOMPARE(report.value(u"read"_s).toInt(), rows[i]);
        QCOMPARE(report.value(u"created"_s).toInt(), rows[i]);
        QCOMPARE(report.value(u"skipped"_s).toInt(), 0);
        QCOMPARE(report.value(u"rejected"_s).toInt(), 0);
    }
    verifyRecords(fresh, false);
    const Run check = ws(fresh, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

// An Excel workbook has no encoding or delimiter to choose, a CSV file no sheet; a sheet that is
// not in the workbook is named with those that are.
void TestCliRoundTrip::workbookOptions()
{
    const QString file = path(u"options.xlsx"_s);
    QCOMPARE(ws(m_source, {u"export"_s, u"customers"_s, file, u"--force"_s}).exitCode, 0);
    Run run = ws(m_source, {u"import"_s, u"customers"_s, file, u"--encoding"_s, u"gb18030"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"guanxi-cli: The option --encoding is for CSV files: an Excel workbook keeps its text in Unicode and "
                                "its cells apart.\n"_s),
             qPrintable(run.err));
    run = ws(m_source, {u"import"_s, u"customers"_s, file, u"--delimiter"_s, u"tab"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"guanxi-cli: The option --delimiter is for CSV files"_s), qPrintable(run.err));
    run = ws(m_source, {u"import"_s, u"customers"_s, file, u"--sheet"_s, u"Orders"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"guanxi-cli: The workbook “options.xlsx” has no sheet named “Orders”. Its sheets: “Customers”.\n"_s);
    run = ws(m_source, {u"import"_s, u"customers"_s, file, u"--sheet"_s, u"customers"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"skipped"_s).toInt(), 5);

    const QString csv = path(u"options.csv"_s);
    QCOMPARE(ws(m_source, {u"export"_s, u"customers"_s, csv, u"--force"_s}).exitCode, 0);
    run = ws(m_source, {u"import"_s, u"customers"_s, csv, u"--sheet"_s, u"Customers"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"guanxi-cli: The option --sheet is for Excel workbooks (.xlsx).\n"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliRoundTrip)
#include "test_cli_round_trip.moc"
