#pragma once

#include <QString>
#include <QStringView>

namespace guanxi::exchange {

// OWASP "CSV injection": a spreadsheet runs a cell that starts with = + - or @ as a formula
// (=HYPERLINK(…), =cmd|…), and a leading tab or carriage return can hide such a start. A text
// value that starts with one of those characters, or with one of the full-width forms ＝ ＋ － ＠
// that Chinese input methods type, gets a leading apostrophe: spreadsheets then show it as text.
//
// To keep the transformation reversible, a value that already starts with apostrophes followed
// by such a character gets one more apostrophe too. The importer's inverse: when a value starts
// with an apostrophe and the first character after the apostrophes is one of the triggers,
// remove exactly one apostrophe (isNeutralised/restore below).
//
// Only text cells are touched: numbers, amounts and dates are written as numbers and stay so (a
// negative amount is a number, not a formula). Normalised phone numbers of other countries start
// with + ("+14155550100"), so they come out as "'+14155550100" in CSV.
namespace SpreadsheetSafety {

constexpr QChar Apostrophe = QLatin1Char('\'');

bool needsNeutralising(QStringView text);
// The text with an apostrophe in front when needsNeutralising; unchanged otherwise.
QString neutralise(const QString &text);
// The importer's inverse of neutralise: one leading apostrophe removed when it was added by it.
bool isNeutralised(QStringView text);
QString restore(const QString &text);

}  // namespace SpreadsheetSafety

}  // namespace guanxi::exchange
