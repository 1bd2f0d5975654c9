#include "FollowUpTableModel.h"

#include "FollowUpText.h"
#include "session/WorkspaceSession.h"
#include "storage/FollowUpRepository.h"
#include "widgets/Icons.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace guanxi {

FollowUpTableModel::FollowUpTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &WorkspaceSession::followUpsChanged, this, [this](const QString &customerId) {
        if (customerId == m_customerId)
            reload();
    });
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { setCustomer({}); });
}

void FollowUpTableModel::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void FollowUpTableModel::reload()
{
    beginResetModel();
    m_today = QDate::currentDate();
    m_followUps.clear();
    if (!m_customerId.isEmpty() && m_session->isOpen()) {
        auto listed = m_session->followUps().listForCustomer(m_customerId);
        if (listed)
            m_followUps = *listed;
        else
            Q_EMIT loadFailed(listed.error().message);
    }
    endResetModel();
}

int FollowUpTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_followUps.size(); ++row)
        if (m_followUps.at(row).id() == id)
            return row;
    return -1;
}

int FollowUpTableModel::openCount() const
{
    return int(std::count_if(m_followUps.cbegin(), m_followUps.cend(),
                             [](const FollowUp &f) { return f.status == FollowUpStatus::Open; }));
}

void FollowUpTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_followUps.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp &f = m_followUps.at(index.row());
    const bool done = f.status == FollowUpStatus::Done;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return f.title;
        case DueColumn:
            return FollowUpText::due(f);
        case OwnerColumn:
            return f.ownerName;
        case StatusColumn:
            return FollowUpText::status(f, m_today);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return Icons::named(done                ? QStringLiteral("done")
                                    : f.isSnoozed() ? QStringLiteral("snooze")
                                                    : QStringLiteral("follow-up"));
        return {};
    case Qt::ForegroundRole:
        if (done)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == StatusColumn && FollowUpText::isOverdue(f, m_today))
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::ToolTipRole:
        return f.notes.isEmpty() ? QVariant() : QVariant(f.notes);
    case IdRole:
        return f.id();
    }
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Follow-up");
    case DueColumn:
        return tr("Due");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace guanxi
