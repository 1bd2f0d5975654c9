#include "QueryMix.h"

#include "demo/DemoGenerator.h"
#include "search/Romanization.h"

#include <QDate>
#include <QSet>

#include <array>
#include <optional>

namespace guanxi::bench::QueryMix {

namespace {

// What a Chinese-speaking user of a Chinese CRM types most: two-character words, city names,
// pinyin and initials of names, phone digits, e-mail pieces; a few Latin words. Some find
// thousands of customers (科技, sh), some a handful, some none.
QList<BenchQuery> fixedQueries()
{
    struct Fixed {
        const char *text;
        QueryKind kind;
    };
    static constexpr std::array<Fixed, 30> list{{
        {"北京", QueryKind::Chinese},
        {"长城", QueryKind::Chinese},
        {"重庆", QueryKind::Chinese},
        {"银行", QueryKind::Chinese},
        {"上海", QueryKind::Chinese},
        {"科技", QueryKind::Chinese},
        {"张伟", QueryKind::Chinese},
        {"王芳", QueryKind::Chinese},
        {"深圳", QueryKind::Chinese},
        {"北京长城科技有限公司", QueryKind::Chinese},
        {"beijingchangcheng", QueryKind::FullPinyin},
        {"changcheng", QueryKind::FullPinyin},
        {"yinhang", QueryKind::FullPinyin},
        {"chongqing", QueryKind::FullPinyin},
        {"shanghai", QueryKind::FullPinyin},
        {"zhangwei", QueryKind::FullPinyin},
        {"bjcc", QueryKind::Initials},
        {"cq", QueryKind::Initials},
        {"yh", QueryKind::Initials},
        {"cc", QueryKind::Initials},
        {"sh", QueryKind::Initials},
        {"zw", QueryKind::Initials},
        {"1380", QueryKind::Phone},
        {"5678", QueryKind::Phone},
        {"13912345678", QueryKind::Phone},
        {"qq.com", QueryKind::Email},
        {"gmail", QueryKind::Email},
        {"sales@", QueryKind::Email},
        {"Tech", QueryKind::Latin},
        {"Müller", QueryKind::Latin},
    }};
    QList<BenchQuery> queries;
    for (const Fixed &fixed : list)
        queries.append({QString::fromUtf8(fixed.text), fixed.kind, true});
    return queries;
}

// splitmix64: a fixed, portable sequence of customer indices.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool allHan(const QString &text)
{
    for (const QChar c : text)
        if (!isHan(c))
            return false;
    return !text.isEmpty();
}

// The part of a Chinese company name a user remembers: the brand after the city (北京长城科技有限公司
// → 长城), or the first two characters when the name starts with the brand (长城科技(北京)有限公司).
// A person's name whole.
QString chineseWord(const Customer &c)
{
    if (c.kind == CustomerKind::Person)
        return allHan(c.name) ? c.name : QString();
    const QString rest = c.name.startsWith(c.city) ? c.name.mid(c.city.size()) : c.name;
    const QString word = rest.left(2);
    return word.size() == 2 && allHan(word) ? word : QString();
}

QString joinedPinyin(const QString &text, bool initialsOnly)
{
    QString joined;
    for (const QString &unit : search::primaryPinyin(text))
        joined += initialsOnly ? unit.left(1) : unit;
    return joined;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

// One query of `kind` from customer `d`, `variant` choosing among the ways to ask; nothing when
// the customer has nothing of that kind (a Latin customer has no pinyin, not everyone an e-mail).
std::optional<QString> queryFrom(const demo::DemoCustomer &d, QueryKind kind, int variant)
{
    const Customer &c = d.customer;
    switch (kind) {
    case QueryKind::Chinese: {
        if (variant % 2 == 1) {  // a contact's name
            for (const Contact &contact : d.contacts)
                if (allHan(contact.name))
                    return contact.name;
            return std::nullopt;
        }
        const QString word = chineseWord(c);
        return word.isEmpty() ? std::nullopt : std::optional<QString>(word);
    }
    case QueryKind::FullPinyin: {
        const QString word = chineseWord(c);
        return word.isEmpty() ? std::nullopt : std::optional<QString>(joinedPinyin(word, false));
    }
    case QueryKind::Initials: {
        // Companies by city and brand (北京长城… → bjcc), people by their name (张伟 → zw).
        const QString word = chineseWord(c);
        if (word.isEmpty())
            return std::nullopt;
        const QString spoken = c.kind == CustomerKind::Person ? word : c.name.left(c.name.indexOf(word) + word.size());
        return allHan(spoken) ? std::optional<QString>(joinedPinyin(spoken, true)) : std::nullopt;
    }
    case QueryKind::Phone: {
        QString phone = c.phone;
        if (variant % 2 == 1 && !d.contacts.isEmpty())
            phone = d.contacts.first().phone;
        const QString digits = digitsOf(phone);
        if (digits.size() < 8)
            return std::nullopt;
        switch (variant % 3) {
        case 0: return phone;             // pasted whole, as stored
        case 1: return digits.left(7);    // typed from the start
        default: return digits.right(4);  // the last four digits someone remembers
        }
    }
    case QueryKind::Email: {
        QString email = c.email;
        if (variant % 2 == 1)
            for (const Contact &contact : d.contacts)
                if (!contact.email.isEmpty()) {
                    email = contact.email;
                    break;
                }
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (at <= 0)
            return std::nullopt;
        switch (variant % 3) {
        case 0: return email;
        case 1: return email.left(at);
        default: return email.mid(at + 1);
        }
    }
    case QueryKind::Latin: {
        const QString name = variant % 2 == 1 && !d.contacts.isEmpty() ? d.contacts.first().name : c.name;
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.size() >= 3 && word.at(0).isLetter() && !isHan(word.at(0)))
                return word;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

}  // namespace

QList<QueryKind> kinds()
{
    return {QueryKind::Chinese, QueryKind::FullPinyin, QueryKind::Initials,
            QueryKind::Phone,   QueryKind::Email,      QueryKind::Latin};
}

QString kindName(QueryKind kind)
{
    switch (kind) {
    case QueryKind::Chinese: return QStringLiteral("Chinese");
    case QueryKind::FullPinyin: return QStringLiteral("full pinyin");
    case QueryKind::Initials: return QStringLiteral("initials");
    case QueryKind::Phone: return QStringLiteral("phone");
    case QueryKind::Email: return QStringLiteral("e-mail");
    case QueryKind::Latin: return QStringLiteral("Latin");
    }
    return {};
}

QList<BenchQuery> build(quint64 seed, qint64 customers, int count)
{
    QList<BenchQuery> queries = fixedQueries().mid(0, count);
    QSet<QString> seen;
    for (const BenchQuery &query : std::as_const(queries))
        seen.insert(query.text);
    if (customers <= 0)
        return queries;

    // The drawn queries cycle through the kinds; Chinese, pinyin and phones come up more often
    // because that is how people look customers up.
    static constexpr std::array cycle{QueryKind::Chinese, QueryKind::FullPinyin, QueryKind::Initials, QueryKind::Phone,
                                      QueryKind::Email,   QueryKind::Chinese,    QueryKind::FullPinyin, QueryKind::Phone,
                                      QueryKind::Latin,   QueryKind::Initials};
    // Names, phones and e-mails do not depend on the day the history ends on.
    const demo::DemoGenerator generator(seed, QDate(2026, 1, 1));
    quint64 draw = 0;
    for (int slot = 0; queries.size() < count; ++slot) {
        const QueryKind kind = cycle[std::size_t(slot) % cycle.size()];
        // Latin customers are one in seven: a few hundred draws find one whatever the size.
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const qint64 index = qint64(mix(seed * 0x1000193ULL + ++draw) % quint64(customers));
            const std::optional<QString> text = queryFrom(generator.customer(index), kind, slot / int(cycle.size()));
            if (text && !text->trimmed().isEmpty() && !seen.contains(*text)) {
                seen.insert(*text);
                queries.append({*text, kind, false});
                break;
            }
        }
        if (slot > count * 4)
            break;  // a tiny workspace may not have enough distinct queries
    }
    return queries;
}

}  // namespace guanxi::bench::QueryMix
