#include "ImportsDialog.h"

#include "exchange/import/ImportEntity.h"
#include "models/TextTableModel.h"
#include "session/UndoImportJob.h"
#include "session/WorkspaceSession.h"
#include "widgets/MessageBoxes.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TableColumns.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString entityLabel(const QString &code)
{
    const auto entity = ImportEntities::fromText(code);
    return entity ? ImportEntities::label(*entity) : code;
}

} // namespace

ImportsDialog::ImportsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new TextTableModel(this)), m_view(new QTableView(this)),
      m_outcome(new NoticeLabel(this)), m_busy(new QProgressBar(this)),
      m_undo(new QPushButton(tr("&Undo Import…"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Imports"));
    m_view->setObjectName(QStringLiteral("importBatches"));
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_outcome->setObjectName(QStringLiteral("undoOutcome"));
    m_model->setHeaders(
        {tr("When"), tr("What"), tr("File"), tr("New"), tr("Updated"), tr("Skipped"), tr("Rejected"), tr("Undone")});
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    auto *hint = new QLabel(tr("Undo removes what an import created and gives updated records their earlier values. "
                               "It is refused once those records have been changed."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_outcome);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(820, 420);

    connect(m_undo, &QPushButton::clicked, this, [this] { undoRow(m_view->currentIndex().row()); });
    connect(m_close, &QPushButton::clicked, this, &ImportsDialog::reject);
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportsDialog::updateButtons);
    updateButtons();
}

ImportsDialog::~ImportsDialog() = default;

void ImportsDialog::reload()
{
    const QLocale locale;
    m_batches.clear();
    if (m_session->isOpen()) {
        auto batches = ImportBatchRepository(*m_session->workspace()).list();
        if (batches)
            m_batches = *batches;
        else
            m_outcome->setNotice(NoticeLabel::Kind::Error, batches.error().message);
    }
    QList<QStringList> rows;
    for (const ImportBatch &b : std::as_const(m_batches))
        rows.append({localTime(b.startedAt), entityLabel(b.entity), b.fileName, locale.toString(b.created),
                     locale.toString(b.updated), locale.toString(b.skipped), locale.toString(b.rejected),
                     b.isUndone() ? localTime(b.undoneAt) : QString()});
    m_model->setRows(rows);
    TableColumns::fitToContents(m_view);
    if (!m_batches.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void ImportsDialog::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool undoable = row >= 0 && row < m_batches.size() && !m_batches.at(row).isUndone();
    m_undo->setEnabled(!m_job && undoable && m_session->canEdit());
    m_close->setEnabled(!m_job);
}

bool ImportsDialog::undoRow(int row)
{
    if (m_job || row < 0 || row >= m_batches.size() || m_batches.at(row).isUndone() || !m_session->canEdit())
        return false;
    const ImportBatch &batch = m_batches.at(row);
    const QString question
        = tr("Undo the import of “%1” from %2? It removes %3 new records and restores %4 updated ones.")
              .arg(batch.fileName, localTime(batch.startedAt), QLocale().toString(batch.created),
                   QLocale().toString(batch.updated));
    if (MessageBoxes::question(this, tr("Undo Import"), question) != QMessageBox::Yes)
        return false;
    m_job = new UndoImportJob(m_session->path(), batch.id, this);
    connect(m_job, &UndoImportJob::finished, this, &ImportsDialog::onUndone);
    m_outcome->setNotice(NoticeLabel::Kind::Information, tr("Undoing the import of “%1”…").arg(batch.fileName));
    m_busy->show();
    m_job->start();
    updateButtons();
    return true;
}

void ImportsDialog::onUndone()
{
    UndoImportJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_busy->hide();
    const Result<ImportUndoResult> &result = job->outcome()->result;
    if (!result) {
        m_outcome->setNotice(NoticeLabel::Kind::Error, result.error().message);
        updateButtons();
        Q_EMIT undoFinished(false);
        return;
    }
    m_session->notifyBulkChange(job->outcome()->writerClock);
    const QLocale locale;
    QString text = tr("Undone: %1 records removed, %2 restored to their values before the import.")
                       .arg(locale.toString(result->removed), locale.toString(result->restored));
    if (result->keptStaff > 0)
        text += QLatin1Char(' ')
            + tr("%1 team members it added stay, as other records name them.").arg(locale.toString(result->keptStaff));
    reload();
    m_outcome->setNotice(NoticeLabel::Kind::Information, text);
    Q_EMIT undoFinished(true);
}

void ImportsDialog::reject()
{
    if (m_job)
        return; // an undo is one transaction: it ends on its own, soon
    QDialog::reject();
}

} // namespace guanxi
