#pragma once

#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/CustomerFields.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Order.h"

#include <QJsonObject>

namespace guanxi::cli {

// guanxi-cli's JSON: camelCase keys that never change, every key present (null when unset),
// enum codes rather than labels, times in ISO-8601 UTC, money in minor units (fen).
QString jsonKey(const CustomerFields::Field &field);  // "credit-code" → "creditCode"
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const Interaction &interaction);
QJsonObject toJson(const FollowUp &followUp);
QJsonObject toJson(const Order &order);

}  // namespace guanxi::cli
