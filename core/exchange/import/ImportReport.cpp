#include "ImportReport.h"

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

}  // namespace guanxi
