#include "ImportOptions.h"

namespace guanxi {

QString duplicatePolicyCode(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    for (DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create})
        if (t == duplicatePolicyCode(policy))
            return policy;
    return std::nullopt;
}

}  // namespace guanxi
