#include "ImportReport.h"

#include <QCoreApplication>

namespace guanxi {

QString duplicateActionCode(DuplicateMatch::Action action)
{
    switch (action) {
    case DuplicateMatch::Action::Skipped: return QStringLiteral("skipped");
    case DuplicateMatch::Action::Updated: return QStringLiteral("updated");
    case DuplicateMatch::Action::Unchanged: return QStringLiteral("unchanged");
    case DuplicateMatch::Action::Created: return QStringLiteral("created");
    }
    return {};
}

QString duplicateKeyLabel(ImportEntity entity, const QString &matchedBy)
{
    struct KeyLabel {
        const char *code;
        std::optional<ImportEntity> entity;  // nullopt: any
        const char *text;
    };
    static const KeyLabel labels[] = {
        {"id", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "ID")},
        {"credit-code", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "credit code")},
        {"phone", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "phone number")},
        {"email", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "e-mail address")},
        {"name", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "name")},
        {"order-number", std::nullopt, QT_TRANSLATE_NOOP("DuplicateMatch", "order number")},
        {"details", ImportEntity::Orders, QT_TRANSLATE_NOOP("DuplicateMatch", "date, amount and product")},
        {"details", ImportEntity::Interactions, QT_TRANSLATE_NOOP("DuplicateMatch", "time, channel and summary")},
    };
    for (const KeyLabel &label : labels)
        if (matchedBy == QLatin1String(label.code) && (!label.entity || *label.entity == entity))
            return QCoreApplication::translate("DuplicateMatch", label.text);
    return matchedBy;
}

}  // namespace guanxi
