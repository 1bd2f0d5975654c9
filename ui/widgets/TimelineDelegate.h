#pragma once

#include <QStyledItemDelegate>

namespace guanxi {

// Draws one interaction of TimelineModel as a timeline entry: the channel icon on a vertical
// line, a headline (channel, who) with the local time on the right, the summary wrapped, and
// what was promised highlighted below it.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect icon;
        QRect headline;
        QRect when;
        QRect summary;
        QRect commitments;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static QString commitmentsText(const QModelIndex &index);
};

} // namespace guanxi
