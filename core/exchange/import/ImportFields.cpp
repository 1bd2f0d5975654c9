#include "ImportFields.h"

#include "HeaderMatcher.h"

#include <array>

namespace guanxi {

namespace {

using Need = ImportField::Need;

// Customer fields: the keys, labels and Chinese labels of domain/CustomerFields (a test keeps
// them equal), the record's id and creation time, and the name of a first contact.
const std::array customerFields{
    ImportField{"id", QT_TRANSLATE_NOOP("ImportFields", "ID"), "编号", "客户编号|客户id|uuid|customer id", Need::Optional},
    ImportField{"name", QT_TRANSLATE_NOOP("ImportFields", "Name"), "名称",
                "客户名称|客户名|客户|公司|公司名称|企业|企业名称|单位|单位名称|姓名|company|company name|customer|customer name|"
                "account|account name|organization|organisation|business name",
                Need::Required},
    ImportField{"kind", QT_TRANSLATE_NOOP("ImportFields", "Kind"), "类型", "客户类型|customer type|type", Need::Optional},
    ImportField{"tier", QT_TRANSLATE_NOOP("ImportFields", "Relationship tier"), "关系类型",
                "关系|客户关系|关系等级|关系层级|tier|relationship|relationship type|relationship level", Need::Optional},
    ImportField{"lifecycle", QT_TRANSLATE_NOOP("ImportFields", "Lifecycle level"), "生命周期阶段",
                "客户等级|等级|客户级别|生命周期|lifecycle|level|stage|customer level", Need::Optional},
    ImportField{"lifecycle-manual", QT_TRANSLATE_NOOP("ImportFields", "Lifecycle set by hand"), "手动设定生命周期阶段", "手动设定等级",
                Need::Optional},
    ImportField{"segment", QT_TRANSLATE_NOOP("ImportFields", "Value segment"), "价值区间", "价值分类|客户价值|价值|segment", Need::Optional},
    ImportField{"owner", QT_TRANSLATE_NOOP("ImportFields", "Owner"), "负责人",
                "销售|业务员|客户经理|销售代表|所属销售|跟进人|sales|sales rep|salesperson|account manager|account owner", Need::Optional},
    ImportField{"source", QT_TRANSLATE_NOOP("ImportFields", "Source"), "来源", "客户来源|获客渠道|线索来源|lead source|origin", Need::Optional},
    ImportField{"industry", QT_TRANSLATE_NOOP("ImportFields", "Industry"), "行业", "所属行业|行业类别|sector|business", Need::Optional},
    ImportField{"city", QT_TRANSLATE_NOOP("ImportFields", "City"), "城市", "所在城市|所在地|市|town", Need::Optional},
    ImportField{"region", QT_TRANSLATE_NOOP("ImportFields", "Region"), "省份/地区", "省份|省|地区|区域|省市|province|state|area", Need::Optional},
    ImportField{"address", QT_TRANSLATE_NOOP("ImportFields", "Address"), "地址",
                "详细地址|联系地址|公司地址|通讯地址|street|street address|postal address", Need::Optional},
    ImportField{"phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), "电话",
                "手机|手机号|手机号码|移动电话|联系电话|联系方式|电话号码|座机|固话|mobile|mobile phone|mobile number|cell|cellphone|"
                "cell phone|telephone|tel|phone number|phone no",
                Need::Optional},
    ImportField{"email", QT_TRANSLATE_NOOP("ImportFields", "E-mail"), "邮箱",
                "电子邮件|电子邮箱|邮件|邮件地址|email address|mail|e-mail address", Need::Optional},
    ImportField{"website", QT_TRANSLATE_NOOP("ImportFields", "Website"), "网站", "网址|官网|主页|web|url|homepage|web site", Need::Optional},
    ImportField{"credit-code", QT_TRANSLATE_NOOP("ImportFields", "Unified social credit code"), "统一社会信用代码",
                "信用代码|社会信用代码|统一代码|税号|纳税人识别号|credit code|uscc|tax id|tax number", Need::Optional},
    ImportField{"tags", QT_TRANSLATE_NOOP("ImportFields", "Tags"), "标签", "tag|labels", Need::Optional},
    ImportField{"notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"), "备注", "说明|附注|note|remarks|remark|comments|comment|memo", Need::Optional},
    ImportField{"do-not-contact", QT_TRANSLATE_NOOP("ImportFields", "Do not contact"), "请勿联系", "勿扰|免打扰|dnc|opt out|opted out",
                Need::Optional},
    ImportField{"satisfaction", QT_TRANSLATE_NOOP("ImportFields", "Satisfaction"), "满意度", "评分|满意|rating|score", Need::Optional},
    ImportField{"contact", QT_TRANSLATE_NOOP("ImportFields", "Contact person"), "联系人",
                "联系人姓名|联系人名称|contact|contact name|contact person", Need::Optional},
    ImportField{"created", QT_TRANSLATE_NOOP("ImportFields", "Created"), "创建时间", "创建日期|created at|date created|创建", Need::Optional},
};

const std::array contactFields{
    ImportField{"id", QT_TRANSLATE_NOOP("ImportFields", "ID"), "编号", "联系人编号|联系人id|uuid|contact id", Need::Optional},
    ImportField{"customer-id", QT_TRANSLATE_NOOP("ImportFields", "Customer ID"), "客户编号", "客户id|customer uuid", Need::CustomerReference},
    ImportField{"customer", QT_TRANSLATE_NOOP("ImportFields", "Customer"), "客户名称",
                "客户|客户名|公司|公司名称|企业|企业名称|单位|单位名称|company|company name|customer name|account|organization|"
                "organisation|org",
                Need::CustomerReference},
    ImportField{"name", QT_TRANSLATE_NOOP("ImportFields", "Name"), "姓名",
                "联系人|联系人姓名|名字|名称|contact|contact name|full name|person", Need::Required},
    ImportField{"title", QT_TRANSLATE_NOOP("ImportFields", "Job title"), "职务", "职位|头衔|岗位|title|position|job", Need::Optional},
    ImportField{"role", QT_TRANSLATE_NOOP("ImportFields", "Role"), "角色", "采购角色|决策角色|buying role", Need::Optional},
    ImportField{"phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), "电话",
                "手机|手机号|手机号码|移动电话|联系电话|电话号码|座机|mobile|mobile phone|mobile number|cell|cellphone|telephone|tel|"
                "phone number",
                Need::Optional},
    ImportField{"email", QT_TRANSLATE_NOOP("ImportFields", "E-mail"), "邮箱", "电子邮件|电子邮箱|邮件|email address|mail", Need::Optional},
    ImportField{"wechat", QT_TRANSLATE_NOOP("ImportFields", "WeChat"), "微信", "微信号|weixin|wechat id|wx", Need::Optional},
    ImportField{"primary", QT_TRANSLATE_NOOP("ImportFields", "Primary contact"), "主要联系人", "首要联系人|主联系人|primary|main contact",
                Need::Optional},
    ImportField{"notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"), "备注", "说明|note|remarks|comments|memo", Need::Optional},
    ImportField{"created", QT_TRANSLATE_NOOP("ImportFields", "Created"), "创建时间", "创建日期|created at|date created", Need::Optional},
    // For a customer the import creates (ImportOptions::createMissingCustomers).
    ImportField{"customer-city", QT_TRANSLATE_NOOP("ImportFields", "Customer's city"), "客户城市", "", Need::Optional},
    ImportField{"customer-region", QT_TRANSLATE_NOOP("ImportFields", "Customer's region"), "客户省份/地区", "", Need::Optional},
    ImportField{"customer-address", QT_TRANSLATE_NOOP("ImportFields", "Customer's address"), "客户地址", "", Need::Optional},
};

const std::array orderFields{
    ImportField{"id", QT_TRANSLATE_NOOP("ImportFields", "ID"), "编号", "订单id|uuid", Need::Optional},
    ImportField{"customer-id", QT_TRANSLATE_NOOP("ImportFields", "Customer ID"), "客户编号", "客户id|customer uuid", Need::CustomerReference},
    ImportField{"customer", QT_TRANSLATE_NOOP("ImportFields", "Customer"), "客户名称",
                "客户|客户名|公司|公司名称|企业|单位|买方|购买方|company|customer name|account|buyer|client", Need::CustomerReference},
    ImportField{"order-number", QT_TRANSLATE_NOOP("ImportFields", "Order number"), "订单号",
                "订单编号|单号|订单|合同号|合同编号|order no|order id|order|invoice|invoice number", Need::Optional},
    ImportField{"date", QT_TRANSLATE_NOOP("ImportFields", "Date"), "日期",
                "下单日期|订单日期|成交日期|签约日期|下单时间|order date|ordered on|date ordered", Need::Required},
    ImportField{"amount", QT_TRANSLATE_NOOP("ImportFields", "Amount"), "金额",
                "订单金额|总金额|合计|合计金额|成交金额|销售额|价格|总价|total|value|price|order amount|revenue|sum", Need::Required},
    ImportField{"cost", QT_TRANSLATE_NOOP("ImportFields", "Cost"), "成本", "成本金额|进价|cost price|costs", Need::Optional},
    ImportField{"currency", QT_TRANSLATE_NOOP("ImportFields", "Currency"), "币种", "货币|币别|currency code", Need::Optional},
    ImportField{"product", QT_TRANSLATE_NOOP("ImportFields", "Product"), "产品", "商品|产品名称|商品名称|品名|货品|item|goods|products",
                Need::Optional},
    ImportField{"notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"), "备注", "说明|note|remarks|comments|memo", Need::Optional},
    ImportField{"created", QT_TRANSLATE_NOOP("ImportFields", "Created"), "创建时间", "创建日期|created at|date created", Need::Optional},
};

const std::array interactionFields{
    ImportField{"id", QT_TRANSLATE_NOOP("ImportFields", "ID"), "编号", "记录编号|uuid", Need::Optional},
    ImportField{"customer-id", QT_TRANSLATE_NOOP("ImportFields", "Customer ID"), "客户编号", "客户id|customer uuid", Need::CustomerReference},
    ImportField{"customer", QT_TRANSLATE_NOOP("ImportFields", "Customer"), "客户名称",
                "客户|客户名|公司|公司名称|企业|单位|company|customer name|account|client", Need::CustomerReference},
    ImportField{"time", QT_TRANSLATE_NOOP("ImportFields", "Time"), "时间",
                "日期|沟通时间|联系时间|拜访时间|发生时间|日期时间|date|date time|datetime|when|occurred at", Need::Required},
    ImportField{"channel", QT_TRANSLATE_NOOP("ImportFields", "Channel"), "方式", "沟通方式|联系方式|渠道|类型|via|type|medium", Need::Optional},
    ImportField{"contact-id", QT_TRANSLATE_NOOP("ImportFields", "Contact ID"), "联系人编号", "联系人id|contact uuid", Need::Optional},
    ImportField{"contact", QT_TRANSLATE_NOOP("ImportFields", "Contact"), "联系人", "对方|联系人姓名|contact name|person|with", Need::Optional},
    ImportField{"staff", QT_TRANSLATE_NOOP("ImportFields", "Staff"), "经办人",
                "员工|销售|业务员|负责人|跟进人|记录人|rep|sales rep|salesperson|by|owner|user", Need::Optional},
    ImportField{"summary", QT_TRANSLATE_NOOP("ImportFields", "Summary"), "摘要",
                "内容|沟通内容|记录|沟通记录|详情|主题|subject|content|notes|description|details", Need::Required},
    ImportField{"commitments", QT_TRANSLATE_NOOP("ImportFields", "Commitments"), "承诺", "承诺事项|约定|promises|promise|agreed",
                Need::Optional},
    ImportField{"created", QT_TRANSLATE_NOOP("ImportFields", "Created"), "创建时间", "创建日期|created at|date created", Need::Optional},
};

}  // namespace

std::span<const ImportField> ImportFields::of(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers: return customerFields;
    case ImportEntity::Contacts: return contactFields;
    case ImportEntity::Orders: return orderFields;
    case ImportEntity::Interactions: return interactionFields;
    }
    return {};
}

const ImportField *ImportFields::find(ImportEntity entity, QStringView keyOrLabel)
{
    const int index = indexOf(entity, keyOrLabel);
    if (index >= 0)
        return &of(entity)[index];
    const QString wanted = HeaderMatcher::fold(keyOrLabel);
    if (wanted.isEmpty())
        return nullptr;
    for (const ImportField &field : of(entity))
        for (const QString &spelling : {QString::fromUtf8(field.label), QString::fromUtf8(field.chinese), label(field)})
            if (HeaderMatcher::fold(spelling) == wanted)
                return &field;
    return nullptr;
}

int ImportFields::indexOf(ImportEntity entity, QStringView key)
{
    const QString wanted = HeaderMatcher::fold(key);
    const auto fields = of(entity);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (HeaderMatcher::fold(QString::fromLatin1(fields[i].key)) == wanted)
            return int(i);
    return -1;
}

QString ImportFields::label(const ImportField &field)
{
    return tr(field.label);
}

QStringList ImportFields::spellings(const ImportField &field)
{
    QStringList all{QString::fromLatin1(field.key), QString::fromUtf8(field.label), QString::fromUtf8(field.chinese), label(field)};
    all += QString::fromUtf8(field.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    return all;
}

}  // namespace guanxi
