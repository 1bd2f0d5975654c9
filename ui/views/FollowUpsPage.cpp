#include "FollowUpsPage.h"

#include "FollowUpEditing.h"
#include "models/FollowUpAgendaModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"
#include "widgets/SnoozeMenu.h"
#include "widgets/StaffComboBox.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace guanxi {

FollowUpsPage::FollowUpsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new FollowUpAgendaModel(session, this)),
      m_owner(new StaffComboBox(session, StaffComboBox::Mode::Filter, this)), m_ownerLabel(new QLabel(this)),
      m_view(new QTreeView(this)), m_snoozeMenu(new SnoozeMenu(this)),
      m_done(new QAction(Icons::named(QStringLiteral("done")), QString(), this)), m_snooze(m_snoozeMenu->menuAction()),
      m_open(new QAction(Icons::named(QStringLiteral("open-customer")), QString(), this)),
      m_edit(new QAction(Icons::named(QStringLiteral("edit")), QString(), this)),
      m_delete(new QAction(Icons::named(QStringLiteral("delete")), QString(), this))
{
    m_view->setObjectName(QStringLiteral("agenda"));
    m_owner->setObjectName(QStringLiteral("agendaOwnerFilter"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(FollowUpAgendaModel::TitleColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FollowUpAgendaModel::TitleColumn, 300);
    m_view->header()->resizeSection(FollowUpAgendaModel::CustomerColumn, 280);
    m_view->header()->resizeSection(FollowUpAgendaModel::DueColumn, 140);
    m_view->header()->resizeSection(FollowUpAgendaModel::OwnerColumn, 100);
    m_view->header()->setStretchLastSection(true);
    m_done->setShortcut(Qt::CTRL | Qt::Key_D);
    m_done->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);
    addAction(m_done);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    for (QAction *action : {m_done, m_snooze, m_open, m_edit, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        if (action == m_snooze)
            button->setPopupMode(QToolButton::InstantPopup);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_owner);
    m_ownerLabel->setBuddy(m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_owner, &StaffComboBox::staffSelected, this, [this] { m_model->setOwnerFilter(m_owner->staffId()); });
    connect(m_done, &QAction::triggered, this, &FollowUpsPage::markCurrentDone);
    connect(m_snoozeMenu, &SnoozeMenu::snoozeRequested, this, &FollowUpsPage::snoozeCurrent);
    connect(m_open, &QAction::triggered, this, &FollowUpsPage::openCurrentCustomer);
    connect(m_edit, &QAction::triggered, this, &FollowUpsPage::editCurrent);
    connect(m_delete, &QAction::triggered, this, &FollowUpsPage::deleteCurrent);
    connect(m_view, &QTreeView::activated, this, &FollowUpsPage::openCurrentCustomer);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const FollowUp *f = current();
        m_currentId = f ? f->id() : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (!m_currentId.isEmpty())
            m_view->setCurrentIndex(m_model->indexOf(m_currentId));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FollowUpsPage::updateActions);
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { m_owner->setStaffId(std::nullopt); });
    m_view->expandAll();
    retranslateUi();
    updateActions();
}

const FollowUp *FollowUpsPage::current() const
{
    return m_model->followUp(m_view->currentIndex());
}

void FollowUpsPage::updateActions()
{
    const FollowUp *f = current();
    const bool editable = f && m_session->canEdit();
    m_done->setEnabled(editable);
    m_snooze->setEnabled(editable);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_open->setEnabled(f != nullptr);
    if (f)
        m_snoozeMenu->setDue(f->effectiveDue(), m_model->today());
}

void FollowUpsPage::markCurrentDone()
{
    if (const FollowUp *f = current(); f && m_session->canEdit())
        FollowUpEditing::markDone(m_session, this, *f);
}

void FollowUpsPage::snoozeCurrent(const QDate &until)
{
    if (const FollowUp *f = current(); f && m_session->canEdit())
        FollowUpEditing::snooze(m_session, this, *f, until);
}

void FollowUpsPage::openCurrentCustomer()
{
    if (const FollowUp *f = current())
        Q_EMIT openCustomerRequested(f->customerId);
}

void FollowUpsPage::editCurrent()
{
    if (const FollowUp *f = current(); f && m_session->canEdit())
        FollowUpEditing::edit(m_session, this, *f);
}

void FollowUpsPage::deleteCurrent()
{
    if (const FollowUp *f = current(); f && m_session->canEdit())
        FollowUpEditing::remove(m_session, this, *f);
}

void FollowUpsPage::refresh()
{
    m_model->reload();
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    if (m_model->today() != QDate::currentDate())
        refresh();
    QWidget::showEvent(event);
}

void FollowUpsPage::retranslateUi()
{
    m_done->setText(tr("Done"));
    m_done->setToolTip(tr("Mark the follow-up done (Ctrl+D)"));
    m_open->setText(tr("Open customer"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_model->retranslate();
}

void FollowUpsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
