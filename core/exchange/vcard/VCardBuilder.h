#pragma once

#include "ContentLine.h"
#include "Result.h"
#include "VCard.h"
#include "VCardOptions.h"

#include <QCoreApplication>
#include <QHash>

namespace guanxi {

// Collects the properties of one card into a VCard, decoding each value (quoted-printable or
// base64, CHARSET, escapes, components; see VCardValue). Apple's "item1." groups are resolved
// at the end: the group's X-ABLabel ("_$!<Mobile>!$_", "微信") adds its words to the types of
// the TEL, EMAIL, IMPP or ADR of the same group.
class VCardBuilder
{
    Q_DECLARE_TR_FUNCTIONS(VCardBuilder)

public:
    explicit VCardBuilder(const VCardOptions &options) : m_options(options) {}

    // Whether Guanxi reads properties with this (upper-case) name; the others are skipped
    // without being decoded.
    static bool reads(const QByteArray &name);

    void start(qint64 line);
    // A property of the card, from file line `line`. Fails on a value that cannot be decoded or
    // a card beyond VCardOptions::maxCardBytes.
    Status add(const ContentLine &property, qint64 line);
    VCard finish();

private:
    Result<QString> decode(const ContentLine &property, qint64 line) const;
    void addEntry(QList<VCardEntry> &entries, const ContentLine &property, QString value) const;
    void addAddress(const ContentLine &property, const QString &value);
    void applyLabels();

    VCardOptions m_options;
    VCard m_card;
    qsizetype m_bytes = 0;
    QHash<QByteArray, QByteArray> m_labels;  // group → its X-ABLabel as a type word
};

}  // namespace guanxi
