#include "StaffComboBox.h"

#include "Icons.h"
#include "MessageBoxes.h"
#include "session/WorkspaceSession.h"
#include "storage/StaffRepository.h"

#include <QEvent>
#include <QInputDialog>
#include <QSignalBlocker>

namespace guanxi {

namespace {
// Item data of the fixed entries; real members carry their id.
const QString EveryoneItem = QStringLiteral("*everyone");
const QString NewMemberItem = QStringLiteral("*new");
} // namespace

StaffComboBox::StaffComboBox(WorkspaceSession *session, Mode mode, QWidget *parent)
    : QComboBox(parent), m_session(session), m_mode(mode)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(10);
    connect(session, &WorkspaceSession::staffChanged, this, &StaffComboBox::reload);
    connect(session, &WorkspaceSession::workspaceReplaced, this, &StaffComboBox::reload);
    connect(this, &QComboBox::activated, this, &StaffComboBox::onActivated);
    reload();
}

void StaffComboBox::reload()
{
    const std::optional<QString> current = count() > 0 ? staffId() : std::optional<QString>();
    const QSignalBlocker blocker(this);
    clear();
    if (m_mode == Mode::Filter)
        addItem(tr("Everyone"), EveryoneItem);
    addItem(tr("Unassigned"), QString());
    if (m_session->isOpen()) {
        if (auto members = m_session->staff().list()) {
            // Former members stay listed: their customers and follow-ups still name them.
            for (const Staff &member : *members)
                addItem(Icons::named(QStringLiteral("person")),
                        member.active ? member.name : tr("%1 (former)").arg(member.name), member.id());
        }
    }
    if (m_mode == Mode::Picker && m_session->canEdit())
        addItem(Icons::named(QStringLiteral("add")), tr("New team member…"), NewMemberItem);
    setStaffId(current);
}

std::optional<QString> StaffComboBox::staffId() const
{
    const QString data = currentData().toString();
    if (data == EveryoneItem)
        return std::nullopt;
    if (data == NewMemberItem)
        return QString();
    return data;
}

void StaffComboBox::setStaffId(const std::optional<QString> &id)
{
    int index = -1;
    if (!id)
        index = findData(EveryoneItem);
    else
        index = findData(*id);
    if (index < 0)
        index = 0;
    setCurrentIndex(index);
    m_lastIndex = index;
}

bool StaffComboBox::addMember(const QString &name, QString *errorMessage)
{
    if (auto existing = m_session->staff().findByName(name.simplified())) {
        setStaffId(existing->id());
        Q_EMIT staffSelected();
        return true;
    }
    Staff member;
    member.name = name;
    auto created = m_session->create(member);
    if (!created) {
        if (errorMessage)
            *errorMessage = created.error().message;
        return false;
    }
    setStaffId(created->id());
    Q_EMIT staffSelected();
    return true;
}

void StaffComboBox::onActivated(int index)
{
    if (itemData(index).toString() == NewMemberItem) {
        setCurrentIndex(m_lastIndex);
        askForNewMember();
        return;
    }
    m_lastIndex = index;
    Q_EMIT staffSelected();
}

void StaffComboBox::askForNewMember()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New team member"), tr("Name of the new team member:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!addMember(name, &error))
        MessageBoxes::warning(this, tr("New team member"), error);
}

void StaffComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QComboBox::changeEvent(event);
}

} // namespace guanxi
