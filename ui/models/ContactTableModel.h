#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>

namespace guanxi {

class WorkspaceSession;

// One customer's contacts, primary first (ContactRepository::listForCustomer).
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, RoleColumn, PhoneColumn, EmailColumn, WechatColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ContactTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    const QList<Contact> &contacts() const { return m_contacts; }
    const Contact &contactAt(int row) const { return m_contacts.at(row); }
    int rowOf(const QString &id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload();

    WorkspaceSession *m_session;
    QString m_customerId;
    QList<Contact> m_contacts;
};

} // namespace guanxi
