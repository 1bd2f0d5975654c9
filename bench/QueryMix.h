#pragma once

#include <QList>
#include <QString>

namespace guanxi::bench {

enum class QueryKind {
    Chinese,     // Han characters: a brand, a person's or a contact's name, a city
    FullPinyin,  // "changcheng", "zhangwei"
    Initials,    // "bjcc", "zw"
    Phone,       // the whole number, its first seven digits or its last four
    Email,       // a whole address, its local part or its domain
    Latin,       // a word of a Latin company or person name
};

struct BenchQuery {
    QString text;
    QueryKind kind = QueryKind::Chinese;
    bool fixed = false;  // one of the fixed queries; otherwise drawn from the data
};

// The search benchmark's queries: a fixed list of typical type-ahead queries (the examples of
// the product brief: 北京, 长城, bjcc, changcheng, cq, yinhang …) followed by queries drawn from
// customers of the demo workspace. Customer i of a demo workspace is DemoGenerator::customer(i)
// for the same seed, so the queries are drawn from the generator rather than read back from the
// file: the same seed and size always give the same mix, whatever the file's ids are.
namespace QueryMix {
QList<BenchQuery> build(quint64 seed, qint64 customers, int count);
QString kindName(QueryKind kind);
QList<QueryKind> kinds();
}  // namespace QueryMix

}  // namespace guanxi::bench
