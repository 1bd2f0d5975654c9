#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"

#include <QDir>

namespace guanxi {

ImportWizard::ImportWizard(WorkspaceSession *session, QWidget *parent)
    : QWizard(parent), m_session(session), m_filePage(new ImportFilePage(this)),
      m_previewPage(new ImportPreviewPage(this)), m_mappingPage(new ImportMappingPage(this)),
      m_checkPage(new ImportCheckPage(this)), m_progressPage(new ImportProgressPage(this)),
      m_resultPage(new ImportResultPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, m_resultPage);
    setMinimumSize(820, 600);
    resize(960, 680);
}

ImportWizard::~ImportWizard()
{
    // Their jobs (cancelled and waited for as the pages go) write into m_scratch: end them first.
    for (int id : {ProgressPageId, CheckPageId}) {
        QWizardPage *running = page(id);
        removePage(id);
        delete running;
    }
}

void ImportWizard::setFile(const QString &path, ImportEntity entity)
{
    m_filePage->setEntity(entity);
    m_filePage->setFile(path); // a vCard's name chooses contacts
}

QString ImportWizard::rejectsScratchPath() const
{
    return QDir(m_scratch.path()).filePath(QStringLiteral("rejected-rows.csv"));
}

void ImportWizard::reject()
{
    if (m_progressPage->isRunning()) {
        m_progressPage->stop(); // the page reports when it has rolled back; the wizard stays open to say so
        return;
    }
    QWizard::reject();
}

} // namespace guanxi
