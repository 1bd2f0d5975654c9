#include "Console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace guanxi::cli::Console {

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
}  // namespace

void prepare()
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    write(stderr, text);
}

bool isTerminal(bool standardError)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(standardError ? stderr : stdout));
#else
    return isatty(fileno(standardError ? stderr : stdout));
#endif
}

}  // namespace guanxi::cli::Console
