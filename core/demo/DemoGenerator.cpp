#include "DemoGenerator.h"

#include "DemoData.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "storage/Workspace.h"

#include <QTimeZone>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace guanxi::demo {

namespace {

constexpr int HistoryDays = 3 * 365;  // interactions and orders cover the last three years
constexpr int BeijingOffsetSeconds = 8 * 3600;

template<typename E>
E pickEnum(DemoRandom &rng, std::initializer_list<int> weights)
{
    return enumValues<E>().at(rng.weighted(std::span<const int>(weights.begin(), weights.end())));
}

QDateTime beijingTime(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc()).addSecs(-BeijingOffsetSeconds);
}

QDate dayBetween(DemoRandom &rng, const QDate &first, const QDate &last)
{
    if (last <= first)
        return first;
    return first.addDays(rng.between(0, first.daysTo(last)));
}

QString fill(QString text, const QString &contact, const QString &product)
{
    return text.replace(QStringLiteral("{contact}"), contact).replace(QStringLiteral("{product}"), product);
}

}  // namespace

DemoGenerator::DemoGenerator(quint64 seed, QDate today) : m_seed(seed), m_today(today.isValid() ? today : QDate::currentDate())
{
    DemoRandom rng(seed, 0);  // stream 0: the team; customer i uses stream i + 1
    const Brand &ours = rng.pick(DemoData::brands());
    m_ourDomain = utf8(ours.pinyin) + QStringLiteral("-trading.com.cn");
    const int size = int(rng.between(8, 20));
    const int leavers = int(rng.between(0, 2));
    for (int i = 0; i < size; ++i) {
        const bool chinese = rng.chance(880);
        const PersonName person = chinese ? DemoNames::chinesePerson(rng) : DemoNames::latinPerson(rng);
        Staff member;
        member.name = person.name;
        member.email = person.mailLocal + QLatin1Char('@') + m_ourDomain;
        member.phone = DemoNames::chineseMobile(rng);
        member.active = i < size - leavers;  // the last ones left the company, their customers remain
        m_staff.append(member);
        m_ownerWeights.append(int(rng.between(member.active ? 3 : 1, member.active ? 12 : 3)));
    }
}

LifecycleLevel DemoGenerator::lifecycleFor(int orderCount, QDate firstOrder, QDate today)
{
    if (orderCount <= 0)
        return LifecycleLevel::Prospect;
    if (orderCount <= 2)
        return LifecycleLevel::New;
    if (orderCount <= 5)
        return LifecycleLevel::Regular;
    if (orderCount >= 12 && firstOrder.isValid() && firstOrder.daysTo(today) >= 730)
        return LifecycleLevel::Loyal;
    return LifecycleLevel::Established;
}

std::optional<ValueSegment> DemoGenerator::segmentFor(const QList<Order> &orders, QDate today)
{
    if (orders.isEmpty())
        return std::nullopt;
    QDate last;
    qint64 lastYear = 0;
    for (const Order &order : orders) {
        if (!last.isValid() || order.orderedOn > last)
            last = order.orderedOn;
        if (order.orderedOn.daysTo(today) <= 365)
            lastYear += order.amount.minor;
    }
    const qint64 sinceLast = last.daysTo(today);
    if (sinceLast > 365)
        return ValueSegment::Frozen;
    if (sinceLast > 182)
        return ValueSegment::Migrating;
    return lastYear >= 100000 * 100 ? ValueSegment::Value : ValueSegment::Potential;
}

// What the steps of customer() share: who the customer is and the shape of their history.
struct DemoGenerator::Profile {
    bool latin = false;
    bool person = false;
    int tier = 0;  // index into RelationshipTier's values
    const ChineseCity *chineseCity = nullptr;
    const LatinCity *latinCity = nullptr;
    QString district;
    QString domain;       // the company's web domain; empty for people
    QDate since;          // when we met
    QDate historyStart;   // the first day with interactions and orders
    QDate activeUntil;    // the last day they bought; long ago for migrating and frozen customers
    QList<const Product *> products;  // what they buy

    QString productName(DemoRandom &rng) const
    {
        const Product *p = products.at(int(rng.below(quint64(products.size()))));
        return utf8(latin ? p->english : p->chinese);
    }
};

DemoCustomer DemoGenerator::customer(qint64 index) const
{
    DemoRandom rng(m_seed, quint64(index) + 1);
    DemoCustomer out;
    const Profile profile = describe(rng, out);
    addContacts(rng, profile, out);
    addOrders(rng, profile, out);
    addInteractions(rng, profile, out);
    addFollowUps(rng, profile, out);
    return out;
}

DemoGenerator::Profile DemoGenerator::describe(DemoRandom &rng, DemoCustomer &out) const
{
    Profile profile;
    Customer &c = out.customer;
    profile.latin = rng.chance(150);
    profile.person = rng.chance(150);
    profile.tier = rng.weighted(std::array{700, 200, 80, 20});
    c.tier = enumValues<RelationshipTier>().at(profile.tier);
    c.kind = profile.person ? CustomerKind::Person : CustomerKind::Company;
    placeAndName(rng, profile, c);
    c.source = pickEnum<SourceChannel>(rng, {25, 15, 15, 8, 10, 12, 10, 5});
    if (rng.chance(950))
        out.ownerIndex = rng.weighted(m_ownerWeights);
    if (rng.chance(600))
        c.satisfaction = 1 + rng.weighted(std::array{3, 7, 20, 40, 30});
    c.doNotContact = rng.chance(30);
    for (int n = rng.geometric(350, 3); n > 0; --n) {
        const QString tag = utf8(profile.latin ? rng.pick(DemoData::englishTags()) : rng.pick(DemoData::chineseTags()));
        if (!c.tags.contains(tag))
            c.tags.append(tag);
    }
    if (rng.chance(100))
        c.notes = utf8(profile.latin ? rng.pick(DemoData::englishNotes()) : rng.pick(DemoData::chineseNotes()));

    // How long we have known them: deeper relationships are older.
    static constexpr int minimumAge[] = {7, 180, 365, 730};
    profile.since = m_today.addDays(-rng.between(minimumAge[profile.tier], 6 * 365));
    c.meta.createdAt = beijingTime(profile.since, int(rng.between(9, 17)), int(rng.between(0, 59)));
    profile.historyStart = std::max(profile.since, m_today.addDays(-HistoryDays));
    // One customer in five stopped buying a while ago: they become migrating or frozen.
    profile.activeUntil = m_today;
    if (rng.chance(200))
        profile.activeUntil = std::max(profile.historyStart, m_today.addDays(-rng.between(120, 900)));
    const auto catalogue = DemoData::products();
    for (int n = 1 + rng.geometric(400, 2); n > 0; --n)
        profile.products.append(&catalogue[std::size_t(rng.below(catalogue.size()))]);
    return profile;
}

void DemoGenerator::placeAndName(DemoRandom &rng, Profile &profile, Customer &c) const
{
    if (profile.latin) {
        profile.latinCity = &rng.pickWeighted(DemoData::latinCities());
        c.city = utf8(profile.latinCity->name);
        c.region = utf8(profile.latinCity->country);
    } else {
        profile.chineseCity = &rng.pickWeighted(DemoData::chineseCities());
        c.city = utf8(profile.chineseCity->name);
        c.region = utf8(profile.chineseCity->region);
        const QStringList districts = splitBar(profile.chineseCity->districts);
        const auto generic = DemoData::genericDistricts();
        profile.district = districts.isEmpty() ? utf8(generic[std::size_t(rng.below(generic.size()))])
                                               : districts.at(int(rng.below(quint64(districts.size()))));
    }
    const auto phone = [&] {
        return profile.latin ? DemoNames::internationalPhone(rng, *profile.latinCity) : DemoNames::chineseMobile(rng);
    };
    if (profile.person) {
        const PersonName name = profile.latin ? DemoNames::latinPerson(rng) : DemoNames::chinesePerson(rng);
        c.name = name.name;
        c.phone = phone();
        if (rng.chance(700))
            c.email = DemoNames::personalMail(rng, name, !profile.latin);
    } else {
        const Company company = profile.latin ? DemoNames::latinCompany(rng, *profile.latinCity)
                                              : DemoNames::chineseCompany(rng, *profile.chineseCity, profile.district);
        c.name = company.name;
        c.industry = company.industry;
        profile.domain = company.domain;
        c.phone = !profile.latin && rng.chance(600) ? DemoNames::fixedLine(rng, *profile.chineseCity) : phone();
        if (rng.chance(750))
            c.email = QString(rng.chance(500) ? QStringLiteral("info@") : QStringLiteral("sales@")) + company.domain;
        if (rng.chance(profile.latin ? 700 : 450))
            c.website = QStringLiteral("www.") + company.domain;
        if (!profile.latin)
            c.creditCode = DemoNames::creditCode(rng, *profile.chineseCity, company.individualBusiness);
    }
    if (profile.latin) {
        const QString street = utf8(rng.pick(DemoData::latinStreets()));
        const QString number = QString::number(rng.between(1, 240));
        c.address = street.endsWith(QStringLiteral("straße")) || street.endsWith(QStringLiteral("straat"))
                        ? street + QLatin1Char(' ') + number
                        : number + QLatin1Char(' ') + street;
    } else {
        c.address = profile.district + utf8(rng.pick(DemoData::roads())) + QString::number(rng.between(1, 999))
                    + QStringLiteral("号");
        if (!profile.person && rng.chance(400))
            c.address += QString::number(rng.between(1, 12)) + QStringLiteral("栋") + QString::number(rng.between(1, 28))
                         + QStringLiteral("0") + QString::number(rng.between(1, 9)) + QStringLiteral("室");
    }
}

void DemoGenerator::addContacts(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const
{
    if (profile.person)
        return;  // a person is their own contact
    static constexpr int moreContacts[] = {250, 450, 650, 650};
    const int count = 1 + rng.geometric(moreContacts[profile.tier], 3);
    for (int i = 0; i < count; ++i) {
        const PersonName name = profile.latin ? DemoNames::latinPerson(rng) : DemoNames::chinesePerson(rng);
        const Title &title = rng.pickWeighted(DemoData::titles());
        Contact contact;
        contact.name = name.name;
        contact.title = utf8(profile.latin ? title.english : title.chinese);
        if (title.role >= 0)
            contact.role = enumValues<ContactRole>().at(title.role);
        contact.phone = profile.latin ? DemoNames::internationalPhone(rng, *profile.latinCity) : DemoNames::chineseMobile(rng);
        if (rng.chance(800))
            contact.email = name.mailLocal + QLatin1Char('@') + profile.domain;
        if (!profile.latin && rng.chance(500))
            contact.wechat = rng.chance(500) ? QStringLiteral("wxid_") + QString::number(rng.between(100000000, 999999999))
                                             : QString(name.mailLocal).remove(QLatin1Char('.')) + QString::number(rng.between(1, 999));
        contact.primary = i == 0;
        out.contacts.append(contact);
    }
}

void DemoGenerator::addOrders(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const
{
    // None for a quarter of the transactional customers (prospects); deeper tiers order more.
    int count = 0;
    if (!(profile.tier == 0 && rng.chance(250))) {
        static constexpr int baseCount[] = {1, 2, 6, 12};
        static constexpr int moreOrders[] = {400, 750, 850, 900};
        count = baseCount[profile.tier] + rng.geometric(moreOrders[profile.tier], 80);
        if (profile.person)
            count = std::min(count, 1 + rng.geometric(300, 5));
    }
    // The long tail: a customer's order size doubles with probability 0.45, up to ten times.
    static constexpr qint64 baseScaleYuan[] = {800, 5000, 30000, 150000};
    qint64 scaleFen = baseScaleYuan[profile.tier] * 100 / (profile.person ? 4 : 1);
    scaleFen <<= rng.geometric(450, 10);
    scaleFen = scaleFen * rng.between(100, 199) / 100;
    QString currency = QStringLiteral("CNY");
    if (profile.latin && rng.chance(500))
        currency = utf8(profile.latinCity->currency);
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(dayBetween(rng, profile.historyStart, profile.activeUntil));
    std::sort(dates.begin(), dates.end());
    for (const QDate &day : std::as_const(dates)) {
        Order order;
        order.orderedOn = day;
        qint64 amount = scaleFen * rng.between(50, 160) / 100;
        amount = amount >= 100000 ? amount / 1000 * 1000 : amount;  // above 1,000 yuan: whole tens of yuan
        order.amount = Money{std::max<qint64>(amount, 100), currency};
        if (rng.chance(900))
            order.costMinor = order.amount.minor * rng.between(55, 85) / 100;
        order.product = profile.productName(rng);
        order.orderNumber = QStringLiteral("SO") + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
                            + QString::number(rng.between(1000, 9999));
        out.orders.append(order);
    }
    out.customer.lifecycle = lifecycleFor(count, dates.isEmpty() ? QDate() : dates.first(), m_today);
    out.customer.segment = segmentFor(out.orders, m_today);
}

QString DemoGenerator::contactName(const Profile &profile, const DemoCustomer &out, int contactIndex)
{
    if (contactIndex >= 0)
        return out.contacts.at(contactIndex).name;
    if (profile.person)
        return out.customer.name;
    return profile.latin ? QStringLiteral("the customer") : QStringLiteral("客户");
}

void DemoGenerator::addInteractions(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const
{
    // Over the whole history, most of them while the customer was still buying.
    static constexpr int baseInteractions[] = {0, 2, 5, 10};
    static constexpr int moreInteractions[] = {600, 750, 850, 900};
    const int count = baseInteractions[profile.tier] + rng.geometric(moreInteractions[profile.tier], 120);
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(dayBetween(rng, profile.historyStart, rng.chance(850) ? profile.activeUntil : m_today));
    std::sort(dates.begin(), dates.end());
    for (const QDate &day : std::as_const(dates)) {
        Interaction interaction;
        interaction.channel = profile.latin ? pickEnum<InteractionChannel>(rng, {5, 20, 45, 10, 15, 5})
                                            : pickEnum<InteractionChannel>(rng, {15, 30, 10, 30, 10, 5});
        interaction.occurredAt = beijingTime(day, int(rng.between(8, 19)), int(rng.between(0, 59)));
        const int contactIndex = out.contacts.isEmpty() ? -1 : int(rng.below(quint64(out.contacts.size())));
        const QString product = profile.productName(rng);
        interaction.summary = fill(utf8(profile.latin ? rng.pick(DemoData::englishSummaries())
                                                      : rng.pick(DemoData::chineseSummaries())),
                                   contactName(profile, out, contactIndex), product);
        if (rng.chance(350))
            interaction.commitments = utf8(profile.latin ? rng.pick(DemoData::englishCommitments())
                                                         : rng.pick(DemoData::chineseCommitments()));
        out.interactions.append(interaction);
        out.interactionContact.append(contactIndex);
        out.interactionStaff.append(rng.chance(800) || m_staff.isEmpty() ? out.ownerIndex
                                                                         : int(rng.below(quint64(m_staff.size()))));
    }
}

void DemoGenerator::addFollowUps(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const
{
    int count = 0;
    if (profile.tier == 0)
        count = rng.chance(300) ? 1 : 0;
    else
        count = (profile.tier == 3 ? 2 : 1) + rng.geometric(profile.tier == 1 ? 300 : 500, 3);
    for (int i = 0; i < count; ++i) {
        FollowUp f;
        const int contactIndex = out.contacts.isEmpty() ? -1 : int(rng.below(quint64(out.contacts.size())));
        f.title = fill(utf8(profile.latin ? rng.pick(DemoData::englishFollowUps()) : rng.pick(DemoData::chineseFollowUps())),
                       contactName(profile, out, contactIndex), QString());
        switch (rng.weighted(std::array{45, 15, 7, 23, 10})) {
        case 0:  // done
            f.dueOn = std::max(profile.since, m_today.addDays(-rng.between(1, 700)));
            f.status = FollowUpStatus::Done;
            f.doneAt = beijingTime(std::min(m_today, f.dueOn.addDays(rng.between(-2, 3))), int(rng.between(9, 18)),
                                   int(rng.between(0, 59)));
            break;
        case 1:  // overdue
            f.dueOn = m_today.addDays(-rng.between(1, 45));
            break;
        case 2:  // due today
            f.dueOn = m_today;
            break;
        case 3:  // upcoming
            f.dueOn = m_today.addDays(rng.between(1, 30));
            break;
        default:  // snoozed
            f.dueOn = m_today.addDays(-rng.between(0, 10));
            f.snoozedUntil = m_today.addDays(rng.between(1, 14));
            break;
        }
        out.followUps.append(f);
        out.followUpInteraction.append(!out.interactions.isEmpty() && rng.chance(500) ? int(out.interactions.size()) - 1 : -1);
        out.followUpOwner.append(out.ownerIndex);
    }
}

namespace {

// Customers generated on a second thread while this one writes: generating and validating
// take about a third of the time SQLite needs, and this machine has two cores. Bounded, so a
// slow disk does not fill the memory with waiting customers.
class GeneratedBatches
{
public:
    static constexpr int BatchSize = 500;
    static constexpr std::size_t MaxWaiting = 8;

    // Producer: false when the consumer has given up.
    bool push(QList<DemoCustomer> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < MaxWaiting || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // Consumer: the next batch, or nothing when all were taken.
    std::optional<QList<DemoCustomer>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        QList<DemoCustomer> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<DemoCustomer>> m_batches;
    bool m_finished = false;
    bool m_abandoned = false;
};

// Writes one customer and what belongs to it, turning the generator's indexes into ids.
Status writeCustomer(BulkWriter &writer, DemoCustomer &generated, const QStringList &staffIds)
{
    const auto staffId = [&](int index) { return index >= 0 ? staffIds.at(index) : QString(); };
    Customer &customer = generated.customer;
    customer.ownerId = staffId(generated.ownerIndex);
    if (Status s = writer.add(customer); !s)
        return s;
    for (Contact &contact : generated.contacts) {
        contact.customerId = customer.meta.id;
        if (Status s = writer.add(contact); !s)
            return s;
    }
    for (int k = 0; k < generated.interactions.size(); ++k) {
        Interaction &interaction = generated.interactions[k];
        interaction.customerId = customer.meta.id;
        const int contactIndex = generated.interactionContact.at(k);
        interaction.contactId = contactIndex >= 0 ? generated.contacts.at(contactIndex).meta.id : QString();
        interaction.staffId = staffId(generated.interactionStaff.at(k));
        interaction.meta.createdAt = interaction.occurredAt;
        if (Status s = writer.add(interaction); !s)
            return s;
    }
    for (Order &order : generated.orders) {
        order.customerId = customer.meta.id;
        order.meta.createdAt = beijingTime(order.orderedOn, 10, 0);
        if (Status s = writer.add(order); !s)
            return s;
    }
    for (int k = 0; k < generated.followUps.size(); ++k) {
        FollowUp &followUp = generated.followUps[k];
        followUp.customerId = customer.meta.id;
        const int interactionIndex = generated.followUpInteraction.at(k);
        followUp.interactionId = interactionIndex >= 0 ? generated.interactions.at(interactionIndex).meta.id : QString();
        followUp.ownerId = staffId(generated.followUpOwner.at(k));
        if (Status s = writer.add(followUp); !s)
            return s;
    }
    return {};
}

}  // namespace

Result<DemoSummary> DemoGenerator::generate(Workspace &workspace, const DemoOptions &options)
{
    if (options.customers < 0)
        return makeError(ErrorCode::InvalidArgument, tr("The number of customers cannot be negative."));
    const DemoGenerator generator(options.seed, options.today);
    BulkWriter::Options writing;
    writing.cancel = options.cancel;
    writing.expectedRows = options.customers * 8;  // a customer comes with about eight records
    auto begun = BulkWriter::begin(workspace, writing);
    if (!begun)
        return begun.error();
    BulkWriter &writer = **begun;
    DemoSummary summary;

    QStringList staffIds;
    for (Staff member : generator.staff()) {
        if (Status s = writer.add(member); !s)
            return s.error();
        staffIds.append(member.meta.id);
        ++summary.staff;
    }

    GeneratedBatches batches;
    std::thread producer([&] {
        for (qint64 first = 0; first < options.customers; first += GeneratedBatches::BatchSize) {
            QList<DemoCustomer> batch;
            const qint64 end = std::min<qint64>(first + GeneratedBatches::BatchSize, options.customers);
            for (qint64 i = first; i < end; ++i)
                batch.append(generator.customer(i));
            if (!batches.push(std::move(batch)))
                return;
        }
        batches.finish();
    });
    Status written;
    while (written) {
        std::optional<QList<DemoCustomer>> batch = batches.pop();
        if (!batch)
            break;
        for (DemoCustomer &generated : *batch) {
            if (written = writeCustomer(writer, generated, staffIds); !written)
                break;
            ++summary.customers;
            summary.contacts += generated.contacts.size();
            summary.interactions += generated.interactions.size();
            summary.orders += generated.orders.size();
            summary.followUps += generated.followUps.size();
            if (options.progress && summary.customers % 1000 == 0)
                options.progress(summary.customers, options.customers);
        }
    }
    batches.abandon();
    producer.join();
    if (!written)
        return written.error();
    if (options.progress)
        options.progress(options.customers, options.customers);
    if (Status committed = writer.commit(options.stage); !committed)
        return committed.error();
    return summary;
}

}  // namespace guanxi::demo
