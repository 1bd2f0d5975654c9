#include "ImportProgressPage.h"

#include "ImportWizard.h"
#include "session/ImportJob.h"
#include "session/WorkspaceSession.h"
#include "widgets/NoticeLabel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QString importingText(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return ImportProgressPage::tr("Importing customers from “%1”…");
    case ImportEntity::Contacts:
        return ImportProgressPage::tr("Importing contacts from “%1”…");
    case ImportEntity::Orders:
        return ImportProgressPage::tr("Importing orders from “%1”…");
    case ImportEntity::Interactions:
        return ImportProgressPage::tr("Importing interactions from “%1”…");
    }
    return {};
}

} // namespace

ImportProgressPage::ImportProgressPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_what(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_rows(new QLabel(this)), m_stop(new QPushButton(tr("&Stop Import"), this)), m_outcome(new NoticeLabel(this))
{
    setTitle(tr("Importing"));
    setSubTitle(
        tr("The import is saved all at once at the end. Stopping it, or any error, leaves the workspace as it was."));
    m_what->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_rows->setObjectName(QStringLiteral("importProgressRows"));
    m_stop->setObjectName(QStringLiteral("importStop"));
    m_outcome->setObjectName(QStringLiteral("importOutcome"));

    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_rows, 1);
    stopRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addWidget(m_what);
    layout->addWidget(m_progress);
    layout->addLayout(stopRow);
    layout->addSpacing(12);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    connect(m_stop, &QPushButton::clicked, this, &ImportProgressPage::stop);
}

ImportProgressPage::~ImportProgressPage() = default;

void ImportProgressPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    m_committed = false;
    m_outcome->clear();
    m_what->setText(importingText(plan.entity).arg(QFileInfo(plan.filePath).fileName()));
    m_rows->setText(tr("Starting…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_stop->setEnabled(true);
    m_stop->show();

    ImportOptions options = plan.importOptions(false);
    options.rejectsPath = m_wizard->rejectsScratchPath();
    m_job = new ImportJob({m_wizard->session()->path(), plan.filePath, plan.sourceFormat(), options, plan.kind}, this);
    connect(m_job, &ImportJob::progress, this, &ImportProgressPage::onProgress);
    connect(m_job, &ImportJob::stageChanged, this, &ImportProgressPage::onStage);
    connect(m_job, &ImportJob::finished, this, &ImportProgressPage::onFinished);
    m_job->start();
    Q_EMIT completeChanged();
}

void ImportProgressPage::stop()
{
    if (!m_job || m_job->isCancelRequested())
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
    m_rows->setText(tr("Stopping: undoing what was written so far…"));
}

void ImportProgressPage::onProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes)
{
    if (totalBytes > 0)
        m_progress->setValue(int(qMin<qint64>(1000, bytesRead * 1000 / totalBytes)));
    if (!m_job || !m_job->isCancelRequested())
        m_rows->setText((m_wizard->plan().isVCard() ? tr("%1 cards read") : tr("%1 rows read")).arg(QLocale().toString(rows)));
}

void ImportProgressPage::onStage(BulkWriter::Stage stage)
{
    if (m_job && m_job->isCancelRequested())
        return;
    m_progress->setRange(0, 0); // the commit's phases have no measure
    switch (stage) {
    case BulkWriter::Stage::BuildingIndexes:
        m_rows->setText(tr("Building the indexes…"));
        break;
    case BulkWriter::Stage::IndexingSearch:
        m_rows->setText(tr("Building the search index…"));
        break;
    case BulkWriter::Stage::Saving:
        m_rows->setText(tr("Saving…"));
        break;
    case BulkWriter::Stage::Compacting:
        // Past the point of no return: the import is saved.
        m_stop->setEnabled(false);
        m_rows->setText(tr("Tidying up the workspace file…"));
        break;
    }
}

void ImportProgressPage::onFinished()
{
    ImportJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_stop->hide();
    m_progress->setRange(0, 1000);
    const Result<ImportReport> &result = job->outcome()->result;
    if (result && result->committed) {
        m_committed = true;
        m_progress->setValue(1000);
        m_rows->setText(tr("Done."));
        m_wizard->setReport(*result);
        m_wizard->session()->notifyBulkChange(job->outcome()->writerClock);
        Q_EMIT completeChanged();
        Q_EMIT importFinished();
        m_wizard->next();
        return;
    }
    m_progress->setValue(0);
    m_rows->clear();
    if (!result && result.error().code == ErrorCode::Cancelled)
        m_outcome->setNotice(NoticeLabel::Kind::Warning,
                             tr("Cancelled: nothing was imported. The workspace is as it was before."));
    else if (!result)
        m_outcome->setNotice(NoticeLabel::Kind::Error, tr("Nothing was imported: %1").arg(result.error().message));
    else
        m_outcome->setNotice(NoticeLabel::Kind::Warning,
                             m_wizard->plan().isVCard()
                                 ? tr("Nothing was imported: %n card(s) are not valid and strict mode accepts only a file "
                                      "without errors.",
                                      nullptr, int(qMin<qint64>(result->rejected, 1 << 30)))
                                 : tr("Nothing was imported: %n row(s) are not valid and strict mode accepts only a file "
                                      "without errors.",
                                      nullptr, int(qMin<qint64>(result->rejected, 1 << 30))));
    Q_EMIT completeChanged();
    Q_EMIT importFinished();
}

bool ImportProgressPage::isComplete() const
{
    return m_committed;
}

} // namespace guanxi
