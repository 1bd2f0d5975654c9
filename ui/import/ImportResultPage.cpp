#include "ImportResultPage.h"

#include "ImportReportView.h"
#include "ImportWizard.h"
#include "exchange/import/RejectsWriter.h"
#include "widgets/NoticeLabel.h"
#include "window/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QString importedText(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return ImportResultPage::tr("Imported customers from “%1”.");
    case ImportEntity::Contacts:
        return ImportResultPage::tr("Imported contacts from “%1”.");
    case ImportEntity::Orders:
        return ImportResultPage::tr("Imported orders from “%1”.");
    case ImportEntity::Interactions:
        return ImportResultPage::tr("Imported interactions from “%1”.");
    }
    return {};
}

} // namespace

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new NoticeLabel(this)), m_saved(new NoticeLabel(this)),
      m_view(new ImportReportView(this)), m_saveRejects(new QPushButton(tr("Save Rejected Rows as &CSV…"), this)),
      m_batch(new QLabel(this)), m_undoHint(new QLabel(this))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The records are in the workspace, and the lists show them."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("importResultSummary"));
    m_saved->setObjectName(QStringLiteral("importRejectsSaved"));
    m_saveRejects->setObjectName(QStringLiteral("importSaveRejects"));
    m_batch->setObjectName(QStringLiteral("importBatch"));
    m_batch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoHint->setWordWrap(true);
    m_undoHint->setEnabled(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_batch, 1);
    bottom->addWidget(m_saveRejects);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_saved);
    layout->addWidget(m_undoHint);

    connect(m_saveRejects, &QPushButton::clicked, this, &ImportResultPage::askWhereToSaveRejects);
}

void ImportResultPage::initializePage()
{
    if (!m_wizard->report())
        return;
    const ImportReport &report = *m_wizard->report();
    const QLocale locale;
    const bool cards = m_wizard->plan().isVCard();
    m_view->setCards(cards);
    m_saveRejects->setText(cards ? tr("Save Rejected Cards as &CSV…") : tr("Save Rejected Rows as &CSV…"));
    m_summary->setNotice(NoticeLabel::Kind::Information,
                         importedText(report.entity).arg(QFileInfo(m_wizard->plan().filePath).fileName())
                             + QLatin1Char('\n')
                             + (cards ? tr("%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 cards read.")
                                      : tr("%1 new, %2 updated, %3 skipped as duplicates, %4 rejected, of %5 rows read."))
                                   .arg(locale.toString(report.created), locale.toString(report.updated),
                                        locale.toString(report.skipped), locale.toString(report.rejected),
                                        locale.toString(report.read)));
    m_view->setReport(report, ImportReportView::Focus::Rejects); // what is left to do
    m_batch->setText(tr("Batch: %1").arg(report.batchId));
    m_undoHint->setText(
        tr("To take the whole import back, choose File ▸ Imports… and Undo, or run “%1”. Undo is refused "
           "once its records have been changed.")
            .arg(QStringLiteral("guanxi-cli undo-import ") + report.batchId));
    m_saved->clear();
    m_saveRejects->setEnabled(!report.rejectsFile.isEmpty());
    m_saveRejects->setVisible(report.rejected > 0);
}

void ImportResultPage::askWhereToSaveRejects()
{
    const QString suggestion = RejectsWriter::defaultPath(m_wizard->plan().filePath);
    const QString path
        = QFileDialog::getSaveFileName(this, m_wizard->plan().isVCard() ? tr("Save Rejected Cards") : tr("Save Rejected Rows"),
                                       suggestion, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRejectsTo(path);
}

bool ImportResultPage::saveRejectsTo(const QString &path)
{
    const QString scratch = m_wizard->report() ? m_wizard->report()->rejectsFile : QString();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_wizard->plan().filePath).absoluteFilePath()) {
        m_saved->setNotice(NoticeLabel::Kind::Error,
                           tr("The rejected rows cannot be written over the file that was imported."));
        return false;
    }
    // The file dialog asked before replacing an existing file.
    QFile::remove(path);
    if (scratch.isEmpty() || !QFile::copy(scratch, path)) {
        m_saved->setNotice(NoticeLabel::Kind::Error,
                           tr("The rejected rows could not be saved to “%1”.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_saved->setNotice(NoticeLabel::Kind::Information,
                       (m_wizard->plan().isVCard()
                            ? tr("The rejected cards are in “%1”, a CSV file with the reason in the last column.")
                            : tr("The rejected rows are in “%1”, with the reason in the last column: fix them there "
                                 "and import that file again."))
                           .arg(QDir::toNativeSeparators(path)));
    AppSettings::setLastImportDirectory(QFileInfo(path).absolutePath());
    return true;
}

} // namespace guanxi
