#pragma once

#include <QString>

namespace guanxi::bench {

// One line for the head of a benchmark's report: versions, the system, the number of CPUs, the
// time, and how busy the machine was (the load average), since other programs' work shows in
// every figure.
QString benchEnvironment();

}  // namespace guanxi::bench
