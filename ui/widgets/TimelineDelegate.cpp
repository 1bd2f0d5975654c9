#include "TimelineDelegate.h"

#include "models/TimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace guanxi {

namespace {
constexpr int Margin = 8;
constexpr int IconSize = 20;
constexpr int Gap = 10;
constexpr int MaxSummaryLines = 6;
} // namespace

QString TimelineDelegate::commitmentsText(const QModelIndex &index)
{
    const QString commitments = index.data(TimelineModel::CommitmentsRole).toString();
    return commitments.isEmpty() ? QString() : tr("Promised: %1").arg(commitments);
}

TimelineDelegate::Layout TimelineDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                  int width) const
{
    Layout l;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int textLeft = Margin + IconSize + Gap;
    const int textWidth = qMax(80, width - textLeft - Margin);
    int y = Margin;
    l.icon = QRect(Margin, y, IconSize, IconSize);
    const QString when = index.data(TimelineModel::WhenRole).toString();
    const int whenWidth = metrics.horizontalAdvance(when);
    l.when = QRect(textLeft + textWidth - whenWidth, y, whenWidth, boldMetrics.height());
    l.headline = QRect(textLeft, y, qMax(0, textWidth - whenWidth - Gap), boldMetrics.height());
    y += boldMetrics.height() + 2;
    const QString summary = index.data(TimelineModel::SummaryRole).toString();
    QRect summaryBounds = metrics.boundingRect(QRect(0, 0, textWidth, metrics.lineSpacing() * MaxSummaryLines),
                                               Qt::TextWordWrap, summary);
    l.summary = QRect(textLeft, y, textWidth, qMin(summaryBounds.height(), metrics.lineSpacing() * MaxSummaryLines));
    y += l.summary.height();
    const QString commitments = commitmentsText(index);
    if (!commitments.isEmpty()) {
        y += 4;
        const QRect bounds = boldMetrics.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, commitments);
        l.commitments = QRect(textLeft, y, textWidth, bounds.height());
        y += bounds.height();
    }
    l.height = qMax(y, l.icon.bottom()) + Margin;
    return l;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return QSize(width, layout(option, index, width).height);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, without the default text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.65f);

    Layout l = layout(option, index, option.rect.width());
    painter->save();
    painter->translate(option.rect.topLeft());

    // The timeline's spine, joining the icons of consecutive entries.
    QColor spine = palette.color(QPalette::Mid);
    painter->setPen(QPen(spine, 1));
    const int x = l.icon.center().x();
    if (index.row() > 0)
        painter->drawLine(x, 0, x, l.icon.top() - 2);
    if (index.row() + 1 < index.model()->rowCount(index.parent()))
        painter->drawLine(x, l.icon.bottom() + 2, x, option.rect.height());

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, l.icon, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString headline = index.data(TimelineModel::HeadlineRole).toString();
    painter->drawText(l.headline, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(headline, Qt::ElideRight, l.headline.width()));
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(l.when, Qt::AlignRight | Qt::AlignVCenter, index.data(TimelineModel::WhenRole).toString());

    painter->setPen(text);
    painter->drawText(l.summary, Qt::TextWordWrap, index.data(TimelineModel::SummaryRole).toString());

    const QString commitments = commitmentsText(index);
    if (!commitments.isEmpty()) {
        painter->setFont(bold);
        painter->setPen(selected ? text : palette.color(QPalette::Link));
        painter->drawText(l.commitments, Qt::TextWordWrap, commitments);
    }
    painter->restore();
}

} // namespace guanxi
