#include "CustomerCsvFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <cstdint>

namespace guanxi::bench::CustomerCsvFixture {

namespace {

// A fixed-sequence generator (SplitMix64): std:: distributions differ between standard
// libraries, and the file must be the same everywhere.
class Sequence
{
public:
    explicit Sequence(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    template<typename List>
    const auto &pick(const List &list) { return list[next() % list.size()]; }
    bool chance(int percent) { return int(next() % 100) < percent; }

private:
    std::uint64_t m_state;
};

struct Place {
    const char *city;
    const char *region;
};

constexpr std::array<Place, 10> Places{{{"北京", "北京"}, {"上海", "上海"}, {"深圳", "广东"}, {"广州", "广东"},
                                        {"杭州", "浙江"}, {"成都", "四川"}, {"武汉", "湖北"}, {"南京", "江苏"},
                                        {"西安", "陕西"}, {"重庆", "重庆"}}};
constexpr std::array<const char *, 20> Words{"华为", "长城", "东方", "金石", "天成", "恒信", "联创",
                                             "盛世", "瑞丰", "宏达", "新星", "汇通", "博远", "锦程",
                                             "中科", "海纳", "永泰", "晨光", "启明", "鼎盛"};
constexpr std::array<const char *, 10> Trades{"科技", "贸易", "实业", "电子", "机械",
                                              "建材", "食品", "物流", "文化", "医药"};
constexpr std::array<const char *, 20> Surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                                "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
constexpr std::array<const char *, 20> GivenNames{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                                  "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平"};
constexpr std::array<const char *, 6> Tiers{"买卖关系", "供应关系", "合作伙伴", "战略联盟", "transactional", "Partner"};
constexpr std::array<const char *, 8> Industries{"制造业", "零售", "软件", "物流", "餐饮", "教育", "医疗", "建筑"};
constexpr std::array<char, 4> MobilePrefixes{'3', '5', '7', '8'};

QByteArray row(Sequence &random, qint64 index)
{
    const Place &place = random.pick(Places);
    const QByteArray number = QByteArray::number(index);
    QByteArray line;
    line.reserve(160);
    line += place.city;
    line += random.pick(Words);
    line += random.pick(Trades);
    line += "有限公司";
    line += number;
    line += ',';
    line += random.pick(Surnames);
    line += random.pick(GivenNames);
    if (random.chance(50))
        line += random.pick(GivenNames);
    line += ",1";
    line += random.pick(MobilePrefixes);
    line += number.rightJustified(9, '0');
    line += ',';
    if (random.chance(60))
        line += "contact" + number + "@example" + QByteArray::number(index % 997) + ".com";
    line += ',';
    line += place.city;
    line += ',';
    line += place.region;
    line += ',';
    line += random.pick(Industries);
    line += ',';
    line += random.pick(Tiers);
    line += ',';
    if (random.chance(20))
        line += "重要客户，需定期回访";
    line += "\r\n";
    return line;
}

QString marker(const QString &path) { return path + QStringLiteral(".complete"); }

}  // namespace

QString ensure(const QString &path, qint64 rows)
{
    // The marker holds the size written, so an interrupted or foreign file is made again.
    QFile done(marker(path));
    if (done.open(QIODevice::ReadOnly) && done.readAll().trimmed().toLongLong() == QFileInfo(path).size())
        return {};
    done.close();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write("客户名称,联系人,手机,邮箱,城市,省份,行业,关系类型,备注\r\n");
    Sequence random(7);
    QByteArray buffer;
    for (qint64 index = 0; index < rows; ++index) {
        buffer += row(random, index);
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return file.errorString();
    if (!done.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return done.errorString();
    done.write(QByteArray::number(QFileInfo(path).size()));
    return {};
}

}  // namespace guanxi::bench::CustomerCsvFixture
