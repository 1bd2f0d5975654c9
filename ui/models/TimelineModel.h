#pragma once

#include "domain/Interaction.h"

#include <QAbstractListModel>
#include <QHash>

namespace guanxi {

class WorkspaceSession;

// One customer's interactions, newest first, for the timeline (drawn by TimelineDelegate).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        WhenRole, // QString: local date and time
        HeadlineRole, // QString: "Call · 王芳 with 李娜"
        SummaryRole, // QString
        CommitmentsRole, // QString, may be empty
    };

    explicit TimelineModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    const Interaction &interactionAt(int row) const { return m_interactions.at(row); }
    int rowOf(const QString &id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload();
    QString headline(const Interaction &interaction) const;

    WorkspaceSession *m_session;
    QString m_customerId;
    QList<Interaction> m_interactions;
    QHash<QString, QString> m_contactNames; // contact id → name, for "with …"
};

} // namespace guanxi
