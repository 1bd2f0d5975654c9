#include "TimelineModel.h"

#include "DateText.h"

#include "session/WorkspaceSession.h"
#include "storage/ContactRepository.h"
#include "storage/InteractionRepository.h"
#include "widgets/ChannelIcons.h"

namespace guanxi {

TimelineModel::TimelineModel(WorkspaceSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    const auto reloadFor = [this](const QString &customerId) {
        if (customerId == m_customerId)
            reload();
    };
    connect(session, &WorkspaceSession::interactionsChanged, this, reloadFor);
    connect(session, &WorkspaceSession::contactsChanged, this, reloadFor);
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { setCustomer({}); });
}

void TimelineModel::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_interactions.clear();
    m_contactNames.clear();
    if (!m_customerId.isEmpty() && m_session->isOpen()) {
        auto listed = m_session->interactions().listForCustomer(m_customerId);
        if (listed)
            m_interactions = *listed;
        else
            Q_EMIT loadFailed(listed.error().message);
        if (auto contacts = m_session->contacts().listForCustomer(m_customerId))
            for (const Contact &c : *contacts)
                m_contactNames.insert(c.id(), c.name);
    }
    endResetModel();
}

int TimelineModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_interactions.size(); ++row)
        if (m_interactions.at(row).id() == id)
            return row;
    return -1;
}

void TimelineModel::retranslate()
{
    if (!m_interactions.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interactions.size());
}

QString TimelineModel::headline(const Interaction &i) const
{
    QStringList parts {enumLabel(i.channel)};
    const QString contact = m_contactNames.value(i.contactId);
    if (!i.staffName.isEmpty() && !contact.isEmpty())
        parts.append(tr("%1 with %2").arg(i.staffName, contact));
    else if (!i.staffName.isEmpty())
        parts.append(i.staffName);
    else if (!contact.isEmpty())
        parts.append(tr("with %1").arg(contact));
    return parts.join(QStringLiteral(" · "));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction &i = m_interactions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return i.summary;
    case Qt::DecorationRole:
        return ChannelIcons::icon(i.channel);
    case Qt::ToolTipRole:
        return i.commitments.isEmpty() ? i.summary
                                       : i.summary + QStringLiteral("\n\n") + tr("Promised: %1").arg(i.commitments);
    case IdRole:
        return i.id();
    case WhenRole:
        return DateText::dateTime(i.occurredAt);
    case HeadlineRole:
        return headline(i);
    case CommitmentsRole:
        return i.commitments;
    }
    return {};
}

} // namespace guanxi
