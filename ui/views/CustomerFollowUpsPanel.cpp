#include "CustomerFollowUpsPanel.h"

#include "FollowUpEditing.h"
#include "PanelLayout.h"
#include "models/FollowUpTableModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"
#include "widgets/SnoozeMenu.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

namespace guanxi {

CustomerFollowUpsPanel::CustomerFollowUpsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new FollowUpTableModel(session, this)), m_view(new QTreeView(this)),
      m_snoozeMenu(new SnoozeMenu(this)), m_add(new QAction(Icons::named(QStringLiteral("add")), QString(), this)),
      m_edit(new QAction(Icons::named(QStringLiteral("edit")), QString(), this)),
      m_done(new QAction(Icons::named(QStringLiteral("done")), QString(), this)), m_snooze(m_snoozeMenu->menuAction()),
      m_delete(new QAction(Icons::named(QStringLiteral("delete")), QString(), this))
{
    m_view->setObjectName(QStringLiteral("customerFollowUps"));
    PanelLayout::setUpTable(m_view);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);
    PanelLayout::build(this, {m_add, m_edit, m_done, m_snooze, m_delete}, m_view);

    connect(m_add, &QAction::triggered, this, &CustomerFollowUpsPanel::addFollowUp);
    connect(m_edit, &QAction::triggered, this, &CustomerFollowUpsPanel::editCurrent);
    connect(m_done, &QAction::triggered, this, &CustomerFollowUpsPanel::toggleDone);
    connect(m_delete, &QAction::triggered, this, &CustomerFollowUpsPanel::deleteCurrent);
    connect(m_snoozeMenu, &SnoozeMenu::snoozeRequested, this, [this](const QDate &until) {
        const int row = currentRow();
        if (row >= 0)
            FollowUpEditing::snooze(m_session, this, m_model->followUpAt(row), until);
    });
    connect(m_view, &QTreeView::activated, this, &CustomerFollowUpsPanel::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerFollowUpsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerFollowUpsPanel::updateActions);
    connect(session, &WorkspaceSession::workspaceReplaced, this, &CustomerFollowUpsPanel::updateActions);
    retranslateUi();
    updateActions();
}

void CustomerFollowUpsPanel::setCustomer(const QString &customerId, const QString &ownerId)
{
    m_ownerId = ownerId;
    m_model->setCustomer(customerId);
}

int CustomerFollowUpsPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void CustomerFollowUpsPanel::updateActions()
{
    const bool editable = m_session->canEdit() && !m_model->customerId().isEmpty();
    const int row = currentRow();
    const bool open = row >= 0 && m_model->followUpAt(row).status == FollowUpStatus::Open;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && row >= 0);
    m_delete->setEnabled(editable && row >= 0);
    m_done->setEnabled(editable && row >= 0);
    m_done->setText(row >= 0 && !open ? tr("Reopen") : tr("Done"));
    m_done->setIcon(Icons::named(row >= 0 && !open ? QStringLiteral("undo") : QStringLiteral("done")));
    m_snooze->setEnabled(editable && open);
    if (open)
        m_snoozeMenu->setDue(m_model->followUpAt(row).effectiveDue());
}

void CustomerFollowUpsPanel::addFollowUp()
{
    if (m_add->isEnabled())
        FollowUpEditing::create(m_session, this, m_model->customerId(), m_ownerId);
}

void CustomerFollowUpsPanel::editCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_session->canEdit())
        FollowUpEditing::edit(m_session, this, m_model->followUpAt(row));
}

void CustomerFollowUpsPanel::toggleDone()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canEdit())
        return;
    const FollowUp f = m_model->followUpAt(row);
    if (f.status == FollowUpStatus::Open)
        FollowUpEditing::markDone(m_session, this, f);
    else
        FollowUpEditing::reopen(m_session, this, f);
}

void CustomerFollowUpsPanel::deleteCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_session->canEdit())
        FollowUpEditing::remove(m_session, this, m_model->followUpAt(row));
}

void CustomerFollowUpsPanel::retranslateUi()
{
    m_add->setText(tr("Add follow-up…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    updateActions();
}

void CustomerFollowUpsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
