#pragma once

#include "domain/FollowUp.h"

#include <QAbstractTableModel>
#include <QDate>

namespace guanxi {

class WorkspaceSession;

// One customer's follow-ups: open ones by due date first, then the done ones.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DueColumn, OwnerColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FollowUpTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    const FollowUp &followUpAt(int row) const { return m_followUps.at(row); }
    int rowOf(const QString &id) const;
    int openCount() const;
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
    QList<FollowUp> m_followUps;
    QDate m_today;
};

} // namespace guanxi
