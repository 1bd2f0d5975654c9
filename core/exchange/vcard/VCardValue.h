#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace guanxi {

// Decoding the value of a vCard property: transfer encoding, character set, escapes, and the
// components of structured values. The reverse of exchange/export/ContentLines::escapeText.
class VCardValue
{
    Q_DECLARE_TR_FUNCTIONS(VCardValue)

public:
    // Quoted-printable (RFC 2045 6.7): "=XX" is a byte, a "=" at the end is a soft line break
    // (VCardLineReader has joined the lines already). Nullopt when a "=" is followed by anything
    // but two hex digits.
    static std::optional<QByteArray> decodeQuotedPrintable(QByteArrayView bytes);

    // The bytes as text in `charset` (vCard 2.1's CHARSET parameter). Without one: UTF-8, as
    // vCard 3.0 and 4.0 require, or GB18030 when the bytes are not UTF-8 (vCard 2.1 files from
    // Chinese phones). GBK, GB2312 and CP936 are read as GB18030, their superset; a value
    // labelled so that is plainly UTF-8 is read as UTF-8. Bytes the charset does not allow are
    // an error that names `line`; nothing is replaced by U+FFFD.
    static Result<QString> decodeCharset(QByteArrayView bytes, const QByteArray &charset, qint64 line);

    // Text escapes: "\n" and "\N" are line breaks, "\," "\;" "\\" (and a backslash before any
    // other character) stand for the character.
    static QString unescape(QStringView text);

    // The components of a structured value (N, ADR, ORG) split at the separators that are not
    // escaped, each unescaped.
    static QStringList components(QStringView text, QChar separator = QLatin1Char(';'));
};

}  // namespace guanxi
