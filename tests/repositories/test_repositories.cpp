// Repositories over a real workspace file: every write is validated, stamped and read back;
// deletes are tombstones; references must exist; customer pages follow the keyset order.
#include "TestSupport.h"

#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StaffRepository.h"

#include <QTimeZone>

#include <algorithm>

using namespace guanxi;
using namespace guanxi::test;

namespace {

Customer customer(const QString &name, RelationshipTier tier = RelationshipTier::Transactional,
                  const QString &city = {})
{
    Customer c;
    c.name = name;
    c.tier = tier;
    c.city = city;
    return c;
}

// Walks every page of a query and returns the names in the order the pages gave them.
QStringList allNames(CustomerRepository &repository, const CustomerFilter &filter, const CustomerOrder &order, int pageSize)
{
    QStringList names;
    std::optional<CustomerCursor> cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = repository.page(filter, order, cursor, pageSize);
        if (!page) {
            qWarning() << page.error().fullText();
            return {};
        }
        for (const Customer &c : page->customers)
            names.append(c.name);
        if (!page->next)
            break;
        cursor = page->next;
    }
    return names;
}

}  // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerRoundTripsEveryField();
    void customerCreateRejectsInvalidInput();
    void customerCreateKeepsAChosenId();
    void customerUpdateStampsAndKeepsCreation();
    void customerRemoveIsATombstone();
    void customerOwnerMustExist();
    void pagesFollowTheOrder_data();
    void pagesFollowTheOrder();
    void filtersNarrowTheList();
    void contactsBelongToALiveCustomer();
    void interactionsFormATimeline();
    void followUpsDueListsOpenOnesBySnoozeDate();
    void ordersKeepMoneyExact();
    void staffFindOrCreateByName();
    void stampsOnlyGrow();
};

void TestRepositories::customerRoundTripsEveryField()
{
    TempWorkspace ws;
    StaffRepository staff(*ws);
    auto owner = staff.create(Staff{{}, QStringLiteral("王芳"), QStringLiteral("wang.fang@example.com"), {}, true});
    GX_VERIFY_OK(owner);

    Customer c;
    c.name = QStringLiteral("北京长城科技有限公司");
    c.kind = CustomerKind::Company;
    c.tier = RelationshipTier::Partner;
    c.lifecycle = LifecycleLevel::Regular;
    c.lifecycleManual = true;
    c.segment = ValueSegment::Potential;
    c.ownerId = owner->id();
    c.source = SourceChannel::TradeShow;
    c.industry = QStringLiteral("软件");
    c.city = QStringLiteral("北京");
    c.region = QStringLiteral("北京市");
    c.address = QStringLiteral("海淀区中关村大街1号");
    c.phone = QStringLiteral("010-62345678");
    c.email = QStringLiteral("info@changcheng.example.cn");
    c.website = QStringLiteral("https://changcheng.example.cn");
    c.creditCode = QStringLiteral("91110000802100433B");
    c.tags = {QStringLiteral("VIP"), QStringLiteral("展会2025")};
    c.notes = QStringLiteral("年底续约；注意价格一致");
    c.doNotContact = true;
    c.satisfaction = 4;

    CustomerRepository customers(*ws);
    auto created = customers.create(c);
    GX_VERIFY_OK(created);
    QVERIFY(!QUuid::fromString(created->id()).isNull());
    QCOMPARE(created->meta.origin, ws->replicaId());
    QVERIFY(created->meta.createdAt.isValid());
    QCOMPARE(created->meta.createdAt.timeSpec(), Qt::UTC);

    ws.reopen();
    CustomerRepository reopened(*ws);
    auto read = reopened.get(created->id());
    GX_VERIFY_OK(read);
    const Customer &r = *read;
    QCOMPARE(r.name, c.name);
    QCOMPARE(r.kind, c.kind);
    QCOMPARE(r.tier, c.tier);
    QCOMPARE(r.lifecycle, c.lifecycle);
    QCOMPARE(r.lifecycleManual, true);
    QCOMPARE(r.segment, c.segment);
    QCOMPARE(r.ownerId, owner->id());
    QCOMPARE(r.ownerName, QStringLiteral("王芳"));
    QCOMPARE(r.source, c.source);
    QCOMPARE(r.industry, c.industry);
    QCOMPARE(r.city, c.city);
    QCOMPARE(r.region, c.region);
    QCOMPARE(r.address, c.address);
    QCOMPARE(r.phone, c.phone);
    QCOMPARE(r.email, c.email);
    QCOMPARE(r.website, c.website);
    QCOMPARE(r.creditCode, c.creditCode);
    QCOMPARE(r.tags, c.tags);
    QCOMPARE(r.notes, c.notes);
    QCOMPARE(r.doNotContact, true);
    QCOMPARE(r.satisfaction, 4);
    QCOMPARE(r.meta.hlc, created->meta.hlc);
    QCOMPARE(r.meta.createdAt, created->meta.createdAt);

    // Optional fields left empty come back empty, not as "null" strings.
    auto bare = reopened.create(customer(QStringLiteral("Acme GmbH")));
    GX_VERIFY_OK(bare);
    QVERIFY(!bare->segment);
    QVERIFY(!bare->source);
    QCOMPARE(bare->satisfaction, 0);
    QVERIFY(bare->ownerId.isEmpty());
    QVERIFY(bare->tags.isEmpty());
}

void TestRepositories::customerCreateRejectsInvalidInput()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    Customer bad = customer(QStringLiteral(" "));
    bad.email = QStringLiteral("not-an-email");
    auto refused = customers.create(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QCOMPARE(refused.error().message.count(QLatin1Char('\n')), 1);  // two problems, one per line
    QCOMPARE(*customers.count({}), 0);
}

void TestRepositories::customerCreateKeepsAChosenId()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    Customer c = customer(QStringLiteral("Undo Ltd"));
    c.meta.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    auto created = customers.create(c);
    GX_VERIFY_OK(created);
    QCOMPARE(created->id(), c.meta.id);
    QVERIFY(!customers.create(c));  // the same id twice is refused by the UNIQUE constraint
}

void TestRepositories::customerUpdateStampsAndKeepsCreation()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    auto created = customers.create(customer(QStringLiteral("深圳华强电子")));
    GX_VERIFY_OK(created);
    Customer edited = *created;
    edited.city = QStringLiteral("深圳");
    edited.meta.createdAt = QDateTime();  // callers cannot rewrite the bookkeeping
    edited.meta.hlc = 1;
    auto updated = customers.update(edited);
    GX_VERIFY_OK(updated);
    QCOMPARE(updated->city, QStringLiteral("深圳"));
    QCOMPARE(updated->meta.createdAt, created->meta.createdAt);
    QVERIFY(updated->meta.hlc > created->meta.hlc);
    QVERIFY(updated->meta.updatedAt >= created->meta.updatedAt);

    Customer ghost = customer(QStringLiteral("Ghost"));
    ghost.meta.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto missing = customers.update(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestRepositories::customerRemoveIsATombstone()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    auto created = customers.create(customer(QStringLiteral("杭州西湖茶业")));
    GX_VERIFY_OK(created);
    GX_VERIFY_OK(customers.remove(created->id()));
    QCOMPARE(customers.get(created->id()).error().code, ErrorCode::NotFound);
    QCOMPARE(*customers.count({}), 0);
    // The row is still there, marked deleted and stamped, so the deletion can sync.
    auto row = sql::run(ws->database(), QStringLiteral("SELECT deleted, hlc FROM customers WHERE id = ?"), {created->id()});
    GX_VERIFY_OK(row);
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toInt(), 1);
    QVERIFY(quint64(row->value(1).toLongLong()) > created->meta.hlc);

    GX_VERIFY_OK(customers.restore(created->id()));
    auto back = customers.get(created->id());
    GX_VERIFY_OK(back);
    QCOMPARE(back->name, QStringLiteral("杭州西湖茶业"));
    QCOMPARE(customers.remove(QStringLiteral("no-such-id")).error().code, ErrorCode::NotFound);
}

void TestRepositories::customerOwnerMustExist()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    Customer c = customer(QStringLiteral("Orphan Ltd"));
    c.ownerId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    auto refused = customers.create(c);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Validation);
}

void TestRepositories::pagesFollowTheOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    for (int sort : {int(CustomerSort::Name), int(CustomerSort::City), int(CustomerSort::Tier), int(CustomerSort::Lifecycle),
                     int(CustomerSort::Updated)}) {
        for (bool descending : {false, true}) {
            for (int pageSize : {1, 7, 100}) {
                QTest::addRow("sort %d %s page %d", sort, descending ? "desc" : "asc", pageSize)
                    << sort << descending << pageSize;
            }
        }
    }
}

void TestRepositories::pagesFollowTheOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);

    TempWorkspace ws;
    CustomerRepository customers(*ws);
    // Names chosen so that several share a city, a tier and a lifecycle level (ties are broken
    // by the name key, then by insertion), and Latin and Chinese names interleave.
    struct Row {
        const char *name;
        RelationshipTier tier;
        LifecycleLevel level;
        const char *city;
    };
    const Row rows[] = {
        {"zeta trading", RelationshipTier::Partner, LifecycleLevel::Loyal, "Beijing"},
        {"Alpha Supplies", RelationshipTier::Transactional, LifecycleLevel::New, "Shanghai"},
        {"beta works", RelationshipTier::Transactional, LifecycleLevel::New, "Beijing"},
        {"Gamma GmbH", RelationshipTier::StrategicAlliance, LifecycleLevel::Prospect, ""},
        {"delta & co", RelationshipTier::PreferredSupplier, LifecycleLevel::Regular, "Shanghai"},
        {"Epsilon AG", RelationshipTier::Partner, LifecycleLevel::Established, "Beijing"},
        {"eta ltd", RelationshipTier::Transactional, LifecycleLevel::Loyal, "Shenzhen"},
        {"Theta Inc", RelationshipTier::PreferredSupplier, LifecycleLevel::New, "Shenzhen"},
        {"iota sa", RelationshipTier::Transactional, LifecycleLevel::Prospect, ""},
        {"Kappa BV", RelationshipTier::Partner, LifecycleLevel::Regular, "Beijing"},
        {"lambda oy", RelationshipTier::Transactional, LifecycleLevel::Established, "Chengdu"},
        {"Mu Srl", RelationshipTier::StrategicAlliance, LifecycleLevel::Loyal, "Chengdu"},
    };
    struct Expected {
        QString name;
        int tier;
        int level;
        QString city;
        int inserted;
    };
    QList<Expected> expected;
    int inserted = 0;
    for (const Row &row : rows) {
        Customer c = customer(QString::fromUtf8(row.name), row.tier, QString::fromUtf8(row.city));
        c.lifecycle = row.level;
        GX_VERIFY_OK(customers.create(c));
        expected.append({c.name, int(row.tier), int(row.level), c.city, inserted++});
    }
    // Hand-written comparator: the documented order of each sort, ties by lower-case name, then
    // by insertion. Updated follows insertion, since every row was written once, in this order.
    const auto key = [&](const Expected &e) {
        const QString name = e.name.toLower();
        switch (CustomerSort(sort)) {
        case CustomerSort::Name: return std::tuple(0, QString(), name, e.inserted);
        case CustomerSort::City: return std::tuple(0, e.city, name, e.inserted);
        case CustomerSort::Tier: return std::tuple(e.tier, QString(), name, e.inserted);
        case CustomerSort::Lifecycle: return std::tuple(e.level, QString(), name, e.inserted);
        case CustomerSort::Updated: return std::tuple(0, QString(), QString(), e.inserted);
        }
        return std::tuple(0, QString(), QString(), 0);
    };
    std::stable_sort(expected.begin(), expected.end(), [&](const Expected &a, const Expected &b) {
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
    QStringList expectedNames;
    for (const Expected &e : expected)
        expectedNames.append(e.name);

    const CustomerOrder order{CustomerSort(sort), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    QCOMPARE(allNames(customers, {}, order, pageSize), expectedNames);
}

void TestRepositories::filtersNarrowTheList()
{
    TempWorkspace ws;
    StaffRepository staff(*ws);
    const Staff li = *staff.findOrCreate(QStringLiteral("李娜"));
    CustomerRepository customers(*ws);
    Customer a = customer(QStringLiteral("A 公司"), RelationshipTier::Partner);
    a.ownerId = li.id();
    a.lifecycle = LifecycleLevel::Loyal;
    Customer b = customer(QStringLiteral("B 公司"), RelationshipTier::Partner);
    Customer c = customer(QStringLiteral("C 公司"), RelationshipTier::Transactional);
    c.ownerId = li.id();
    for (const Customer &x : {a, b, c})
        GX_VERIFY_OK(customers.create(x));

    CustomerFilter partners;
    partners.tier = RelationshipTier::Partner;
    QCOMPARE(allNames(customers, partners, {}, 10), (QStringList{QStringLiteral("A 公司"), QStringLiteral("B 公司")}));
    QCOMPARE(*customers.count(partners), 2);

    CustomerFilter owned;
    owned.ownerId = li.id();
    QCOMPARE(allNames(customers, owned, {}, 10), (QStringList{QStringLiteral("A 公司"), QStringLiteral("C 公司")}));
    CustomerFilter unowned;
    unowned.ownerId = QString();
    QCOMPARE(allNames(customers, unowned, {}, 10), QStringList{QStringLiteral("B 公司")});

    CustomerFilter combined = partners;
    combined.ownerId = li.id();
    combined.lifecycle = LifecycleLevel::Loyal;
    QCOMPARE(*customers.count(combined), 1);

    CustomerFilter punctuation;
    punctuation.search = QStringLiteral("  ,;!  ");
    QCOMPARE(*customers.count(punctuation), 0);
    QVERIFY(customers.page(punctuation, {}, std::nullopt, 10)->customers.isEmpty());
}

void TestRepositories::contactsBelongToALiveCustomer()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    ContactRepository contacts(*ws);
    const Customer owner = *customers.create(customer(QStringLiteral("上海浦江物流")));

    Contact boss;
    boss.customerId = owner.id();
    boss.name = QStringLiteral("陈总");
    boss.title = QStringLiteral("总经理");
    boss.role = ContactRole::DecisionMaker;
    boss.phone = QStringLiteral("139 0000 1111");
    boss.primary = true;
    Contact clerk;
    clerk.customerId = owner.id();
    clerk.name = QStringLiteral("Amy Zhou");
    clerk.email = QStringLiteral("amy@pujiang.example.cn");
    GX_VERIFY_OK(contacts.create(clerk));
    auto saved = contacts.create(boss);
    GX_VERIFY_OK(saved);
    QCOMPARE(saved->phone, QStringLiteral("13900001111"));

    auto list = contacts.listForCustomer(owner.id());
    GX_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("陈总"));  // primary first
    QCOMPARE(list->at(0).role, std::optional(ContactRole::DecisionMaker));

    Contact stray = clerk;
    stray.meta = {};
    stray.customerId = QStringLiteral("no-such-customer");
    QCOMPARE(contacts.create(stray).error().code, ErrorCode::NotFound);

    // A contact's name finds its customer; a removed contact no longer does.
    CustomerFilter byContact;
    byContact.search = QStringLiteral("Amy");
    QCOMPARE(*customers.count(byContact), 1);
    GX_VERIFY_OK(contacts.remove(list->at(1).id()));
    QCOMPARE(*customers.count(byContact), 0);
    QCOMPARE(contacts.listForCustomer(owner.id())->size(), 1);
}

void TestRepositories::interactionsFormATimeline()
{
    TempWorkspace ws;
    const Customer c = *CustomerRepository(*ws).create(customer(QStringLiteral("成都天府软件")));
    const Staff rep = *StaffRepository(*ws).findOrCreate(QStringLiteral("张伟"));
    InteractionRepository interactions(*ws);
    const QTimeZone beijing(8 * 3600);
    for (int day : {3, 1, 2}) {
        Interaction i;
        i.customerId = c.id();
        i.staffId = rep.id();
        i.channel = day == 1 ? InteractionChannel::Visit : InteractionChannel::Call;
        i.occurredAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), beijing);
        i.summary = QStringLiteral("第%1次沟通").arg(day);
        i.commitments = day == 3 ? QStringLiteral("周五前发报价") : QString();
        GX_VERIFY_OK(interactions.create(i));
    }
    auto timeline = interactions.listForCustomer(c.id());
    GX_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 3);
    QCOMPARE(timeline->at(0).summary, QStringLiteral("第3次沟通"));  // newest first
    QCOMPARE(timeline->at(2).summary, QStringLiteral("第1次沟通"));
    QCOMPARE(timeline->at(0).commitments, QStringLiteral("周五前发报价"));
    QCOMPARE(timeline->at(0).staffName, QStringLiteral("张伟"));
    QCOMPARE(timeline->at(2).channel, InteractionChannel::Visit);
    QCOMPARE(timeline->at(0).occurredAt, QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC));

    Interaction bad;
    bad.customerId = c.id();
    bad.occurredAt = QDateTime::currentDateTimeUtc();
    bad.summary = QStringLiteral("x");
    bad.contactId = QStringLiteral("no-such-contact");
    QCOMPARE(interactions.create(bad).error().code, ErrorCode::NotFound);
}

void TestRepositories::followUpsDueListsOpenOnesBySnoozeDate()
{
    TempWorkspace ws;
    const Customer c = *CustomerRepository(*ws).create(customer(QStringLiteral("广州白云贸易")));
    const Staff rep = *StaffRepository(*ws).findOrCreate(QStringLiteral("刘洋"));
    FollowUpRepository followUps(*ws);
    const QDate today(2026, 11, 23);
    const auto add = [&](const QString &title, QDate due, QDate snoozed = {}, bool done = false, bool owned = false) {
        FollowUp f;
        f.customerId = c.id();
        f.title = title;
        f.dueOn = due;
        f.snoozedUntil = snoozed;
        f.status = done ? FollowUpStatus::Done : FollowUpStatus::Open;
        f.ownerId = owned ? rep.id() : QString();
        auto saved = followUps.create(f);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        return *saved;
    };
    add(QStringLiteral("overdue"), today.addDays(-3), {}, false, true);
    add(QStringLiteral("today"), today);
    add(QStringLiteral("snoozed to next week"), today.addDays(-1), today.addDays(7), false, true);
    add(QStringLiteral("in ten days"), today.addDays(10));
    add(QStringLiteral("too far"), today.addDays(30));
    const FollowUp done = add(QStringLiteral("done"), today.addDays(-5), {}, true);
    QVERIFY(done.doneAt.isValid());

    FollowUpQuery query;
    query.today = today;
    auto due = followUps.listDue(query);
    GX_VERIFY_OK(due);
    QStringList titles;
    for (const FollowUp &f : *due)
        titles.append(f.title);
    QCOMPARE(titles, (QStringList{QStringLiteral("overdue"), QStringLiteral("today"), QStringLiteral("snoozed to next week"),
                                  QStringLiteral("in ten days")}));
    QCOMPARE(due->at(0).customerName, QStringLiteral("广州白云贸易"));
    QCOMPARE(due->at(0).ownerName, QStringLiteral("刘洋"));
    QVERIFY(due->at(2).isSnoozed());
    QCOMPARE(due->at(2).effectiveDue(), today.addDays(7));

    query.ownerId = rep.id();
    QCOMPARE(followUps.listDue(query)->size(), 2);
    query.ownerId = QString();
    QCOMPARE(followUps.listDue(query)->size(), 2);  // today, in ten days: no owner

    // Completing one takes it off the due list; reopening brings it back.
    FollowUp overdue = due->at(0);
    overdue.status = FollowUpStatus::Done;
    GX_VERIFY_OK(followUps.update(overdue));
    query.ownerId.reset();
    QCOMPARE(followUps.listDue(query)->size(), 3);
    overdue.status = FollowUpStatus::Open;
    GX_VERIFY_OK(followUps.update(overdue));
    QCOMPARE(followUps.listDue(query)->size(), 4);
    QVERIFY(!followUps.get(overdue.id())->doneAt.isValid());

    auto all = followUps.listForCustomer(c.id());
    GX_VERIFY_OK(all);
    QCOMPARE(all->size(), 6);
    QCOMPARE(all->last().title, QStringLiteral("done"));  // done ones last
}

void TestRepositories::ordersKeepMoneyExact()
{
    TempWorkspace ws;
    const Customer c = *CustomerRepository(*ws).create(customer(QStringLiteral("Nordwind Handel GmbH")));
    OrderRepository orders(*ws);
    Order o;
    o.customerId = c.id();
    o.orderNumber = QStringLiteral("SO-2026-0001");
    o.orderedOn = QDate(2026, 3, 1);
    o.amount = Money{*Money::parseMinorUnits(u"0.10"), QStringLiteral("cny")};
    o.costMinor = *Money::parseMinorUnits(u"0.20");
    o.product = QStringLiteral("试用装");
    GX_VERIFY_OK(orders.create(o));
    Order big = o;
    big.orderNumber = QStringLiteral("SO-2026-0002");
    big.orderedOn = QDate(2026, 5, 1);
    big.amount = Money::yuan(9'007'199'254'740'993);  // beyond double precision
    big.costMinor.reset();
    GX_VERIFY_OK(orders.create(big));
    auto list = orders.listForCustomer(c.id());
    GX_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).amount.minor, 9'007'199'254'740'993);
    QVERIFY(!list->at(0).costMinor);
    QCOMPARE(list->at(1).amount.minor + *list->at(1).costMinor, 30);
    QCOMPARE(list->at(1).amount.currency, QStringLiteral("CNY"));
}

void TestRepositories::staffFindOrCreateByName()
{
    TempWorkspace ws;
    StaffRepository staff(*ws);
    auto first = staff.findOrCreate(QStringLiteral("  Zhang  Wei "));
    GX_VERIFY_OK(first);
    auto again = staff.findOrCreate(QStringLiteral("zhang wei"));
    GX_VERIFY_OK(again);
    QCOMPARE(again->id(), first->id());
    QCOMPARE(staff.list()->size(), 1);
    QCOMPARE(staff.findByName(QStringLiteral("Nobody")).error().code, ErrorCode::NotFound);
}

void TestRepositories::stampsOnlyGrow()
{
    TempWorkspace ws;
    CustomerRepository customers(*ws);
    quint64 previous = 0;
    for (int i = 0; i < 200; ++i) {
        auto created = customers.create(customer(QStringLiteral("客户%1").arg(i)));
        GX_VERIFY_OK(created);
        QVERIFY(created->meta.hlc > previous);
        previous = created->meta.hlc;
    }
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
