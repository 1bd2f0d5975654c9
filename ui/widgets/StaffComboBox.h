#pragma once

#include <QComboBox>

#include <optional>

namespace guanxi {

class WorkspaceSession;

// Picks a member of the team. As a filter it offers "Everyone" and "Unassigned"; as a picker
// "Unassigned" and "New team member…", which asks for a name and adds the member (undoable).
// Follows the session's team as it changes.
class StaffComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Mode { Filter, Picker };

    StaffComboBox(WorkspaceSession *session, Mode mode, QWidget *parent = nullptr);

    // Filter mode: nullopt = everyone, "" = unassigned. Picker mode: "" = unassigned.
    std::optional<QString> staffId() const;
    void setStaffId(const std::optional<QString> &id);
    // Adds a member with this name (undoable) and selects them; returns false with a message
    // when the name is not acceptable. Used by "New team member…" and tests.
    bool addMember(const QString &name, QString *errorMessage = nullptr);

Q_SIGNALS:
    void staffSelected(); // the user picked someone (not emitted while reloading)

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void onActivated(int index);
    void askForNewMember();

    WorkspaceSession *m_session;
    Mode m_mode;
    int m_lastIndex = 0;
};

} // namespace guanxi
