#include "SpreadsheetSafety.h"

namespace guanxi::exchange::SpreadsheetSafety {

namespace {

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case 0xFF1D:  // ＝
    case 0xFF0B:  // ＋
    case 0xFF0D:  // －
    case 0xFF20:  // ＠
        return true;
    default:
        return false;
    }
}

// The first character after any leading apostrophes is a trigger.
bool triggerAfterApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == Apostrophe)
        ++i;
    return i < text.size() && isTrigger(text[i]);
}

}  // namespace

bool needsNeutralising(QStringView text)
{
    return triggerAfterApostrophes(text);
}

QString neutralise(const QString &text)
{
    return needsNeutralising(text) ? Apostrophe + text : text;
}

bool isNeutralised(QStringView text)
{
    return text.startsWith(Apostrophe) && triggerAfterApostrophes(text);
}

QString restore(const QString &text)
{
    return isNeutralised(text) ? text.mid(1) : text;
}

}  // namespace guanxi::exchange::SpreadsheetSafety
