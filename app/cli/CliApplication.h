#pragma once

#include <QStringList>

namespace guanxi::cli {

// guanxi-cli [--workspace FILE] [--lang zh_CN|en] [--read-only] COMMAND …: reads the global
// options, installs the translators, finds the command and runs it. Returns the exit code.
int run(const QStringList &arguments);

}  // namespace guanxi::cli
