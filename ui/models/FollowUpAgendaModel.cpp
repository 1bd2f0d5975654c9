#include "FollowUpAgendaModel.h"

#include "FollowUpText.h"
#include "session/WorkspaceSession.h"
#include "storage/FollowUpRepository.h"
#include "widgets/Icons.h"

#include <QBrush>
#include <QFont>

namespace guanxi {

namespace {
// internalId of a follow-up's index: its group + 1; group rows have 0.
constexpr quintptr GroupRowId = 0;
} // namespace

FollowUpAgendaModel::FollowUpAgendaModel(WorkspaceSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session), m_today(QDate::currentDate())
{
    connect(session, &WorkspaceSession::followUpsChanged, this, &FollowUpAgendaModel::reload);
    // Customer names are shown beside each follow-up.
    connect(session, &WorkspaceSession::customerChanged, this, &FollowUpAgendaModel::reload);
    connect(session, &WorkspaceSession::staffChanged, this, &FollowUpAgendaModel::reload);
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] {
        m_ownerId.reset();
        reload();
    });
    reload();
}

void FollowUpAgendaModel::setOwnerFilter(const std::optional<QString> &ownerId)
{
    if (ownerId == m_ownerId)
        return;
    m_ownerId = ownerId;
    reload();
}

void FollowUpAgendaModel::setToday(const QDate &today)
{
    m_today = today;
    m_todayFixed = true;
    reload();
}

void FollowUpAgendaModel::reload()
{
    beginResetModel();
    if (!m_todayFixed)
        m_today = QDate::currentDate();
    for (int g = 0; g < GroupCount; ++g) {
        m_groups[g].clear();
        m_truncated[g] = false;
    }
    if (m_session->isOpen()) {
        // Overdue: due up to yesterday. Today: from today to today. Upcoming: tomorrow on.
        const std::array<std::pair<QDate, QDate>, GroupCount> ranges {
            {{QDate(), m_today.addDays(-1)}, {m_today, m_today}, {m_today.addDays(1), m_today.addDays(UpcomingDays)}}};
        for (int g = 0; g < GroupCount; ++g) {
            FollowUpQuery query;
            query.dueFrom = ranges[g].first;
            query.today = ranges[g].second;
            query.upcomingDays = 0;
            query.ownerId = m_ownerId;
            query.limit = GroupLimit + 1;
            auto due = m_session->followUps().listDue(query);
            if (!due) {
                Q_EMIT loadFailed(due.error().message);
                break;
            }
            m_truncated[g] = due->size() > GroupLimit;
            m_groups[g] = due->mid(0, GroupLimit);
        }
    }
    endResetModel();
}

void FollowUpAgendaModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int g = 0; g < GroupCount; ++g) {
        Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
        if (!m_groups[g].isEmpty())
            Q_EMIT dataChanged(index(0, 0, index(g, 0)),
                               index(int(m_groups[g].size()) - 1, ColumnCount - 1, index(g, 0)));
    }
}

const FollowUp *FollowUpAgendaModel::followUp(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRowId)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group.at(index.row()) : nullptr;
}

QModelIndex FollowUpAgendaModel::indexOf(const QString &followUpId) const
{
    for (int g = 0; g < GroupCount; ++g)
        for (int row = 0; row < m_groups[g].size(); ++row)
            if (m_groups[g].at(row).id() == followUpId)
                return createIndex(row, 0, quintptr(g + 1));
    return {};
}

QModelIndex FollowUpAgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FollowUpAgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int FollowUpAgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return int(m_groups[parent.row()].size());
    return 0;
}

int FollowUpAgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FollowUpAgendaModel::groupTitle(int group) const
{
    const QString n
        = m_truncated[group] ? QStringLiteral("%1+").arg(GroupLimit) : QString::number(m_groups[group].size());
    switch (group) {
    case Overdue:
        return tr("Overdue (%1)").arg(n);
    case Today:
        return tr("Today (%1)").arg(n);
    case Upcoming:
        return tr("Next %1 days (%2)").arg(UpcomingDays).arg(n);
    }
    return {};
}

QVariant FollowUpAgendaModel::groupData(int group, int column, int role) const
{
    if (column != TitleColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return groupTitle(group);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (group == Overdue && !m_groups[group].isEmpty())
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::DecorationRole:
        return Icons::named(group == Overdue     ? QStringLiteral("overdue")
                                : group == Today ? QStringLiteral("today")
                                                 : QStringLiteral("calendar"));
    }
    return {};
}

QVariant FollowUpAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId)
        return groupData(index.row(), index.column(), role);
    const FollowUp *f = followUp(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return f->title;
        case CustomerColumn:
            return f->customerName;
        case DueColumn:
            return f->isSnoozed() ? tr("%1 (snoozed)").arg(FollowUpText::due(*f)) : FollowUpText::due(*f);
        case OwnerColumn:
            return f->ownerName;
        case NotesColumn:
            return f->notes.simplified();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && FollowUpText::isOverdue(*f, m_today))
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return Icons::named(f->isSnoozed() ? QStringLiteral("snooze") : QStringLiteral("follow-up"));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return FollowUpText::status(*f, m_today);
        return f->notes.isEmpty() ? QVariant() : QVariant(f->notes);
    case IdRole:
        return f->id();
    case CustomerIdRole:
        return f->customerId;
    }
    return {};
}

QVariant FollowUpAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Follow-up");
    case CustomerColumn:
        return tr("Customer");
    case DueColumn:
        return tr("Due");
    case OwnerColumn:
        return tr("Owner");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace guanxi
