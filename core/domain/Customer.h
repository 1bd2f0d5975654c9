#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QStringList>

#include <optional>

namespace guanxi {

struct Customer {
    RecordMeta meta;
    QString name;
    CustomerKind kind = CustomerKind::Company;
    RelationshipTier tier = RelationshipTier::Transactional;
    LifecycleLevel lifecycle = LifecycleLevel::Prospect;
    bool lifecycleManual = false;  // true: the owner set the level by hand; recomputation leaves it alone
    std::optional<ValueSegment> segment;
    QString ownerId;    // staff id, empty when unassigned
    QString ownerName;  // read-only, filled by queries that join staff
    std::optional<SourceChannel> source;
    QString industry;
    QString city;
    QString region;  // province or region
    QString address;
    QString phone;   // normalised (see Validation::normalizePhone)
    QString email;
    QString website;
    QString creditCode;  // 统一社会信用代码, 18 characters, upper case
    QStringList tags;
    QString notes;
    bool doNotContact = false;
    int satisfaction = 0;  // 1..5, 0 = not rated

    const QString &id() const { return meta.id; }
};

}  // namespace guanxi
