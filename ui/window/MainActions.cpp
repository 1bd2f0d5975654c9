#include "MainActions.h"

#include "Translations.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace guanxi {

namespace {
QAction *makeAction(QObject *parent, const char *icon, QKeySequence shortcut = {})
{
    auto *action = new QAction(parent);
    if (icon)
        action->setIcon(Icons::named(QString::fromLatin1(icon)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window), newWorkspace(makeAction(this, "new-workspace", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
      openWorkspace(makeAction(this, "open", QKeySequence::Open)),
      importFile(makeAction(this, "import", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))),
      exportView(makeAction(this, "export", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))),
      showImports(makeAction(this, nullptr)), backup(makeAction(this, "backup")),
      checkIntegrity(makeAction(this, "done")),
      quit(makeAction(this, "quit", QKeySequence::Quit)), recentMenu(new QMenu(window)),
      undo(makeAction(this, "undo", QKeySequence::Undo)), redo(makeAction(this, "redo", QKeySequence::Redo)),
      find(makeAction(this, "search", QKeySequence::Find)), newCustomer(makeAction(this, "add", QKeySequence::New)),
      editCustomer(makeAction(this, "edit", QKeySequence(Qt::CTRL | Qt::Key_E))),
      deleteCustomer(makeAction(this, "delete", QKeySequence::Delete)), addContact(makeAction(this, "person")),
      logInteraction(makeAction(this, "interaction", QKeySequence(Qt::CTRL | Qt::Key_L))),
      addFollowUp(makeAction(this, "follow-up", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))),
      showCustomers(makeAction(this, "customers", QKeySequence(Qt::CTRL | Qt::Key_1))),
      showFollowUps(makeAction(this, "follow-ups", QKeySequence(Qt::CTRL | Qt::Key_2))), views(new QActionGroup(this)),
      languageSystem(makeAction(this, nullptr)), languageChinese(makeAction(this, nullptr)),
      languageEnglish(makeAction(this, nullptr)), languages(new QActionGroup(this)), about(makeAction(this, "about")),
      aboutQt(makeAction(this, nullptr)), m_undoStack(undoStack)
{
    recentMenu->setIcon(Icons::named(QStringLiteral("recent")));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    for (QAction *view : {showCustomers, showFollowUps}) {
        view->setCheckable(true);
        views->addAction(view);
    }
    showCustomers->setChecked(true);
    languageSystem->setData(QString());
    languageChinese->setData(QStringLiteral("zh_CN"));
    languageEnglish->setData(QStringLiteral("en"));
    for (QAction *language : {languageSystem, languageChinese, languageEnglish}) {
        language->setCheckable(true);
        languages->addAction(language);
    }
    // The native names never change with the UI language.
    languageChinese->setText(Translations::nativeName(QStringLiteral("zh_CN")));
    languageEnglish->setText(Translations::nativeName(QStringLiteral("en")));

    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainActions::updateUndoTexts);
    undo->setEnabled(undoStack->canUndo());
    redo->setEnabled(undoStack->canRedo());
}

void MainActions::populate(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(newWorkspace);
    m_fileMenu->addAction(openWorkspace);
    m_fileMenu->addMenu(recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(importFile);
    m_fileMenu->addAction(exportView);
    m_fileMenu->addAction(showImports);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(backup);
    m_fileMenu->addAction(checkIntegrity);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(newCustomer);
    m_editMenu->addAction(editCustomer);
    m_editMenu->addAction(deleteCustomer);
    m_editMenu->addSeparator();
    m_editMenu->addAction(addContact);
    m_editMenu->addAction(logInteraction);
    m_editMenu->addAction(addFollowUp);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addAction(showCustomers);
    m_viewMenu->addAction(showFollowUps);

    m_languageMenu = bar->addMenu(QString());
    m_languageMenu->addAction(languageSystem);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(languageChinese);
    m_languageMenu->addAction(languageEnglish);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);
    m_helpMenu->addAction(aboutQt);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setMovable(false);
    toolBar->addAction(newCustomer);
    toolBar->addAction(editCustomer);
    toolBar->addAction(deleteCustomer);
    toolBar->addSeparator();
    toolBar->addAction(logInteraction);
    toolBar->addAction(addFollowUp);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    retranslate();
}

void MainActions::checkLanguage(const QString &code)
{
    for (QAction *action : languages->actions())
        action->setChecked(action->data().toString() == code);
}

void MainActions::updateUndoTexts()
{
    const QString undoText = m_undoStack->undoText();
    const QString redoText = m_undoStack->redoText();
    undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    undo->setToolTip(undoText.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoText));
    redo->setToolTip(redoText.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoText));
}

void MainActions::retranslate()
{
    newWorkspace->setText(tr("&New Workspace…"));
    newWorkspace->setStatusTip(tr("Create a new, empty workspace file for another company"));
    openWorkspace->setText(tr("&Open Workspace…"));
    recentMenu->setTitle(tr("Open &Recent"));
    importFile->setText(tr("&Import…"));
    importFile->setStatusTip(
        tr("Import customers, contacts, orders or interactions from a CSV file, as one batch you can undo"));
    exportView->setText(tr("&Export…"));
    exportView->setStatusTip(tr("Write what the current view shows to Excel, CSV, vCard or iCalendar"));
    showImports->setText(tr("Imp&orts…"));
    showImports->setStatusTip(tr("The imports into this workspace; undo one of them"));
    backup->setText(tr("&Back Up…"));
    backup->setStatusTip(tr("Save a consistent copy of the workspace while you keep working"));
    checkIntegrity->setText(tr("&Check Integrity"));
    checkIntegrity->setStatusTip(tr("Read the whole workspace and report damage, while you keep working"));
    quit->setText(tr("&Quit"));

    updateUndoTexts();
    find->setText(tr("&Find Customer"));
    find->setStatusTip(tr("Search customers by name, pinyin, phone, e-mail or city"));
    newCustomer->setText(tr("&New Customer…"));
    newCustomer->setIconText(tr("New"));
    newCustomer->setToolTip(tr("New customer (%1)").arg(newCustomer->shortcut().toString(QKeySequence::NativeText)));
    editCustomer->setText(tr("&Edit Customer…"));
    editCustomer->setIconText(tr("Edit"));
    deleteCustomer->setText(tr("&Delete Customer…"));
    deleteCustomer->setIconText(tr("Delete"));
    addContact->setText(tr("Add &Contact…"));
    logInteraction->setText(tr("&Log Interaction…"));
    logInteraction->setIconText(tr("Log interaction"));
    addFollowUp->setText(tr("Add &Follow-up…"));
    addFollowUp->setIconText(tr("Follow-up"));

    showCustomers->setText(tr("&Customers"));
    showFollowUps->setText(tr("&Follow-ups"));
    languageSystem->setText(tr("&System Language"));
    about->setText(tr("&About Guanxi"));
    aboutQt->setText(tr("About &Qt"));

    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_editMenu->setTitle(tr("&Edit"));
        m_viewMenu->setTitle(tr("&View"));
        m_languageMenu->setTitle(tr("&Language"));
        m_helpMenu->setTitle(tr("&Help"));
        toolBar->setWindowTitle(tr("Tool bar"));
    }
}

} // namespace guanxi
