#include "VCardWriter.h"

#include "ContentLines.h"
#include "PersonName.h"
#include "domain/Enums.h"

#include <QRegularExpression>

namespace guanxi::exchange {

namespace {

using ContentLines::escapeText;

QString joinEscaped(const QStringList &values)
{
    QStringList escaped;
    for (const QString &value : values)
        escaped.append(escapeText(value));
    return escaped.join(QLatin1Char(','));
}

}  // namespace

bool VCardWriter::isChineseMobile(const QString &normalizedPhone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return mobile.match(normalizedPhone).hasMatch();
}

QString VCardWriter::telUri(const QString &phone)
{
    // The forms of Validation::normalizePhone: 13812345678, 010-12345678, 400-123-4567,
    // +14155550100, each optionally followed by " ext. 123".
    static const QRegularExpression form(QStringLiteral("^(?:(1[3-9][0-9])([0-9]{4})([0-9]{4})"  // mobile
                                                        "|0([1-9][0-9]{1,3})-([1-9][0-9]{6,7})"  // area code - local
                                                        "|([48]00)-([0-9]{3})-([0-9]{4})"         // 400 / 800
                                                        "|\\+([1-9][0-9]{7,14}))"                 // international
                                                        "(?: ext\\. ([0-9]{1,6}))?$"));
    const QRegularExpressionMatch m = form.match(phone);
    if (!m.hasMatch())
        return {};
    QString uri;
    if (m.hasCaptured(1))
        uri = QStringLiteral("tel:+86-%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
    else if (m.hasCaptured(4))
        uri = QStringLiteral("tel:+86-%1-%2").arg(m.captured(4), m.captured(5));
    else if (m.hasCaptured(6))
        uri = QStringLiteral("tel:+86-%1-%2-%3").arg(m.captured(6), m.captured(7), m.captured(8));
    else
        uri = QStringLiteral("tel:+") + m.captured(9);
    if (m.hasCaptured(10))
        uri += QStringLiteral(";ext=") + m.captured(10);
    return uri;
}

void VCardWriter::append(const Contact &contact, QByteArray &out) const
{
    const bool v4 = m_version == VCardVersion::V4;
    const auto line = [&out](const QString &text) { ContentLines::appendFolded(out, text); };

    line(QStringLiteral("BEGIN:VCARD"));
    line(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    line(QStringLiteral("PRODID:-//Guanxi//Guanxi %1//EN").arg(QStringLiteral(GUANXI_VERSION)));
    line(v4 ? QStringLiteral("UID:urn:uuid:") + contact.meta.id : QStringLiteral("UID:") + escapeText(contact.meta.id));
    line(QStringLiteral("FN:") + escapeText(contact.name));
    const PersonName name = PersonName::split(contact.name);
    line(QStringLiteral("N:%1;%2;%3;;%4")
             .arg(escapeText(name.family), escapeText(name.given), joinEscaped(name.additional), escapeText(name.suffix)));
    if (!contact.customerName.isEmpty())
        line(QStringLiteral("ORG:") + escapeText(contact.customerName));
    if (!contact.title.isEmpty())
        line(QStringLiteral("TITLE:") + escapeText(contact.title));
    if (contact.role)
        line(QStringLiteral("ROLE:") + escapeText(enumLabel(*contact.role)));
    if (!contact.phone.isEmpty()) {
        const bool mobile = isChineseMobile(contact.phone);
        const QString uri = v4 ? telUri(contact.phone) : QString();
        if (!uri.isEmpty())
            line(QStringLiteral("TEL;VALUE=uri;TYPE=%1:%2").arg(mobile ? QStringLiteral("cell") : QStringLiteral("work"), uri));
        else if (v4)
            line(QStringLiteral("TEL;TYPE=%1:%2").arg(mobile ? QStringLiteral("cell") : QStringLiteral("work"),
                                                      escapeText(contact.phone)));
        else
            line(QStringLiteral("TEL;TYPE=%1:%2").arg(mobile ? QStringLiteral("CELL") : QStringLiteral("WORK,VOICE"),
                                                      escapeText(contact.phone)));
    }
    if (!contact.email.isEmpty())
        line((v4 ? QStringLiteral("EMAIL;TYPE=work:") : QStringLiteral("EMAIL;TYPE=INTERNET,WORK:")) + escapeText(contact.email));
    if (!contact.wechat.isEmpty())
        line(QStringLiteral("X-WECHAT:") + escapeText(contact.wechat));
    if (!contact.notes.isEmpty())
        line(QStringLiteral("NOTE:") + escapeText(contact.notes));
    if (contact.meta.updatedAt.isValid()) {
        const QDateTime utc = contact.meta.updatedAt.toUTC();
        line(QStringLiteral("REV:") + utc.toString(v4 ? QStringLiteral("yyyyMMdd'T'HHmmss'Z'")
                                                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    }
    line(QStringLiteral("END:VCARD"));
}

}  // namespace guanxi::exchange
