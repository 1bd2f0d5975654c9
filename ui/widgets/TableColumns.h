#pragma once

class QTableView;

namespace guanxi {

// Column widths for small read-only tables (previews, reports): wide enough for what they hold
// plus some air, but no column wider than `maxWidth` (long notes are cut with an ellipsis and
// shown whole in the tool tip).
class TableColumns
{
public:
    static void fitToContents(QTableView *view, int maxWidth = 360);
};

} // namespace guanxi
