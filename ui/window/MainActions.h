#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace guanxi {

// Every command of the main window's menus and tool bar, with icons, standard shortcuts and
// translated texts. MainWindow connects them; retranslate() follows the UI language.
struct MainActions : public QObject {
    Q_OBJECT

public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // Builds the menu bar and the tool bar.
    void populate(QMainWindow *window);
    void retranslate();
    // Language actions carry their code ("zh_CN", "en", "" for the system's) as data.
    void checkLanguage(const QString &code);

    // File
    QAction *newWorkspace;
    QAction *openWorkspace;
    QAction *importFile;
    QAction *exportView;
    QAction *showImports;
    QAction *backup;
    QAction *checkIntegrity;
    QAction *quit;
    QMenu *recentMenu;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *find;
    QAction *newCustomer;
    QAction *editCustomer;
    QAction *deleteCustomer;
    QAction *addContact;
    QAction *logInteraction;
    QAction *addFollowUp;
    // View
    QAction *showCustomers;
    QAction *showFollowUps;
    QActionGroup *views;
    // Language
    QAction *languageSystem;
    QAction *languageChinese;
    QAction *languageEnglish;
    QActionGroup *languages;
    // Help
    QAction *about;
    QAction *aboutQt;

    QToolBar *toolBar = nullptr;

private:
    void updateUndoTexts();

    QUndoStack *m_undoStack;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace guanxi
