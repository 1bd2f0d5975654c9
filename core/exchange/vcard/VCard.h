#pragma once

#include "exchange/export/PersonName.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

namespace guanxi {

// One TEL, EMAIL or IMPP of a card.
struct VCardEntry {
    QString value;          // decoded and unescaped; for IMPP the URI as written
    QByteArrayList types;   // lower case: TYPE values (cell, work, pref …), vCard 2.1's bare
                            // parameters, X-SERVICE-TYPE, and the words of Apple's X-ABLabel
    int preference = 0;     // PREF=1 (most preferred) … 100, TYPE=pref counts as 1; 0: not preferred
    QByteArray group;       // Apple's "item1", upper case; empty when none
};

// One ADR of a card.
struct VCardAddress {
    QString poBox;
    QString extended;   // suite, floor
    QString street;
    QString locality;   // city
    QString region;     // province
    QString postalCode;
    QString country;
    QByteArrayList types;
    int preference = 0;
    QByteArray group;
};

// What Guanxi reads of one vCard (2.1, 3.0 or 4.0): the properties a contact can use, decoded.
// Photos, birthdays, URLs and everything else are skipped. VCardContact turns it into a contact.
struct VCard {
    qint64 line = 0;            // of BEGIN:VCARD
    QByteArray version;         // "2.1", "3.0", "4.0" as written; empty when the card has none
    QByteArray kind;            // lower case: individual, org, group, location; empty when not given
                                // (Apple's X-ABShowAs:COMPANY reads as org, its group cards as group)
    QString formattedName;      // FN
    exchange::PersonName name;  // N (its honorific prefix is not kept)
    QString organization;       // ORG: the first component that is not empty
    QString title;              // TITLE
    QString role;               // ROLE
    QList<VCardEntry> phones;   // TEL, in file order
    QList<VCardEntry> emails;   // EMAIL
    QList<VCardEntry> messaging;  // IMPP
    QString wechat;             // X-WECHAT or X-WEIXIN
    QStringList notes;          // NOTE, each
    QList<VCardAddress> addresses;  // ADR
    QString uid;                // UID as written
};

}  // namespace guanxi
