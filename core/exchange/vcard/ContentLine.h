#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

#include <optional>

namespace guanxi {

// One property of a vCard split into its parts, still as bytes (see VCardValue for decoding):
//
//   item1.TEL;type=CELL;TYPE="pref,voice":+86 138 0013 8000
//   ^group ^name ^parameters                ^value
//
// Names of groups and properties are letters, digits, "-" and "_", compared without case;
// parameter names are taken as written up to "=", ";" or ":" (phones put labels such as
// "X-公司总机" there). vCard 2.1 writes parameters without a name ("TEL;CELL;PREF:"): those are kept
// with an empty name. Parameter values may be in double quotes (vCard 4.0), which may hold ";" ":" ",".
// This is the reading side of exchange/export/ContentLines.
struct ContentLine {
    QByteArray group;  // upper case, empty when none
    QByteArray name;   // upper case
    QList<QPair<QByteArray, QByteArray>> parameters;  // name (upper case, empty for a bare one) → value
    QByteArray value;

    // Nullopt when the line is not "NAME[;PARAM…]:value".
    static std::optional<ContentLine> parse(const QByteArray &bytes);

    // The values of the parameters with this name (upper case), each split at its commas, in
    // lower case; for "TYPE" also the bare parameters of vCard 2.1 that are not an encoding.
    QByteArrayList parameterValues(QByteArrayView name) const;
    // The first value given to the parameter, as written; empty when there is none.
    QByteArray parameter(QByteArrayView name) const;
    // ENCODING=QUOTED-PRINTABLE | BASE64 | B (also bare, in vCard 2.1), in upper case.
    QByteArray encoding() const;
};

}  // namespace guanxi
