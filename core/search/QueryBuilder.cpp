#include "QueryBuilder.h"

#include "SearchTokenizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace guanxi::search {

QString buildMatchExpression(const QString &userQuery)
{
    QStringList clauses;
    const QStringList terms = userQuery.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        QStringList tokens;
        const std::string utf8 = term.toStdString();
        SearchTokenizer::tokenize(utf8, SearchTokenizer::Purpose::Query,
                                  [&](std::string_view token, int, int, bool colocated) {
                                      if (!colocated)
                                          tokens.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
                                      return 0;
                                  });
        if (tokens.isEmpty())
            continue;
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                         + QLatin1Char('"');
        phrase += QLatin1Char('*');
        clauses.append(phrase);
    }
    return clauses.join(QStringLiteral(" AND "));
}

}  // namespace guanxi::search
