// The real MainWindow, off-screen, on real workspace files: customers created, edited and
// deleted through the real dialogs and menus, undone and redone; inline validation; the
// follow-ups view; language switching; workspace refusals, read-only mode and backup; and the
// `guanxi --screenshot` mode of the real binary. Message boxes are answered through
// MessageBoxes' test hooks; dialogs are found and driven with QTest, never exec()'d.
#include "WindowFixture.h"

#include "dialogs/CustomerDialog.h"
#include "dialogs/InteractionDialog.h"
#include "models/CustomerTableModel.h"
#include "models/FollowUpAgendaModel.h"
#include "models/TimelineModel.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/StaffRepository.h"
#include "views/CustomerDetailPane.h"
#include "views/CustomerListView.h"
#include "views/CustomersPage.h"
#include "views/FollowUpsPage.h"
#include "views/TimelinePanel.h"
#include "widgets/MessageBoxes.h"
#include "window/AppSettings.h"
#include "window/BackupController.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/NavigationBar.h"
#include "window/WorkspaceController.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace guanxi;
using namespace guanxi::test;

namespace {

template<typename Editor> Editor *editorOf(CustomerDialog *dialog, const char *field)
{
    return qobject_cast<Editor *>(dialog->editor(QString::fromLatin1(field)));
}

void typeInto(QWidget *editor, const QString &text)
{
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
}

QString createCustomerDirectly(WorkspaceSession &session, const QString &name)
{
    Customer c;
    c.name = name;
    auto created = session.customers().create(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().fullText()));
    return created->id();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createCustomerThroughDialogUndoRedo();
    void editCustomerAndUndo();
    void deleteCustomerAndUndo();
    void deleteCanBeDeclined();
    void inlineValidationBlocksBadEmail();
    void dialogTabOrderFollowsTheForm();
    void logInteractionWithFollowUpIsOneUndoStep();
    void followUpsViewGroupsAndActions();
    void findFocusesTheSearchBox();
    void languageSwitchRetranslatesMenus();
    void firstStartCreatesTheDefaultWorkspaceAndRemembersIt();
    void windowLayoutIsRemembered();
    void refusedWorkspaceKeepsTheOpenOne();
    void readOnlyWorkspaceDisablesEditing();
    void backupRunsOnAWorkerThread();
    void integrityCheckOnRequest();
    void closingLeavesNoSideFiles();
    void screenshotModeWritesPng_data();
    void screenshotModeWritesPng();
    void screenshotModeFailsClearly();

private:
    QTemporaryDir m_settings;
};

void TestMainWindow::initTestCase()
{
    isolateSettings(m_settings.path());
    MessageBoxes::setNonInteractive(true); // a box a test forgot to answer must not hang it
}

void TestMainWindow::init()
{
    MessageBoxes::clearLast();
}

void TestMainWindow::createCustomerThroughDialogUndoRedo()
{
    WindowFixture f;
    createCustomerDirectly(f.session(), QStringLiteral("Existing Co"));
    f.model()->reload();
    QVERIFY(f.settle());
    QVERIFY(f.window.actions()->newCustomer->isEnabled());
    f.window.actions()->newCustomer->trigger();
    auto *dialog = openDialog<CustomerDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // a customer needs a name
    typeInto(dialog->editor(QStringLiteral("name")), QStringLiteral("Zebra Trading"));
    typeInto(dialog->editor(QStringLiteral("phone")), QStringLiteral("+86 138 0013 8000"));
    typeInto(dialog->editor(QStringLiteral("email")), QStringLiteral("sales@zebra.example"));
    typeInto(dialog->editor(QStringLiteral("city")), QStringLiteral("Hangzhou"));
    auto *tier = editorOf<QComboBox>(dialog, "tier");
    tier->setCurrentIndex(tier->findData(enumCode(RelationshipTier::Partner)));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    // In the list, selected, in the detail pane and in the repository, normalised.
    const QString id = f.window.customersPage()->currentCustomerId();
    QVERIFY(!id.isEmpty());
    const int row = f.model()->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(f.model()->index(row, CustomerTableModel::NameColumn).data().toString(), QStringLiteral("Zebra Trading"));
    QCOMPARE(f.list()->currentCustomerId(), id);
    auto stored = f.session().customers().get(id);
    GX_VERIFY_OK(stored);
    QCOMPARE(stored->phone, QStringLiteral("13800138000"));
    QCOMPARE(stored->city, QStringLiteral("Hangzhou"));
    QCOMPARE(stored->tier, RelationshipTier::Partner);
    QCOMPARE(f.model()->matchCount(), 2);

    // Undo: gone from the list and from the repository.
    QVERIFY(f.window.actions()->undo->isEnabled());
    f.window.actions()->undo->trigger();
    QCOMPARE(f.model()->rowOf(id), -1);
    QCOMPARE(f.session().customers().get(id).error().code, ErrorCode::NotFound);
    QCOMPARE(f.model()->matchCount(), 1);

    // Redo: back, with the same id.
    f.window.actions()->redo->trigger();
    QVERIFY(f.model()->rowOf(id) >= 0);
    auto restored = f.session().customers().get(id);
    GX_VERIFY_OK(restored);
    QCOMPARE(restored->name, QStringLiteral("Zebra Trading"));
}

void TestMainWindow::editCustomerAndUndo()
{
    WindowFixture f;
    const QString id = createCustomerDirectly(f.session(), QStringLiteral("Old Name Ltd"));
    f.model()->reload();
    QVERIFY(f.settle());
    QVERIFY(f.list()->selectCustomer(id));
    QCOMPARE(f.window.customersPage()->currentCustomerId(), id);
    QVERIFY(f.window.actions()->editCustomer->isEnabled());
    f.window.actions()->editCustomer->trigger();
    auto *dialog = openDialog<CustomerDialog>();
    QVERIFY(dialog);
    QCOMPARE(editorOf<QLineEdit>(dialog, "name")->text(), QStringLiteral("Old Name Ltd"));
    typeInto(dialog->editor(QStringLiteral("name")), QStringLiteral("New Name Ltd"));
    typeInto(dialog->editor(QStringLiteral("notes")), QStringLiteral("Met at the Canton Fair"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(f.model()->index(f.model()->rowOf(id), 0).data().toString(), QStringLiteral("New Name Ltd"));
    QCOMPARE(f.session().customers().get(id)->notes, QStringLiteral("Met at the Canton Fair"));
    auto *detailName = f.window.customersPage()->detail()->findChild<QLabel *>(QStringLiteral("customerName"));
    QCOMPARE(detailName->text(), QStringLiteral("New Name Ltd"));

    f.window.actions()->undo->trigger();
    QCOMPARE(f.session().customers().get(id)->name, QStringLiteral("Old Name Ltd"));
    QCOMPARE(f.session().customers().get(id)->notes, QString());
    QCOMPARE(f.model()->index(f.model()->rowOf(id), 0).data().toString(), QStringLiteral("Old Name Ltd"));
    QCOMPARE(detailName->text(), QStringLiteral("Old Name Ltd"));
    f.window.actions()->redo->trigger();
    QCOMPARE(f.session().customers().get(id)->name, QStringLiteral("New Name Ltd"));
}

void TestMainWindow::deleteCustomerAndUndo()
{
    WindowFixture f;
    const QString keep = createCustomerDirectly(f.session(), QStringLiteral("Keep Co"));
    const QString id = createCustomerDirectly(f.session(), QStringLiteral("Doomed Co"));
    f.model()->reload();
    QVERIFY(f.settle());
    QVERIFY(f.list()->selectCustomer(id));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    f.window.actions()->deleteCustomer->trigger();
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Doomed Co")));
    QCOMPARE(f.model()->rowOf(id), -1);
    QCOMPARE(f.session().customers().get(id).error().code, ErrorCode::NotFound);
    QVERIFY(f.model()->rowOf(keep) >= 0);

    f.window.actions()->undo->trigger();
    QVERIFY(f.model()->rowOf(id) >= 0);
    GX_VERIFY_OK(f.session().customers().get(id));
}

void TestMainWindow::deleteCanBeDeclined()
{
    WindowFixture f;
    const QString id = createCustomerDirectly(f.session(), QStringLiteral("Lucky Co"));
    f.model()->reload();
    QVERIFY(f.settle());
    QVERIFY(f.list()->selectCustomer(id));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    f.window.actions()->deleteCustomer->trigger();
    QVERIFY(f.model()->rowOf(id) >= 0);
    QVERIFY(!f.session().undoStack()->canUndo());
}

void TestMainWindow::inlineValidationBlocksBadEmail()
{
    WindowFixture f;
    f.window.actions()->newCustomer->trigger();
    auto *dialog = openDialog<CustomerDialog>();
    QVERIFY(dialog);
    typeInto(dialog->editor(QStringLiteral("name")), QStringLiteral("Valid Name"));
    QVERIFY(dialog->okButton()->isEnabled());
    QWidget *email = dialog->editor(QStringLiteral("email"));
    typeInto(email, QStringLiteral("sales-at-example"));
    QTest::keyClick(email, Qt::Key_Tab); // leave the field
    QVERIFY(!dialog->okButton()->isEnabled());
    const QString expected = Validation::normalizeEmail(QStringLiteral("sales-at-example")).error().message;
    QLabel *message = nullptr;
    for (QLabel *label : dialog->findChildren<QLabel *>(QStringLiteral("fieldError")))
        if (label->isVisible())
            message = label;
    QVERIFY(message);
    QCOMPARE(message->text(), expected);
    // OK does nothing while the form is invalid.
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.model()->rowCount(), 0);

    // Fixing it clears the message and enables OK.
    typeInto(email, QStringLiteral("sales@example.com"));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!message->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(f.model()->rowCount(), 0);
}

void TestMainWindow::dialogTabOrderFollowsTheForm()
{
    WindowFixture f;
    f.window.actions()->newCustomer->trigger();
    auto *dialog = openDialog<CustomerDialog>();
    QVERIFY(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->editor(QStringLiteral("name")));
    const QStringList expected {QStringLiteral("kind"),       QStringLiteral("industry"), QStringLiteral("source"),
                                QStringLiteral("creditCode"), QStringLiteral("tags"),     QStringLiteral("phone"),
                                QStringLiteral("email"),      QStringLiteral("website"),  QStringLiteral("city"),
                                QStringLiteral("region"),     QStringLiteral("address"),  QStringLiteral("tier")};
    for (const QString &field : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->editor(field));
    }
    dialog->reject();
}

void TestMainWindow::logInteractionWithFollowUpIsOneUndoStep()
{
    WindowFixture f;
    const QString id = createCustomerDirectly(f.session(), QStringLiteral("Acme"));
    f.model()->reload();
    QVERIFY(f.settle());
    QVERIFY(f.list()->selectCustomer(id));
    f.window.actions()->logInteraction->trigger();
    auto *dialog = openDialog<InteractionDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // needs a summary
    QTest::keyClicks(dialog->editor(QStringLiteral("summary")), QStringLiteral("Discussed the spring order"));
    QTest::keyClicks(dialog->editor(QStringLiteral("commitments")), QStringLiteral("Send the quotation"));
    auto *box = qobject_cast<QGroupBox *>(dialog->editor(QStringLiteral("followUpBox")));
    QVERIFY(box);
    box->setChecked(true);
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("followUpTitle")))->text(),
             QStringLiteral("Send the quotation"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(f.session().interactions().listForCustomer(id)->size(), 1);
    auto followUps = f.session().followUps().listForCustomer(id);
    QCOMPARE(followUps->size(), 1);
    QCOMPARE(followUps->first().title, QStringLiteral("Send the quotation"));
    QCOMPARE(followUps->first().interactionId, f.session().interactions().listForCustomer(id)->first().id());
    QCOMPARE(f.window.customersPage()->detail()->timeline()->model()->rowCount(), 1);

    f.window.actions()->undo->trigger(); // one step takes both away
    QCOMPARE(f.session().interactions().listForCustomer(id)->size(), 0);
    QCOMPARE(f.session().followUps().listForCustomer(id)->size(), 0);
    QCOMPARE(f.window.customersPage()->detail()->timeline()->model()->rowCount(), 0);
    f.window.actions()->redo->trigger();
    QCOMPARE(f.session().interactions().listForCustomer(id)->size(), 1);
    QCOMPARE(f.session().followUps().listForCustomer(id)->size(), 1);
}

void TestMainWindow::followUpsViewGroupsAndActions()
{
    WindowFixture f;
    const QString acme = createCustomerDirectly(f.session(), QStringLiteral("Acme"));
    const QDate today = QDate::currentDate();
    const auto add = [&](const char *title, int dueIn) {
        FollowUp fu;
        fu.customerId = acme;
        fu.title = QString::fromLatin1(title);
        fu.dueOn = today.addDays(dueIn);
        auto created = f.session().followUps().create(fu);
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        return created->id();
    };
    const QString late = add("call back", -2);
    add("send samples", 0);
    add("visit", 3);
    add("too far ahead", 30);
    FollowUp done;
    done.customerId = acme;
    done.title = QStringLiteral("already done");
    done.dueOn = today.addDays(-1);
    done.status = FollowUpStatus::Done;
    GX_VERIFY_OK(f.session().followUps().create(done));

    f.window.actions()->showFollowUps->trigger();
    FollowUpsPage *page = f.window.followUpsPage();
    QTRY_VERIFY(page->isVisible());
    page->refresh();
    FollowUpAgendaModel *model = page->model();
    const auto titles = [&](int group) {
        QStringList list;
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            list.append(model->index(row, 0, parent).data().toString());
        return list;
    };
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList {QStringLiteral("call back")});
    QCOMPARE(titles(FollowUpAgendaModel::Today), QStringList {QStringLiteral("send samples")});
    QCOMPARE(titles(FollowUpAgendaModel::Upcoming), QStringList {QStringLiteral("visit")});
    QCOMPARE(f.window.navigation()->item(NavigationBar::FollowUpsPage)->text().contains(QLatin1Char('2')), true);

    // Done, and undo.
    page->view()->setCurrentIndex(model->indexOf(late));
    page->markCurrentDone();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList());
    QCOMPARE(f.session().followUps().get(late)->status, FollowUpStatus::Done);
    f.window.actions()->undo->trigger();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList {QStringLiteral("call back")});

    // Snooze to tomorrow: from overdue to upcoming, and undo.
    page->view()->setCurrentIndex(model->indexOf(late));
    page->snoozeCurrent(today.addDays(1));
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList());
    QCOMPARE(titles(FollowUpAgendaModel::Upcoming),
             (QStringList {QStringLiteral("call back"), QStringLiteral("visit")}));
    QCOMPARE(f.session().followUps().get(late)->snoozedUntil, today.addDays(1));
    f.window.actions()->undo->trigger();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList {QStringLiteral("call back")});

    // Delete (confirmed), and undo.
    page->view()->setCurrentIndex(model->indexOf(late));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    page->deleteCurrent();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList());
    f.window.actions()->undo->trigger();
    QCOMPARE(titles(FollowUpAgendaModel::Overdue), QStringList {QStringLiteral("call back")});

    // Open the customer.
    page->view()->setCurrentIndex(model->indexOf(late));
    page->openCurrentCustomer();
    QCOMPARE(f.window.navigation()->page(), NavigationBar::CustomersPage);
    QCOMPARE(f.window.customersPage()->currentCustomerId(), acme);
}

void TestMainWindow::findFocusesTheSearchBox()
{
    WindowFixture f;
    f.window.actions()->showFollowUps->trigger();
    QCOMPARE(f.window.actions()->find->shortcut(), QKeySequence(QKeySequence::Find));
    f.window.actions()->find->trigger();
    QCOMPARE(f.window.navigation()->page(), NavigationBar::CustomersPage);
    QTRY_VERIFY(f.list()->searchBox()->hasFocus());
}

void TestMainWindow::languageSwitchRetranslatesMenus()
{
    WindowFixture f;
    QMenu *fileMenu = f.window.menuBar()->actions().first()->menu();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(f.window.actions()->newCustomer->text(), QStringLiteral("&New Customer…"));

    Customer acme;
    acme.name = QStringLiteral("Acme");
    GX_VERIFY_OK(f.session().create(acme));
    QCOMPARE(f.window.actions()->undo->text(), QStringLiteral("&Undo New customer “Acme”"));

    // A translator with a few of the window's strings (tests/ui/data/test_zh_CN.ts).
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/test-i18n/test_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(f.window.actions()->newCustomer->text(), QStringLiteral("新建客户(&N)…"));
    QCOMPARE(f.model()->headerData(CustomerTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("名称"));
    QCOMPARE(f.window.actions()->undo->text(), QStringLiteral("撤销(&U)新建客户“Acme”")); // the undo steps too
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));

    // The Language menu installs Guanxi's own translators and remembers the choice.
    f.window.actions()->languageChinese->trigger();
    QVERIFY(f.window.actions()->languageChinese->isChecked());
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(fileMenu->title(), QCoreApplication::translate("guanxi::MainActions", "&File"));
    f.window.actions()->languageEnglish->trigger();
    QVERIFY(f.window.actions()->languageEnglish->isChecked());
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TestMainWindow::firstStartCreatesTheDefaultWorkspaceAndRemembersIt()
{
    QSettings().clear();
    const QString defaultPath = AppSettings::defaultWorkspacePath();
    // The same file guanxi-cli uses (Guanxi's own names, whatever this process is called); test
    // mode keeps it out of the real user folders.
    QCOMPARE(defaultPath, QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                              .filePath(QStringLiteral("Guanxi/Guanxi/default.guanxi")));
    QFile::remove(defaultPath);
    QWidget parent;
    {
        WorkspaceSession session;
        WorkspaceController controller(&session, &parent);
        QVERIFY(controller.openStartupWorkspace());
        QVERIFY(QFile::exists(defaultPath));
        QCOMPARE(session.path(), defaultPath);
        QCOMPARE(AppSettings::lastWorkspace(), defaultPath);

        TempWorkspace other;
        other.close();
        QVERIFY(controller.openPath(other.path()));
        QCOMPARE(AppSettings::recentWorkspaces(), (QStringList {other.path(), defaultPath}));
        QCOMPARE(AppSettings::lastWorkspace(), other.path());
        QVERIFY(controller.openPath(defaultPath));
        QCOMPARE(AppSettings::recentWorkspaces(), (QStringList {defaultPath, other.path()}));
    }
    {
        // The next start opens the last one.
        WorkspaceSession session;
        WorkspaceController controller(&session, &parent);
        QVERIFY(controller.openStartupWorkspace());
        QCOMPARE(session.path(), defaultPath);
    }
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
}

void TestMainWindow::windowLayoutIsRemembered()
{
    QSettings().clear();
    SessionFixture workspace;
    QList<int> split;
    {
        MainWindow window(&workspace.session());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.customersPage()->splitter()->setSizes({600, 400});
        split = window.customersPage()->splitter()->sizes();
        window.customersPage()->list()->view()->setColumnHidden(CustomerTableModel::CityColumn, true);
        window.showFollowUps();
        window.close();
    }
    MainWindow window(&workspace.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1100, 700));
    QCOMPARE(window.navigation()->page(), NavigationBar::FollowUpsPage);
    QVERIFY(window.customersPage()->list()->view()->isColumnHidden(CustomerTableModel::CityColumn));
    window.showCustomers();
    QTRY_COMPARE(window.customersPage()->splitter()->sizes(), split);
    window.close();
    QSettings().clear();
}

void TestMainWindow::refusedWorkspaceKeepsTheOpenOne()
{
    WindowFixture f;
    const QString before = f.session().path();
    const QString bogus = QDir(f.workspace.dir()).filePath(QStringLiteral("notes.guanxi"));
    writeAll(bogus, QByteArray("These are not the customers you are looking for.\n").repeated(100));
    QVERIFY(!f.window.workspaces()->openPath(bogus));
    auto refused = Workspace::open(bogus);
    QVERIFY(!refused);
    QCOMPARE(MessageBoxes::lastText(), refused.error().message);
    QCOMPARE(f.session().path(), before);
    QVERIFY(f.window.actions()->newCustomer->isEnabled());
}

void TestMainWindow::readOnlyWorkspaceDisablesEditing()
{
    WindowFixture f;
    const QString id = createCustomerDirectly(f.session(), QStringLiteral("Read Me Ltd"));
    Workspace::Options options;
    options.readOnly = true;
    GX_VERIFY_OK(f.session().open(f.workspace.path(), options));
    QVERIFY(f.settle());
    QVERIFY(f.session().isReadOnly());
    QVERIFY(f.window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    QVERIFY(f.window.findChild<QLabel *>(QStringLiteral("readOnlyIndicator"))->isVisible());
    QVERIFY(!f.window.actions()->newCustomer->isEnabled());
    QVERIFY(f.list()->selectCustomer(id));
    QCOMPARE(f.window.customersPage()->currentCustomerId(), id);
    QVERIFY(!f.window.actions()->editCustomer->isEnabled());
    QVERIFY(!f.window.actions()->deleteCustomer->isEnabled());
    QVERIFY(!f.window.actions()->logInteraction->isEnabled());
    QVERIFY(f.window.windowTitle().startsWith(QStringLiteral("test")));
}

void TestMainWindow::backupRunsOnAWorkerThread()
{
    WindowFixture f;
    for (int i = 0; i < 50; ++i)
        createCustomerDirectly(f.session(), QStringLiteral("Customer %1").arg(i));
    const QString target = QDir(f.workspace.dir()).filePath(QStringLiteral("backup/copy.guanxi"));
    QSignalSpy finished(f.window.backups(), &BackupController::finished);
    f.window.backups()->backUpTo(target);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
    auto copy = Workspace::open(target);
    GX_VERIFY_OK(copy);
    QCOMPARE(*CustomerRepository(**copy).count({}), 50);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("copy.guanxi")));

    // Again to the same file: the old backup is replaced only by a complete new one.
    copy->reset();
    createCustomerDirectly(f.session(), QStringLiteral("One more"));
    f.window.backups()->backUpTo(target);
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(0).toBool());
    auto second = Workspace::open(target);
    GX_VERIFY_OK(second);
    QCOMPARE(*CustomerRepository(**second).count({}), 51);
    QVERIFY(!QFile::exists(target + QStringLiteral(".new")));
}

void TestMainWindow::integrityCheckOnRequest()
{
    WindowFixture f;
    createCustomerDirectly(f.session(), QStringLiteral("北京长城科技有限公司"));
    QAction *check = f.window.actions()->checkIntegrity;
    QVERIFY(check->isEnabled());
    QSignalSpy checked(&f.session(), &WorkspaceSession::integrityChecked);
    MessageBoxes::clearLast();
    check->trigger();
    QVERIFY(!check->isEnabled()); // one check at a time
    QTRY_COMPARE(checked.count(), 1);
    QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(checked.at(0).at(1).toString()));
    QCOMPARE(checked.at(0).at(2).value<IntegrityCheckJob::Depth>(), IntegrityCheckJob::Depth::Full);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("No problems found")));
    QVERIFY(check->isEnabled());
}

void TestMainWindow::closingLeavesNoSideFiles()
{
    // The list reads through its own read-only connection; closed last, it would leave the
    // -wal and -shm files beside the workspace (SQLite removes them only from a writer).
    WindowFixture f;
    createCustomerDirectly(f.session(), QStringLiteral("北京长城科技有限公司"));
    QVERIFY(f.settle());
    const QString path = f.workspace.path();
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    f.session().close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void TestMainWindow::screenshotModeWritesPng_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("fileAsArgument");  // guanxi FILE, as the desktop file starts it
    QTest::newRow("customers en") << QStringLiteral("customers") << QStringLiteral("en") << false;
    QTest::newRow("follow-ups zh_CN") << QStringLiteral("followups") << QStringLiteral("zh_CN") << false;
    QTest::newRow("one customer, FILE argument") << QStringLiteral("customer:") << QStringLiteral("en") << true;
}

void TestMainWindow::screenshotModeWritesPng()
{
    QFETCH(QString, view);
    QFETCH(QString, language);
    QFETCH(bool, fileAsArgument);
    TempWorkspace workspace;
    CustomerRepository customers(*workspace);
    Customer c;
    c.name = QStringLiteral("北京长城科技有限公司");
    auto created = customers.create(c);
    GX_VERIFY_OK(created);
    workspace.close();
    if (view.endsWith(QLatin1Char(':')))
        view += created->id();
    const QString png = QDir(workspace.dir()).filePath(QStringLiteral("shot.png"));
    QProcess guanxi;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settings.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_settings.path());
    guanxi.setProcessEnvironment(environment);
    const QStringList file = fileAsArgument ? QStringList{workspace.path()}
                                            : QStringList{QStringLiteral("--workspace"), workspace.path()};
    guanxi.start(QStringLiteral(GUANXI_GUI_BINARY),
                 file + QStringList{QStringLiteral("--view"), view, QStringLiteral("--screenshot"), png,
                                    QStringLiteral("--lang"), language});
    QVERIFY(guanxi.waitForFinished(60000));
    QVERIFY2(guanxi.exitStatus() == QProcess::NormalExit && guanxi.exitCode() == 0,
             qPrintable(QString::fromUtf8(guanxi.readAllStandardError())));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1366, 768));
}

void TestMainWindow::screenshotModeFailsClearly()
{
    TempWorkspace workspace;
    workspace.close();
    const QString png = QDir(workspace.dir()).filePath(QStringLiteral("shot.png"));
    const QList<QStringList> runs {
        {QStringLiteral("--workspace"), workspace.path(), QStringLiteral("--view"), QStringLiteral("customer:nobody"),
         QStringLiteral("--screenshot"), png},
        {QStringLiteral("--workspace"), workspace.path() + QStringLiteral(".missing"), QStringLiteral("--screenshot"),
         png},
        {QStringLiteral("--workspace"), workspace.path(), QStringLiteral("--view"), QStringLiteral("charts"),
         QStringLiteral("--screenshot"), png},
        {QStringLiteral("--workspace"), workspace.path(), workspace.path(), QStringLiteral("--screenshot"), png},
    };
    for (const QStringList &arguments : runs) {
        QProcess guanxi;
        guanxi.start(QStringLiteral(GUANXI_GUI_BINARY), arguments);
        QVERIFY(guanxi.waitForFinished(60000));
        QVERIFY(guanxi.exitCode() != 0);
        QVERIFY(!guanxi.readAllStandardError().isEmpty());
        QVERIFY(!QFile::exists(png));
    }
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
