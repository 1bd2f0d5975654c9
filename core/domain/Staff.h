#pragma once

#include "RecordMeta.h"

namespace guanxi {

// A member of the company's team: owns customers and follow-ups, logs interactions.
struct Staff {
    RecordMeta meta;
    QString name;
    QString email;
    QString phone;
    bool active = true;

    const QString &id() const { return meta.id; }
};

}  // namespace guanxi
