#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace guanxi {

// Every enum is stored by its stable ASCII code (DOMAIN.md) and shown by its translated label.
enum class CustomerKind { Company, Person };
enum class RelationshipTier { Transactional, PreferredSupplier, Partner, StrategicAlliance };
enum class LifecycleLevel { Prospect, New, Regular, Established, Loyal };
enum class ValueSegment { Value, Potential, Migrating, Frozen };
enum class ContactRole { DecisionMaker, Influencer, User, Gatekeeper, Champion };
enum class InteractionChannel { Visit, Call, Email, Chat, Meeting, Other };
enum class SourceChannel { Referral, TradeShow, Website, Advertising, SocialMedia, ColdOutreach, Ecommerce, Other };
enum class FollowUpStatus { Open, Done };

template<typename E>
struct EnumEntry {
    E value;
    const char *code;     // stored in the database, never translated
    const char *label;    // English source text of the translated label (context: EnumTraits<E>::context)
    const char *chinese;  // the Chinese label, accepted as a synonym whatever the UI language
    const char *aliases;  // further synonyms for imports, '|' separated (may be empty)
};

template<typename E>
struct EnumTraits;  // specialised in Enums.cpp: static const char *context; static std::span<const EnumEntry<E>> entries();

#define GUANXI_DECLARE_ENUM_TRAITS(E)                        \
    template<>                                               \
    struct EnumTraits<E> {                                   \
        static const char *const context;                    \
        static std::span<const EnumEntry<E>> entries();      \
    };

GUANXI_DECLARE_ENUM_TRAITS(CustomerKind)
GUANXI_DECLARE_ENUM_TRAITS(RelationshipTier)
GUANXI_DECLARE_ENUM_TRAITS(LifecycleLevel)
GUANXI_DECLARE_ENUM_TRAITS(ValueSegment)
GUANXI_DECLARE_ENUM_TRAITS(ContactRole)
GUANXI_DECLARE_ENUM_TRAITS(InteractionChannel)
GUANXI_DECLARE_ENUM_TRAITS(SourceChannel)
GUANXI_DECLARE_ENUM_TRAITS(FollowUpStatus)
#undef GUANXI_DECLARE_ENUM_TRAITS

namespace detail {
// Lower-case, with spaces, '_', '-' and '/' removed: "Strategic alliance" == "strategic_alliance".
QString foldEnumText(QStringView text);
}  // namespace detail

template<typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const auto &entry : EnumTraits<E>::entries())
        values.append(entry.value);
    return values;
}

template<typename E>
QString enumCode(E value)
{
    for (const auto &entry : EnumTraits<E>::entries())
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

template<typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto &entry : EnumTraits<E>::entries())
        if (code == QLatin1String(entry.code))
            return entry.value;
    return std::nullopt;
}

// The label in the current UI language.
template<typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumTraits<E>::entries())
        if (entry.value == value)
            return QCoreApplication::translate(EnumTraits<E>::context, entry.label);
    return {};
}

// Accepts the code, the English label, the Chinese label, an alias or the current translation,
// ignoring case, spaces and separators. For imports and command-line arguments.
template<typename E>
std::optional<E> enumFromText(QStringView text)
{
    const QString folded = detail::foldEnumText(text);
    if (folded.isEmpty())
        return std::nullopt;
    // Codes, English and Chinese labels and aliases never change: folded once (imports ask
    // for every row). The labels of the current translation are compared as they are now.
    static const QHash<QString, E> fixedSpellings = [] {
        QHash<QString, E> spellings;
        for (const auto &entry : EnumTraits<E>::entries()) {
            QStringList candidates{QString::fromLatin1(entry.code), QString::fromLatin1(entry.label),
                                   QString::fromUtf8(entry.chinese)};
            candidates += QString::fromUtf8(entry.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &candidate : candidates) {
                const QString key = detail::foldEnumText(candidate);
                if (!spellings.contains(key))  // the first entry wins
                    spellings.insert(key, entry.value);
            }
        }
        return spellings;
    }();
    if (const auto found = fixedSpellings.constFind(folded); found != fixedSpellings.constEnd())
        return found.value();
    for (const auto &entry : EnumTraits<E>::entries())
        if (detail::foldEnumText(QCoreApplication::translate(EnumTraits<E>::context, entry.label)) == folded)
            return entry.value;
    return std::nullopt;
}

}  // namespace guanxi
