#pragma once

#include <QList>

namespace guanxi::bench {

// Order statistics of a handful of measurements. Empty input gives 0.
namespace Statistics {
// The middle value (the mean of the two middle ones for an even count).
double median(QList<double> values);
// Nearest-rank percentile: the smallest value with at least `percent` % of the values at or below
// it (p95 of 200 values is the 190th smallest).
double percentile(QList<double> values, double percent);
double maximum(const QList<double> &values);
}  // namespace Statistics

}  // namespace guanxi::bench
