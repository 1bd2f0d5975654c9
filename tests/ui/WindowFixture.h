#pragma once

#include "UiTestSupport.h"
#include "models/CustomerTableModel.h"
#include "views/CustomerListView.h"
#include "views/CustomersPage.h"
#include "widgets/MessageBoxes.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

namespace guanxi::test {

// What every window test does first: settings of its own, and message boxes that never block
// (a box a test forgot to answer must not hang it).
inline void startWindowTests(const QString &settingsFolder)
{
    isolateSettings(settingsFolder);
    MessageBoxes::setNonInteractive(true);
}

// The real window of one test, off-screen, on its own workspace file.
struct WindowFixture {
    SessionFixture workspace;
    MainWindow window {&workspace.session(), MainWindow::Options {false}};

    WindowFixture()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("The window was not exposed");
        if (!settle())
            qWarning("The customer list did not load");
    }
    WorkspaceSession &session() { return workspace.session(); }
    // Waits for the customer list's queries, which run on a worker thread.
    bool settle()
    {
        return QTest::qWaitFor([this] { return !window.isLoading(); }, 10000);
    }
    CustomerListView *list() { return window.customersPage()->list(); }
    CustomerTableModel *model() { return list()->model(); }
};

// The visible top-level dialog of that type, made the active window (focus moves need that).
template<typename Dialog> Dialog *openDialog()
{
    Dialog *found = nullptr;
    const auto find = [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible())
                found = dialog;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(find, 5000))
        return nullptr;
    QApplication::setActiveWindow(found);
    if (!QTest::qWaitForWindowActive(found))
        qWarning("The dialog did not become active");
    return found;
}

// Strings added since the last translation round are English until the lead translates them;
// GUANXI_DRAFT_TRANSLATIONS may name a .qm with draft Chinese for them, so that Chinese
// screenshots can be judged before that.
class DraftTranslations
{
public:
    explicit DraftTranslations(const QString &language)
    {
        const QString path = qEnvironmentVariable("GUANXI_DRAFT_TRANSLATIONS");
        if (language == QLatin1String("zh_CN") && !path.isEmpty() && m_translator.load(path))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~DraftTranslations() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

} // namespace guanxi::test
