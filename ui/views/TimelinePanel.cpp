#include "TimelinePanel.h"

#include "PanelLayout.h"
#include "dialogs/InteractionDialog.h"
#include "models/TimelineModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TimelineDelegate.h"

#include <QAction>
#include <QEvent>
#include <QListView>

namespace guanxi {

TimelinePanel::TimelinePanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TimelineModel(session, this)), m_view(new QListView(this)),
      m_log(new QAction(Icons::named(QStringLiteral("interaction")), QString(), this)),
      m_edit(new QAction(Icons::named(QStringLiteral("edit")), QString(), this)),
      m_delete(new QAction(Icons::named(QStringLiteral("delete")), QString(), this))
{
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust); // re-wrap the summaries when the pane resizes
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);
    PanelLayout::build(this, {m_log, m_edit, m_delete}, m_view);

    connect(m_log, &QAction::triggered, this, &TimelinePanel::logInteraction);
    connect(m_edit, &QAction::triggered, this, &TimelinePanel::editCurrent);
    connect(m_delete, &QAction::triggered, this, &TimelinePanel::deleteCurrent);
    connect(m_view, &QListView::activated, this, &TimelinePanel::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePanel::updateActions);
    connect(session, &WorkspaceSession::workspaceReplaced, this, &TimelinePanel::updateActions);
    retranslateUi();
    updateActions();
}

void TimelinePanel::setCustomer(const QString &customerId)
{
    m_model->setCustomer(customerId);
}

int TimelinePanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TimelinePanel::updateActions()
{
    const bool editable = m_session->canEdit() && !m_model->customerId().isEmpty();
    m_log->setEnabled(editable);
    m_edit->setEnabled(editable && currentRow() >= 0);
    m_delete->setEnabled(editable && currentRow() >= 0);
}

void TimelinePanel::logInteraction()
{
    if (!m_log->isEnabled())
        return;
    Interaction interaction;
    interaction.customerId = m_model->customerId();
    auto *dialog = new InteractionDialog(m_session, interaction, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TimelinePanel::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canEdit())
        return;
    auto *dialog = new InteractionDialog(m_session, m_model->interactionAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TimelinePanel::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canEdit())
        return;
    const Interaction interaction = m_model->interactionAt(row);
    if (MessageBoxes::question(this, tr("Delete interaction"),
                               tr("Delete this %1 from the timeline?\nYou can undo this with Edit ▸ Undo.")
                                   .arg(enumLabel(interaction.channel)))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_session->remove(interaction); !removed)
        MessageBoxes::warning(this, tr("Interaction not deleted"), removed.error().message);
}

void TimelinePanel::retranslateUi()
{
    m_log->setText(tr("Log interaction…"));
    m_log->setToolTip(tr("Record a visit, call, e-mail, chat or meeting and what was promised"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
