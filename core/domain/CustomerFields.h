#pragma once

#include "Customer.h"
#include "Result.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <span>

namespace guanxi {

// The customer's editable fields as one table, in the order a profile shows them. Everything
// that reads or writes customers field by field goes through it: guanxi-cli (`customer add`,
// `customer edit --FIELD VALUE`, --json output), and the CSV import and export.
//
//   const auto *field = CustomerFields::find(u"tier");
//   if (Status s = field->setText(customer, QStringLiteral("合作伙伴")); !s) report(s.error().message);
class CustomerFields
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)

public:
    enum class Type {
        Text,      // free text
        Enum,      // one of the codes of an enum in Enums.h
        Boolean,   // yes / no
        Number,    // an integer (satisfaction)
        List,      // several values (tags)
        StaffName, // a team member, named; the caller turns the name into an id (see setText)
    };

    struct Field {
        const char *name;     // stable, lower case with dashes: "credit-code", "do-not-contact"
        const char *member;   // the Customer member, as Validation's FieldError::field names it
        const char *label;    // English source text of the label (translation context "CustomerFields")
        const char *chinese;  // the Chinese label (the window's term), accepted by find() whatever the UI language
        Type type;
        bool required;
        // The value as text that setText reads back unchanged: enum codes, "true"/"false",
        // numbers, tags joined by ", ", the owner's name. Empty when unset.
        QString (*text)(const Customer &);
        // The value for people: enum labels and yes/no in the UI language.
        QString (*displayText)(const Customer &);
        // The value typed: QString, bool, int or QStringList; a null QVariant when unset.
        QVariant (*value)(const Customer &);
        // Parses `text` into the customer. Enum fields accept the code, the English or Chinese
        // label and the translated label; an empty text clears an optional field. Phone, e-mail
        // and credit code are normalised here, so mistakes are reported with the field. Setting
        // the lifecycle level marks it as set by hand. The owner (StaffName) is stored as
        // Customer::ownerName with ownerId cleared: the caller finds or creates the team member
        // (StaffRepository::findOrCreate) and sets ownerId.
        Status (*setText)(Customer &, const QString &text);
        // The accepted codes of an Enum field; empty for other types.
        QStringList (*choices)();
    };

    static std::span<const Field> all();
    // By name ("credit-code"), ignoring case and the difference between '-', '_' and camelCase
    // ("creditCode"), or by English, Chinese or translated label (or a Chinese label of earlier
    // versions: 客户等级, 客户来源). Null when nothing matches.
    static const Field *find(QStringView nameOrLabel);
    // By Validation's field name ("creditCode"), to put a label in front of a FieldError.
    static const Field *findByMember(QStringView member);
    static QString label(const Field &field);
    // "E-mail: “x” is not an e-mail address…", one line per error.
    static QStringList describe(const FieldErrors &errors);
};

}  // namespace guanxi
