#include "TableColumns.h"

#include <QHeaderView>
#include <QTableView>

namespace guanxi {

void TableColumns::fitToContents(QTableView *view, int maxWidth)
{
    constexpr int Air = 16;
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(maxWidth, header->sectionSize(column) + Air));
}

} // namespace guanxi
