#pragma once

#include "ExportOptions.h"
#include "domain/Contact.h"

#include <QByteArray>

namespace guanxi::exchange {

// Contacts as vCards, one per contact, UTF-8 with CRLF line ends and lines folded at 75 octets.
// vCard 4.0 (RFC 6350) by default; 3.0 (RFC 2426) for older address books.
//
//   FN      the name as stored          N       family;given;additional;;suffix (PersonName)
//   ORG     the customer's name         TITLE   job title        ROLE  the role's label
//   TEL     TYPE=cell for Chinese mobile numbers, TYPE=work otherwise; in 4.0 a tel: URI in
//           international form (tel:+86-138-1234-5678) when the number is a normalised one
//   EMAIL   TYPE=work                   X-WECHAT  the WeChat id
//   NOTE    notes                       UID   urn:uuid:<id> (4.0) or <id> (3.0)
//   REV     last change (UTC)           PRODID  Guanxi and its version
class VCardWriter
{
public:
    explicit VCardWriter(VCardVersion version) : m_version(version) {}

    // Appends the contact's vCard to `out`.
    void append(const Contact &contact, QByteArray &out) const;

    // "tel:+86-138-1234-5678" for a phone number in Guanxi's normalised form; empty when it is
    // not one (the number is then written as text).
    static QString telUri(const QString &normalizedPhone);
    static bool isChineseMobile(const QString &normalizedPhone);

private:
    VCardVersion m_version;
};

}  // namespace guanxi::exchange
