// The demo generator and the bulk writer under it: determinism, the shape of the data (tiers,
// long tails, lifecycle rules, follow-up states), validity of every record, all-or-nothing
// writes with cancellation, and that what BulkWriter writes reads back through the repositories.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "domain/Validation.h"
#include "storage/BulkWriter.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StaffRepository.h"
#include "storage/WorkspaceStatistics.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>

using namespace guanxi;
using namespace guanxi::demo;
using namespace guanxi::test;

namespace {

const QDate Today(2026, 11, 23);
constexpr int Sample = 2000;

// Everything a workspace holds, without ids and write stamps, in a stable order: two
// workspaces with the same content give the same text.
QString contentOf(Workspace &ws)
{
    // Ids are replaced by the referenced record's name, so references are compared too.
    const QStringList queries{
        QStringLiteral("SELECT name, email, phone, active FROM staff ORDER BY seq"),
        QStringLiteral("SELECT c.name, kind, tier, lifecycle, lifecycle_manual, segment, s.name, source, industry, city, "
                       "region, address, c.phone, c.email, website, credit_code, tags, notes, do_not_contact, satisfaction, "
                       "c.created_at FROM customers c LEFT JOIN staff s ON s.id = c.owner_id ORDER BY c.seq"),
        QStringLiteral("SELECT c.name, p.name, title, role, p.phone, p.email, wechat, is_primary FROM contacts p "
                       "JOIN customers c ON c.id = p.customer_id ORDER BY p.seq"),
        QStringLiteral("SELECT c.name, p.name, s.name, channel, occurred_at, summary, commitments FROM interactions i "
                       "JOIN customers c ON c.id = i.customer_id LEFT JOIN contacts p ON p.id = i.contact_id "
                       "LEFT JOIN staff s ON s.id = i.staff_id ORDER BY i.seq"),
        QStringLiteral("SELECT c.name, order_number, ordered_on, amount_minor, cost_minor, currency, product FROM orders o "
                       "JOIN customers c ON c.id = o.customer_id ORDER BY o.seq"),
        QStringLiteral("SELECT c.name, i.summary, s.name, title, due_on, snoozed_until, status, done_at FROM follow_ups f "
                       "JOIN customers c ON c.id = f.customer_id LEFT JOIN interactions i ON i.id = f.interaction_id "
                       "LEFT JOIN staff s ON s.id = f.owner_id ORDER BY f.seq"),
    };
    QString text;
    for (const QString &statement : queries) {
        auto query = sql::run(ws.database(), statement);
        if (!query)
            return QStringLiteral("error: ") + query.error().fullText();
        while (query->next()) {
            QStringList row;
            for (int i = 0; i < query->record().count(); ++i)
                row.append(query->value(i).isNull() ? QStringLiteral("<null>") : query->value(i).toString());
            text += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

DemoOptions options(qint64 customers, quint64 seed)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.today = Today;
    return o;
}

qint64 countRows(Workspace &ws, const QString &table)
{
    auto n = sql::scalar(ws.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

}  // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void randomIsPortable();
    void sameSeedGivesSameWorkspace();
    void differentSeedGivesDifferentData();
    void customerDoesNotDependOnCount();
    void teamHasEightToTwentyMembers();
    void tiersFollowTheirShares();
    void mixOfCompaniesPeopleChineseAndLatin();
    void companyNamesLookReal();
    void contactsPerCompany();
    void orderValuesHaveALongTail();
    void lifecycleAndSegmentFollowOrders();
    void historyCoversThreeYears();
    void followUpsInEveryState();
    void everyRecordPassesValidation();
    void creditCodesAreValid();
    void integrityCheckPasses();
    void searchFindsGeneratedNames();

    void bulkWriterRecordsReadBack();
    void bulkWriterRollsBackWhenNotCommitted();
    void bulkWriterRefusesBrokenReferences();
    void bulkWriterStopsOnInvalidRecord();
    void cancelledDemoLeavesWorkspaceUnchanged();
    void readOnlyWorkspaceIsRefused();
    void deferredIndexesAreRebuilt();
    void searchIndexingResumesAfterBulkWrite();
    void timeOrderedIds();

private:
    TempWorkspace m_sample;
    QList<Customer> m_customers;
};

void TestDemo::initTestCase()
{
    auto summary = DemoGenerator::generate(*m_sample, options(Sample, 42));
    GX_VERIFY_OK(summary);
    QCOMPARE(summary->customers, qint64(Sample));
    CustomerRepository repository(*m_sample);
    std::optional<CustomerCursor> cursor;
    do {
        auto page = repository.page({}, {}, cursor, 500);
        GX_VERIFY_OK(page);
        m_customers += page->customers;
        cursor = page->next;
    } while (cursor);
    QCOMPARE(m_customers.size(), Sample);
}

void TestDemo::randomIsPortable()
{
    // Hand-checked against the reference xoshiro256** seeded through SplitMix64: the values must
    // never change, on any platform, or every seed gives different demo data.
    DemoRandom a(1, 0), b(1, 0), c(2, 0), d(1, 1);
    const quint64 first = a.next();
    QCOMPARE(b.next(), first);
    QVERIFY(c.next() != first);
    QVERIFY(d.next() != first);
    DemoRandom bounded(7, 3);
    for (int i = 0; i < 10000; ++i) {
        const quint64 x = bounded.below(7);
        QVERIFY(x < 7);
        const qint64 y = bounded.between(-3, 3);
        QVERIFY(y >= -3 && y <= 3);
    }
    // chance(500) is a fair coin: 10,000 throws land within 5 standard deviations of 5,000.
    int heads = 0;
    for (int i = 0; i < 10000; ++i)
        heads += bounded.chance(500) ? 1 : 0;
    QVERIFY2(qAbs(heads - 5000) < 250, qPrintable(QString::number(heads)));
    QCOMPARE(bounded.geometric(0, 10), 0);
    QCOMPARE(bounded.geometric(1000, 10), 10);
}

void TestDemo::sameSeedGivesSameWorkspace()
{
    TempWorkspace a, b;
    GX_VERIFY_OK(DemoGenerator::generate(*a, options(300, 7)));
    GX_VERIFY_OK(DemoGenerator::generate(*b, options(300, 7)));
    const QString contentA = contentOf(*a);
    QVERIFY(contentA.size() > 10000);
    QCOMPARE(contentA, contentOf(*b));
}

void TestDemo::differentSeedGivesDifferentData()
{
    TempWorkspace a, b;
    GX_VERIFY_OK(DemoGenerator::generate(*a, options(100, 7)));
    GX_VERIFY_OK(DemoGenerator::generate(*b, options(100, 8)));
    QVERIFY(contentOf(*a) != contentOf(*b));
    // And the day matters: the history ends on it.
    const DemoGenerator today(7, Today), tomorrow(7, Today.addDays(1));
    QVERIFY(today.customer(0).customer.meta.createdAt != tomorrow.customer(0).customer.meta.createdAt);
}

void TestDemo::customerDoesNotDependOnCount()
{
    TempWorkspace small;
    GX_VERIFY_OK(DemoGenerator::generate(*small, options(20, 42)));
    auto first = CustomerRepository(*small).page({}, {}, {}, 1000);
    GX_VERIFY_OK(first);
    // Customer i is the same whether 20 or 2,000 were generated.
    QStringList smallNames, sampleNames;
    const DemoGenerator generator(42, Today);
    for (int i = 0; i < 20; ++i)
        smallNames.append(generator.customer(i).customer.name);
    for (const Customer &c : std::as_const(first->customers))
        QVERIFY2(smallNames.contains(c.name), qPrintable(c.name));
    for (const Customer &c : std::as_const(m_customers))
        sampleNames.append(c.name);
    for (const QString &name : std::as_const(smallNames))
        QVERIFY2(sampleNames.contains(name), qPrintable(name));
}

void TestDemo::teamHasEightToTwentyMembers()
{
    for (quint64 seed = 1; seed <= 30; ++seed) {
        const DemoGenerator generator(seed, Today);
        QVERIFY(generator.staff().size() >= 8 && generator.staff().size() <= 20);
        int active = 0;
        for (const Staff &s : generator.staff())
            active += s.active ? 1 : 0;
        QVERIFY(active >= generator.staff().size() - 2);
    }
    auto staff = StaffRepository(*m_sample).list();
    GX_VERIFY_OK(staff);
    QVERIFY(staff->size() >= 8 && staff->size() <= 20);
}

void TestDemo::tiersFollowTheirShares()
{
    QMap<RelationshipTier, int> counts;
    for (const Customer &c : std::as_const(m_customers))
        ++counts[c.tier];
    // 70 / 20 / 8 / 2 %, each within about three standard deviations for 2,000 customers.
    const auto share = [&](RelationshipTier t) { return 100.0 * counts.value(t) / Sample; };
    QVERIFY2(qAbs(share(RelationshipTier::Transactional) - 70) < 3.5, qPrintable(QString::number(share(RelationshipTier::Transactional))));
    QVERIFY2(qAbs(share(RelationshipTier::PreferredSupplier) - 20) < 3, qPrintable(QString::number(share(RelationshipTier::PreferredSupplier))));
    QVERIFY2(qAbs(share(RelationshipTier::Partner) - 8) < 2, qPrintable(QString::number(share(RelationshipTier::Partner))));
    QVERIFY2(qAbs(share(RelationshipTier::StrategicAlliance) - 2) < 1.2, qPrintable(QString::number(share(RelationshipTier::StrategicAlliance))));
}

void TestDemo::mixOfCompaniesPeopleChineseAndLatin()
{
    int people = 0, latin = 0;
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const Customer &c : std::as_const(m_customers)) {
        people += c.kind == CustomerKind::Person ? 1 : 0;
        latin += han.match(c.name).hasMatch() ? 0 : 1;
    }
    QVERIFY2(people > Sample * 10 / 100 && people < Sample * 20 / 100, qPrintable(QString::number(people)));
    QVERIFY2(latin > Sample * 10 / 100 && latin < Sample * 20 / 100, qPrintable(QString::number(latin)));
}

void TestDemo::companyNamesLookReal()
{
    int limited = 0, latinSuffix = 0, restaurant = 0;
    static const QRegularExpression latinForm(QStringLiteral("(GmbH|Ltd\\.?|Inc\\.|LLC|Pte\\. Ltd\\.|Limited|B\\.V\\.|AG|K\\.K\\.)$"));
    for (const Customer &c : std::as_const(m_customers)) {
        if (c.kind != CustomerKind::Company)
            continue;
        limited += c.name.endsWith(QStringLiteral("有限公司")) ? 1 : 0;
        latinSuffix += latinForm.match(c.name).hasMatch() ? 1 : 0;
        restaurant += c.name.endsWith(QStringLiteral("餐饮有限公司")) ? 1 : 0;
        // A Chinese company name starts with its city, or has the city in brackets.
        if (c.name.contains(QStringLiteral("有限公司")) && !c.name.contains(QStringLiteral("餐饮")))
            QVERIFY2(c.name.startsWith(c.city) || c.name.contains(QLatin1Char('(') + c.city + QLatin1Char(')')),
                     qPrintable(c.name + QStringLiteral(" / ") + c.city));
    }
    QVERIFY(limited > Sample / 2);
    QVERIFY(latinSuffix > Sample / 20);
    QVERIFY(restaurant > 0);
}

void TestDemo::contactsPerCompany()
{
    ContactRepository contacts(*m_sample);
    QMap<int, int> histogram;
    for (const Customer &c : m_customers.mid(0, 400)) {
        auto list = contacts.listForCustomer(c.meta.id);
        GX_VERIFY_OK(list);
        if (c.kind == CustomerKind::Person) {
            QCOMPARE(list->size(), 0);
            continue;
        }
        QVERIFY2(list->size() >= 1 && list->size() <= 4, qPrintable(c.name));
        ++histogram[int(list->size())];
        QVERIFY(list->first().primary);
        for (const Contact &p : std::as_const(*list))
            QVERIFY(!p.title.isEmpty());
    }
    QVERIFY(histogram.value(1) > histogram.value(2));
    QVERIFY(histogram.value(2) > 0 && histogram.value(3) > 0);
}

void TestDemo::orderValuesHaveALongTail()
{
    // Revenue per customer in CNY: the top fifth holds most of it (the Pareto principle the
    // analytics are meant to show); no amount is zero or negative; costs are below amounts.
    auto query = sql::run(m_sample->database(),
                          QStringLiteral("SELECT customer_id, sum(amount_minor), min(amount_minor), "
                                         "sum(cost_minor > amount_minor) FROM orders WHERE currency = 'CNY' "
                                         "GROUP BY customer_id"));
    GX_VERIFY_OK(query);
    QList<qint64> revenue;
    while (query->next()) {
        revenue.append(query->value(1).toLongLong());
        QVERIFY(query->value(2).toLongLong() > 0);
        QCOMPARE(query->value(3).toInt(), 0);
    }
    QVERIFY(revenue.size() > Sample / 2);
    std::sort(revenue.begin(), revenue.end(), std::greater<>());
    qint64 total = 0, top = 0;
    for (int i = 0; i < revenue.size(); ++i) {
        total += revenue[i];
        if (i < revenue.size() / 5)
            top += revenue[i];
    }
    QVERIFY2(top * 100 / total >= 60, qPrintable(QString::number(top * 100 / total)));
    // The biggest customer buys at least a hundred times what the median one does.
    QVERIFY(revenue.first() > 100 * revenue.at(revenue.size() / 2));
}

void TestDemo::lifecycleAndSegmentFollowOrders()
{
    OrderRepository orders(*m_sample);
    QSet<LifecycleLevel> levels;
    QSet<ValueSegment> segments;
    for (const Customer &c : std::as_const(m_customers)) {
        auto list = orders.listForCustomer(c.meta.id);
        GX_VERIFY_OK(list);
        const QDate first = list->isEmpty() ? QDate() : list->last().orderedOn;  // newest first
        QCOMPARE(c.lifecycle, DemoGenerator::lifecycleFor(int(list->size()), first, Today));
        QCOMPARE(c.segment, DemoGenerator::segmentFor(*list, Today));
        QVERIFY(!c.lifecycleManual);
        levels.insert(c.lifecycle);
        if (c.segment)
            segments.insert(*c.segment);
    }
    QCOMPARE(levels.size(), 5);
    QCOMPARE(segments.size(), 4);
}

void TestDemo::historyCoversThreeYears()
{
    auto range = sql::run(m_sample->database(),
                          QStringLiteral("SELECT min(occurred_at), max(occurred_at) FROM interactions"));
    GX_VERIFY_OK(range);
    QVERIFY(range->next());
    const QDateTime first = sql::utcFromText(range->value(0).toString());
    const QDateTime last = sql::utcFromText(range->value(1).toString());
    QVERIFY(first.date() >= Today.addDays(-3 * 365 - 1));
    QVERIFY(first.date() < Today.addDays(-2 * 365));
    QVERIFY(last.date() <= Today);
    QVERIFY(last.date() > Today.addDays(-30));
    auto orderRange = sql::run(m_sample->database(), QStringLiteral("SELECT min(ordered_on), max(ordered_on) FROM orders"));
    GX_VERIFY_OK(orderRange);
    QVERIFY(orderRange->next());
    QVERIFY(sql::dateFromText(orderRange->value(0).toString()) >= Today.addDays(-3 * 365));
    QVERIFY(sql::dateFromText(orderRange->value(1).toString()) <= Today);
    // Interactions carry the rep's promises now and then, in the customer's language.
    auto promised = sql::scalar(m_sample->database(), QStringLiteral("SELECT count(*) FROM interactions WHERE commitments <> ''"));
    GX_VERIFY_OK(promised);
    QVERIFY(promised->toInt() > 0);
}

void TestDemo::followUpsInEveryState()
{
    FollowUpRepository followUps(*m_sample);
    int done = 0, overdue = 0, dueToday = 0, upcoming = 0, snoozed = 0;
    for (const Customer &c : std::as_const(m_customers)) {
        auto list = followUps.listForCustomer(c.meta.id);
        GX_VERIFY_OK(list);
        for (const FollowUp &f : std::as_const(*list)) {
            if (f.status == FollowUpStatus::Done) {
                ++done;
                QVERIFY(f.doneAt.isValid());
            } else if (f.isSnoozed()) {
                ++snoozed;
                QVERIFY(f.snoozedUntil > Today);
            } else if (f.dueOn < Today) {
                ++overdue;
            } else if (f.dueOn == Today) {
                ++dueToday;
            } else {
                ++upcoming;
            }
        }
    }
    QVERIFY(done > 0 && overdue > 0 && dueToday > 0 && upcoming > 0 && snoozed > 0);
    QVERIFY(done > overdue);
    FollowUpQuery due;
    due.today = Today;
    auto listed = followUps.listDue(due);
    GX_VERIFY_OK(listed);
    QVERIFY(listed->size() >= overdue + dueToday);
}

void TestDemo::everyRecordPassesValidation()
{
    // Validation normalises what it accepts; demo data are already in normal form.
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression fixedLine(QStringLiteral("^0[0-9]{2,3}-[2-8][0-9]{6,7}$"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    int mobiles = 0, fixedLines = 0;
    for (const Customer &stored : std::as_const(m_customers)) {
        Customer c = stored;
        const FieldErrors errors = Validation::normalizeAndValidate(c);
        QVERIFY2(errors.isEmpty(), qPrintable(stored.name + QStringLiteral(": ") + Validation::toError(errors).message));
        QCOMPARE(c.name, stored.name);
        QCOMPARE(c.phone, stored.phone);
        QCOMPARE(c.email, stored.email);
        QCOMPARE(c.address, stored.address);
        QCOMPARE(c.tags, stored.tags);
        QVERIFY2(mobile.match(c.phone).hasMatch() || fixedLine.match(c.phone).hasMatch()
                     || international.match(c.phone).hasMatch(),
                 qPrintable(c.phone));
        mobiles += mobile.match(c.phone).hasMatch() ? 1 : 0;
        fixedLines += fixedLine.match(c.phone).hasMatch() ? 1 : 0;
    }
    QVERIFY(mobiles > 0 && fixedLines > 0);
    ContactRepository contacts(*m_sample);
    InteractionRepository interactions(*m_sample);
    OrderRepository orders(*m_sample);
    FollowUpRepository followUps(*m_sample);
    for (const Customer &c : m_customers.mid(0, 300)) {
        const auto contactList = contacts.listForCustomer(c.meta.id);
        const auto interactionList = interactions.listForCustomer(c.meta.id);
        const auto orderList = orders.listForCustomer(c.meta.id);
        const auto followUpList = followUps.listForCustomer(c.meta.id);
        GX_VERIFY_OK(contactList);
        GX_VERIFY_OK(interactionList);
        GX_VERIFY_OK(orderList);
        GX_VERIFY_OK(followUpList);
        for (Contact p : *contactList) {
            const Contact before = p;
            QVERIFY(Validation::normalizeAndValidate(p).isEmpty());
            QCOMPARE(p.phone, before.phone);
            QCOMPARE(p.email, before.email);
        }
        for (Interaction i : *interactionList)
            QVERIFY(Validation::normalizeAndValidate(i).isEmpty());
        for (Order o : *orderList)
            QVERIFY(Validation::normalizeAndValidate(o).isEmpty());
        for (FollowUp f : *followUpList)
            QVERIFY(Validation::normalizeAndValidate(f).isEmpty());
    }
    const auto staff = StaffRepository(*m_sample).list();
    GX_VERIFY_OK(staff);
    for (Staff s : *staff)
        QVERIFY(Validation::normalizeAndValidate(s).isEmpty());
}

void TestDemo::creditCodesAreValid()
{
    int withCode = 0;
    for (const Customer &c : std::as_const(m_customers)) {
        if (c.creditCode.isEmpty())
            continue;
        ++withCode;
        auto normalized = Validation::normalizeCreditCode(c.creditCode);
        QVERIFY2(normalized.ok(), qPrintable(c.creditCode));
        QCOMPARE(*normalized, c.creditCode);
        QVERIFY(c.creditCode.startsWith(QStringLiteral("91")) || c.creditCode.startsWith(QStringLiteral("92")));
        QVERIFY(c.kind == CustomerKind::Company);
    }
    QVERIFY(withCode > Sample / 2);
}

void TestDemo::integrityCheckPasses()
{
    auto report = m_sample->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    auto counts = WorkspaceStatistics::counts(*m_sample, Today);
    GX_VERIFY_OK(counts);
    QCOMPARE(counts->customers, qint64(Sample));
    QVERIFY(counts->contacts > Sample / 2);
    QVERIFY(counts->interactions > Sample);
    QVERIFY(counts->orders > Sample);
    QVERIFY(counts->overdueFollowUps > 0);
}

void TestDemo::searchFindsGeneratedNames()
{
    CustomerRepository repository(*m_sample);
    for (int i = 0; i < Sample; i += 97) {
        const Customer &c = m_customers.at(i);
        CustomerFilter filter;
        filter.search = c.name;
        auto page = repository.page(filter, {}, {}, 1000);
        GX_VERIFY_OK(page);
        const bool found = std::any_of(page->customers.begin(), page->customers.end(),
                                       [&](const Customer &hit) { return hit.meta.id == c.meta.id; });
        QVERIFY2(found, qPrintable(c.name));
    }
    CustomerFilter byCity;
    byCity.search = QStringLiteral("北京");
    auto count = repository.count(byCity);
    GX_VERIFY_OK(count);
    QVERIFY(*count > 0);
}

void TestDemo::bulkWriterRecordsReadBack()
{
    TempWorkspace ws;
    auto writer = BulkWriter::begin(*ws);
    GX_VERIFY_OK(writer);
    Staff rep;
    rep.name = QStringLiteral("王伟");
    rep.email = QStringLiteral("wang.wei@example.com");
    GX_VERIFY_OK((*writer)->add(rep));
    Customer c;
    c.name = QStringLiteral("  上海浦东发展银行 ");  // normalised like any other write
    c.kind = CustomerKind::Company;
    c.tier = RelationshipTier::Partner;
    c.lifecycle = LifecycleLevel::Loyal;
    c.lifecycleManual = true;
    c.segment = ValueSegment::Potential;
    c.ownerId = rep.meta.id;
    c.source = SourceChannel::TradeShow;
    c.industry = QStringLiteral("金融");
    c.city = QStringLiteral("上海");
    c.region = QStringLiteral("上海市");
    c.address = QStringLiteral("浦东新区中山东一路12号");
    c.phone = QStringLiteral("+86 21 6161 6188");
    c.email = QStringLiteral("Info@SPDB.com.cn");
    c.website = QStringLiteral("www.spdb.com.cn");
    c.creditCode = QStringLiteral("9131000013221158XC");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("银行")};
    c.notes = QStringLiteral("note");
    c.doNotContact = true;
    c.satisfaction = 4;
    c.meta.createdAt = QDateTime(QDate(2020, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    auto code = Validation::normalizeCreditCode(c.creditCode);
    if (!code)  // keep the test about BulkWriter: use a valid code whatever the example's
        c.creditCode = QStringLiteral("91310000132211580") + Validation::creditCodeCheckCharacter(u"91310000132211580");
    GX_VERIFY_OK((*writer)->add(c));
    Contact p;
    p.customerId = c.meta.id;
    p.name = QStringLiteral("李娜");
    p.title = QStringLiteral("采购经理");
    p.role = ContactRole::Gatekeeper;
    p.phone = QStringLiteral("139 1234 5678");
    p.email = QStringLiteral("li.na@spdb.com.cn");
    p.wechat = QStringLiteral("lina88");
    p.primary = true;
    GX_VERIFY_OK((*writer)->add(p));
    Interaction i;
    i.customerId = c.meta.id;
    i.contactId = p.meta.id;
    i.staffId = rep.meta.id;
    i.channel = InteractionChannel::Visit;
    i.occurredAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    i.summary = QStringLiteral("拜访");
    i.commitments = QStringLiteral("三天内报价");
    GX_VERIFY_OK((*writer)->add(i));
    Order o;
    o.customerId = c.meta.id;
    o.orderNumber = QStringLiteral("SO-1");
    o.orderedOn = QDate(2026, 2, 3);
    o.amount = Money{123456, QStringLiteral("CNY")};
    o.costMinor = 100000;
    o.product = QStringLiteral("服务器");
    GX_VERIFY_OK((*writer)->add(o));
    FollowUp f;
    f.customerId = c.meta.id;
    f.interactionId = i.meta.id;
    f.ownerId = rep.meta.id;
    f.title = QStringLiteral("发送报价单");
    f.dueOn = QDate(2026, 3, 4);
    f.snoozedUntil = QDate(2026, 3, 9);
    GX_VERIFY_OK((*writer)->add(f));
    QCOMPARE((*writer)->rowsWritten(), qint64(6));
    GX_VERIFY_OK((*writer)->commit());
    writer = Error{};
    ws.reopen();

    auto customer = CustomerRepository(*ws).get(c.meta.id);
    GX_VERIFY_OK(customer);
    QCOMPARE(customer->name, QStringLiteral("上海浦东发展银行"));
    QCOMPARE(customer->tier, RelationshipTier::Partner);
    QCOMPARE(customer->lifecycle, LifecycleLevel::Loyal);
    QVERIFY(customer->lifecycleManual);
    QCOMPARE(customer->segment, std::optional(ValueSegment::Potential));
    QCOMPARE(customer->ownerId, rep.meta.id);
    QCOMPARE(customer->ownerName, QStringLiteral("王伟"));
    QCOMPARE(customer->source, std::optional(SourceChannel::TradeShow));
    QCOMPARE(customer->industry, QStringLiteral("金融"));
    QCOMPARE(customer->city, QStringLiteral("上海"));
    QCOMPARE(customer->region, QStringLiteral("上海市"));
    QCOMPARE(customer->address, c.address);
    QCOMPARE(customer->phone, QStringLiteral("021-61616188"));
    QCOMPARE(customer->email, QStringLiteral("Info@spdb.com.cn"));
    QCOMPARE(customer->website, c.website);
    QCOMPARE(customer->creditCode, c.creditCode);
    QCOMPARE(customer->tags, c.tags);
    QCOMPARE(customer->notes, c.notes);
    QVERIFY(customer->doNotContact);
    QCOMPARE(customer->satisfaction, 4);
    QCOMPARE(customer->meta.createdAt, c.meta.createdAt);
    QCOMPARE(customer->meta.origin, ws->replicaId());
    QVERIFY(customer->meta.hlc > 0);

    auto contacts = ContactRepository(*ws).listForCustomer(c.meta.id);
    GX_VERIFY_OK(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, p.name);
    QCOMPARE(contacts->first().title, p.title);
    QCOMPARE(contacts->first().role, p.role);
    QCOMPARE(contacts->first().phone, QStringLiteral("13912345678"));
    QCOMPARE(contacts->first().email, p.email);
    QCOMPARE(contacts->first().wechat, p.wechat);
    QVERIFY(contacts->first().primary);

    auto timeline = InteractionRepository(*ws).listForCustomer(c.meta.id);
    GX_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 1);
    QCOMPARE(timeline->first().contactId, p.meta.id);
    QCOMPARE(timeline->first().staffName, rep.name);
    QCOMPARE(timeline->first().channel, InteractionChannel::Visit);
    QCOMPARE(timeline->first().occurredAt, i.occurredAt);
    QCOMPARE(timeline->first().summary, i.summary);
    QCOMPARE(timeline->first().commitments, i.commitments);

    auto orders = OrderRepository(*ws).listForCustomer(c.meta.id);
    GX_VERIFY_OK(orders);
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->first().orderNumber, o.orderNumber);
    QCOMPARE(orders->first().orderedOn, o.orderedOn);
    QCOMPARE(orders->first().amount, o.amount);
    QCOMPARE(orders->first().costMinor, o.costMinor);
    QCOMPARE(orders->first().product, o.product);

    auto followUps = FollowUpRepository(*ws).listForCustomer(c.meta.id);
    GX_VERIFY_OK(followUps);
    QCOMPARE(followUps->size(), 1);
    QCOMPARE(followUps->first().interactionId, i.meta.id);
    QCOMPARE(followUps->first().ownerName, rep.name);
    QCOMPARE(followUps->first().dueOn, f.dueOn);
    QCOMPARE(followUps->first().snoozedUntil, f.snoozedUntil);
    QCOMPARE(followUps->first().status, FollowUpStatus::Open);

    // Found by name, contact and phone, as if written one by one.
    CustomerRepository repository(*ws);
    for (const QString &text : {QStringLiteral("浦东"), QStringLiteral("李娜"), QStringLiteral("13912345678")}) {
        CustomerFilter filter;
        filter.search = text;
        auto n = repository.count(filter);
        GX_VERIFY_OK(n);
        QVERIFY2(*n == 1, qPrintable(text));
    }
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestDemo::bulkWriterRollsBackWhenNotCommitted()
{
    TempWorkspace ws;
    Customer existing;
    existing.name = QStringLiteral("Existing");
    GX_VERIFY_OK(CustomerRepository(*ws).create(existing));
    const quint64 clockBefore = ws->clock().last();
    {
        auto writer = BulkWriter::begin(*ws);
        GX_VERIFY_OK(writer);
        for (int i = 0; i < 100; ++i) {
            Customer c;
            c.name = QStringLiteral("Bulk %1").arg(i);
            GX_VERIFY_OK((*writer)->add(c));
        }
    }  // destroyed without commit
    QCOMPARE(countRows(*ws, QStringLiteral("customers")), qint64(1));
    QVERIFY(!ws->inTransaction());
    ws.reopen();
    QCOMPARE(countRows(*ws, QStringLiteral("customers")), qint64(1));
    QVERIFY(ws->clock().last() >= clockBefore);
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY(report->ok);
}

void TestDemo::bulkWriterRefusesBrokenReferences()
{
    TempWorkspace ws;
    auto writer = BulkWriter::begin(*ws);
    GX_VERIFY_OK(writer);
    Customer c;
    c.name = QStringLiteral("Has a contact");
    GX_VERIFY_OK((*writer)->add(c));
    Contact orphan;
    orphan.customerId = QStringLiteral("00000000-0000-7000-8000-000000000000");
    orphan.name = QStringLiteral("Nobody's");
    const Status added = (*writer)->add(orphan);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::NotFound);
    writer = Error{};
    QCOMPARE(countRows(*ws, QStringLiteral("customers")), qint64(0));
    QCOMPARE(countRows(*ws, QStringLiteral("contacts")), qint64(0));
}

void TestDemo::bulkWriterStopsOnInvalidRecord()
{
    TempWorkspace ws;
    auto writer = BulkWriter::begin(*ws);
    GX_VERIFY_OK(writer);
    Customer bad;
    bad.name = QStringLiteral("Bad e-mail");
    bad.email = QStringLiteral("not-an-address");
    const Status added = (*writer)->add(bad);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::Validation);
    QVERIFY(added.error().message.contains(QStringLiteral("not-an-address")));
    QVERIFY(bad.meta.id.isEmpty());
}

void TestDemo::cancelledDemoLeavesWorkspaceUnchanged()
{
    TempWorkspace ws;
    GX_VERIFY_OK(DemoGenerator::generate(*ws, options(10, 1)));
    const QString before = contentOf(*ws);
    BulkCancel cancel;
    DemoOptions o = options(5000, 2);
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64) {
        if (done >= 2000)
            cancel.request();  // as Ctrl-C would, half-way through
    };
    auto summary = DemoGenerator::generate(*ws, o);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::Cancelled);
    QCOMPARE(contentOf(*ws), before);
    ws.reopen();
    QCOMPARE(contentOf(*ws), before);
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY(report->ok);

    // A cancel during the final re-index interrupts the statement and rolls back too.
    BulkCancel late;
    DemoOptions atCommit = options(300, 3);
    atCommit.cancel = &late;
    atCommit.stage = [&](BulkWriter::Stage stage) {
        if (stage == BulkWriter::Stage::IndexingSearch)
            late.request();
    };
    auto interrupted = DemoGenerator::generate(*ws, atCommit);
    QVERIFY(!interrupted.ok());
    QCOMPARE(interrupted.error().code, ErrorCode::Cancelled);
    QCOMPARE(contentOf(*ws), before);
}

void TestDemo::readOnlyWorkspaceIsRefused()
{
    TempWorkspace ws;
    const QString path = ws.path();
    ws.close();
    Workspace::Options readOnly;
    readOnly.readOnly = true;
    auto opened = Workspace::open(path, readOnly);
    GX_VERIFY_OK(opened);
    auto writer = BulkWriter::begin(**opened);
    QVERIFY(!writer.ok());
    QCOMPARE(writer.error().code, ErrorCode::ReadOnly);
    auto demo = DemoGenerator::generate(**opened, options(5, 1));
    QVERIFY(!demo.ok());
    QCOMPARE(demo.error().code, ErrorCode::ReadOnly);
}

void TestDemo::deferredIndexesAreRebuilt()
{
    TempWorkspace ws;
    const auto schema = [&] {
        QString text;
        auto query = sql::run(ws->database(), QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
        while (query && query->next())
            text += query->value(0).toString() + QLatin1Char('=') + query->value(1).toString() + QLatin1Char('\n');
        return text;
    };
    const QString before = schema();
    QVERIFY(before.contains(QStringLiteral("customers_by_name")));
    BulkWriter::Options big;
    big.expectedRows = BulkWriter::DeferIndexesFrom;
    {
        auto writer = BulkWriter::begin(*ws, big);  // rolled back: the indexes come back
        GX_VERIFY_OK(writer);
        QVERIFY(schema() != before);
    }
    QCOMPARE(schema(), before);
    auto writer = BulkWriter::begin(*ws, big);
    GX_VERIFY_OK(writer);
    for (int i = 0; i < 50; ++i) {
        Customer c;
        c.name = QStringLiteral("客户 %1").arg(i);
        c.phone = QStringLiteral("1381234%1").arg(i, 4, 10, QLatin1Char('0'));
        GX_VERIFY_OK((*writer)->add(c));
        Contact p;
        p.customerId = c.meta.id;
        p.name = QStringLiteral("联系人 %1").arg(i);
        GX_VERIFY_OK((*writer)->add(p));
    }
    QList<BulkWriter::Stage> stages;
    GX_VERIFY_OK((*writer)->commit([&](BulkWriter::Stage stage) { stages.append(stage); }));
    QCOMPARE(stages.first(), BulkWriter::Stage::BuildingIndexes);
    QCOMPARE(schema(), before);
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
    CustomerFilter filter;
    filter.search = QStringLiteral("联系人 7");
    auto n = CustomerRepository(*ws).count(filter);
    GX_VERIFY_OK(n);
    QCOMPARE(*n, qint64(1));

    // A workspace that already holds more than the write: indexes are maintained row by row.
    writer = Error{};
    GX_VERIFY_OK(DemoGenerator::generate(*ws, options(100, 1)));
    BulkWriter::Options small;
    small.expectedRows = 30;  // below the threshold
    auto maintained = BulkWriter::begin(*ws, small);
    GX_VERIFY_OK(maintained);
    QCOMPARE(schema(), before);
}

void TestDemo::searchIndexingResumesAfterBulkWrite()
{
    TempWorkspace ws;
    GX_VERIFY_OK(DemoGenerator::generate(*ws, options(5, 1)));
    Customer later;
    later.name = QStringLiteral("重庆山城火锅餐饮有限公司");
    auto created = CustomerRepository(*ws).create(later);
    GX_VERIFY_OK(created);
    CustomerFilter filter;
    filter.search = QStringLiteral("山城");
    auto n = CustomerRepository(*ws).count(filter);
    GX_VERIFY_OK(n);
    QVERIFY(*n >= 1);
    auto report = ws->check(true);
    GX_VERIFY_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
}

void TestDemo::timeOrderedIds()
{
    static const QRegularExpression v7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QString previous;
    for (int i = 0; i < 5000; ++i) {
        const QString id = BulkWriter::newId();
        QVERIFY2(v7.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id > previous);
        previous = id;
    }
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
