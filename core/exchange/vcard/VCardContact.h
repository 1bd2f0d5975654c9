#pragma once

#include "VCard.h"

#include <QCoreApplication>
#include <QString>

namespace guanxi {

// What Guanxi takes from one card: one contact with one phone number, one e-mail address and
// one WeChat id, the organisation it works for, and an address for a customer the import creates.
//
// - The name is FN, or built from N when FN is missing (PersonName::fullName).
// - Phone: cell numbers first, those marked preferred before others, fax and pager numbers
//   never; of these the first the domain accepts (Validation::normalizePhone), else the first.
// - E-mail: preferred first; the first the domain accepts, else the first.
// - WeChat: X-WECHAT or X-WEIXIN, else an IMPP whose scheme, service type or label says WeChat.
// - A card for an organisation (KIND:org, Apple's "show as company", or a card with an ORG and no
//   name) gives no contact: `name` is empty and `organization` names the customer.
// - A card whose ORG is the person's own name (how Guanxi exports the contact of a customer
//   that is a person) has no organisation: the person is their own customer.
// - Address: for an organisation, a work address (or one without a type), never a home
//   address; for a person on their own, a home address first, else any.
// - Role: only when ROLE is one of the roles Guanxi knows (code, English or Chinese label).
// - Id: UID when it is a UUID (urn:uuid: or bare), as Guanxi exports it.
// - A group or a location card, or one without anything to import, has a `problem`.
struct VCardContact {
    Q_DECLARE_TR_FUNCTIONS(VCardContact)

public:
    QString id;
    QString name;
    QString organization;
    QString title;
    QString role;  // the role's code
    QString phone;
    QString email;
    QString wechat;
    QString notes;
    QString city;
    QString region;
    QString address;
    QString problem;

    static VCardContact from(const VCard &card);
};

}  // namespace guanxi
