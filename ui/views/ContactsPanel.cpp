#include "ContactsPanel.h"

#include "PanelLayout.h"
#include "dialogs/ContactDialog.h"
#include "models/ContactTableModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

namespace guanxi {

ContactsPanel::ContactsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ContactTableModel(session, this)), m_view(new QTreeView(this)),
      m_add(new QAction(Icons::named(QStringLiteral("add")), QString(), this)),
      m_edit(new QAction(Icons::named(QStringLiteral("edit")), QString(), this)),
      m_delete(new QAction(Icons::named(QStringLiteral("delete")), QString(), this))
{
    m_view->setObjectName(QStringLiteral("contactTable"));
    PanelLayout::setUpTable(m_view);
    m_view->setModel(m_model);
    // A customer has a handful of contacts: columns can afford to fit their contents.
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);
    PanelLayout::build(this, {m_add, m_edit, m_delete}, m_view);

    connect(m_add, &QAction::triggered, this, &ContactsPanel::addContact);
    connect(m_edit, &QAction::triggered, this, &ContactsPanel::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ContactsPanel::deleteCurrent);
    connect(m_view, &QTreeView::activated, this, &ContactsPanel::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsPanel::updateActions);
    connect(session, &WorkspaceSession::workspaceReplaced, this, &ContactsPanel::updateActions);
    retranslateUi();
    updateActions();
}

void ContactsPanel::setCustomer(const QString &customerId)
{
    m_model->setCustomer(customerId);
}

int ContactsPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ContactsPanel::updateActions()
{
    const bool editable = m_session->canEdit() && !m_model->customerId().isEmpty();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && currentRow() >= 0);
    m_delete->setEnabled(editable && currentRow() >= 0);
}

void ContactsPanel::addContact()
{
    if (!m_add->isEnabled())
        return;
    Contact contact;
    contact.customerId = m_model->customerId();
    contact.primary = m_model->rowCount() == 0; // the first contact is the primary one
    auto *dialog = new ContactDialog(m_session, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsPanel::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canEdit())
        return;
    auto *dialog = new ContactDialog(m_session, m_model->contactAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsPanel::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_session->canEdit())
        return;
    const Contact contact = m_model->contactAt(row);
    if (MessageBoxes::question(this, tr("Delete contact"),
                               tr("Delete the contact “%1”?\nYou can undo this with Edit ▸ Undo.").arg(contact.name))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_session->remove(contact); !removed)
        MessageBoxes::warning(this, tr("Contact not deleted"), removed.error().message);
}

void ContactsPanel::retranslateUi()
{
    m_add->setText(tr("Add contact…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_add->setToolTip(tr("Add a person at this customer"));
    m_model->retranslate();
}

void ContactsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
