#pragma once

#include "domain/FollowUp.h"

#include <QAbstractItemModel>
#include <QDate>

#include <array>
#include <optional>

namespace guanxi {

class WorkspaceSession;

// The follow-ups view: open follow-ups in three groups — overdue, due today, upcoming (the
// next 14 days) — one FollowUpRepository::listDue() query each, so a long overdue list cannot
// crowd out today's. Group rows are the top level; the follow-ups are their children.
class FollowUpAgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group { Overdue, Today, Upcoming, GroupCount };
    enum Column { TitleColumn, CustomerColumn, DueColumn, OwnerColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };
    static constexpr int UpcomingDays = 14;
    // Each group lists at most this many (soonest due first); its title then says "500+".
    static constexpr int GroupLimit = 500;

    explicit FollowUpAgendaModel(WorkspaceSession *session, QObject *parent = nullptr);

    // std::nullopt: everyone's; an empty string: unassigned ones only.
    void setOwnerFilter(const std::optional<QString> &ownerId);
    std::optional<QString> ownerFilter() const { return m_ownerId; }
    // The day "today" means; the current date unless a test sets another.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void reload();
    void retranslate();

    const FollowUp *followUp(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &followUpId) const;
    int count(Group group) const { return int(m_groups[group].size()); }
    // The group has more follow-ups than it lists.
    bool isTruncated(Group group) const { return m_truncated[group]; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QVariant groupData(int group, int column, int role) const;
    QString groupTitle(int group) const;

    WorkspaceSession *m_session;
    std::optional<QString> m_ownerId;
    QDate m_today;
    bool m_todayFixed = false;
    std::array<QList<FollowUp>, GroupCount> m_groups;
    std::array<bool, GroupCount> m_truncated {};
};

} // namespace guanxi
