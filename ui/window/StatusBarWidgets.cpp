#include "StatusBarWidgets.h"

#include "session/CustomerQueryWorker.h"
#include "session/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "widgets/Icons.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>

namespace guanxi {

StatusBarWidgets::StatusBarWidgets(WorkspaceSession *session, QStatusBar *bar)
    : QObject(bar), m_session(session), m_count(new QLabel(bar)), m_readOnly(new QLabel(bar)), m_path(new QLabel(bar)),
      m_channel(session->queries()->newChannel())
{
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyIndicator"));
    m_path->setObjectName(QStringLiteral("workspacePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setMinimumWidth(80);
    bar->addPermanentWidget(m_path, 1);
    bar->addPermanentWidget(m_readOnly);
    bar->addPermanentWidget(m_count);
    connect(session, &WorkspaceSession::workspaceReplaced, this, &StatusBarWidgets::recount);
    connect(session, &WorkspaceSession::customerAdded, this, [this] { adjust(+1); });
    connect(session, &WorkspaceSession::customerRemoved, this, [this] { adjust(-1); });
    connect(session, &WorkspaceSession::bulkChanged, this, &StatusBarWidgets::recount);
    recount();
}

// On the query worker: counting a million customers takes a moment.
void StatusBarWidgets::recount()
{
    m_customers = -1;
    update();
    if (!m_session->isOpen())
        return;
    const quint64 generation = ++m_generation;
    QPointer<StatusBarWidgets> self(this);
    m_session->queries()->count(m_channel, generation, {}, [self, generation](const Result<qint64> &counted) {
        if (!self || generation != self->m_generation)
            return;
        Result<qint64> n = counted;
        if (!n && !self->m_session->queries()->isAvailable())
            n = self->m_session->customers().count({});
        self->m_customers = n ? *n : 0;
        self->update();
    });
}

void StatusBarWidgets::adjust(int delta)
{
    if (m_customers < 0) {
        recount(); // a count is on its way and may or may not include this change
        return;
    }
    m_customers = qMax<qint64>(0, m_customers + delta);
    update();
}

bool StatusBarWidgets::isCounting() const
{
    return m_session->isOpen() && m_customers < 0;
}

void StatusBarWidgets::retranslate()
{
    update();
}

void StatusBarWidgets::update()
{
    if (!m_session->isOpen()) {
        m_count->clear();
        m_readOnly->hide();
        m_path->setText(tr("No workspace open"));
        return;
    }
    m_count->setText(m_customers < 0 ? QString()
                                     : tr("Customers in this workspace: %1").arg(QLocale().toString(m_customers)));
    const QString path = QDir::toNativeSeparators(m_session->path());
    m_path->setText(m_path->fontMetrics().elidedText(path, Qt::ElideMiddle, 520));
    m_path->setToolTip(path);
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(tr("This workspace can only be read: it is write-protected or on read-only media."));
    m_readOnly->setVisible(m_session->isReadOnly());
}

} // namespace guanxi
