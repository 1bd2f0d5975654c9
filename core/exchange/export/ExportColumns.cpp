#include "ExportColumns.h"

#include "domain/Enums.h"

#include <array>

namespace guanxi::exchange {

namespace {

using L = ExportLanguage;

template<typename E>
QString enumText(E value, L language)
{
    for (const auto &entry : EnumTraits<E>::entries()) {
        if (entry.value != value)
            continue;
        switch (language) {
        case L::English: return QString::fromLatin1(entry.label);
        case L::Chinese: return QString::fromUtf8(entry.chinese);
        case L::Codes: return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

template<typename E>
ExportValue optionalEnum(const std::optional<E> &value, L language)
{
    return value ? ExportValue(enumText(*value, language)) : ExportValue();
}

QString yesNo(bool value, L language)
{
    switch (language) {
    case L::English: return value ? QStringLiteral("yes") : QStringLiteral("no");
    case L::Chinese: return value ? QStringLiteral("是") : QStringLiteral("否");
    case L::Codes: break;
    }
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

ExportValue time(const QDateTime &utc)
{
    return utc.isValid() ? ExportValue(utc) : ExportValue();
}

ExportValue date(const QDate &day)
{
    return day.isValid() ? ExportValue(day) : ExportValue();
}

// The bookkeeping columns every entity ends with.
#define GX_META_COLUMNS(Record)                                                                              \
    ExportColumn<Record>{"created", "Created", "创建时间", [](const Record &r, L) { return time(r.meta.createdAt); }}, \
        ExportColumn<Record>{"updated", "Last changed", "修改时间",                                           \
                             [](const Record &r, L) { return time(r.meta.updatedAt); }}

using Cu = Customer;
const std::array customers{
    ExportColumn<Cu>{"id", "Id", "编号", [](const Cu &c, L) -> ExportValue { return c.meta.id; }},
    ExportColumn<Cu>{"name", "Name", "名称", [](const Cu &c, L) -> ExportValue { return c.name; }},
    ExportColumn<Cu>{"kind", "Kind", "类型", [](const Cu &c, L l) -> ExportValue { return enumText(c.kind, l); }},
    ExportColumn<Cu>{"tier", "Relationship tier", "关系类型",
                     [](const Cu &c, L l) -> ExportValue { return enumText(c.tier, l); }},
    ExportColumn<Cu>{"lifecycle", "Lifecycle level", "生命周期阶段",
                     [](const Cu &c, L l) -> ExportValue { return enumText(c.lifecycle, l); }},
    ExportColumn<Cu>{"lifecycle-manual", "Lifecycle set by hand", "手动设定生命周期阶段",
                     [](const Cu &c, L l) -> ExportValue { return yesNo(c.lifecycleManual, l); }},
    ExportColumn<Cu>{"segment", "Value segment", "价值区间", [](const Cu &c, L l) { return optionalEnum(c.segment, l); }},
    ExportColumn<Cu>{"owner", "Owner", "负责人", [](const Cu &c, L) -> ExportValue { return c.ownerName; }},
    ExportColumn<Cu>{"source", "Source", "来源", [](const Cu &c, L l) { return optionalEnum(c.source, l); }},
    ExportColumn<Cu>{"industry", "Industry", "行业", [](const Cu &c, L) -> ExportValue { return c.industry; }},
    ExportColumn<Cu>{"city", "City", "城市", [](const Cu &c, L) -> ExportValue { return c.city; }},
    ExportColumn<Cu>{"region", "Region", "省份/地区", [](const Cu &c, L) -> ExportValue { return c.region; }},
    ExportColumn<Cu>{"address", "Address", "地址", [](const Cu &c, L) -> ExportValue { return c.address; }},
    ExportColumn<Cu>{"phone", "Phone", "电话", [](const Cu &c, L) -> ExportValue { return c.phone; }},
    ExportColumn<Cu>{"email", "E-mail", "邮箱", [](const Cu &c, L) -> ExportValue { return c.email; }},
    ExportColumn<Cu>{"website", "Website", "网站", [](const Cu &c, L) -> ExportValue { return c.website; }},
    ExportColumn<Cu>{"credit-code", "Unified social credit code", "统一社会信用代码",
                     [](const Cu &c, L) -> ExportValue { return c.creditCode; }},
    ExportColumn<Cu>{"tags", "Tags", "标签",
                     [](const Cu &c, L) -> ExportValue { return c.tags.join(QStringLiteral(", ")); }},
    ExportColumn<Cu>{"notes", "Notes", "备注", [](const Cu &c, L) -> ExportValue { return c.notes; }},
    ExportColumn<Cu>{"do-not-contact", "Do not contact", "请勿联系",
                     [](const Cu &c, L l) -> ExportValue { return yesNo(c.doNotContact, l); }},
    ExportColumn<Cu>{"satisfaction", "Satisfaction", "满意度",
                     [](const Cu &c, L) { return c.satisfaction > 0 ? ExportValue(Integer{c.satisfaction}) : ExportValue(); }},
    GX_META_COLUMNS(Cu),
};

using Co = Contact;
const std::array contacts{
    ExportColumn<Co>{"id", "Id", "编号", [](const Co &c, L) -> ExportValue { return c.meta.id; }},
    ExportColumn<Co>{"customer-id", "Customer id", "客户编号", [](const Co &c, L) -> ExportValue { return c.customerId; }},
    ExportColumn<Co>{"customer", "Customer", "客户名称", [](const Co &c, L) -> ExportValue { return c.customerName; }},
    ExportColumn<Co>{"name", "Name", "姓名", [](const Co &c, L) -> ExportValue { return c.name; }},
    ExportColumn<Co>{"title", "Job title", "职务", [](const Co &c, L) -> ExportValue { return c.title; }},
    ExportColumn<Co>{"role", "Role", "角色", [](const Co &c, L l) { return optionalEnum(c.role, l); }},
    ExportColumn<Co>{"phone", "Phone", "电话", [](const Co &c, L) -> ExportValue { return c.phone; }},
    ExportColumn<Co>{"email", "E-mail", "邮箱", [](const Co &c, L) -> ExportValue { return c.email; }},
    ExportColumn<Co>{"wechat", "WeChat", "微信", [](const Co &c, L) -> ExportValue { return c.wechat; }},
    ExportColumn<Co>{"primary", "Primary contact", "主要联系人",
                     [](const Co &c, L l) -> ExportValue { return yesNo(c.primary, l); }},
    ExportColumn<Co>{"notes", "Notes", "备注", [](const Co &c, L) -> ExportValue { return c.notes; }},
    GX_META_COLUMNS(Co),
};

using Or = Order;
const std::array orders{
    ExportColumn<Or>{"id", "Id", "编号", [](const Or &o, L) -> ExportValue { return o.meta.id; }},
    ExportColumn<Or>{"customer-id", "Customer id", "客户编号", [](const Or &o, L) -> ExportValue { return o.customerId; }},
    ExportColumn<Or>{"customer", "Customer", "客户名称", [](const Or &o, L) -> ExportValue { return o.customerName; }},
    ExportColumn<Or>{"order-number", "Order number", "订单号", [](const Or &o, L) -> ExportValue { return o.orderNumber; }},
    ExportColumn<Or>{"date", "Date", "日期", [](const Or &o, L) { return date(o.orderedOn); }},
    ExportColumn<Or>{"amount", "Amount", "金额", [](const Or &o, L) -> ExportValue { return Amount{o.amount.minor}; }},
    ExportColumn<Or>{"cost", "Cost", "成本",
                     [](const Or &o, L) { return o.costMinor ? ExportValue(Amount{*o.costMinor}) : ExportValue(); }},
    ExportColumn<Or>{"currency", "Currency", "币种", [](const Or &o, L) -> ExportValue { return o.amount.currency; }},
    ExportColumn<Or>{"product", "Product", "产品", [](const Or &o, L) -> ExportValue { return o.product; }},
    ExportColumn<Or>{"notes", "Notes", "备注", [](const Or &o, L) -> ExportValue { return o.notes; }},
    GX_META_COLUMNS(Or),
};

using In = Interaction;
const std::array interactions{
    ExportColumn<In>{"id", "Id", "编号", [](const In &i, L) -> ExportValue { return i.meta.id; }},
    ExportColumn<In>{"customer-id", "Customer id", "客户编号", [](const In &i, L) -> ExportValue { return i.customerId; }},
    ExportColumn<In>{"customer", "Customer", "客户名称", [](const In &i, L) -> ExportValue { return i.customerName; }},
    ExportColumn<In>{"time", "Time", "时间", [](const In &i, L) { return time(i.occurredAt); }},
    ExportColumn<In>{"channel", "Channel", "方式", [](const In &i, L l) -> ExportValue { return enumText(i.channel, l); }},
    ExportColumn<In>{"contact-id", "Contact id", "联系人编号", [](const In &i, L) -> ExportValue { return i.contactId; }},
    ExportColumn<In>{"contact", "Contact", "联系人", [](const In &i, L) -> ExportValue { return i.contactName; }},
    ExportColumn<In>{"staff", "Staff", "经办人", [](const In &i, L) -> ExportValue { return i.staffName; }},
    ExportColumn<In>{"summary", "Summary", "摘要", [](const In &i, L) -> ExportValue { return i.summary; }},
    ExportColumn<In>{"commitments", "Commitments", "承诺", [](const In &i, L) -> ExportValue { return i.commitments; }},
    GX_META_COLUMNS(In),
};

using Fu = FollowUp;
const std::array followUps{
    ExportColumn<Fu>{"id", "Id", "编号", [](const Fu &f, L) -> ExportValue { return f.meta.id; }},
    ExportColumn<Fu>{"customer-id", "Customer id", "客户编号", [](const Fu &f, L) -> ExportValue { return f.customerId; }},
    ExportColumn<Fu>{"customer", "Customer", "客户名称", [](const Fu &f, L) -> ExportValue { return f.customerName; }},
    ExportColumn<Fu>{"title", "Title", "事项", [](const Fu &f, L) -> ExportValue { return f.title; }},
    ExportColumn<Fu>{"due", "Due", "到期日", [](const Fu &f, L) { return date(f.dueOn); }},
    ExportColumn<Fu>{"snoozed-until", "Snoozed until", "推迟到",
                     [](const Fu &f, L) { return f.snoozedUntil > f.dueOn ? date(f.snoozedUntil) : ExportValue(); }},
    ExportColumn<Fu>{"status", "Status", "状态", [](const Fu &f, L l) -> ExportValue { return enumText(f.status, l); }},
    ExportColumn<Fu>{"done-at", "Done at", "完成时间",
                     [](const Fu &f, L) { return f.status == FollowUpStatus::Done ? time(f.doneAt) : ExportValue(); }},
    ExportColumn<Fu>{"owner", "Owner", "负责人", [](const Fu &f, L) -> ExportValue { return f.ownerName; }},
    ExportColumn<Fu>{"interaction-id", "Interaction id", "沟通记录编号",
                     [](const Fu &f, L) -> ExportValue { return f.interactionId; }},
    ExportColumn<Fu>{"notes", "Notes", "备注", [](const Fu &f, L) -> ExportValue { return f.notes; }},
    GX_META_COLUMNS(Fu),
};

#undef GX_META_COLUMNS

template<typename Record>
QList<ColumnName> namesOf(std::span<const ExportColumn<Record>> columns)
{
    QList<ColumnName> names;
    for (const auto &column : columns)
        names.append({QString::fromLatin1(column.code), QString::fromLatin1(column.english), QString::fromUtf8(column.chinese)});
    return names;
}

QString foldName(QStringView text)
{
    QString folded;
    for (QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            folded.append(c.toCaseFolded());
    return folded;
}

}  // namespace

std::span<const ExportColumn<Customer>> customerColumns()
{
    return customers;
}
std::span<const ExportColumn<Contact>> contactColumns()
{
    return contacts;
}
std::span<const ExportColumn<Order>> orderColumns()
{
    return orders;
}
std::span<const ExportColumn<Interaction>> interactionColumns()
{
    return interactions;
}
std::span<const ExportColumn<FollowUp>> followUpColumns()
{
    return followUps;
}

QList<ColumnName> columnNames(ExportEntity entity)
{
    switch (entity) {
    case ExportEntity::Customers: return namesOf(customerColumns());
    case ExportEntity::Contacts: return namesOf(contactColumns());
    case ExportEntity::Orders: return namesOf(orderColumns());
    case ExportEntity::Interactions: return namesOf(interactionColumns());
    case ExportEntity::FollowUps: return namesOf(followUpColumns());
    }
    return {};
}

QString findColumn(ExportEntity entity, QStringView name)
{
    const QString wanted = foldName(name);
    if (wanted.isEmpty())
        return {};
    for (const ColumnName &column : columnNames(entity))
        if (foldName(column.code) == wanted || foldName(column.english) == wanted || foldName(column.chinese) == wanted)
            return column.code;
    return {};
}

}  // namespace guanxi::exchange
