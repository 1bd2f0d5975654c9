#include "VCardBuilder.h"

#include "VCardValue.h"

#include <QRegularExpression>
#include <QUrl>

namespace guanxi {

namespace {

int preferenceOf(const ContentLine &property, const QByteArrayList &types)
{
    bool ok = false;
    const int pref = property.parameter("PREF").trimmed().toInt(&ok);
    if (ok && pref >= 1 && pref <= 100)
        return pref;
    return types.contains("pref") ? 1 : 0;
}

// Apple writes its own labels as "_$!<Mobile>!$_"; people's labels ("微信", "Office") stay as
// they are, in lower case.
QByteArray labelType(const QString &label)
{
    static const QRegularExpression apple(QStringLiteral("^_\\$!<(.*)>!\\$_$"));
    QString text = label.trimmed();
    if (const auto m = apple.match(text); m.hasMatch())
        text = m.captured(1);
    text = text.toLower();
    if (text == QLatin1String("mobile") || text == QLatin1String("iphone"))
        return "cell";
    if (text.endsWith(QLatin1String("fax")))
        return "fax";
    return text.toUtf8();
}

// "tel:+86-138-0013-8000;ext=12" → "+86-138-0013-8000 ext. 12", as Validation::normalizePhone
// reads it (the inverse of exchange/export/VCardWriter::telUri).
QString telText(const QString &uri)
{
    const QStringList parts = uri.mid(4).split(QLatin1Char(';'));
    QString text = QUrl::fromPercentEncoding(parts.first().toUtf8());
    for (const QString &parameter : parts.mid(1))
        if (parameter.startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
            text += QStringLiteral(" ext. ") + parameter.mid(4);
    return text;
}

bool hasScheme(const QString &value, QLatin1String scheme)
{
    return value.size() > scheme.size() && value.startsWith(scheme, Qt::CaseInsensitive)
           && value.at(scheme.size()) == QLatin1Char(':');
}

}  // namespace

bool VCardBuilder::reads(const QByteArray &name)
{
    static const QByteArrayList names{"VERSION", "FN",     "N",        "ORG",      "TITLE",      "ROLE",
                                      "NOTE",    "TEL",    "EMAIL",    "IMPP",     "X-WECHAT",   "X-WEIXIN",
                                      "ADR",     "UID",    "KIND",     "X-ABLABEL", "X-ABSHOWAS", "X-ADDRESSBOOKSERVER-KIND"};
    return names.contains(name);
}

void VCardBuilder::start(qint64 line)
{
    m_card = VCard();
    m_card.line = line;
    m_bytes = 0;
    m_labels.clear();
}

Result<QString> VCardBuilder::decode(const ContentLine &property, qint64 line) const
{
    QByteArray bytes = property.value;
    const QByteArray encoding = property.encoding();
    if (encoding == "QUOTED-PRINTABLE") {
        auto decoded = VCardValue::decodeQuotedPrintable(bytes);
        if (!decoded)
            return makeError(ErrorCode::Validation, tr("Line %1 is not valid quoted-printable: each “=” must be followed by two "
                                                       "hexadecimal digits or end the line.")
                                                        .arg(line));
        bytes = std::move(*decoded);
    } else if (encoding == "BASE64" || encoding == "B") {
        auto decoded = QByteArray::fromBase64Encoding(QByteArray(bytes).replace(' ', "").replace('\t', ""),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return makeError(ErrorCode::Validation, tr("Line %1 is not valid base64.").arg(line));
        bytes = std::move(*decoded);
    }
    return VCardValue::decodeCharset(bytes, property.parameter("CHARSET"), line);
}

void VCardBuilder::addEntry(QList<VCardEntry> &entries, const ContentLine &property, QString value) const
{
    if (entries.size() >= m_options.maxValues || value.trimmed().isEmpty())
        return;
    VCardEntry entry;
    entry.value = value.trimmed();
    entry.types = property.parameterValues("TYPE");
    entry.types += property.parameterValues("X-SERVICE-TYPE");
    entry.preference = preferenceOf(property, entry.types);
    entry.group = property.group;
    entries.append(std::move(entry));
}

void VCardBuilder::addAddress(const ContentLine &property, const QString &value)
{
    if (m_card.addresses.size() >= m_options.maxValues)
        return;
    const QStringList parts = VCardValue::components(value);
    VCardAddress address;
    address.poBox = parts.value(0).simplified();
    address.extended = parts.value(1).simplified();
    address.street = parts.value(2).simplified();
    address.locality = parts.value(3).simplified();
    address.region = parts.value(4).simplified();
    address.postalCode = parts.value(5).simplified();
    address.country = parts.value(6).simplified();
    address.types = property.parameterValues("TYPE");
    address.preference = preferenceOf(property, address.types);
    address.group = property.group;
    m_card.addresses.append(std::move(address));
}

Status VCardBuilder::add(const ContentLine &property, qint64 line)
{
    const QByteArray &name = property.name;
    if (name == "VERSION") {
        m_card.version = property.value.trimmed();
        return {};
    }
    // The group and one byte per property count too: a card of a million empty labels is not small.
    m_bytes += property.group.size() + property.value.size() + 1;
    if (m_bytes > m_options.maxCardBytes)
        return makeError(ErrorCode::Validation, tr("The card that begins on line %1 holds more than %2 MB of text: it is not a "
                                                   "contact Guanxi can import.")
                                                    .arg(m_card.line)
                                                    .arg(m_options.maxCardBytes / (1024 * 1024)));
    auto decoded = decode(property, line);
    if (!decoded)
        return decoded.error();
    // Quoted-printable line breaks are CRLF ("=0D=0A"); Guanxi's text has LF.
    const QString raw = decoded->replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const auto text = [&] { return VCardValue::unescape(raw).trimmed(); };

    if (name == "FN") {
        m_card.formattedName = text().simplified();
    } else if (name == "N") {
        const QStringList parts = VCardValue::components(raw);
        m_card.name.family = parts.value(0).simplified();
        m_card.name.given = parts.value(1).simplified();
        m_card.name.additional = parts.value(2).simplified().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_card.name.suffix = parts.value(4).simplified();
    } else if (name == "ORG") {
        for (const QString &part : VCardValue::components(raw))
            if (!part.simplified().isEmpty()) {
                m_card.organization = part.simplified();
                break;
            }
    } else if (name == "TITLE") {
        m_card.title = text();
    } else if (name == "ROLE") {
        m_card.role = text();
    } else if (name == "NOTE") {
        if (const QString note = text(); !note.isEmpty())
            m_card.notes.append(note);
    } else if (name == "TEL") {
        QString value = raw.trimmed();
        const bool uri = property.parameter("VALUE").trimmed().compare("uri", Qt::CaseInsensitive) == 0;
        if (hasScheme(value, QLatin1String("tel")))
            value = telText(value);
        else if (uri)
            return {};  // sip: and other addresses are not phone numbers
        else
            value = VCardValue::unescape(value);
        addEntry(m_card.phones, property, value);
    } else if (name == "EMAIL") {
        QString value = text();
        if (hasScheme(value, QLatin1String("mailto")))
            value = value.mid(7);
        addEntry(m_card.emails, property, value);
    } else if (name == "IMPP") {
        addEntry(m_card.messaging, property, text());
    } else if (name == "X-WECHAT" || name == "X-WEIXIN") {
        if (m_card.wechat.isEmpty())
            m_card.wechat = text();
    } else if (name == "ADR") {
        addAddress(property, raw);
    } else if (name == "UID") {
        m_card.uid = text();
    } else if (name == "KIND" || name == "X-ADDRESSBOOKSERVER-KIND") {
        m_card.kind = text().toLower().toUtf8();
    } else if (name == "X-ABSHOWAS") {
        if (text().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) == 0 && m_card.kind.isEmpty())
            m_card.kind = "org";
    } else if (name == "X-ABLABEL") {
        if (!property.group.isEmpty())
            m_labels.insert(property.group, labelType(text()));
    }
    return {};
}

void VCardBuilder::applyLabels()
{
    const auto label = [this](auto &items) {
        for (auto &item : items)
            if (const auto it = m_labels.constFind(item.group); !item.group.isEmpty() && it != m_labels.constEnd() && !it->isEmpty())
                item.types.append(*it);
    };
    label(m_card.phones);
    label(m_card.emails);
    label(m_card.messaging);
    label(m_card.addresses);
}

VCard VCardBuilder::finish()
{
    applyLabels();
    return std::move(m_card);
}

}  // namespace guanxi
