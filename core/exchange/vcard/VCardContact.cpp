#include "VCardContact.h"

#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QUuid>

#include <algorithm>

namespace guanxi {

namespace {

bool hasAnyType(const QByteArrayList &types, std::initializer_list<const char *> wanted)
{
    return std::any_of(wanted.begin(), wanted.end(), [&](const char *type) { return types.contains(QByteArray(type)); });
}

bool isCell(const QByteArrayList &types)
{
    return hasAnyType(types, {"cell", "mobile", "iphone", "手机", "移动电话"});
}

bool isFaxOrPager(const QByteArrayList &types)
{
    return hasAnyType(types, {"fax", "pager", "传真"}) && !isCell(types) && !types.contains("voice");
}

// The entries in the order they are tried: by rank (lower first), then preference, then as in
// the file; entries ranked below zero are left out.
template<typename Item, typename Rank>
QList<const Item *> ordered(const QList<Item> &items, Rank rank)
{
    QList<const Item *> result;
    for (const Item &item : items)
        if (rank(item) >= 0)
            result.append(&item);
    const auto key = [&](const Item *item) { return std::pair(rank(*item), item->preference > 0 ? item->preference : 101); };
    std::stable_sort(result.begin(), result.end(), [&](const Item *a, const Item *b) { return key(a) < key(b); });
    return result;
}

// The first value the domain accepts, else the first: the import then rejects the card with the
// domain's reason.
template<typename Normalize>
QString firstAccepted(const QList<const VCardEntry *> &entries, Normalize normalize)
{
    for (const VCardEntry *entry : entries)
        if (normalize(entry->value).ok())
            return entry->value;
    return entries.isEmpty() ? QString() : entries.first()->value;
}

QString phoneOf(const VCard &card)
{
    return firstAccepted(ordered(card.phones,
                                 [](const VCardEntry &e) {
                                     if (isFaxOrPager(e.types))
                                         return -1;
                                     const bool preferred = e.preference > 0;
                                     return isCell(e.types) ? (preferred ? 0 : 1) : (preferred ? 2 : 3);
                                 }),
                         &Validation::normalizePhone);
}

QString emailOf(const VCard &card)
{
    return firstAccepted(ordered(card.emails, [](const VCardEntry &) { return 0; }), &Validation::normalizeEmail);
}

// "weixin:wxid_abc" → "wxid_abc"; a value without a scheme stays as it is.
QString withoutScheme(const QString &uri)
{
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return uri;
    for (QChar c : QStringView(uri).first(colon))
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') && c != QLatin1Char('+') && c != QLatin1Char('.'))
            return uri;
    return uri.mid(colon + 1);
}

QString wechatOf(const VCard &card)
{
    if (!card.wechat.isEmpty())
        return card.wechat;
    for (const VCardEntry &entry : card.messaging) {
        const QString scheme = entry.value.section(QLatin1Char(':'), 0, 0).toLower();
        if (scheme == QLatin1String("weixin") || scheme == QLatin1String("wechat") || hasAnyType(entry.types, {"wechat", "weixin", "微信"}))
            return withoutScheme(entry.value).trimmed();
    }
    return {};
}

const VCardAddress *addressOf(const VCard &card, bool forOrganization)
{
    const auto addresses = ordered(card.addresses, [&](const VCardAddress &a) {
        const bool home = a.types.contains("home");
        if (forOrganization)
            return home ? -1 : (a.types.contains("work") ? 0 : 1);
        return home ? 0 : 1;
    });
    return addresses.isEmpty() ? nullptr : addresses.first();
}

QString compact(const QString &text)
{
    return QString(text).remove(QLatin1Char(' ')).toCaseFolded();
}

QString uuidOf(const QString &uid)
{
    QString text = uid.trimmed();
    if (text.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        text = text.mid(9);
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

}  // namespace

VCardContact VCardContact::from(const VCard &card)
{
    VCardContact contact;
    if (card.kind == "group")
        contact.problem = tr("The card is a contact group, not a person: it is not imported.");
    else if (card.kind == "location")
        contact.problem = tr("The card describes a place, not a person: it is not imported.");

    contact.organization = card.organization;
    if (card.kind == "org") {
        if (contact.organization.isEmpty())
            contact.organization = card.formattedName;
    } else {
        contact.name = card.formattedName.isEmpty() ? card.name.fullName() : card.formattedName;
        if (!contact.name.isEmpty() && compact(contact.name) == compact(contact.organization))
            contact.organization.clear();
    }
    if (contact.name.isEmpty() && contact.organization.isEmpty() && contact.problem.isEmpty())
        contact.problem = tr("The card has no name: neither FN nor N nor ORG gives one.");

    contact.id = uuidOf(card.uid);
    contact.title = card.title;
    if (const auto role = enumFromText<ContactRole>(card.role))
        contact.role = enumCode(*role);
    contact.phone = phoneOf(card);
    contact.email = emailOf(card);
    contact.wechat = wechatOf(card);
    contact.notes = card.notes.join(QLatin1Char('\n'));
    if (const VCardAddress *address = addressOf(card, !contact.organization.isEmpty())) {
        contact.city = address->locality;
        contact.region = address->region;
        contact.address = QStringList{address->street, address->extended}.join(QLatin1Char(' ')).simplified();
    }
    return contact;
}

}  // namespace guanxi
