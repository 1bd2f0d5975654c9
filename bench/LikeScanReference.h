#pragma once

#include "Result.h"

#include <QString>

namespace guanxi {
class Workspace;
}

namespace guanxi::bench {

// The reference the search is compared with: what finding customers would cost without the
// search index, a LIKE '%q%' scan of the same columns (see LikeScanReference.cpp).
class LikeScanReference
{
public:
    explicit LikeScanReference(Workspace &workspace);

    // The first `limit` customers, by name, whose searched columns contain `query` (ASCII case
    // ignored, as LIKE does). Returns how many were found (at most `limit`).
    Result<int> run(const QString &query, int limit);

    // One line for the report: what is scanned.
    static QString description();

private:
    Workspace &m_workspace;
};

}  // namespace guanxi::bench
