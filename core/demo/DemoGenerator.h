#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Order.h"
#include "domain/Staff.h"
#include "storage/BulkWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace guanxi {

class Workspace;

namespace demo {

class DemoRandom;

struct DemoOptions {
    qint64 customers = 1000;
    quint64 seed = 1;
    QDate today;  // the day the three years of history end on; invalid means today
    BulkCancel *cancel = nullptr;
    // Called every 1,000 customers and once at the end with (customers written, total).
    std::function<void(qint64, qint64)> progress;
    BulkWriter::StageCallback stage;  // the phases of the final commit
};

struct DemoSummary {
    qint64 staff = 0;
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 interactions = 0;
    qint64 orders = 0;
    qint64 followUps = 0;
};

// One generated customer and everything that belongs to it. Records refer to each other by
// index (ids are given when they are written).
struct DemoCustomer {
    Customer customer;
    int ownerIndex = -1;  // into DemoGenerator::staff(); -1: no owner
    QList<Contact> contacts;
    QList<Interaction> interactions;
    QList<int> interactionContact;  // index into contacts, or -1
    QList<int> interactionStaff;    // index into staff, or -1
    QList<Order> orders;            // oldest first
    QList<FollowUp> followUps;
    QList<int> followUpInteraction;  // index into interactions, or -1
    QList<int> followUpOwner;        // index into staff, or -1
};

// Realistic sample workspaces of any size, for screenshots, manual testing and benchmarks:
// Chinese and Latin companies and people, a sales team, contacts with titles and buying roles,
// three years of interactions and orders with a long-tailed value distribution, follow-ups in
// every state. Deterministic: the same seed and day give the same data on every platform
// (only ids and write stamps differ), and customer i is the same whatever the total count.
//
// The data obey the rules below, so analyses on them make sense:
//  - tiers about 70 / 20 / 8 / 2 % (transactional … strategic alliance); deeper tiers have
//    older relationships, more contacts, orders, interactions and follow-ups;
//  - lifecycle level = lifecycleFor(orders), value segment = segmentFor(orders);
//  - order values: each customer has a scale drawn from a Pareto-like tail (doubling with
//    probability 0.45, up to 10 times), each order varies around it; costs 55–85 % of amount.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    DemoGenerator(quint64 seed, QDate today);

    const QList<Staff> &staff() const { return m_staff; }
    DemoCustomer customer(qint64 index) const;

    // Writes options.customers customers (and the team) into the workspace in one transaction:
    // all or nothing, cancellable through options.cancel.
    static Result<DemoSummary> generate(Workspace &workspace, const DemoOptions &options);

    // prospect: no orders; new: 1–2; regular: 3–5; established: 6 or more; loyal: 12 or more
    // with the first at least two years before `today`.
    static LifecycleLevel lifecycleFor(int orderCount, QDate firstOrder, QDate today);
    // None without orders. By the last order: more than a year ago frozen, more than half a year
    // migrating; recent buyers with at least 100,000 yuan (in any currency's minor units) over
    // the last year are value customers, the others potential.
    static std::optional<ValueSegment> segmentFor(const QList<Order> &orders, QDate today);

private:
    struct Profile;
    Profile describe(DemoRandom &rng, DemoCustomer &out) const;
    void placeAndName(DemoRandom &rng, Profile &profile, Customer &customer) const;
    void addContacts(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const;
    void addOrders(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const;
    void addInteractions(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const;
    void addFollowUps(DemoRandom &rng, const Profile &profile, DemoCustomer &out) const;
    static QString contactName(const Profile &profile, const DemoCustomer &out, int contactIndex);

    QList<Staff> m_staff;
    QList<int> m_ownerWeights;
    QString m_ourDomain;
    quint64 m_seed;
    QDate m_today;
};

}  // namespace demo
}  // namespace guanxi
