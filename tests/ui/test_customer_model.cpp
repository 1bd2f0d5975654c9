// The item models of the window, on real workspace files: the lazy customer model (keyset
// paging, sorting in SQL in both directions, filters, incremental updates from the session)
// and the contact, timeline, follow-up and agenda models. Every model runs under
// QAbstractItemModelTester.
#include "UiTestSupport.h"

#include "models/ContactTableModel.h"
#include "models/CustomerTableModel.h"
#include "models/FollowUpAgendaModel.h"
#include "models/FollowUpTableModel.h"
#include "models/TimelineModel.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/StaffRepository.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QUndoStack>

using namespace guanxi;
using namespace guanxi::test;

namespace {

Customer makeCustomer(const QString &name, const QString &city = {},
                      RelationshipTier tier = RelationshipTier::Transactional,
                      LifecycleLevel lifecycle = LifecycleLevel::Prospect, const QString &ownerId = {})
{
    Customer c;
    c.name = name;
    c.city = city;
    c.tier = tier;
    c.lifecycle = lifecycle;
    c.ownerId = ownerId;
    return c;
}

CustomerFilter searchFor(const QString &text)
{
    CustomerFilter filter;
    filter.search = text;
    return filter;
}

// Waits until the model's queries (which run on the session's worker thread) have arrived.
bool settle(const CustomerTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && !model.isCounting(); }, 10000);
}

// The names of the model's rows after fetching everything.
QStringList allNames(CustomerTableModel &model)
{
    settle(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        settle(model);
    }
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, CustomerTableModel::NameColumn).data().toString());
    return names;
}

QStringList loadedNames(const CustomerTableModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.customerAt(row).name);
    return names;
}

} // namespace

class TestCustomerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageThenKeysetPages();
    void sorting_data();
    void sorting();
    void unsortableColumnsKeepTheOrder();
    void filters_data();
    void filters();
    void enumColumnsShowLabelsAndManualMark();
    void createdCustomerIsInsertedInPlace();
    void createdCustomerBeyondLoadedPagesArrivesWithFetchMore();
    void editedCustomerMovesAndKeepsSelection();
    void editLeavingTheFilterRemovesTheRow();
    void removeAndUndoRestoreTheRow();
    void searchReloadsOnCreate();
    void contactModel();
    void timelineModel();
    void followUpModel();
    void agendaModel();

private:
    // The sorting fixture: eight customers whose order in every sort is worked out by hand.
    void addSortingFixture(WorkspaceSession &session);
};

void TestCustomerModel::firstPageThenKeysetPages()
{
    SessionFixture fixture;
    for (int i = 449; i >= 0; --i) // inserted backwards: the order must come from the sort, not from insertion
        GX_VERIFY_OK(
            fixture->customers().create(makeCustomer(QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0')))));

    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QCOMPARE(model.pageSize(), 200);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 450);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Customer 000"));
    QCOMPARE(model.index(199, 0).data().toString(), QStringLiteral("Customer 199"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);
    QCOMPARE(inserted.at(0).at(2).toInt(), 399);
    QCOMPARE(model.index(200, 0).data().toString(), QStringLiteral("Customer 200"));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < 450; ++row)
        QCOMPARE(model.customerAt(row).name, QStringLiteral("Customer %1").arg(row, 3, 10, QLatin1Char('0')));
    model.fetchMore({}); // nothing more: no change
    QCOMPARE(model.rowCount(), 450);

    // The tester fetches on its own; from a fresh first page it must reach the same rows.
    model.reload();
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(allNames(model).size(), 450);
}

void TestCustomerModel::addSortingFixture(WorkspaceSession &session)
{
    // Inserted in this order, which is also the order of their "updated" times.
    const QList<Customer> customers {
        makeCustomer(QStringLiteral("delta"), QStringLiteral("Shanghai"), RelationshipTier::Partner,
                     LifecycleLevel::Loyal),
        makeCustomer(QStringLiteral("Alpha"), QStringLiteral("Beijing"), RelationshipTier::Transactional,
                     LifecycleLevel::Regular),
        makeCustomer(QStringLiteral("echo"), QStringLiteral("Beijing"), RelationshipTier::StrategicAlliance,
                     LifecycleLevel::Prospect),
        makeCustomer(QStringLiteral("Charlie"), QStringLiteral("Chengdu"), RelationshipTier::PreferredSupplier,
                     LifecycleLevel::New),
        makeCustomer(QStringLiteral("bravo"), QStringLiteral("Shanghai"), RelationshipTier::Transactional,
                     LifecycleLevel::Established),
        makeCustomer(QStringLiteral("Golf"), QString(), RelationshipTier::Partner, LifecycleLevel::Regular),
        makeCustomer(QStringLiteral("foxtrot"), QStringLiteral("Chengdu"), RelationshipTier::PreferredSupplier,
                     LifecycleLevel::Loyal),
        makeCustomer(QStringLiteral("Hotel"), QStringLiteral("Beijing"), RelationshipTier::Transactional,
                     LifecycleLevel::Prospect),
    };
    for (const Customer &c : customers)
        GX_VERIFY_OK(session.customers().create(c));
}

void TestCustomerModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    const auto names = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    // Names compare without case; ties of the sort column are ordered by name.
    QTest::newRow("name ascending") << int(CustomerTableModel::NameColumn) << int(Qt::AscendingOrder)
                                    << names("Alpha bravo Charlie delta echo foxtrot Golf Hotel");
    QTest::newRow("name descending") << int(CustomerTableModel::NameColumn) << int(Qt::DescendingOrder)
                                     << names("Hotel Golf foxtrot echo delta Charlie bravo Alpha");
    // An empty city sorts first.
    QTest::newRow("city ascending") << int(CustomerTableModel::CityColumn) << int(Qt::AscendingOrder)
                                    << names("Golf Alpha echo Hotel Charlie foxtrot bravo delta");
    QTest::newRow("city descending") << int(CustomerTableModel::CityColumn) << int(Qt::DescendingOrder)
                                     << names("delta bravo foxtrot Charlie Hotel echo Alpha Golf");
    // By rank: transactional, preferred supplier, partner, strategic alliance.
    QTest::newRow("tier ascending") << int(CustomerTableModel::TierColumn) << int(Qt::AscendingOrder)
                                    << names("Alpha bravo Hotel Charlie foxtrot delta Golf echo");
    QTest::newRow("tier descending") << int(CustomerTableModel::TierColumn) << int(Qt::DescendingOrder)
                                     << names("echo Golf delta foxtrot Charlie Hotel bravo Alpha");
    // By rank: prospect, new, regular, established, loyal.
    QTest::newRow("lifecycle ascending") << int(CustomerTableModel::LifecycleColumn) << int(Qt::AscendingOrder)
                                         << names("echo Hotel Charlie Alpha Golf bravo delta foxtrot");
    QTest::newRow("lifecycle descending") << int(CustomerTableModel::LifecycleColumn) << int(Qt::DescendingOrder)
                                          << names("foxtrot delta bravo Golf Alpha Charlie Hotel echo");
    QTest::newRow("updated ascending") << int(CustomerTableModel::UpdatedColumn) << int(Qt::AscendingOrder)
                                       << names("delta Alpha echo Charlie bravo Golf foxtrot Hotel");
    QTest::newRow("updated descending") << int(CustomerTableModel::UpdatedColumn) << int(Qt::DescendingOrder)
                                        << names("Hotel foxtrot Golf bravo Charlie echo Alpha delta");
}

void TestCustomerModel::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3); // the keyset cursor must carry the sort across page boundaries
    model.reload();
    QVERIFY(settle(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    QVERIFY(settle(model));
    if (column != CustomerTableModel::NameColumn || order != Qt::AscendingOrder)
        QCOMPARE(reset.count(), 1);
    QCOMPARE(model.order().order, Qt::SortOrder(order));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(allNames(model), expected);
}

void TestCustomerModel::unsortableColumnsKeepTheOrder()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    model.sort(CustomerTableModel::CityColumn, Qt::DescendingOrder);
    QVERIFY(settle(model));
    const QStringList before = allNames(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int column : {int(CustomerTableModel::KindColumn), int(CustomerTableModel::OwnerColumn),
                       int(CustomerTableModel::PhoneColumn), int(CustomerTableModel::EmailColumn)}) {
        QVERIFY(!CustomerTableModel::sortForColumn(column));
        model.sort(column, Qt::AscendingOrder);
        QVERIFY(settle(model));
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(allNames(model), before);
}

void TestCustomerModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("tier"); // -1: any
    QTest::addColumn<int>("lifecycle"); // -1: any
    QTest::addColumn<QString>("owner"); // "*": anyone, "": unassigned, else a staff name
    QTest::addColumn<QStringList>("expected");
    const auto names
        = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    const QString anyone = QStringLiteral("*");
    QTest::newRow("no filter") << QString() << -1 << -1 << anyone
                               << names("Alpha bravo Charlie delta echo foxtrot Golf Hotel");
    QTest::newRow("tier") << QString() << int(RelationshipTier::Transactional) << -1 << anyone
                          << names("Alpha bravo Hotel");
    QTest::newRow("lifecycle") << QString() << -1 << int(LifecycleLevel::Loyal) << anyone << names("delta foxtrot");
    QTest::newRow("tier and lifecycle") << QString() << int(RelationshipTier::Partner) << int(LifecycleLevel::Regular)
                                        << anyone << names("Golf");
    QTest::newRow("owner") << QString() << -1 << -1 << QStringLiteral("王芳") << names("bravo echo");
    QTest::newRow("unassigned") << QString() << -1 << -1 << QString()
                                << names("Alpha Charlie delta foxtrot Golf Hotel");
    QTest::newRow("search name") << QStringLiteral("foxt") << -1 << -1 << anyone << names("foxtrot");
    QTest::newRow("search city") << QStringLiteral("Chengdu") << -1 << -1 << anyone << names("Charlie foxtrot");
    QTest::newRow("search and owner") << QStringLiteral("Shanghai") << -1 << -1 << QStringLiteral("王芳")
                                      << names("bravo");
    QTest::newRow("search nothing") << QStringLiteral("zzzz") << -1 << -1 << anyone << QStringList();
}

void TestCustomerModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, tier);
    QFETCH(int, lifecycle);
    QFETCH(QString, owner);
    QFETCH(QStringList, expected);
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    auto wang = fixture->staff().create(Staff {RecordMeta {}, QStringLiteral("王芳"), {}, {}, true});
    GX_VERIFY_OK(wang);
    for (const char *name : {"bravo", "echo"}) {
        CustomerPage page = *fixture->customers().page(searchFor(QString::fromLatin1(name)), {}, std::nullopt, 10);
        QCOMPARE(page.customers.size(), 1);
        Customer c = page.customers.first();
        c.ownerId = wang->id();
        GX_VERIFY_OK(fixture->customers().update(c));
    }

    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerFilter filter;
    filter.search = search;
    if (tier >= 0)
        filter.tier = RelationshipTier(tier);
    if (lifecycle >= 0)
        filter.lifecycle = LifecycleLevel(lifecycle);
    if (owner.isEmpty())
        filter.ownerId = QString();
    else if (owner != QLatin1String("*"))
        filter.ownerId = wang->id();
    QSignalSpy counted(&model, &CustomerTableModel::matchCountChanged);
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(model.filter(), filter);
    QCOMPARE(allNames(model), expected);
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), expected.size());
}

void TestCustomerModel::enumColumnsShowLabelsAndManualMark()
{
    SessionFixture fixture;
    Customer c = makeCustomer(QStringLiteral("Acme"), QStringLiteral("Beijing"), RelationshipTier::StrategicAlliance,
                              LifecycleLevel::Established);
    c.kind = CustomerKind::Person;
    c.lifecycleManual = true;
    c.phone = QStringLiteral("+86 138 1234 5678");
    GX_VERIFY_OK(fixture->customers().create(c));
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, CustomerTableModel::KindColumn).data().toString(), enumLabel(CustomerKind::Person));
    QCOMPARE(model.index(0, CustomerTableModel::TierColumn).data().toString(),
             enumLabel(RelationshipTier::StrategicAlliance));
    QCOMPARE(model.index(0, CustomerTableModel::LifecycleColumn).data().toString(),
             enumLabel(LifecycleLevel::Established));
    QVERIFY(model.index(0, CustomerTableModel::LifecycleColumn).data(CustomerTableModel::LifecycleManualRole).toBool());
    QVERIFY(!model.index(0, CustomerTableModel::LifecycleColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, CustomerTableModel::LifecycleColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(0, CustomerTableModel::PhoneColumn).data().toString(), QStringLiteral("13812345678"));
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestCustomerModel::createdCustomerIsInsertedInPlace()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(2, 0), QItemSelectionModel::ClearAndSelect); // Charlie
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    auto created = fixture->create(makeCustomer(QStringLiteral("Bob")));
    GX_VERIFY_OK(created);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(loadedNames(model),
             QString::fromLatin1("Alpha Bob bravo Charlie delta echo foxtrot Golf Hotel").split(QLatin1Char(' ')));
    QCOMPARE(model.rowOf(created->id()), 1);
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 9);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Charlie"));

    // Descending: a new row goes before its equals.
    model.sort(CustomerTableModel::TierColumn, Qt::DescendingOrder);
    QVERIFY(settle(model));
    GX_VERIFY_OK(fixture->create(makeCustomer(QStringLiteral("India"), {}, RelationshipTier::Partner)));
    QCOMPARE(
        loadedNames(model),
        QString::fromLatin1("echo India Golf delta foxtrot Charlie Hotel bravo Bob Alpha").split(QLatin1Char(' ')));
}

void TestCustomerModel::createdCustomerBeyondLoadedPagesArrivesWithFetchMore()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    // No tester here: it fetches pages by itself, and this test needs some left unloaded.
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    model.setPageSize(3);
    model.reload();
    QVERIFY(settle(model));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha bravo Charlie").split(QLatin1Char(' ')));
    GX_VERIFY_OK(fixture->create(makeCustomer(QStringLiteral("Zulu"))));
    GX_VERIFY_OK(fixture->create(makeCustomer(QStringLiteral("Able"))));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Able Alpha bravo Charlie").split(QLatin1Char(' ')));
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 10);
    QCOMPARE(
        allNames(model),
        QString::fromLatin1("Able Alpha bravo Charlie delta echo foxtrot Golf Hotel Zulu").split(QLatin1Char(' ')));
}

void TestCustomerModel::editedCustomerMovesAndKeepsSelection()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel::ClearAndSelect); // Alpha
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    Customer alpha = model.customerAt(0);
    alpha.name = QStringLiteral("Foxglove");
    GX_VERIFY_OK(fixture->update(alpha));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(loadedNames(model),
             QString::fromLatin1("bravo Charlie delta echo Foxglove foxtrot Golf Hotel").split(QLatin1Char(' ')));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Foxglove"));

    // Undo writes the old name back and the row moves back.
    fixture->undoStack()->undo();
    QCOMPARE(loadedNames(model),
             QString::fromLatin1("Alpha bravo Charlie delta echo foxtrot Golf Hotel").split(QLatin1Char(' ')));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Alpha"));
}

void TestCustomerModel::editLeavingTheFilterRemovesTheRow()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerFilter filter;
    filter.tier = RelationshipTier::Transactional;
    model.setFilter(filter);
    QVERIFY(settle(model));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha bravo Hotel").split(QLatin1Char(' ')));
    Customer bravo = model.customerAt(1);
    bravo.tier = RelationshipTier::Partner;
    GX_VERIFY_OK(fixture->update(bravo));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha Hotel").split(QLatin1Char(' ')));
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 2);
    // A customer that now matches appears in its place.
    Customer golf
        = *fixture->customers().page(searchFor(QStringLiteral("Golf")), {}, std::nullopt, 1)->customers.begin();
    golf.tier = RelationshipTier::Transactional;
    GX_VERIFY_OK(fixture->update(golf));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha Golf Hotel").split(QLatin1Char(' ')));
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 3);
}

void TestCustomerModel::removeAndUndoRestoreTheRow()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Customer charlie = model.customerAt(2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    GX_VERIFY_OK(fixture->remove(charlie));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(charlie.id()), -1);
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 7);
    fixture->undoStack()->undo();
    QCOMPARE(model.rowOf(charlie.id()), 2);
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 8);
    fixture->undoStack()->redo();
    QCOMPARE(model.rowOf(charlie.id()), -1);
}

void TestCustomerModel::searchReloadsOnCreate()
{
    SessionFixture fixture;
    addSortingFixture(fixture.session());
    CustomerTableModel model(&fixture.session());
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(searchFor(QStringLiteral("Beijing")));
    QVERIFY(settle(model));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha echo Hotel").split(QLatin1Char(' ')));
    GX_VERIFY_OK(fixture->create(makeCustomer(QStringLiteral("Kilo"), QStringLiteral("Beijing"))));
    GX_VERIFY_OK(fixture->create(makeCustomer(QStringLiteral("Lima"), QStringLiteral("Shanghai"))));
    QVERIFY(model.isLoading()); // only the search index knows whether they match: asked again
    QVERIFY(settle(model));
    QCOMPARE(loadedNames(model), QString::fromLatin1("Alpha echo Hotel Kilo").split(QLatin1Char(' ')));
    QVERIFY(settle(model));
    QCOMPARE(model.matchCount(), 4);
}

void TestCustomerModel::contactModel()
{
    SessionFixture fixture;
    auto customer = fixture->customers().create(makeCustomer(QStringLiteral("Acme")));
    GX_VERIFY_OK(customer);
    ContactTableModel model(&fixture.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(customer->id());
    QCOMPARE(model.rowCount(), 0);
    Contact li;
    li.customerId = customer->id();
    li.name = QStringLiteral("李娜");
    li.role = ContactRole::DecisionMaker;
    li.phone = QStringLiteral("138-1234-5678");
    Contact zhao = li;
    zhao.name = QStringLiteral("赵强");
    zhao.role.reset();
    zhao.primary = true;
    GX_VERIFY_OK(fixture->create(li));
    auto created = fixture->create(zhao);
    GX_VERIFY_OK(created);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ContactTableModel::NameColumn).data().toString(), QStringLiteral("赵强")); // primary first
    QCOMPARE(model.index(1, ContactTableModel::RoleColumn).data().toString(), enumLabel(ContactRole::DecisionMaker));
    QCOMPARE(model.index(1, ContactTableModel::PhoneColumn).data().toString(), QStringLiteral("13812345678"));
    GX_VERIFY_OK(fixture->remove(*created));
    QCOMPARE(model.rowCount(), 1);
    fixture->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestCustomerModel::timelineModel()
{
    SessionFixture fixture;
    auto customer = fixture->customers().create(makeCustomer(QStringLiteral("Acme")));
    auto wang = fixture->staff().create(Staff {RecordMeta {}, QStringLiteral("王芳"), {}, {}, true});
    GX_VERIFY_OK(customer);
    GX_VERIFY_OK(wang);
    Contact li;
    li.customerId = customer->id();
    li.name = QStringLiteral("李娜");
    auto contact = fixture->contacts().create(li);
    GX_VERIFY_OK(contact);
    TimelineModel model(&fixture.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(customer->id());
    Interaction older;
    older.customerId = customer->id();
    older.channel = InteractionChannel::Visit;
    older.occurredAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
    older.summary = QStringLiteral("First visit");
    Interaction newer = older;
    newer.channel = InteractionChannel::Call;
    newer.occurredAt = QDateTime(QDate(2024, 3, 5), QTime(14, 0), Qt::UTC);
    newer.summary = QStringLiteral("Price call");
    newer.commitments = QStringLiteral("Quote by Friday");
    newer.staffId = wang->id();
    newer.contactId = contact->id();
    GX_VERIFY_OK(fixture->create(older));
    GX_VERIFY_OK(fixture->create(newer));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(TimelineModel::SummaryRole).toString(), QStringLiteral("Price call")); // newest first
    QCOMPARE(first.data(TimelineModel::CommitmentsRole).toString(), QStringLiteral("Quote by Friday"));
    QCOMPARE(first.data(TimelineModel::WhenRole).toString(),
             newer.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString headline = first.data(TimelineModel::HeadlineRole).toString();
    QVERIFY2(headline.contains(enumLabel(InteractionChannel::Call)) && headline.contains(QStringLiteral("王芳"))
                 && headline.contains(QStringLiteral("李娜")),
             qPrintable(headline));
    QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1).data(TimelineModel::SummaryRole).toString(), QStringLiteral("First visit"));
}

void TestCustomerModel::followUpModel()
{
    SessionFixture fixture;
    auto customer = fixture->customers().create(makeCustomer(QStringLiteral("Acme")));
    GX_VERIFY_OK(customer);
    FollowUpTableModel model(&fixture.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(customer->id());
    const QDate today = QDate::currentDate();
    FollowUp later;
    later.customerId = customer->id();
    later.title = QStringLiteral("Later");
    later.dueOn = today.addDays(5);
    FollowUp done = later;
    done.title = QStringLiteral("Done one");
    done.dueOn = today.addDays(-20);
    done.status = FollowUpStatus::Done;
    FollowUp overdue = later;
    overdue.title = QStringLiteral("Overdue");
    overdue.dueOn = today.addDays(-2);
    GX_VERIFY_OK(fixture->create(later));
    GX_VERIFY_OK(fixture->create(done));
    auto created = fixture->create(overdue);
    GX_VERIFY_OK(created);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.openCount(), 2);
    QCOMPARE(model.index(0, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Overdue"));
    QCOMPARE(model.index(1, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Later"));
    QCOMPARE(model.index(2, FollowUpTableModel::TitleColumn).data().toString(), QStringLiteral("Done one"));
    QCOMPARE(model.index(0, FollowUpTableModel::DueColumn).data().toString(), today.addDays(-2).toString(Qt::ISODate));

    FollowUp finished = *created;
    finished.status = FollowUpStatus::Done;
    GX_VERIFY_OK(fixture->update(finished));
    QCOMPARE(model.openCount(), 1);
    fixture->undoStack()->undo();
    QCOMPARE(model.openCount(), 2);
}

void TestCustomerModel::agendaModel()
{
    SessionFixture fixture;
    auto acme = fixture->customers().create(makeCustomer(QStringLiteral("Acme")));
    auto beta = fixture->customers().create(makeCustomer(QStringLiteral("Beta")));
    auto wang = fixture->staff().create(Staff {RecordMeta {}, QStringLiteral("王芳"), {}, {}, true});
    GX_VERIFY_OK(acme);
    GX_VERIFY_OK(beta);
    GX_VERIFY_OK(wang);
    const QDate today(2024, 6, 12);
    const auto add = [&](const QString &customerId, const char *title, int dueIn, int snoozedIn = 0,
                         FollowUpStatus status = FollowUpStatus::Open, const QString &owner = {}) {
        FollowUp f;
        f.customerId = customerId;
        f.title = QString::fromLatin1(title);
        f.dueOn = today.addDays(dueIn);
        if (snoozedIn)
            f.snoozedUntil = today.addDays(snoozedIn);
        f.status = status;
        f.ownerId = owner;
        auto created = fixture->followUps().create(f);
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
    };
    add(acme->id(), "three days late", -3, 0, FollowUpStatus::Open, wang->id());
    add(beta->id(), "yesterday", -1);
    add(acme->id(), "today", 0, 0, FollowUpStatus::Open, wang->id());
    add(beta->id(), "snoozed to tomorrow", -5, 1);
    add(acme->id(), "in two weeks", 14);
    add(acme->id(), "in fifteen days", 15);
    add(acme->id(), "finished", -2, 0, FollowUpStatus::Done);

    FollowUpAgendaModel model(&fixture.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(today);
    const auto titles = [&](int group) {
        QStringList list;
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            list.append(model.index(row, FollowUpAgendaModel::TitleColumn, parent).data().toString());
        return list;
    };
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(titles(FollowUpAgendaModel::Overdue),
             QStringList({QStringLiteral("three days late"), QStringLiteral("yesterday")}));
    QCOMPARE(titles(FollowUpAgendaModel::Today), QStringList({QStringLiteral("today")}));
    QCOMPARE(titles(FollowUpAgendaModel::Upcoming),
             QStringList({QStringLiteral("snoozed to tomorrow"), QStringLiteral("in two weeks")}));
    const QModelIndex late
        = model.index(0, FollowUpAgendaModel::CustomerColumn, model.index(FollowUpAgendaModel::Overdue, 0));
    QCOMPARE(late.data().toString(), QStringLiteral("Acme"));
    QCOMPARE(late.data(FollowUpAgendaModel::CustomerIdRole).toString(), acme->id());
    QVERIFY(model.index(FollowUpAgendaModel::Overdue, 0).data().toString().contains(QLatin1Char('2')));

    model.setOwnerFilter(wang->id());
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList({QStringLiteral("three days late")}));
    QCOMPARE(titles(FollowUpAgendaModel::Today), QStringList({QStringLiteral("today")}));
    QCOMPARE(titles(FollowUpAgendaModel::Upcoming), QStringList());
    model.setOwnerFilter(QString());
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList({QStringLiteral("yesterday")}));

    // Deleting a customer hides its follow-ups; undo shows them again.
    model.setOwnerFilter(std::nullopt);
    GX_VERIFY_OK(fixture->remove(*beta));
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList({QStringLiteral("three days late")}));
    fixture->undoStack()->undo();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue),
             QStringList({QStringLiteral("three days late"), QStringLiteral("yesterday")}));
}

QTEST_MAIN(TestCustomerModel)
#include "test_customer_model.moc"
