#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <variant>

namespace guanxi::exchange {

// One cell of an exported table, typed so that XLSX can write real number and date cells and
// CSV can write each type in a form spreadsheets and the importer read back.
struct Amount {
    qint64 minor = 0;  // fen (minor units of the row's currency)
};
struct Integer {
    qint64 value = 0;
};
using ExportValue = std::variant<std::monostate,  // empty cell
                                 QString,         // text (the only type spreadsheet safety touches)
                                 Integer,
                                 Amount,          // written with two decimals: 1234.50
                                 QDate,           // YYYY-MM-DD
                                 QDateTime>;      // UTC; written in ExportOptions::timeZone

}  // namespace guanxi::exchange
