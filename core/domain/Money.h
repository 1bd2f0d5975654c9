#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace guanxi {

// An amount as an integer count of minor units (fen for CNY) plus an ISO 4217 code.
// Never floating point: 0.1 + 0.2 yuan is exactly 30 fen.
struct Money {
    qint64 minor = 0;
    QString currency = QStringLiteral("CNY");

    static Money yuan(qint64 fen) { return Money{fen, QStringLiteral("CNY")}; }

    // Parses "1234.5", "1,234.56", "¥1 234.56", "-12.30", "１２３" (full-width). At most two
    // decimals; returns nullopt for anything else (including "1.234" and "12.345").
    static std::optional<qint64> parseMinorUnits(QStringView text);

    // "1234.50": plain decimal text with two decimals, for files and the CLI.
    QString toDecimalString() const;

    bool operator==(const Money &) const = default;
};

}  // namespace guanxi
