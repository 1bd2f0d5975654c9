#include "CustomerFields.h"

#include "Enums.h"
#include "Validation.h"

#include <QRegularExpression>

#include <array>

namespace guanxi {

namespace {

using Field = CustomerFields::Field;
using Type = CustomerFields::Type;

QString fieldLabel(const char *label)
{
    return QCoreApplication::translate("CustomerFields", label);
}

// --- enums: required (E Customer::*) or optional (std::optional<E> Customer::*)

template<typename E>
QString codeOf(const E &value)
{
    return enumCode(value);
}
template<typename E>
QString codeOf(const std::optional<E> &value)
{
    return value ? enumCode(*value) : QString();
}
template<typename E>
QString labelOf(const E &value)
{
    return enumLabel(value);
}
template<typename E>
QString labelOf(const std::optional<E> &value)
{
    return value ? enumLabel(*value) : QString();
}

template<typename T>
struct EnumOf {
    using type = T;
};
template<typename T>
struct EnumOf<std::optional<T>> {
    using type = T;
};

template<typename E>
Error unknownChoice(const QString &text, const char *label)
{
    QStringList accepted;
    for (E value : enumValues<E>())
        accepted.append(QStringLiteral("%1 (%2)").arg(enumCode(value), enumLabel(value)));
    return makeError(ErrorCode::Validation, CustomerFields::tr("%1: “%2” is not one of the choices. Use one of: %3.")
                                                .arg(fieldLabel(label), text.trimmed(), accepted.join(QStringLiteral(", "))));
}

template<auto Member>
QString enumText(const Customer &c)
{
    return codeOf(c.*Member);
}
template<auto Member>
QString enumDisplay(const Customer &c)
{
    return labelOf(c.*Member);
}
template<auto Member>
QVariant enumValue(const Customer &c)
{
    const QString code = codeOf(c.*Member);
    return code.isEmpty() ? QVariant() : QVariant(code);
}
template<typename E>
QStringList enumChoices()
{
    QStringList codes;
    for (E value : enumValues<E>())
        codes.append(enumCode(value));
    return codes;
}

template<auto Member, const char *Label>
Status setEnum(Customer &c, const QString &text)
{
    using Stored = std::remove_cvref_t<decltype(c.*Member)>;
    using E = typename EnumOf<Stored>::type;
    if (text.trimmed().isEmpty()) {
        if constexpr (std::is_same_v<Stored, std::optional<E>>) {
            c.*Member = std::nullopt;
            return {};
        } else {
            return makeError(ErrorCode::Validation,
                             CustomerFields::tr("%1 cannot be empty.").arg(fieldLabel(Label)));
        }
    }
    const std::optional<E> parsed = enumFromText<E>(text);
    if (!parsed)
        return unknownChoice<E>(text, Label);
    c.*Member = *parsed;
    return {};
}

// --- plain text

template<auto Member>
QString textOf(const Customer &c)
{
    return c.*Member;
}
template<auto Member>
QVariant textValue(const Customer &c)
{
    return (c.*Member).isEmpty() ? QVariant() : QVariant(c.*Member);
}
template<auto Member>
Status setTextMember(Customer &c, const QString &text)
{
    c.*Member = text;
    return {};
}

// Phone, e-mail, credit code: normalised at once so a mistake is reported with its field.
template<auto Member, Result<QString> (*Normalize)(const QString &), const char *Label>
Status setNormalized(Customer &c, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        c.*Member = QString();
        return {};
    }
    auto normalized = Normalize(text);
    if (!normalized)
        return makeError(ErrorCode::Validation,
                         CustomerFields::tr("%1: %2").arg(fieldLabel(Label), normalized.error().message));
    c.*Member = *normalized;
    return {};
}

// --- booleans

std::optional<bool> parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("1"),    QStringLiteral("on"),  QStringLiteral("是"),
                                 QStringLiteral("对"),   QStringLiteral("真")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"),  QStringLiteral("n"),
                                QStringLiteral("0"),     QStringLiteral("off"), QStringLiteral("否"),
                                QStringLiteral("不"),    QStringLiteral("假"),  QString()};
    if (yes.contains(t) || t == CustomerFields::tr("Yes").toCaseFolded())
        return true;
    if (no.contains(t) || t == CustomerFields::tr("No").toCaseFolded())
        return false;
    return std::nullopt;
}

template<auto Member>
QString booleanText(const Customer &c)
{
    return c.*Member ? QStringLiteral("true") : QStringLiteral("false");
}
template<auto Member>
QString booleanDisplay(const Customer &c)
{
    return c.*Member ? CustomerFields::tr("Yes") : CustomerFields::tr("No");
}
template<auto Member>
QVariant booleanValue(const Customer &c)
{
    return QVariant(bool(c.*Member));
}
template<auto Member, const char *Label>
Status setBoolean(Customer &c, const QString &text)
{
    const std::optional<bool> parsed = parseBoolean(text);
    if (!parsed)
        return makeError(ErrorCode::Validation, CustomerFields::tr("%1: “%2” is neither yes nor no.")
                                                    .arg(fieldLabel(Label), text.trimmed()));
    c.*Member = *parsed;
    return {};
}

// --- the individual fields that do not fit a pattern

QString lifecycleText(const Customer &c)
{
    return enumCode(c.lifecycle);
}
Status setLifecycle(Customer &c, const QString &text);

QString satisfactionText(const Customer &c)
{
    return c.satisfaction > 0 ? QString::number(c.satisfaction) : QString();
}
QVariant satisfactionValue(const Customer &c)
{
    return c.satisfaction > 0 ? QVariant(c.satisfaction) : QVariant();
}
Status setSatisfaction(Customer &c, const QString &text);

QString tagsText(const Customer &c)
{
    return c.tags.join(QStringLiteral(", "));
}
QVariant tagsValue(const Customer &c)
{
    return c.tags.isEmpty() ? QVariant() : QVariant(c.tags);
}
Status setTags(Customer &c, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString tag = part.simplified(); !tag.isEmpty())
            tags.append(tag);
    c.tags = tags;
    return {};
}

QString ownerText(const Customer &c)
{
    return c.ownerName;
}
QVariant ownerValue(const Customer &c)
{
    return c.ownerName.isEmpty() ? QVariant() : QVariant(c.ownerName);
}
Status setOwner(Customer &c, const QString &text)
{
    c.ownerName = text.simplified();
    c.ownerId.clear();
    return {};
}

QStringList noChoices()
{
    return {};
}

// Labels are template arguments of the setters (for their messages), so they are named objects.
constexpr char nameLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Name");
constexpr char kindLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Kind");
constexpr char tierLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Relationship tier");
constexpr char lifecycleLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Lifecycle level");
constexpr char lifecycleManualLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Lifecycle set by hand");
constexpr char segmentLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Value segment");
constexpr char ownerLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Owner");
constexpr char sourceLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Source");
constexpr char industryLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Industry");
constexpr char cityLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "City");
constexpr char regionLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Region");
constexpr char addressLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Address");
constexpr char phoneLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Phone");
constexpr char emailLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "E-mail");
constexpr char websiteLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Website");
constexpr char creditCodeLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Unified social credit code");
constexpr char tagsLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Tags");
constexpr char notesLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Notes");
constexpr char doNotContactLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Do not contact");
constexpr char satisfactionLabel[] = QT_TRANSLATE_NOOP("CustomerFields", "Satisfaction");

Status setLifecycle(Customer &c, const QString &text)
{
    if (Status s = setEnum<&Customer::lifecycle, lifecycleLabel>(c, text); !s)
        return s;
    c.lifecycleManual = true;  // a level typed in is an override of the computed one
    return {};
}

Status setSatisfaction(Customer &c, const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty()) {
        c.satisfaction = 0;
        return {};
    }
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value < 0 || value > 5)
        return makeError(ErrorCode::Validation, CustomerFields::tr("%1: “%2” is not a rating from 1 to 5.")
                                                    .arg(fieldLabel(satisfactionLabel), text.trimmed()));
    c.satisfaction = value;
    return {};
}

#define GX_TEXT_FIELD(member) &textOf<&Customer::member>, &textOf<&Customer::member>, &textValue<&Customer::member>
#define GX_ENUM_FIELD(member, E, label)                                                                        \
    &enumText<&Customer::member>, &enumDisplay<&Customer::member>, &enumValue<&Customer::member>,              \
        &setEnum<&Customer::member, label>, &enumChoices<E>

const std::array fields{
    Field{"name", "name", nameLabel, "名称", Type::Text, true, GX_TEXT_FIELD(name),
          &setTextMember<&Customer::name>, &noChoices},
    Field{"kind", "kind", kindLabel, "类型", Type::Enum, true, GX_ENUM_FIELD(kind, CustomerKind, kindLabel)},
    Field{"tier", "tier", tierLabel, "关系类型", Type::Enum, true, GX_ENUM_FIELD(tier, RelationshipTier, tierLabel)},
    Field{"lifecycle", "lifecycle", lifecycleLabel, "生命周期阶段", Type::Enum, true, &lifecycleText,
          &enumDisplay<&Customer::lifecycle>, &enumValue<&Customer::lifecycle>, &setLifecycle,
          &enumChoices<LifecycleLevel>},
    Field{"lifecycle-manual", "lifecycleManual", lifecycleManualLabel, "手动设定生命周期阶段", Type::Boolean, false,
          &booleanText<&Customer::lifecycleManual>, &booleanDisplay<&Customer::lifecycleManual>,
          &booleanValue<&Customer::lifecycleManual>, &setBoolean<&Customer::lifecycleManual, lifecycleManualLabel>,
          &noChoices},
    Field{"segment", "segment", segmentLabel, "价值区间", Type::Enum, false,
          GX_ENUM_FIELD(segment, ValueSegment, segmentLabel)},
    Field{"owner", "ownerId", ownerLabel, "负责人", Type::StaffName, false, &ownerText, &ownerText, &ownerValue,
          &setOwner, &noChoices},
    Field{"source", "source", sourceLabel, "来源", Type::Enum, false, GX_ENUM_FIELD(source, SourceChannel, sourceLabel)},
    Field{"industry", "industry", industryLabel, "行业", Type::Text, false, GX_TEXT_FIELD(industry),
          &setTextMember<&Customer::industry>, &noChoices},
    Field{"city", "city", cityLabel, "城市", Type::Text, false, GX_TEXT_FIELD(city), &setTextMember<&Customer::city>,
          &noChoices},
    Field{"region", "region", regionLabel, "省份/地区", Type::Text, false, GX_TEXT_FIELD(region),
          &setTextMember<&Customer::region>, &noChoices},
    Field{"address", "address", addressLabel, "地址", Type::Text, false, GX_TEXT_FIELD(address),
          &setTextMember<&Customer::address>, &noChoices},
    Field{"phone", "phone", phoneLabel, "电话", Type::Text, false, GX_TEXT_FIELD(phone),
          &setNormalized<&Customer::phone, &Validation::normalizePhone, phoneLabel>, &noChoices},
    Field{"email", "email", emailLabel, "邮箱", Type::Text, false, GX_TEXT_FIELD(email),
          &setNormalized<&Customer::email, &Validation::normalizeEmail, emailLabel>, &noChoices},
    Field{"website", "website", websiteLabel, "网站", Type::Text, false, GX_TEXT_FIELD(website),
          &setTextMember<&Customer::website>, &noChoices},
    Field{"credit-code", "creditCode", creditCodeLabel, "统一社会信用代码", Type::Text, false,
          GX_TEXT_FIELD(creditCode),
          &setNormalized<&Customer::creditCode, &Validation::normalizeCreditCode, creditCodeLabel>, &noChoices},
    Field{"tags", "tags", tagsLabel, "标签", Type::List, false, &tagsText, &tagsText, &tagsValue, &setTags, &noChoices},
    Field{"notes", "notes", notesLabel, "备注", Type::Text, false, GX_TEXT_FIELD(notes),
          &setTextMember<&Customer::notes>, &noChoices},
    Field{"do-not-contact", "doNotContact", doNotContactLabel, "请勿联系", Type::Boolean, false,
          &booleanText<&Customer::doNotContact>, &booleanDisplay<&Customer::doNotContact>,
          &booleanValue<&Customer::doNotContact>, &setBoolean<&Customer::doNotContact, doNotContactLabel>, &noChoices},
    Field{"satisfaction", "satisfaction", satisfactionLabel, "满意度", Type::Number, false, &satisfactionText,
          &satisfactionText, &satisfactionValue, &setSatisfaction, &noChoices},
};

#undef GX_TEXT_FIELD
#undef GX_ENUM_FIELD

// The Chinese labels before they were the window's terms, in files exported then: still found.
struct FormerLabel {
    const char *chinese;
    const char *name;
};
constexpr FormerLabel formerChineseLabels[] = {
    {"客户等级", "lifecycle"},
    {"手动设定等级", "lifecycle-manual"},
    {"客户来源", "source"},
};

// "credit-code", "credit_code", "creditCode" and "Credit Code" all fold to "creditcode".
QString foldName(QStringView text)
{
    QString folded;
    for (QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            folded.append(c.toCaseFolded());
    return folded;
}

}  // namespace

std::span<const Field> CustomerFields::all()
{
    return fields;
}

const Field *CustomerFields::find(QStringView nameOrLabel)
{
    const QString wanted = foldName(nameOrLabel);
    if (wanted.isEmpty())
        return nullptr;
    for (const Field &field : fields)
        if (foldName(QString::fromLatin1(field.name)) == wanted)
            return &field;
    for (const Field &field : fields) {
        if (foldName(QString::fromLatin1(field.label)) == wanted || foldName(QString::fromUtf8(field.chinese)) == wanted
            || foldName(label(field)) == wanted)
            return &field;
    }
    for (const FormerLabel &former : formerChineseLabels)
        if (foldName(QString::fromUtf8(former.chinese)) == wanted)
            return find(QString::fromLatin1(former.name));
    return nullptr;
}

const Field *CustomerFields::findByMember(QStringView member)
{
    for (const Field &field : fields)
        if (member == QLatin1String(field.member))
            return &field;
    return nullptr;
}

QString CustomerFields::label(const Field &field)
{
    return fieldLabel(field.label);
}

QStringList CustomerFields::describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        const Field *field = findByMember(error.field);
        lines.append(field ? tr("%1: %2").arg(label(*field), error.message) : error.message);
    }
    return lines;
}

}  // namespace guanxi
