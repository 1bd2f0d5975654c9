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
    const auto label = [](const char *text) { return QCoreApplication::translate("DuplicateMatch", text); };
    if (matchedBy == QLatin1String("id"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "ID"));
    if (matchedBy == QLatin1String("credit-code"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "credit code"));
    if (matchedBy == QLatin1String("phone"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "phone number"));
    if (matchedBy == QLatin1String("email"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "e-mail address"));
    if (matchedBy == QLatin1String("name"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "name"));
    if (matchedBy == QLatin1String("order-number"))
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "order number"));
    if (matchedBy == QLatin1String("details") && entity == ImportEntity::Orders)
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "date, amount and product"));
    if (matchedBy == QLatin1String("details") && entity == ImportEntity::Interactions)
        return label(QT_TRANSLATE_NOOP("DuplicateMatch", "time, channel and summary"));
    return matchedBy;
}

}  // namespace guanxi
