#pragma once

#include "Contact.h"
#include "Customer.h"
#include "FollowUp.h"
#include "Interaction.h"
#include "Order.h"
#include "Staff.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace guanxi {

// One problem with one field, worded for the user ("E-mail: “a@b” is missing the domain…").
struct FieldError {
    QString field;    // the struct member's name: "name", "email", "phone", …
    QString message;  // translated
};
using FieldErrors = QList<FieldError>;

// Normalisation and validation of user input. The normalise* functions return the canonical
// form stored in the workspace (and used to find duplicates) or an Error whose message says
// what is wrong and what is expected.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Chinese mobiles → "13812345678"; fixed lines → "010-12345678" (extension: "010-12345678 ext. 123");
    // 400/800 service numbers → "400-123-4567"; other international numbers → "+14155550100".
    // Accepts +86 / 0086 / 86 prefixes, spaces, dashes, dots, brackets and full-width digits.
    static Result<QString> normalizePhone(const QString &input);
    // Trimmed, NFKC (full-width ＠ → @), domain lower-cased. Rejects anything without local part,
    // '@' and a dotted domain.
    static Result<QString> normalizeEmail(const QString &input);
    // 统一社会信用代码: 18 characters from 0-9 and A-Z without I, O, S, V, Z; the last is a check
    // character (GB 32100-2015). Upper-cased, spaces removed.
    static Result<QString> normalizeCreditCode(const QString &input);
    // The check character for the first 17 characters, or a null QChar if one is not allowed.
    static QChar creditCodeCheckCharacter(QStringView first17);

    // Normalise every field in place and return what is still wrong (empty when valid).
    static FieldErrors normalizeAndValidate(Customer &customer);
    static FieldErrors normalizeAndValidate(Contact &contact);
    static FieldErrors normalizeAndValidate(Interaction &interaction);
    static FieldErrors normalizeAndValidate(FollowUp &followUp);
    static FieldErrors normalizeAndValidate(Order &order);
    static FieldErrors normalizeAndValidate(Staff &staff);

    // One Error (code Validation) listing all field errors, for callers that only report.
    static Error toError(const FieldErrors &errors);

    static constexpr int MaxNameLength = 200;
};

}  // namespace guanxi
