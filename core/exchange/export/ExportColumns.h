#pragma once

#include "ExportOptions.h"
#include "ExportValue.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Order.h"

#include <QList>
#include <QStringView>

#include <span>

namespace guanxi::exchange {

// The columns of every exported table, in their default order: a stable code, and the header
// written in English or Chinese (ExportOptions::language; Codes writes the code). These headers
// are a file format: the importer matches them (and the codes) to fields, so an export re-imports
// to the same data, and the `id` column makes a re-import update instead of duplicating.
// Customer codes and headers are those of domain/CustomerFields (a test keeps them equal).
// The first header is "Id", not "ID": Excel takes a file that starts with "ID" for a SYLK file
// and refuses it (CSV without a byte-order mark).
//
// Values: enum columns hold the label in the same language (English or Chinese label from
// domain/Enums.cpp, which enumFromText accepts), or the code with Codes; yes/no columns hold
// yes/no, 是/否 or true/false. Amounts are decimal yuan with two decimals ("1234.50", no
// thousands separator; numbers with the format #,##0.00 in XLSX), empty when unknown. Dates are
// YYYY-MM-DD; date-times "YYYY-MM-DD HH:MM:SS" in the exporting computer's time zone (real date
// cells in XLSX). Tags are joined by ", ". With spreadsheet safety on (the default), a text value
// that starts with = + - @ tab, CR or their full-width forms, possibly after apostrophes, gets
// one more apostrophe in front (SpreadsheetSafety.h): the importer removes exactly one.
//
// customers
//   code              English header               Chinese header
//   id                Id                           编号
//   name              Name                         名称
//   kind              Kind                         类型          company|person
//   tier              Relationship tier            关系类型
//   lifecycle         Lifecycle level              生命周期阶段   importing it marks the level as set by hand;
//   lifecycle-manual  Lifecycle set by hand        手动设定生命周期阶段   this column, after it, restores the flag
//   segment           Value segment                价值区间
//   owner             Owner                        负责人        the team member's name
//   source            Source                       来源
//   industry          Industry                     行业
//   city              City                         城市
//   region            Region                       省份/地区
//   address           Address                      地址
//   phone             Phone                        电话          normalised; international ones start with +
//   email             E-mail                       邮箱
//   website           Website                      网站
//   credit-code       Unified social credit code   统一社会信用代码
//   tags              Tags                         标签
//   notes             Notes                        备注
//   do-not-contact    Do not contact               请勿联系
//   satisfaction      Satisfaction                 满意度        1-5, number; empty when not rated
//   created           Created                      创建时间      read-only
//   updated           Last changed                 修改时间      read-only
//
// contacts
//   id                Id                           编号
//   customer-id       Customer id                  客户编号
//   customer          Customer                     客户名称
//   name              Name                         姓名
//   title             Job title                    职务
//   role              Role                         角色
//   phone             Phone                        电话
//   email             E-mail                       邮箱
//   wechat            WeChat                       微信
//   primary           Primary contact              主要联系人
//   notes             Notes                        备注
//   created           Created                      创建时间
//   updated           Last changed                 修改时间
//
// orders
//   id                Id                           编号
//   customer-id       Customer id                  客户编号
//   customer          Customer                     客户名称
//   order-number      Order number                 订单号
//   date              Date                         日期
//   amount            Amount                       金额          number, two decimals
//   cost              Cost                         成本          number, two decimals; empty when unknown
//   currency          Currency                     币种          ISO 4217: CNY
//   product           Product                      产品
//   notes             Notes                        备注
//   created           Created                      创建时间
//   updated           Last changed                 修改时间
//
// interactions
//   id                Id                           编号
//   customer-id       Customer id                  客户编号
//   customer          Customer                     客户名称
//   time              Time                         时间          date-time
//   channel           Channel                      方式
//   contact-id        Contact id                   联系人编号
//   contact           Contact                      联系人
//   staff             Staff                        经办人        the team member's name
//   summary           Summary                      摘要
//   commitments       Commitments                  承诺
//   created           Created                      创建时间
//   updated           Last changed                 修改时间
//
// followups
//   id                Id                           编号
//   customer-id       Customer id                  客户编号
//   customer          Customer                     客户名称
//   title             Title                        事项
//   due               Due                          到期日        date
//   snoozed-until     Snoozed until                推迟到        date; empty when not snoozed
//   status            Status                       状态
//   done-at           Done at                      完成时间      date-time; empty while open
//   owner             Owner                        负责人
//   interaction-id    Interaction id               沟通记录编号
//   notes             Notes                        备注
//   created           Created                      创建时间
//   updated           Last changed                 修改时间
template<typename Record>
struct ExportColumn {
    const char *code;
    const char *english;
    const char *chinese;  // UTF-8
    ExportValue (*value)(const Record &, ExportLanguage);
};

std::span<const ExportColumn<Customer>> customerColumns();
std::span<const ExportColumn<Contact>> contactColumns();
std::span<const ExportColumn<Order>> orderColumns();
std::span<const ExportColumn<Interaction>> interactionColumns();
std::span<const ExportColumn<FollowUp>> followUpColumns();

template<typename Record>
std::span<const ExportColumn<Record>> columnsFor();
template<>
inline std::span<const ExportColumn<Customer>> columnsFor<Customer>() { return customerColumns(); }
template<>
inline std::span<const ExportColumn<Contact>> columnsFor<Contact>() { return contactColumns(); }
template<>
inline std::span<const ExportColumn<Order>> columnsFor<Order>() { return orderColumns(); }
template<>
inline std::span<const ExportColumn<Interaction>> columnsFor<Interaction>() { return interactionColumns(); }
template<>
inline std::span<const ExportColumn<FollowUp>> columnsFor<FollowUp>() { return followUpColumns(); }

// The header of a column in a language: the English or Chinese label, or the code.
template<typename Record>
QString columnHeader(const ExportColumn<Record> &column, ExportLanguage language)
{
    switch (language) {
    case ExportLanguage::English: return QString::fromLatin1(column.english);
    case ExportLanguage::Chinese: return QString::fromUtf8(column.chinese);
    case ExportLanguage::Codes: break;
    }
    return QString::fromLatin1(column.code);
}

// The columns of an entity without their types, for choosers and the CLI.
struct ColumnName {
    QString code;
    QString english;
    QString chinese;
};
QList<ColumnName> columnNames(ExportEntity entity);
// The code of the entity's column named by its code, English or Chinese header, ignoring case,
// spaces, '-' and '_' ("credit_code", "Unified social credit code" and "统一社会信用代码" all find
// "credit-code"); empty when there is none.
QString findColumn(ExportEntity entity, QStringView name);

}  // namespace guanxi::exchange
