#pragma once

#include <QString>

namespace guanxi::cli {

// guanxi-cli's output: UTF-8 on stdout (results) and stderr (messages, progress).
namespace Console {
void prepare();  // on Windows, switches the console to UTF-8
void out(const QString &text);
void err(const QString &text);
bool isTerminal(bool standardError);
}  // namespace Console

}  // namespace guanxi::cli
