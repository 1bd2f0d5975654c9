#pragma once

#include <QList>

class QAbstractItemView;
class QAction;
class QTreeView;
class QWidget;

namespace guanxi {

// The shape the detail pane's panels share: a row of tool buttons over a list.
class PanelLayout
{
public:
    static void build(QWidget *panel, const QList<QAction *> &actions, QAbstractItemView *view);
    // A compact, flat, row-selecting table.
    static void setUpTable(QTreeView *view);
};

} // namespace guanxi
