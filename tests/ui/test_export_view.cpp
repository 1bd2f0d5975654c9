// File ▸ Export… in the real window, off-screen, on real workspace files: the customer list
// exports the customers its filter shows, with its visible columns in their order and its sort;
// the follow-ups view exports its open follow-ups as iCalendar; a customer's contacts go out as
// vCards. The files are read back.
#include "WindowFixture.h"

#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "exchange/csv/CsvReader.h"
#include "export/ExportDialog.h"
#include "export/ExportScope.h"
#include "models/FollowUpAgendaModel.h"
#include "session/ExportJob.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/StaffRepository.h"
#include "views/FollowUpsPage.h"
#include "widgets/MessageBoxes.h"
#include "widgets/StaffComboBox.h"
#include "window/ExchangeController.h"
#include "window/MainActions.h"
#include "window/Screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace guanxi;
using namespace guanxi::test;

namespace {

QString addCustomer(WorkspaceSession &session, const QString &name, RelationshipTier tier, const QString &city,
                    const QString &email = {})
{
    Customer c;
    c.name = name;
    c.tier = tier;
    c.city = city;
    c.email = email;
    auto created = session.customers().create(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().fullText()));
    return created->id();
}

// Alpha, Gamma and 杭州西湖茶业 are partners; Beta is not.
void seedCustomers(WorkspaceSession &session)
{
    addCustomer(session, QStringLiteral("Alpha Partner Co"), RelationshipTier::Partner, QStringLiteral("Beijing"));
    addCustomer(session, QStringLiteral("Beta Trading"), RelationshipTier::Transactional, QStringLiteral("Shanghai"));
    addCustomer(session, QStringLiteral("Gamma Partner Ltd"), RelationshipTier::Partner, QStringLiteral("Shenzhen"),
                QStringLiteral("info@gamma.example"));
    addCustomer(session, QStringLiteral("杭州西湖茶业有限公司"), RelationshipTier::Partner, QStringLiteral("杭州"));
}

// Every record of a CSV file as the import's reader sees it.
QList<QStringList> readCsv(const QString &path, CsvEncoding encoding)
{
    CsvOptions options;
    options.encoding = encoding;
    CsvReader reader(path, options);
    QList<QStringList> records;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            qWarning("%s", qPrintable(more.error().fullText()));
            return {};
        }
        if (!*more)
            return records;
        records.append(record.fields);
    }
}

// Runs what the dialog asks for and waits until the file is written.
bool exportAndWait(WindowFixture &f, ExportDialog *dialog)
{
    QSignalSpy finished(f.window.exchange(), &ExchangeController::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    if (!finished.wait(20000))
        return false;
    return finished.first().at(0).toBool();
}

ExportDialog *openExportDialog(WindowFixture &f)
{
    f.window.actions()->exportView->trigger();
    return openDialog<ExportDialog>();
}

} // namespace

class TestExportView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void filteredListExportsItsRowsColumnsAndOrder();
    void chineseWindowsExcelGetsGb18030AndIds();
    void contactsOfTheSelectedCustomerAsVCards();
    void followUpsViewExportsOpenFollowUpsOfItsOwner();
    void existingFileIsReplacedOnlyWhenConfirmed();
    void cancelledExportLeavesNoFile();
    void screenshots();

private:
    QTemporaryDir m_settings;
};

void TestExportView::initTestCase()
{
    startWindowTests(m_settings.path());
}

void TestExportView::init()
{
    Translations::install(QStringLiteral("en"));
    MessageBoxes::clearLast();
}

void TestExportView::filteredListExportsItsRowsColumnsAndOrder()
{
    WindowFixture f;
    seedCustomers(f.session());
    // The list as a user left it: partners only, by city Z→A, City moved first, Phone hidden.
    QComboBox *tier = f.list()->tierFilter();
    tier->setCurrentIndex(tier->findData(enumCode(RelationshipTier::Partner)));
    QTableView *view = f.list()->view();
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(CustomerTableModel::CityColumn), 0);
    view->setColumnHidden(CustomerTableModel::PhoneColumn, true);
    f.model()->sort(CustomerTableModel::CityColumn, Qt::DescendingOrder);
    QVERIFY(f.settle());
    QCOMPARE(f.model()->matchCount(), 3);

    ExportDialog *dialog = openExportDialog(f);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope().entity, exchange::ExportEntity::Customers);
    QVERIFY2(dialog->scopeBox()->currentText().contains(QStringLiteral("The 3 customers in the list (tier: Partner)")),
             qPrintable(dialog->scopeBox()->currentText()));
    // Tab goes down the form.
    dialog->scopeBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->idBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->formatBox());
    // Formats for a table: no vCard or iCalendar.
    QCOMPARE(dialog->formatBox()->count(), 4);
    QVERIFY(dialog->setChoice(QStringLiteral("excel-utf8-bom")));
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
    dialog->idBox()->setChecked(false);
    const QString path = f.workspace.dir() + QStringLiteral("/partners.csv");
    dialog->pathEdit()->setText(path);
    QVERIFY(exportAndWait(f, dialog));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Exported 3 customer")));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("partners.csv")));

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 when it sees the mark
    const QList<QStringList> records = readCsv(path, CsvEncoding::Utf8);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0),
             (QStringList {QStringLiteral("City"), QStringLiteral("Name"), QStringLiteral("Relationship tier"),
                           QStringLiteral("Lifecycle level"), QStringLiteral("Owner"), QStringLiteral("E-mail")}));
    const QStringList gamma {QStringLiteral("Shenzhen"),
                             QStringLiteral("Gamma Partner Ltd"),
                             QStringLiteral("Partner"),
                             QStringLiteral("Prospect"),
                             QString(),
                             QStringLiteral("info@gamma.example")};
    QVERIFY(records.contains(gamma));
    // In the list's order: by city, descending (Shenzhen before Beijing), as the list shows them.
    QCOMPARE(f.model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(records.at(row + 1).value(1), f.model()->customerAt(row).name);
    QVERIFY(records.indexOf(gamma) < records.indexOf(
                QStringList {QStringLiteral("Beijing"), QStringLiteral("Alpha Partner Co"), QStringLiteral("Partner"),
                             QStringLiteral("Prospect"), QString(), QString()}));
}

void TestExportView::chineseWindowsExcelGetsGb18030AndIds()
{
    WindowFixture f;
    seedCustomers(f.session());
    f.list()->searchBox()->setText(QStringLiteral("杭州西湖"));
    f.list()->applyFiltersNow();
    QVERIFY(f.settle());
    QCOMPARE(f.model()->matchCount(), 1);

    ExportDialog *dialog = openExportDialog(f);
    QVERIFY(dialog);
    QVERIFY(dialog->scopeBox()->currentText().contains(QStringLiteral("search “杭州西湖”")));
    QVERIFY(dialog->setChoice(QStringLiteral("excel-gb18030")));
    dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("zh")));
    dialog->idBox()->setChecked(true);
    QVERIFY(dialog->pathEdit()->text().endsWith(QStringLiteral(".csv")));
    const QString path = f.workspace.dir() + QStringLiteral("/客户.csv");
    dialog->pathEdit()->setText(path);
    QVERIFY(exportAndWait(f, dialog));

    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QByteArray("\xBA\xBC\xD6\xDD"))); // 杭州 in GB18030
    const QList<QStringList> records = readCsv(path, CsvEncoding::Gb18030);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).value(0), QStringLiteral("编号"));
    QCOMPARE(records.at(0).value(1), QStringLiteral("名称"));
    QCOMPARE(records.at(1).value(1), QStringLiteral("杭州西湖茶业有限公司"));
    QCOMPARE(records.at(1).value(2), QStringLiteral("合作伙伴"));
    auto stored = f.session().customers().get(records.at(1).value(0));
    GX_VERIFY_OK(stored);

    // The choices are remembered for the next export.
    dialog = openExportDialog(f);
    QVERIFY(dialog);
    QCOMPARE(dialog->formatBox()->currentData().toString(), QStringLiteral("excel-gb18030"));
    QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("zh"));
    QVERIFY(dialog->idBox()->isChecked());
    QVERIFY(dialog->pathEdit()->text().startsWith(QDir::toNativeSeparators(f.workspace.dir())));
    // Another format changes the file's suffix.
    QVERIFY(dialog->setChoice(QStringLiteral("xlsx")));
    QVERIFY(dialog->pathEdit()->text().endsWith(QStringLiteral(".xlsx")));
    dialog->reject();
}

void TestExportView::contactsOfTheSelectedCustomerAsVCards()
{
    WindowFixture f;
    seedCustomers(f.session());
    const QString id = addCustomer(f.session(), QStringLiteral("Delta Foods"), RelationshipTier::Transactional,
                                   QStringLiteral("Chengdu"));
    for (const QString &name : {QStringLiteral("张伟"), QStringLiteral("Li Na")}) {
        Contact contact;
        contact.customerId = id;
        contact.name = name;
        GX_VERIFY_OK(f.session().contacts().create(contact));
    }
    f.model()->reload();
    QVERIFY(f.settle());
    f.window.openCustomer(id);
    QCOMPARE(f.window.customersPage()->currentCustomerId(), id);

    ExportDialog *dialog = openExportDialog(f);
    QVERIFY(dialog);
    QCOMPARE(dialog->scopeBox()->count(), 3); // the list, this customer's contacts, all contacts
    dialog->scopeBox()->setCurrentIndex(1);
    QVERIFY(dialog->scopeBox()->currentText().contains(QStringLiteral("Delta Foods")));
    QVERIFY(dialog->setChoice(QStringLiteral("vcard")));
    QVERIFY(!dialog->languageBox()->isVisible());
    QVERIFY(dialog->pathEdit()->text().endsWith(QStringLiteral("Contacts of Delta Foods.vcf")));
    const QString path = f.workspace.dir() + QStringLiteral("/delta.vcf");
    dialog->pathEdit()->setText(path);
    QVERIFY(exportAndWait(f, dialog));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Exported 2 contact")));
    const QString cards = QString::fromUtf8(readAll(path));
    QCOMPARE(cards.count(QStringLiteral("BEGIN:VCARD")), 2);
    QVERIFY(cards.contains(QStringLiteral("张伟")));
    QVERIFY(cards.contains(QStringLiteral("Delta Foods")));
}

void TestExportView::followUpsViewExportsOpenFollowUpsOfItsOwner()
{
    WindowFixture f;
    const QString customer
        = addCustomer(f.session(), QStringLiteral("Epsilon Ltd"), RelationshipTier::Partner, QStringLiteral("Xiamen"));
    auto wang = f.session().staff().findOrCreate(QStringLiteral("王小明"));
    auto chen = f.session().staff().findOrCreate(QStringLiteral("David Chen"));
    GX_VERIFY_OK(wang);
    GX_VERIFY_OK(chen);
    const QDate today = QDate::currentDate();
    const auto plan = [&](const QString &title, const QString &owner, int inDays, bool done, int snoozedFor = 0) {
        FollowUp followUp;
        followUp.customerId = customer;
        followUp.ownerId = owner;
        followUp.title = title;
        followUp.dueOn = today.addDays(inDays);
        if (snoozedFor > 0)
            followUp.snoozedUntil = today.addDays(snoozedFor);
        if (done) {
            followUp.status = FollowUpStatus::Done;
            followUp.doneAt = QDateTime::currentDateTimeUtc();
        }
        GX_VERIFY_OK(f.session().followUps().create(followUp));
    };
    // The view lists open follow-ups due (or snoozed to) up to 14 days from today.
    plan(QStringLiteral("Send the quote"), wang->id(), -2, false);
    plan(QStringLiteral("Call back"), wang->id(), 14, false); // the window's last day
    plan(QStringLiteral("Ship samples"), wang->id(), -5, false, 3); // overdue, snoozed into the window
    plan(QStringLiteral("Visit the plant"), wang->id(), 15, false); // a day beyond the window
    plan(QStringLiteral("Sign the contract"), wang->id(), 2, false, 40); // snoozed out of it
    plan(QStringLiteral("Old call"), wang->id(), -30, true);
    plan(QStringLiteral("Chen's demo"), chen->id(), 1, false);
    f.session().notifyStaffChanged();
    f.window.showFollowUps();
    FollowUpsPage *page = f.window.followUpsPage();
    StaffComboBox *owner = page->ownerFilter();
    owner->setStaffId(wang->id());
    Q_EMIT owner->activated(owner->currentIndex()); // as when the user picks the owner
    FollowUpAgendaModel *agenda = page->model();
    QCOMPARE(agenda->count(FollowUpAgendaModel::Overdue) + agenda->count(FollowUpAgendaModel::Today)
                 + agenda->count(FollowUpAgendaModel::Upcoming),
             3);

    ExportDialog *dialog = openExportDialog(f);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope().entity, exchange::ExportEntity::FollowUps);
    QVERIFY(dialog->scopeBox()->currentText().contains(QStringLiteral("王小明")));
    QVERIFY(dialog->scopeBox()->currentText().contains(QStringLiteral("next 14 days")));
    QCOMPARE(dialog->formatBox()->currentData().toString(), QStringLiteral("ics"));
    QVERIFY(dialog->formatBox()->findData(QStringLiteral("vcard")) < 0);
    QVERIFY(dialog->eventsBox()->isVisible());
    const QString path = f.workspace.dir() + QStringLiteral("/follow-ups.ics");
    dialog->pathEdit()->setText(path);
    QVERIFY(exportAndWait(f, dialog));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Exported 3 follow-up")));
    const QString calendar = QString::fromUtf8(readAll(path));
    QCOMPARE(calendar.count(QStringLiteral("BEGIN:VTODO")), 3);
    for (const char *shown : {"Send the quote", "Call back", "Ship samples"})
        QVERIFY2(calendar.contains(QLatin1String(shown)), shown);
    for (const char *hidden : {"Visit the plant", "Sign the contract", "Old call", "Chen"})
        QVERIFY2(!calendar.contains(QLatin1String(hidden)), hidden);
}

void TestExportView::existingFileIsReplacedOnlyWhenConfirmed()
{
    WindowFixture f;
    seedCustomers(f.session());
    const QString path = f.workspace.dir() + QStringLiteral("/old.csv");
    writeAll(path, "keep me");
    ExportDialog *dialog = openExportDialog(f);
    QVERIFY(dialog);
    QVERIFY(dialog->setChoice(QStringLiteral("csv-utf8")));
    dialog->pathEdit()->setText(path);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("already exists")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(readAll(path), QByteArray("keep me"));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QVERIFY(exportAndWait(f, dialog));
    QCOMPARE(readCsv(path, CsvEncoding::Utf8).size(), 5);
}

void TestExportView::cancelledExportLeavesNoFile()
{
    WindowFixture f;
    seedCustomers(f.session());
    const QString path = f.workspace.dir() + QStringLiteral("/cancelled.csv");
    exchange::ExportOptions options;
    ExportJob job(f.session().path(), path, options);
    QSignalSpy finished(&job, &ExportJob::finished);
    job.cancel(); // before the first page
    job.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(job.outcome());
    QVERIFY(!job.outcome()->result);
    QCOMPARE(job.outcome()->result.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestExportView::screenshots()
{
    const QString dir = qEnvironmentVariable("GUANXI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set GUANXI_SCREENSHOT_DIR to save screenshots of the export dialog.");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(language);
        const DraftTranslations draft(language);
        WindowFixture f;
        demo::DemoOptions demoOptions;
        demoOptions.customers = 300;
        GX_VERIFY_OK(demo::DemoGenerator::generate(*f.session().workspace(), demoOptions));
        f.session().notifyBulkChange(f.session().workspace()->clock().last());
        QComboBox *tier = f.list()->tierFilter();
        tier->setCurrentIndex(tier->findData(enumCode(RelationshipTier::Partner)));
        QVERIFY(f.settle());
        ExportDialog *dialog = openExportDialog(f);
        QVERIFY(dialog);
        dialog->setChoice(QStringLiteral("excel-gb18030"));
        dialog->setPath(QStringLiteral("/home/user/Documents/") + dialog->scope().fileName);
        QApplication::processEvents();
        GX_VERIFY_OK(Screenshot::captureWithDialog(&f.window, dialog, Screenshot::DefaultSize,
                                                   QStringLiteral("%1/export-%2.png").arg(dir, language)));
        dialog->reject();
    }
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(TestExportView)
#include "test_export_view.moc"
