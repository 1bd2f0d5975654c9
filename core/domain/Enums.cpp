#include "Enums.h"

#include <array>

namespace guanxi {

namespace detail {
QString foldEnumText(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        folded.append(c.toCaseFolded());
    }
    return folded;
}
}  // namespace detail

#define GUANXI_ENUM_TABLE(E, ctx, ...)                                         \
    const char *const EnumTraits<E>::context = ctx;                           \
    std::span<const EnumEntry<E>> EnumTraits<E>::entries()                    \
    {                                                                         \
        static const std::array table{__VA_ARGS__};                           \
        return table;                                                         \
    }

using CK = CustomerKind;
GUANXI_ENUM_TABLE(CustomerKind, "CustomerKind",
    EnumEntry<CK>{CK::Company, "company", QT_TRANSLATE_NOOP("CustomerKind", "Company"), "公司", "企业|单位|organisation|organization"},
    EnumEntry<CK>{CK::Person, "person", QT_TRANSLATE_NOOP("CustomerKind", "Person"), "个人", "个体|individual"})

using RT = RelationshipTier;
GUANXI_ENUM_TABLE(RelationshipTier, "RelationshipTier",
    EnumEntry<RT>{RT::Transactional, "transactional", QT_TRANSLATE_NOOP("RelationshipTier", "Transactional"), "买卖关系", "买卖|交易关系"},
    EnumEntry<RT>{RT::PreferredSupplier, "preferred_supplier", QT_TRANSLATE_NOOP("RelationshipTier", "Preferred supplier"), "供应关系", "供应|优先供应商|优先供应|supplier"},
    EnumEntry<RT>{RT::Partner, "partner", QT_TRANSLATE_NOOP("RelationshipTier", "Partner"), "合作伙伴", "伙伴|合作伙伴关系|partnership"},
    EnumEntry<RT>{RT::StrategicAlliance, "strategic_alliance", QT_TRANSLATE_NOOP("RelationshipTier", "Strategic alliance"), "战略联盟", "联盟|战略联盟关系|alliance"})

using LL = LifecycleLevel;
GUANXI_ENUM_TABLE(LifecycleLevel, "LifecycleLevel",
    EnumEntry<LL>{LL::Prospect, "prospect", QT_TRANSLATE_NOOP("LifecycleLevel", "Prospect"), "潜在客户", "潜在"},
    EnumEntry<LL>{LL::New, "new", QT_TRANSLATE_NOOP("LifecycleLevel", "New customer"), "新客户", "新"},
    EnumEntry<LL>{LL::Regular, "regular", QT_TRANSLATE_NOOP("LifecycleLevel", "Regular"), "常客户", "常客|regular customer"},
    EnumEntry<LL>{LL::Established, "established", QT_TRANSLATE_NOOP("LifecycleLevel", "Established"), "老客户", "老客|established customer"},
    EnumEntry<LL>{LL::Loyal, "loyal", QT_TRANSLATE_NOOP("LifecycleLevel", "Loyal"), "忠诚客户", "忠诚|loyal customer"})

using VS = ValueSegment;
GUANXI_ENUM_TABLE(ValueSegment, "ValueSegment",
    EnumEntry<VS>{VS::Value, "value", QT_TRANSLATE_NOOP("ValueSegment", "Value"), "价值客户", "价值"},
    EnumEntry<VS>{VS::Potential, "potential", QT_TRANSLATE_NOOP("ValueSegment", "Potential"), "潜力客户", "潜力"},
    EnumEntry<VS>{VS::Migrating, "migrating", QT_TRANSLATE_NOOP("ValueSegment", "Migrating"), "迁移客户", "迁移"},
    EnumEntry<VS>{VS::Frozen, "frozen", QT_TRANSLATE_NOOP("ValueSegment", "Frozen"), "冰点客户", "冰点|dormant"})

using CR = ContactRole;
GUANXI_ENUM_TABLE(ContactRole, "ContactRole",
    EnumEntry<CR>{CR::DecisionMaker, "decision_maker", QT_TRANSLATE_NOOP("ContactRole", "Decision maker"), "决策者", "决策人|拍板人"},
    EnumEntry<CR>{CR::Influencer, "influencer", QT_TRANSLATE_NOOP("ContactRole", "Influencer"), "影响者", "影响人"},
    EnumEntry<CR>{CR::User, "user", QT_TRANSLATE_NOOP("ContactRole", "User"), "使用者", "用户|使用人"},
    EnumEntry<CR>{CR::Gatekeeper, "gatekeeper", QT_TRANSLATE_NOOP("ContactRole", "Gatekeeper"), "把关者", "守门人|把关人"},
    EnumEntry<CR>{CR::Champion, "champion", QT_TRANSLATE_NOOP("ContactRole", "Champion"), "支持者", "内线|拥护者|coach"})

using IC = InteractionChannel;
GUANXI_ENUM_TABLE(InteractionChannel, "InteractionChannel",
    EnumEntry<IC>{IC::Visit, "visit", QT_TRANSLATE_NOOP("InteractionChannel", "Visit"), "拜访", "上门|面访"},
    EnumEntry<IC>{IC::Call, "call", QT_TRANSLATE_NOOP("InteractionChannel", "Call"), "电话", "来电|去电|phone|phone call"},
    EnumEntry<IC>{IC::Email, "email", QT_TRANSLATE_NOOP("InteractionChannel", "E-mail"), "邮件", "电子邮件|mail"},
    EnumEntry<IC>{IC::Chat, "chat", QT_TRANSLATE_NOOP("InteractionChannel", "Chat / WeChat"), "微信/聊天", "微信|聊天|wechat|im"},
    EnumEntry<IC>{IC::Meeting, "meeting", QT_TRANSLATE_NOOP("InteractionChannel", "Meeting"), "会议", "开会|会面"},
    EnumEntry<IC>{IC::Other, "other", QT_TRANSLATE_NOOP("InteractionChannel", "Other"), "其他", "其它"})

using SC = SourceChannel;
GUANXI_ENUM_TABLE(SourceChannel, "SourceChannel",
    EnumEntry<SC>{SC::Referral, "referral", QT_TRANSLATE_NOOP("SourceChannel", "Referral"), "转介绍", "介绍|推荐|老客户介绍"},
    EnumEntry<SC>{SC::TradeShow, "trade_show", QT_TRANSLATE_NOOP("SourceChannel", "Trade show"), "展会", "展览会|交易会|exhibition"},
    EnumEntry<SC>{SC::Website, "website", QT_TRANSLATE_NOOP("SourceChannel", "Website"), "官网", "网站|web"},
    EnumEntry<SC>{SC::Advertising, "advertising", QT_TRANSLATE_NOOP("SourceChannel", "Advertising"), "广告", "ads|广告投放"},
    EnumEntry<SC>{SC::SocialMedia, "social_media", QT_TRANSLATE_NOOP("SourceChannel", "Social media"), "社交媒体", "微博|抖音|小红书|social"},
    EnumEntry<SC>{SC::ColdOutreach, "cold_outreach", QT_TRANSLATE_NOOP("SourceChannel", "Cold outreach"), "陌生拜访", "陌拜|电话营销|cold call|cold calling"},
    EnumEntry<SC>{SC::Ecommerce, "ecommerce", QT_TRANSLATE_NOOP("SourceChannel", "E-commerce platform"), "电商平台", "电商|淘宝|京东|1688|online shop"},
    EnumEntry<SC>{SC::Other, "other", QT_TRANSLATE_NOOP("SourceChannel", "Other"), "其他", "其它"})

using FS = FollowUpStatus;
GUANXI_ENUM_TABLE(FollowUpStatus, "FollowUpStatus",
    EnumEntry<FS>{FS::Open, "open", QT_TRANSLATE_NOOP("FollowUpStatus", "Open"), "待办", "未完成|进行中"},
    EnumEntry<FS>{FS::Done, "done", QT_TRANSLATE_NOOP("FollowUpStatus", "Done"), "已完成", "完成|closed"})

#undef GUANXI_ENUM_TABLE

}  // namespace guanxi
