#include "Validation.h"

#include <QRegularExpression>

namespace guanxi {

namespace {

QString simplifiedText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Keeps digits, '+' and the extension part; removes the separators people type.
QString stripPhoneSeparators(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('+'))
            out.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
                 || c == QLatin1Char(')') || c == QLatin1Char('/'))
            continue;
        else
            return QString();  // letters or other symbols: not a phone number
    }
    return out;
}

bool isMobile(const QString &digits)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    return re.match(digits).hasMatch();
}

// Area codes are 010 and 020–029 (two digits after the 0) or 0 plus three digits elsewhere.
int areaCodeLength(const QString &digitsStartingWithZero)
{
    if (digitsStartingWithZero.size() < 3)
        return 0;
    const QChar second = digitsStartingWithZero[1];
    if (second == QLatin1Char('1') && digitsStartingWithZero[2] == QLatin1Char('0'))
        return 3;
    if (second == QLatin1Char('2'))
        return 3;
    if (second == QLatin1Char('0'))
        return 0;
    return 4;
}

// The canonical way an extension is written: ASCII, understood everywhere, and read back by
// normalizePhone so normalising twice changes nothing.
QString extensionSuffix(const QString &extension)
{
    return extension.isEmpty() ? QString() : QStringLiteral(" ext. ") + extension;
}

QString formatFixedLine(const QString &digits, const QString &extension)
{
    const int area = areaCodeLength(digits);
    if (area == 0)
        return {};
    const QString local = digits.mid(area);
    if (local.size() < 7 || local.size() > 8 || local[0] == QLatin1Char('0'))
        return {};
    return digits.left(area) + QLatin1Char('-') + local + extensionSuffix(extension);
}

}  // namespace

Result<QString> Validation::normalizePhone(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    const auto invalid = [&] {
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not a phone number Guanxi recognises. Use a mobile number (13812345678), "
                            "a fixed line with its area code (010-12345678) or an international number starting with +.")
                             .arg(input.trimmed()));
    };
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("The phone number is empty."));

    // Split off an extension: "转123", "ext. 123", "x123", "#123".
    static const QRegularExpression extensionRe(
        QStringLiteral("^(.*?)(?:\\s*(?:转|分机|ext\\.?|x|#)\\s*([0-9]{1,6}))$"), QRegularExpression::CaseInsensitiveOption);
    QString number = text;
    QString extension;
    if (const auto m = extensionRe.match(text); m.hasMatch()) {
        number = m.captured(1);
        extension = m.captured(2);
    }
    QString digits = stripPhoneSeparators(number);
    if (digits.isEmpty() || digits.lastIndexOf(QLatin1Char('+')) > 0)
        return invalid();

    // Country prefix: +86, 0086, or a bare 86 in front of a mobile number.
    bool international = false;
    bool chinaPrefix = true;
    if (digits.startsWith(QStringLiteral("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QStringLiteral("0086")))
        digits.remove(0, 4);
    else if (digits.startsWith(QLatin1Char('+')) || digits.startsWith(QStringLiteral("00")))
        international = true;
    else if (digits.size() == 13 && digits.startsWith(QStringLiteral("86")) && isMobile(digits.mid(2)))
        digits.remove(0, 2);
    else
        chinaPrefix = false;

    if (international) {
        QString rest = digits.startsWith(QLatin1Char('+')) ? digits.mid(1) : digits.mid(2);
        if (rest.size() < 8 || rest.size() > 15 || rest.startsWith(QLatin1Char('0')))
            return invalid();
        return QString(QLatin1Char('+') + rest + extensionSuffix(extension));
    }

    if (isMobile(digits) && extension.isEmpty())
        return digits;
    static const QRegularExpression serviceRe(QStringLiteral("^([48]00)([0-9]{3})([0-9]{4})$"));
    if (const auto m = serviceRe.match(digits); m.hasMatch() && extension.isEmpty())
        return QString(m.captured(1) + QLatin1Char('-') + m.captured(2) + QLatin1Char('-') + m.captured(3));
    // A fixed line written after +86 loses its leading 0: "+86 10 12345678".
    if (chinaPrefix && !digits.startsWith(QLatin1Char('0')) && digits.size() >= 9 && digits.size() <= 11) {
        const QString withZero = QLatin1Char('0') + digits;
        if (const QString formatted = formatFixedLine(withZero, extension); !formatted.isEmpty())
            return formatted;
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        if (const QString formatted = formatFixedLine(digits, extension); !formatted.isEmpty())
            return formatted;
        return invalid();
    }
    // A local number without area code, as small shops in one city write them.
    if ((digits.size() == 7 || digits.size() == 8) && digits[0] != QLatin1Char('1'))
        return QString(digits + extensionSuffix(extension));
    return invalid();
}

Result<QString> Validation::normalizeEmail(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return makeError(ErrorCode::Validation, tr("“%1” is not an e-mail address: it has no @.").arg(input.trimmed()));
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1).toLower();
    if (local.isEmpty())
        return makeError(ErrorCode::Validation, tr("“%1” is not an e-mail address: nothing comes before the @.").arg(input.trimmed()));
    static const QRegularExpression localRe(QStringLiteral("^[\\w!#$%&'*+/=?^`{|}~-]+(\\.[\\w!#$%&'*+/=?^`{|}~-]+)*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!localRe.match(local).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not an e-mail address: the part before the @ has spaces or characters that are not allowed.")
                             .arg(input.trimmed()));
    static const QRegularExpression domainRe(QStringLiteral("^([\\w](?:[\\w-]*[\\w])?\\.)+[\\w][\\w-]*[\\w]$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    if (!domainRe.match(domain).hasMatch() || domain.contains(QLatin1Char('_')))
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not an e-mail address: “%2” is not a domain like example.com.").arg(input.trimmed(), domain));
    return QString(local + QLatin1Char('@') + domain);
}

QChar Validation::creditCodeCheckCharacter(QStringView first17)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = alphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += int(value) * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet[check];
}

Result<QString> Validation::normalizeCreditCode(const QString &input)
{
    QString code;
    for (QChar c : input.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace() && c != QLatin1Char('-'))
            code.append(c.toUpper());
    if (code.size() != 18)
        return makeError(ErrorCode::Validation,
                         tr("A unified social credit code has 18 characters; “%1” has %2.").arg(input.trimmed()).arg(code.size()));
    const QChar expected = creditCodeCheckCharacter(QStringView(code).left(17));
    if (expected.isNull() || !QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY").contains(code[17]))
        return makeError(ErrorCode::Validation,
                         tr("“%1” contains characters a unified social credit code never uses (I, O, S, V, Z or symbols).").arg(code));
    if (code[17] != expected)
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not a valid unified social credit code: the check character should be %2. Please check for a typing error.")
                             .arg(code, expected));
    return code;
}

namespace {

void checkName(QString &name, FieldErrors &errors, const QString &emptyMessage)
{
    name = simplifiedText(name);
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), emptyMessage});
    else if (name.size() > Validation::MaxNameLength)
        errors.append({QStringLiteral("name"), Validation::tr("The name is too long (%1 characters; at most %2).")
                                                   .arg(name.size())
                                                   .arg(Validation::MaxNameLength)});
}

template<typename Normalizer>
void normalizeOptional(QString &value, const char *field, Normalizer normalize, FieldErrors &errors)
{
    value = value.trimmed();
    if (value.isEmpty())
        return;
    auto result = normalize(value);
    if (result)
        value = *result;
    else
        errors.append({QString::fromLatin1(field), result.error().message});
}

}  // namespace

FieldErrors Validation::normalizeAndValidate(Customer &c)
{
    FieldErrors errors;
    checkName(c.name, errors, tr("Every customer needs a name."));
    normalizeOptional(c.phone, "phone", &Validation::normalizePhone, errors);
    normalizeOptional(c.email, "email", &Validation::normalizeEmail, errors);
    normalizeOptional(c.creditCode, "creditCode", &Validation::normalizeCreditCode, errors);
    c.website = c.website.trimmed();
    if (c.website.contains(QLatin1Char(' ')))
        errors.append({QStringLiteral("website"), tr("A web address cannot contain spaces.")});
    for (QString *text : {&c.industry, &c.city, &c.region})
        *text = simplifiedText(*text);
    c.address = c.address.trimmed();
    c.notes = c.notes.trimmed();
    QStringList tags;
    for (const QString &tag : std::as_const(c.tags)) {
        const QString t = simplifiedText(tag).remove(QLatin1Char(',')).remove(QChar(0xFF0C));
        if (!t.isEmpty() && !tags.contains(t, Qt::CaseInsensitive))
            tags.append(t);
    }
    c.tags = tags;
    if (c.satisfaction < 0 || c.satisfaction > 5)
        errors.append({QStringLiteral("satisfaction"), tr("Satisfaction is rated from 1 to 5.")});
    return errors;
}

FieldErrors Validation::normalizeAndValidate(Contact &c)
{
    FieldErrors errors;
    checkName(c.name, errors, tr("Every contact needs a name."));
    if (c.customerId.isEmpty())
        errors.append({QStringLiteral("customerId"), tr("A contact belongs to a customer; none was given.")});
    normalizeOptional(c.phone, "phone", &Validation::normalizePhone, errors);
    normalizeOptional(c.email, "email", &Validation::normalizeEmail, errors);
    c.title = simplifiedText(c.title);
    c.wechat = c.wechat.trimmed();
    c.notes = c.notes.trimmed();
    return errors;
}

FieldErrors Validation::normalizeAndValidate(Interaction &i)
{
    FieldErrors errors;
    if (i.customerId.isEmpty())
        errors.append({QStringLiteral("customerId"), tr("An interaction belongs to a customer; none was given.")});
    if (!i.occurredAt.isValid())
        errors.append({QStringLiteral("occurredAt"), tr("When did it happen? The date and time are missing.")});
    else
        i.occurredAt = i.occurredAt.toUTC();
    i.summary = i.summary.trimmed();
    i.commitments = i.commitments.trimmed();
    if (i.summary.isEmpty())
        errors.append({QStringLiteral("summary"), tr("Write a short summary of what happened.")});
    return errors;
}

FieldErrors Validation::normalizeAndValidate(FollowUp &f)
{
    FieldErrors errors;
    if (f.customerId.isEmpty())
        errors.append({QStringLiteral("customerId"), tr("A follow-up belongs to a customer; none was given.")});
    f.title = simplifiedText(f.title);
    if (f.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Say what needs to be done.")});
    if (!f.dueOn.isValid())
        errors.append({QStringLiteral("dueOn"), tr("A follow-up needs a due date.")});
    f.notes = f.notes.trimmed();
    return errors;
}

FieldErrors Validation::normalizeAndValidate(Order &o)
{
    FieldErrors errors;
    if (o.customerId.isEmpty())
        errors.append({QStringLiteral("customerId"), tr("An order belongs to a customer; none was given.")});
    o.orderNumber = simplifiedText(o.orderNumber);
    if (!o.orderedOn.isValid())
        errors.append({QStringLiteral("orderedOn"), tr("An order needs a date.")});
    o.amount.currency = o.amount.currency.trimmed().toUpper();
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(o.amount.currency).hasMatch())
        errors.append({QStringLiteral("currency"), tr("“%1” is not a three-letter currency code such as CNY.").arg(o.amount.currency)});
    if (o.costMinor && *o.costMinor < 0)
        errors.append({QStringLiteral("cost"), tr("A cost cannot be negative.")});
    o.product = simplifiedText(o.product);
    o.notes = o.notes.trimmed();
    return errors;
}

FieldErrors Validation::normalizeAndValidate(Staff &s)
{
    FieldErrors errors;
    checkName(s.name, errors, tr("Every team member needs a name."));
    normalizeOptional(s.phone, "phone", &Validation::normalizePhone, errors);
    normalizeOptional(s.email, "email", &Validation::normalizeEmail, errors);
    return errors;
}

Error Validation::toError(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.message);
    return makeError(ErrorCode::Validation, lines.join(QLatin1Char('\n')));
}

}  // namespace guanxi
