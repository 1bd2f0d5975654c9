#include "ContactTableModel.h"

#include "session/WorkspaceSession.h"
#include "storage/ContactRepository.h"
#include "widgets/Icons.h"

namespace guanxi {

ContactTableModel::ContactTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &WorkspaceSession::contactsChanged, this, [this](const QString &customerId) {
        if (customerId == m_customerId)
            reload();
    });
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { setCustomer({}); });
}

void ContactTableModel::setCustomer(const QString &customerId)
{
    m_customerId = customerId;
    reload();
}

void ContactTableModel::reload()
{
    beginResetModel();
    m_contacts.clear();
    if (!m_customerId.isEmpty() && m_session->isOpen()) {
        auto listed = m_session->contacts().listForCustomer(m_customerId);
        if (listed)
            m_contacts = *listed;
        else
            Q_EMIT loadFailed(listed.error().message);
    }
    endResetModel();
}

int ContactTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_contacts.size(); ++row)
        if (m_contacts.at(row).id() == id)
            return row;
    return -1;
}

void ContactTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_contacts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    if (role == IdRole)
        return c.id();
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return Icons::named(c.primary ? QStringLiteral("star") : QStringLiteral("person"));
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn && c.primary)
            return tr("%1 — primary contact").arg(c.name);
        if (!c.notes.isEmpty())
            return c.notes;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case TitleColumn:
        return c.title;
    case RoleColumn:
        return c.role ? enumLabel(*c.role) : QString();
    case PhoneColumn:
        return c.phone;
    case EmailColumn:
        return c.email;
    case WechatColumn:
        return c.wechat;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case RoleColumn:
        return tr("Role in the decision");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case WechatColumn:
        return tr("WeChat");
    }
    return {};
}

} // namespace guanxi
