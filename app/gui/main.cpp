// guanxi — the desktop window.
//
//   guanxi [--workspace FILE | FILE] [--lang zh_CN|en]
//   guanxi --workspace FILE --view customers|followups|customer:ID --screenshot out.png [--lang …] [--size WxH]
#include "Translations.h"
#include "session/WorkspaceSession.h"
#include "storage/WorkspaceLocation.h"
#include "widgets/Icons.h"
#include "widgets/MessageBoxes.h"
#include "window/AppSettings.h"
#include "window/MainWindow.h"
#include "window/Screenshot.h"
#include "window/WorkspaceController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace guanxi;

namespace {

struct Arguments {
    QString workspace;
    QString view;
    QString screenshot;
    QString language;
    QSize size = Screenshot::DefaultSize;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "guanxi: %s\n", qUtf8Printable(message));
}

bool parse(const QApplication &app, Arguments *arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Guanxi, a desktop CRM for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("main", "Open the workspace FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Start in VIEW: customers, followups or customer:ID."),
        QStringLiteral("VIEW"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window off-screen, save it as the PNG file FILE and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Use the language LANG (zh_CN or en)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Screenshot size, WIDTHxHEIGHT (default 1366x768)."),
        QStringLiteral("WIDTHxHEIGHT"));
    parser.addOptions({workspace, view, screenshot, language, size});
    // The desktop file and file managers pass the workspace as a plain argument (Exec=guanxi %f).
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The workspace to open (same as --workspace)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    arguments->workspace = parser.value(workspace);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (!files.isEmpty() && !arguments->workspace.isEmpty())) {
        fail(QCoreApplication::translate("main", "Open one workspace at a time."));
        return false;
    }
    if (!files.isEmpty())
        arguments->workspace = files.constFirst();
    arguments->view = parser.value(view);
    arguments->screenshot = parser.value(screenshot);
    arguments->language = parser.value(language);
    if (!arguments->language.isEmpty() && !Translations::available().contains(arguments->language)) {
        fail(QCoreApplication::translate("main", "Unknown language “%1”: use zh_CN or en.").arg(arguments->language));
        return false;
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240) {
            fail(QCoreApplication::translate("main", "The size must look like 1366x768."));
            return false;
        }
        arguments->size = QSize(w, h);
    }
    if (!arguments->screenshot.isEmpty() && arguments->workspace.isEmpty()) {
        fail(QCoreApplication::translate("main", "--screenshot needs --workspace FILE."));
        return false;
    }
    return true;
}

int takeScreenshot(const Arguments &arguments)
{
    MessageBoxes::setNonInteractive(true);
    WorkspaceSession session;
    // Opened as the user would open it (a read-only file shows as read-only); nothing is written.
    // The quick check is skipped: it reads the whole file and a screenshot changes nothing.
    Workspace::Options options;
    options.quickCheck = false;
    if (Status opened = session.open(arguments.workspace, options); !opened) {
        fail(opened.error().fullText());
        return 1;
    }
    MainWindow::Options windowOptions;
    windowOptions.persistent = false;
    MainWindow window(&session, windowOptions);
    QString error;
    if (!window.showView(arguments.view.isEmpty() ? QStringLiteral("customers") : arguments.view, &error)) {
        fail(error);
        return 1;
    }
    if (Status saved
        = Screenshot::capture(&window, arguments.size, arguments.screenshot, [&window] { return !window.isLoading(); });
        !saved) {
        fail(saved.error().fullText());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots render off-screen, with or without a display.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    WorkspaceLocation::applyApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.guanxi_crm.Guanxi"));
    QApplication::setWindowIcon(Icons::application());

    Arguments arguments;
    if (!parse(app, &arguments))
        return 2;

    if (!arguments.screenshot.isEmpty()) {
        Translations::install(arguments.language);
        return takeScreenshot(arguments);
    }

    if (!arguments.language.isEmpty())
        AppSettings::setLanguage(arguments.language);
    Translations::install(AppSettings::language());

    WorkspaceSession session;
    MainWindow window(&session);
    window.show();
    bool opened = false;
    if (!arguments.workspace.isEmpty())
        opened = window.workspaces()->openPath(QFileInfo(arguments.workspace).absoluteFilePath());
    if (!opened)
        window.workspaces()->openStartupWorkspace();
    if (!arguments.view.isEmpty()) {
        QString error;
        if (!window.showView(arguments.view, &error))
            MessageBoxes::warning(&window, QCoreApplication::translate("main", "Guanxi"), error);
    }
    return QApplication::exec();
}
