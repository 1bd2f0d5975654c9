#include "ImportCheckPage.h"

#include "ImportReportView.h"
#include "ImportWizard.h"
#include "session/ImportJob.h"
#include "session/WorkspaceSession.h"
#include "widgets/NoticeLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QString dryRunSummary(const ImportReport &report, bool cards)
{
    const QLocale locale;
    if (report.read == 0)
        return cards ? ImportCheckPage::tr("The file has no cards to import.") : ImportCheckPage::tr("The file has no rows to import.");
    const int rejected = int(qMin<qint64>(report.rejected, 1 << 30));
    if (report.refusedAsStrict)
        return cards ? ImportCheckPage::tr("Strict mode: nothing would be imported, because %n card(s) are not valid. Fix "
                                           "them, or turn strict mode off to import the valid cards.",
                                           nullptr, rejected)
                     : ImportCheckPage::tr("Strict mode: nothing would be imported, because %n row(s) are not valid. Fix "
                                           "them, or turn strict mode off to import the valid rows.",
                                           nullptr, rejected);
    return (cards ? ImportCheckPage::tr("Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as "
                                        "duplicates, %5 rejected, of %1 cards read.")
                  : ImportCheckPage::tr("Nothing is saved yet. Importing now: %2 new, %3 updated, %4 skipped as "
                                        "duplicates, %5 rejected, of %1 rows read."))
        .arg(locale.toString(report.read), locale.toString(report.created), locale.toString(report.updated),
             locale.toString(report.skipped), locale.toString(report.rejected));
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_policy(new QButtonGroup(this)), m_strict(new QCheckBox(this)),
      m_summary(new NoticeLabel(this)), m_progress(new QProgressBar(this)), m_view(new ImportReportView(this))
{
    setTitle(tr("Duplicates and a dry run"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *policies = new QGroupBox(tr("When a row matches an existing record"), this);
    auto *grid = new QGridLayout(policies);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    const struct {
        DuplicatePolicy policy;
        QString title;
        QString explanation;
    } choices[] = {
        {DuplicatePolicy::Skip, tr("&Skip the row"), tr("The existing record stays as it is. The safe choice.")},
        {DuplicatePolicy::Update, tr("&Update the record"),
         tr("The row’s non-empty cells are written over the record’s fields; undoing the import restores them.")},
        {DuplicatePolicy::Create, tr("C&reate a new record"),
         tr("Both stay, so the same customer may then appear twice.")},
    };
    int row = 0;
    QWidget *previous = nullptr;
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.title, policies);
        button->setObjectName(QStringLiteral("importPolicy_") + duplicatePolicyCode(choice.policy));
        auto *explanation = new QLabel(choice.explanation, policies);
        explanation->setWordWrap(true);
        explanation->setEnabled(false);
        m_policy->addButton(button, int(choice.policy));
        grid->addWidget(button, row, 0);
        grid->addWidget(explanation, row, 1);
        if (previous)
            setTabOrder(previous, button);
        previous = button;
        ++row;
    }
    setTabOrder(previous, m_strict); // the policy first, as on the page
    m_strict->setObjectName(QStringLiteral("importStrict"));
    m_strict->setText(tr("S&trict: import nothing if any row is not valid"));
    m_progress->setObjectName(QStringLiteral("importCheckProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_summary->setObjectName(QStringLiteral("importCheckSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(policies);
    layout->addWidget(m_strict);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);

    connect(m_policy, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_wizard->plan().onDuplicate == DuplicatePolicy(id))
            return;
        m_wizard->plan().onDuplicate = DuplicatePolicy(id);
        startDryRun();
    });
    connect(m_strict, &QCheckBox::toggled, this, [this](bool on) {
        if (m_wizard->plan().strict == on)
            return;
        m_wizard->plan().strict = on;
        startDryRun();
    });
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    {
        const QSignalBlocker blocker(m_strict);
        m_policy->button(int(plan.onDuplicate))->setChecked(true);
        m_strict->setChecked(plan.strict);
    }
    m_view->setCards(plan.isVCard());
    setSubTitle(plan.isVCard() ? tr("Cards are matched to existing contacts by ID, phone, e-mail, then name — in the "
                                    "workspace and earlier in the file. Below is what importing would do; nothing is "
                                    "saved yet.")
                               : tr("Rows are matched to existing records by ID, credit code, phone, e-mail, then name "
                                    "— in the workspace and earlier in the file. Below is what importing would do; "
                                    "nothing is saved yet."));
    startDryRun();
}

void ImportCheckPage::cleanupPage()
{
    // Back to the mapping: the dry run's write lock must not hold up saving a mapping there.
    stopDryRun();
    m_report.reset();
    m_view->clear();
    m_summary->clear();
}

void ImportCheckPage::stopDryRun()
{
    // It ends on its own after the cancel (rolling back takes a moment); nothing waits for it.
    abandonJob(m_job, this);
}

void ImportCheckPage::startDryRun()
{
    stopDryRun();
    m_report.reset();
    m_view->clear();
    const ImportPlan &plan = m_wizard->plan();
    ImportJob::Request request {m_wizard->session()->path(), plan.filePath, plan.sourceFormat(), plan.importOptions(true),
                                plan.kind};
    m_job = new ImportJob(std::move(request), this);
    connect(m_job, &ImportJob::progress, this, &ImportCheckPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportCheckPage::onFinished);
    m_summary->setNotice(NoticeLabel::Kind::Information, tr("Checking the file (a dry run: nothing is saved)…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_job->start();
    Q_EMIT completeChanged();
}

void ImportCheckPage::showProgress(qint64 rows, qint64 bytesRead, qint64 totalBytes)
{
    if (totalBytes > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, bytesRead * 1000 / totalBytes)));
    }
    m_summary->setNotice(NoticeLabel::Kind::Information,
                         (m_wizard->plan().isVCard() ? tr("Checking the file (a dry run: nothing is saved)… %1 cards")
                                                     : tr("Checking the file (a dry run: nothing is saved)… %1 rows"))
                             .arg(QLocale().toString(rows)));
}

void ImportCheckPage::onFinished()
{
    ImportJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_progress->hide();
    const Result<ImportReport> &result = job->outcome()->result;
    if (!result) {
        m_summary->setNotice(NoticeLabel::Kind::Error, result.error().message);
    } else {
        m_report = *result;
        m_view->setReport(*m_report, ImportReportView::Focus::Duplicates); // what this page is about
        const bool problem = m_report->refusedAsStrict || m_report->read == 0;
        m_summary->setNotice(problem ? NoticeLabel::Kind::Warning : NoticeLabel::Kind::Information,
                             dryRunSummary(*m_report, m_wizard->plan().isVCard()));
    }
    Q_EMIT completeChanged();
    Q_EMIT dryRunFinished();
}

bool ImportCheckPage::isComplete() const
{
    return !m_job && m_report && !m_report->refusedAsStrict && m_report->read > 0;
}

} // namespace guanxi
