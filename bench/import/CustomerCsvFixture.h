#pragma once

#include <QString>

namespace guanxi::bench {

// The CSV the import benchmark reads: ROWS customers as an accountant's spreadsheet lists them —
// 客户名称, 联系人, 手机, 邮箱, 城市, 省份, 行业, 关系类型, 备注 — UTF-8, CRLF, about 117 bytes a
// row. Chinese company and person names (so every row goes through pinyin), a mobile number on
// every row, an e-mail on 60 %, tiers written as Chinese labels, English labels and codes, a note
// on 20 %. Every name and phone is distinct, so that a fresh workspace creates every row.
// Deterministic: the same ROWS always give the same bytes.
namespace CustomerCsvFixture {
// Writes the file unless it already exists with the expected size; returns an error text or empty.
QString ensure(const QString &path, qint64 rows);
}

}  // namespace guanxi::bench
