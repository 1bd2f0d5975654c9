#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace guanxi {

// What a file imports into. The code is the command-line word and the stored batch entity.
enum class ImportEntity { Customers, Contacts, Orders, Interactions };

class ImportEntities
{
    Q_DECLARE_TR_FUNCTIONS(ImportEntities)

public:
    static QList<ImportEntity> all();
    static QString code(ImportEntity entity);  // "customers"
    static QString label(ImportEntity entity);  // translated: "Customers"
    // The code, singular or plural, English or Chinese ("customer", "客户", "订单" …).
    static std::optional<ImportEntity> fromText(QStringView text);
    // The table its records go into.
    static QString table(ImportEntity entity);
};

}  // namespace guanxi
