// The hybrid logical clock: stamps only grow, survive a wall clock that steps back, and move
// past stamps received from other devices.
#include "sync/HybridLogicalClock.h"

#include <QTest>

using guanxi::HybridLogicalClock;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packsMillisecondsAndCounter();
    void followsTheWallClock();
    void countsWithinOneMillisecond();
    void neverGoesBackWhenTheWallClockDoes();
    void observeMovesPastARemoteStamp();
    void advanceToNeverMovesBack();
};

namespace {
// A wall clock the test sets by hand.
struct FakeWall {
    qint64 now = 1'700'000'000'000;
    HybridLogicalClock::WallClock function()
    {
        return [this] { return now; };
    }
};
}  // namespace

void TestClock::packsMillisecondsAndCounter()
{
    const quint64 stamp = HybridLogicalClock::pack(1'700'000'000'123, 7);
    QCOMPARE(HybridLogicalClock::milliseconds(stamp), 1'700'000'000'123);
    QCOMPARE(HybridLogicalClock::counter(stamp), quint16(7));
    // Ordering of stamps is ordering of (ms, counter).
    QVERIFY(HybridLogicalClock::pack(10, 65535) < HybridLogicalClock::pack(11, 0));
}

void TestClock::followsTheWallClock()
{
    FakeWall wall;
    HybridLogicalClock clock(wall.function());
    QCOMPARE(clock.tick(), HybridLogicalClock::pack(wall.now, 0));
    wall.now += 5;
    QCOMPARE(clock.tick(), HybridLogicalClock::pack(wall.now, 0));
}

void TestClock::countsWithinOneMillisecond()
{
    FakeWall wall;
    HybridLogicalClock clock(wall.function());
    const quint64 a = clock.tick();
    const quint64 b = clock.tick();
    const quint64 c = clock.tick();
    QCOMPARE(HybridLogicalClock::milliseconds(c), wall.now);
    QCOMPARE(HybridLogicalClock::counter(b), quint16(1));
    QCOMPARE(HybridLogicalClock::counter(c), quint16(2));
    QVERIFY(a < b && b < c);
}

void TestClock::neverGoesBackWhenTheWallClockDoes()
{
    FakeWall wall;
    HybridLogicalClock clock(wall.function());
    const quint64 before = clock.tick();
    wall.now -= 60'000;  // NTP stepped the clock back a minute
    const quint64 after = clock.tick();
    QVERIFY(after > before);
    QCOMPARE(HybridLogicalClock::milliseconds(after), HybridLogicalClock::milliseconds(before));
    QCOMPARE(HybridLogicalClock::counter(after), quint16(1));
}

void TestClock::observeMovesPastARemoteStamp()
{
    FakeWall wall;
    HybridLogicalClock clock(wall.function());
    clock.tick();
    // A laptop whose clock runs 10 s ahead sent us a change.
    const quint64 remote = HybridLogicalClock::pack(wall.now + 10'000, 3);
    const quint64 merged = clock.observe(remote);
    QCOMPARE(merged, remote + 1);
    QVERIFY(clock.tick() > remote);
    // A remote stamp from the past changes nothing but the counter.
    wall.now += 20'000;
    QCOMPARE(clock.observe(HybridLogicalClock::pack(1, 0)), HybridLogicalClock::pack(wall.now, 0));
}

void TestClock::advanceToNeverMovesBack()
{
    FakeWall wall;
    HybridLogicalClock clock(wall.function());
    const quint64 saved = HybridLogicalClock::pack(wall.now + 5'000, 9);  // saved by an earlier session
    clock.advanceTo(saved);
    clock.advanceTo(HybridLogicalClock::pack(1, 1));
    QCOMPARE(clock.last(), saved);
    QCOMPARE(clock.tick(), saved + 1);
}

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
