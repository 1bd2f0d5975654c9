#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace guanxi::exchange {

// The line syntax vCard (RFC 6350 / 2426) and iCalendar (RFC 5545) share: "NAME;PARAM=x:value"
// lines ending in CRLF, folded so that no line is longer than 75 octets.
namespace ContentLines {

constexpr qsizetype MaxOctets = 75;

// A TEXT value: backslash, semicolon and comma escaped with a backslash, every line break (CRLF,
// CR or LF) written as \n, other control characters (not allowed in either format) left out.
QString escapeText(QStringView text);

// Appends the line and its CRLF to `out`, folded: after at most 75 octets a CRLF and one space
// start a continuation line (the space counts in its 75). Never splits a UTF-8 sequence, so
// every physical line is valid UTF-8 on its own.
void appendFolded(QByteArray &out, const QString &line);

}  // namespace ContentLines

}  // namespace guanxi::exchange
