#include "HeaderMatcher.h"

#include "ImportFields.h"

#include <QHash>
#include <QRegularExpression>

namespace guanxi {

namespace {

bool isHan(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Parts of a cell split where Han text meets Latin text: "名称 Name" → "名称", "Name".
QStringList scriptParts(const QString &text)
{
    QStringList parts;
    QString current;
    int currentScript = 0;  // 1 Han, 2 Latin letters or digits
    for (QChar c : text) {
        const int script = isHan(c) ? 1 : (c.isLetterOrNumber() ? 2 : 0);
        if (script != 0 && currentScript != 0 && script != currentScript) {
            parts.append(current);
            current.clear();
        }
        if (script != 0)
            currentScript = script;
        current.append(c);
    }
    parts.append(current);
    return parts;
}

}  // namespace

QString HeaderMatcher::fold(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    QString folded;
    folded.reserve(normalized.size());
    for (QChar c : normalized) {
        if (c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Format)
            continue;  // Other_Format: a byte order mark or zero-width space left in a header
        folded.append(c.toCaseFolded());
    }
    return folded;
}

QStringList HeaderMatcher::candidates(QStringView header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[{<（【《〔]([^)\\]}>）】》〕]*)[)\\]}>）】》〕]"));
    static const QRegularExpression separators(QStringLiteral("[/|、\\n\\r;；]"));
    const QString text = header.toString().normalized(QString::NormalizationForm_KC);
    QStringList raw{text};
    QString outside = text;
    outside.remove(bracketed);
    raw.append(outside);
    for (auto it = bracketed.globalMatch(text); it.hasNext();)
        raw.append(it.next().captured(1));
    for (const QString &part : outside.split(separators, Qt::SkipEmptyParts))
        raw.append(part);
    for (const QString &part : scriptParts(outside))
        raw.append(part);
    QStringList folded;
    for (const QString &candidate : std::as_const(raw))
        if (const QString f = fold(candidate); !f.isEmpty() && !folded.contains(f))
            folded.append(f);
    return folded;
}

QList<int> HeaderMatcher::guess(ImportEntity entity, const QStringList &header)
{
    const auto fields = ImportFields::of(entity);
    QHash<QString, int> bySpelling;
    for (std::size_t i = 0; i < fields.size(); ++i)
        for (const QString &spelling : ImportFields::spellings(fields[i]))
            bySpelling.insert(fold(spelling), int(i));  // spellings are unique per entity (a test says so)

    QList<int> result(header.size(), -1);
    QList<bool> given(qsizetype(fields.size()), false);
    // Whole cells first, across all columns, so that "客户名称" takes the customer field before a
    // later "客户 / Customer" cell is split into parts.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype column = 0; column < header.size(); ++column) {
            if (result[column] >= 0)
                continue;
            const QStringList candidates = HeaderMatcher::candidates(header[column]);
            const QStringList tried = pass == 0 ? candidates.mid(0, 1) : candidates;
            for (const QString &candidate : tried) {
                const int field = bySpelling.value(candidate, -1);
                if (field >= 0 && !given[field]) {
                    result[column] = field;
                    given[field] = true;
                    break;
                }
            }
        }
    }
    return result;
}

}  // namespace guanxi
