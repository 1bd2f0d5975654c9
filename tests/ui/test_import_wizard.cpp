// The import wizard (File ▸ Import…) in the real window, off-screen, on real workspace files:
// a GBK file as Excel on Chinese Windows saves it is detected, re-decoded when the encoding is
// changed, its columns guessed; the dry run shows what importing would do without saving it; the
// import creates the customers on a worker thread and the list shows them; a cancelled import
// leaves the workspace as it was; the rejected rows can be saved. Waits on signals and
// conditions, never on time.
//
// With GUANXI_SCREENSHOT_DIR set, every page is also saved as a PNG (1366×768, the window behind
// the wizard) in English and Chinese, for reviews and the README.
#include "WindowFixture.h"

#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "exchange/export/Exporter.h"
#include "exchange/import/ImportFields.h"
#include "exchange/import/ImportFileKind.h"
#include "exchange/import/OpenImportFile.h"
#include "import/ImportCheckPage.h"
#include "import/ImportFilePage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportProgressPage.h"
#include "import/ImportReportView.h"
#include "import/ImportResultPage.h"
#include "import/ImportWizard.h"
#include "import/ImportsDialog.h"
#include "models/TextTableModel.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/ImportMappingRepository.h"
#include "widgets/MessageBoxes.h"
#include "widgets/NoticeLabel.h"
#include "window/AppSettings.h"
#include "window/ExchangeController.h"
#include "window/MainActions.h"
#include "window/Screenshot.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// tests/ui/data/wizard_customers_gbk.csv, GBK with CRLF as Excel on Chinese Windows saves it:
//   line 2   北京长城贸易有限公司      the workspace has it (same phone)  → duplicate, skipped
//   line 3   上海浦江电子科技有限公司                                       → new
//   line 4–5 广州白云餐饮管理有限公司  notes over two lines               → new
//   line 6   深圳前海物流有限公司      e-mail "not-an-email"               → rejected
//   line 7   (no name)                                                    → rejected
//   line 8   成都天府软件有限公司      doubled quotes in the notes         → new
//   line 9   上海浦江电子科技有限公司  same phone as line 3, spaced        → duplicate within the file
//   line 10  three fields only                                            → rejected
QString gbkFile()
{
    return QStringLiteral(GUANXI_UI_TEST_DATA "/wizard_customers_gbk.csv");
}

const QString ExistingName = QStringLiteral("北京长城贸易有限公司");

QString seedExisting(WorkspaceSession &session)
{
    Customer c;
    c.name = ExistingName;
    c.phone = QStringLiteral("13800138000");
    auto created = session.customers().create(c);
    if (!created)
        qFatal("%s", qPrintable(created.error().fullText()));
    return created->id();
}

qint64 customerCount(WorkspaceSession &session)
{
    auto n = session.customers().count({});
    return n ? *n : -1;
}

QAbstractButton *nextButton(ImportWizard *wizard)
{
    return wizard->button(wizard->currentId() == ImportWizard::CheckPageId ? QWizard::CommitButton
                                                                           : QWizard::NextButton);
}

// The wizard as File ▸ Import… opens it.
ImportWizard *openWizard(WindowFixture &f)
{
    if (!f.window.actions()->importFile->isEnabled())
        return nullptr;
    f.window.actions()->importFile->trigger();
    return openDialog<ImportWizard>();
}

bool goNext(ImportWizard *wizard)
{
    QAbstractButton *next = nextButton(wizard);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int before = wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard->currentId() != before;
}

// The preview page read its file (on its worker thread) and shows the result.
bool previewRead(ImportWizard *wizard)
{
    return QTest::qWaitFor([wizard] { return !wizard->previewPage()->isReading(); }, 20000);
}

// The file chosen and the wizard on the preview page, the file read.
bool toPreviewPage(ImportWizard *wizard, const QString &file, ImportEntity entity = ImportEntity::Customers)
{
    wizard->setFile(file, entity);
    return goNext(wizard) && previewRead(wizard);
}

// The file chosen and the wizard on the mapping page.
ImportMappingPage *toMappingPage(ImportWizard *wizard, const QString &file,
                                 ImportEntity entity = ImportEntity::Customers)
{
    if (!toPreviewPage(wizard, file, entity) || !goNext(wizard)) {
        qWarning("Stuck on page %d: %s", wizard->currentId(),
                 qPrintable(wizard->previewPage()->problemLabel()->text()));
        return nullptr;
    }
    return wizard->currentPage() == wizard->mappingPage() ? wizard->mappingPage() : nullptr;
}

// The file chosen and the wizard on the check page, with the first dry run done.
bool toCheckPage(ImportWizard *wizard, const QString &file)
{
    if (!toMappingPage(wizard, file) || !goNext(wizard))
        return false;
    return QTest::qWaitFor([wizard] { return !wizard->checkPage()->isChecking(); }, 20000)
        && wizard->checkPage()->dryRun().has_value();
}

// A UTF-8 file of `rows` customers, long enough that its import is still running when stopped.
QString writeLargeFile(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/large.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("Cannot write %s", qPrintable(path));
    QByteArray text = "Name,Phone,City\n";
    for (int i = 0; i < rows; ++i)
        text += "Company " + QByteArray::number(i) + ",+86 139" + QByteArray::number(10000000 + i) + ",Shanghai\n";
    file.write(text);
    return path;
}

QString fieldKeyOf(QComboBox *box)
{
    const int field = box->currentData().toInt();
    return field < 0 ? QString() : QString::fromLatin1(ImportFields::of(ImportEntity::Customers)[field].key);
}


// A customer of the workspace by name, as the repositories read it.
std::optional<Customer> customerNamed(WorkspaceSession &session, const QString &name)
{
    auto page = session.customers().page({}, {}, std::nullopt, 100);
    if (page)
        for (const Customer &c : page->customers)
            if (c.name == name)
                return c;
    return std::nullopt;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewDetectsGbkAndReDecodesOnRequest();
    void unreadableFileBlocksTheWizard();
    void rememberedChoiceDecidesOnlyWhereDetectionGuesses();
    void mappingIsGuessedAndRequiresTheName();
    void mappingPresetsAreSavedAndApplied();
    void contactsNeedACustomerColumn();
    void vCardImportCreatesContactsAndTheirCustomers();
    void vCardByContentRejectsCardsAndSavesThem();
    void workbookShowsWhatTheReaderSays();
    void workbookImports();
    void dryRunShowsCountsPairsAndRejectsWithoutSaving();
    void dryRunFollowsThePolicyAndStrictMode();
    void importCreatesCustomersAndTheListShowsThem();
    void cancelledImportLeavesTheWorkspaceUnchanged();
    void cancelButtonStopsARunningImportFirst();
    void importsDialogUndoesAnImport();
    void screenshots();

private:
    QTemporaryDir m_settings;
};

void TestImportWizard::initTestCase()
{
    startWindowTests(m_settings.path());
}

void TestImportWizard::init()
{
    Translations::install(QStringLiteral("en"));
}

void TestImportWizard::previewDetectsGbkAndReDecodesOnRequest()
{
    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(wizard->isModal() || wizard->windowModality() == Qt::WindowModal);
    QVERIFY(!nextButton(wizard)->isEnabled()); // no file yet
    wizard->filePage()->pathEdit()->setText(gbkFile());
    QVERIFY(nextButton(wizard)->isEnabled());
    wizard->next();
    ImportPreviewPage *preview = wizard->previewPage();
    QCOMPARE(wizard->currentPage(), preview);
    // The file is read on a worker thread: until it is done, the page says so and cannot go on.
    QVERIFY(preview->isReading());
    QCOMPARE(preview->problemLabel()->text(), QStringLiteral("Reading the file…"));
    QVERIFY(!nextButton(wizard)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QCOMPARE(preview->kind(), ImportFileKind::Csv);
    QVERIFY(preview->encodingBox()->isVisibleTo(wizard));

    // Detected as what Excel on Chinese Windows writes, and decoded with it.
    QVERIFY2(preview->detectedLabel()->text().contains(QStringLiteral("GB18030")),
             qPrintable(preview->detectedLabel()->text()));
    QVERIFY(preview->detectedLabel()->text().contains(QStringLiteral("Comma")));
    TextTableModel *model = preview->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("客户名称"));
    QCOMPARE(model->headerData(6, Qt::Horizontal).toString(), QStringLiteral("备注"));
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->index(0, 0).data().toString(), ExistingName);
    QCOMPARE(model->headerData(2, Qt::Vertical).toString(), QStringLiteral("4")); // the row's line in the file
    QCOMPARE(model->index(2, 6).data(Qt::ToolTipRole).toString(), QStringLiteral("第一行\r\n第二行")); // as in the file
    QCOMPARE(model->index(5, 6).data().toString(), QStringLiteral("他说\"下周见\""));
    QVERIFY(nextButton(wizard)->isEnabled());

    // Read as UTF-8, the file is refused with the reader's message and the wizard cannot go on.
    QComboBox *encoding = preview->encodingBox();
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    QVERIFY(preview->isReading());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QVERIFY(preview->problemLabel()->isVisible());
    QCOMPARE(preview->problemLabel()->kind(), NoticeLabel::Kind::Error);
    QVERIFY(preview->problemLabel()->text().contains(QStringLiteral("UTF-8")));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!nextButton(wizard)->isEnabled());
    // The detection stays shown whatever is chosen.
    QVERIFY(preview->detectedLabel()->text().contains(QStringLiteral("GB18030")));

    // Chosen as GB18030 it reads again at once.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("gb18030")));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QVERIFY(!preview->problemLabel()->isVisible());
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("上海浦江电子科技有限公司"));

    // A semicolon splits nothing here: one column per row.
    QComboBox *delimiter = preview->delimiterBox();
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("semicolon")));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("客户名称,联系人,手机,邮箱,城市,关系类型,备注"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("auto")));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("联系人"));

    // Changed again before the last read is done: only the last choice's read is shown.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("gb18030")));
    QSignalSpy shown(preview, &ImportPreviewPage::previewShown);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isReading(), 20000);
    QCOMPARE(shown.size(), 1);
    QVERIFY(!preview->problemLabel()->isVisible());
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("上海浦江电子科技有限公司"));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->plan().encoding, CsvEncoding::Gb18030);
    QCOMPARE(wizard->plan().header.size(), 7);
    wizard->reject();
}

void TestImportWizard::unreadableFileBlocksTheWizard()
{
    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toPreviewPage(wizard, dataPath(QStringLiteral("csv/binary_junk.bin")), ImportEntity::Customers));
    QVERIFY(wizard->previewPage()->problemLabel()->isVisible());
    QVERIFY(!wizard->previewPage()->problemLabel()->text().isEmpty());
    QVERIFY(!nextButton(wizard)->isEnabled());

    // A folder or a missing file cannot even be chosen.
    wizard->back();
    wizard->filePage()->pathEdit()->setText(f.workspace.dir() + QStringLiteral("/missing.csv"));
    QVERIFY(!nextButton(wizard)->isEnabled());
    wizard->filePage()->pathEdit()->setText(f.workspace.dir());
    QVERIFY(!nextButton(wizard)->isEnabled());
    wizard->reject();
}

void TestImportWizard::rememberedChoiceDecidesOnlyWhereDetectionGuesses()
{
    WindowFixture f;
    AppSettings::setImportFormat(QStringLiteral("gb18030"), QStringLiteral("semicolon"));
    // Plain ASCII could be any encoding: the last file's GB18030 is taken. Its commas leave no
    // doubt about the delimiter.
    const QString ascii = f.workspace.dir() + QStringLiteral("/ascii.csv");
    writeAll(ascii, "Name,City\nAcme,Paris\nBeta,Lyon\n");
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toPreviewPage(wizard, ascii, ImportEntity::Customers));
    QCOMPARE(wizard->previewPage()->encodingBox()->currentData().toString(), QStringLiteral("gb18030"));
    QCOMPARE(wizard->previewPage()->delimiterBox()->currentData().toString(), QStringLiteral("auto"));
    QCOMPARE(wizard->previewPage()->model()->index(1, 1).data().toString(), QStringLiteral("Lyon"));
    wizard->reject();

    // A file that is clearly UTF-8 is read as UTF-8 whatever was chosen last time.
    const QString utf8 = f.workspace.dir() + QStringLiteral("/utf8.csv");
    writeAll(utf8, QStringLiteral("名称,城市\n成都天府软件有限公司,成都\n").toUtf8());
    wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toPreviewPage(wizard, utf8, ImportEntity::Customers));
    QCOMPARE(wizard->previewPage()->encodingBox()->currentData().toString(), QStringLiteral("auto"));
    QCOMPARE(wizard->previewPage()->model()->index(0, 0).data().toString(), QStringLiteral("成都天府软件有限公司"));
    // Split by a semicolon it would be one column: the page says what the detected comma gives.
    QComboBox *delimiter = wizard->previewPage()->delimiterBox();
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral("semicolon")));
    QVERIFY(previewRead(wizard));
    QVERIFY(wizard->previewPage()->problemLabel()->text().contains(QStringLiteral("2 columns")));
    wizard->reject();
    AppSettings::setImportFormat(QStringLiteral("auto"), QStringLiteral("auto"));
}

void TestImportWizard::mappingIsGuessedAndRequiresTheName()
{
    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    ImportMappingPage *mapping = toMappingPage(wizard, gbkFile());
    QVERIFY(mapping);
    // 客户名称, 联系人, 手机, 邮箱, 城市, 关系类型, 备注
    const QStringList expected {QStringLiteral("name"),  QStringLiteral("contact"), QStringLiteral("phone"),
                                QStringLiteral("email"), QStringLiteral("city"),    QStringLiteral("tier"),
                                QStringLiteral("notes")};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(fieldKeyOf(mapping->fieldBox(column)), expected.at(column));
    QVERIFY(mapping->fieldBox(0)->currentText().contains(QStringLiteral("required")));
    QVERIFY(nextButton(wizard)->isEnabled());

    // Without a name column the wizard cannot go on, and says why.
    mapping->fieldBox(0)->setCurrentIndex(0);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(mapping->problemLabel()->isVisible());
    QVERIFY(mapping->problemLabel()->text().contains(QStringLiteral("Name")));

    // A field takes one column: choosing it for another column moves it there.
    const int name = mapping->fieldBox(1)->findData(ImportFields::indexOf(ImportEntity::Customers, u"name"));
    mapping->fieldBox(1)->setCurrentIndex(name);
    QCOMPARE(fieldKeyOf(mapping->fieldBox(1)), QStringLiteral("name"));
    QVERIFY(nextButton(wizard)->isEnabled());
    mapping->fieldBox(0)->setCurrentIndex(name);
    QCOMPARE(fieldKeyOf(mapping->fieldBox(0)), QStringLiteral("name"));
    QCOMPARE(fieldKeyOf(mapping->fieldBox(1)), QString());
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->plan().fieldOfColumn.value(1), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    wizard->reject();
}

void TestImportWizard::mappingPresetsAreSavedAndApplied()
{
    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    ImportMappingPage *mapping = toMappingPage(wizard, gbkFile());
    QVERIFY(mapping);
    mapping->fieldBox(6)->setCurrentIndex(0); // the notes stay out
    QVERIFY(mapping->savePreset(QStringLiteral("GBK customer list")));
    auto presets = ImportMappingRepository(*f.session().workspace()).list();
    GX_VERIFY_OK(presets);
    QCOMPARE(presets->size(), 1);
    QCOMPARE(presets->first().name, QStringLiteral("GBK customer list"));
    QCOMPARE(presets->first().entity, QStringLiteral("customers"));
    QVERIFY(mapping->presetBox()->findText(QStringLiteral("GBK customer list")) > 0);

    // Changed and applied again: as saved.
    mapping->fieldBox(3)->setCurrentIndex(0);
    mapping->fieldBox(6)->setCurrentIndex(
        mapping->fieldBox(6)->findData(ImportFields::indexOf(ImportEntity::Customers, u"notes")));
    QVERIFY(mapping->applyPreset(QStringLiteral("GBK customer list")));
    QCOMPARE(fieldKeyOf(mapping->fieldBox(3)), QStringLiteral("email"));
    QCOMPARE(fieldKeyOf(mapping->fieldBox(6)), QString());
    QCOMPARE(mapping->presetBox()->currentText(), QStringLiteral("GBK customer list"));

    // A preset for another layout is refused with a reason, and the choices stay.
    GX_VERIFY_OK(ImportMappingRepository(*f.session().workspace())
                     .save({QStringLiteral("Other layout"),
                            QStringLiteral("customers"),
                            R"({"columns": {"name": "Firma"}})",
                            {}}));
    QVERIFY(!mapping->applyPreset(QStringLiteral("Other layout")));
    QVERIFY(mapping->problemLabel()->text().contains(QStringLiteral("Firma")));
    QCOMPARE(fieldKeyOf(mapping->fieldBox(0)), QStringLiteral("name"));
    wizard->reject();
}

void TestImportWizard::contactsNeedACustomerColumn()
{
    WindowFixture f;
    seedExisting(f.session());
    const QString path = f.workspace.dir() + QStringLiteral("/contacts.csv");
    writeAll(path, QStringLiteral("姓名,客户名称,手机\n张喆,北京长城贸易有限公司,13800000009\n").toUtf8());
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    ImportMappingPage *mapping = toMappingPage(wizard, path, ImportEntity::Contacts);
    QVERIFY(mapping);
    const auto key = [&](int column) {
        const int field = mapping->fieldBox(column)->currentData().toInt();
        return field < 0 ? QString() : QString::fromLatin1(ImportFields::of(ImportEntity::Contacts)[field].key);
    };
    QCOMPARE(key(0), QStringLiteral("name"));
    QCOMPARE(key(1), QStringLiteral("customer"));
    QCOMPARE(key(2), QStringLiteral("phone"));
    QVERIFY(mapping->fieldBox(1)->currentText().contains(QStringLiteral("required, or Customer ID")));
    // Without a customer reference the contacts could not be placed.
    mapping->fieldBox(1)->setCurrentIndex(0);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(mapping->problemLabel()->text().contains(QStringLiteral("Customer ID or Customer")));
    mapping->fieldBox(1)->setCurrentIndex(
        mapping->fieldBox(1)->findData(ImportFields::indexOf(ImportEntity::Contacts, u"customer")));
    QVERIFY(goNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    QCOMPARE(wizard->checkPage()->dryRun()->created, 1);
    QVERIFY(goNext(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
    auto contacts = f.session().contacts().listForCustomer(
        f.session().customers().page({}, {}, std::nullopt, 1)->customers.first().id());
    GX_VERIFY_OK(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, QStringLiteral("张喆"));
    wizard->accept();
}

// tests/data/vcard/android_21_utf8.vcf (see its README): 张伟 of 北京汇通科技有限公司, and 李娜
// without ORG. As guanxi-cli imports it: two contacts, each of the customer its card names.
void TestImportWizard::vCardImportCreatesContactsAndTheirCustomers()
{
    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    wizard->setFile(dataPath(QStringLiteral("vcard/android_21_utf8.vcf")), ImportEntity::Customers);
    // A vCard holds people: the name alone decides that.
    QVERIFY(wizard->findChild<QAbstractButton *>(QStringLiteral("importEntity_contacts"))->isChecked());
    QVERIFY(!wizard->findChild<QAbstractButton *>(QStringLiteral("importEntity_customers"))->isEnabled());
    QVERIFY(goNext(wizard));
    QVERIFY(previewRead(wizard));
    ImportPreviewPage *preview = wizard->previewPage();
    QCOMPARE(preview->kind(), ImportFileKind::VCard);
    QVERIFY(!preview->encodingBox()->isVisibleTo(wizard)); // a vCard names its own character sets
    QVERIFY(!preview->delimiterBox()->isVisibleTo(wizard));
    QVERIFY2(!preview->problemLabel()->isVisible(), qPrintable(preview->problemLabel()->text()));
    // "All 2 cards of the file." ("card(s)" until the English plural forms are translated).
    QVERIFY2(preview->extentLabel()->text().startsWith(QStringLiteral("All 2 card")), qPrintable(preview->extentLabel()->text()));
    // The cards as rows, the fields by name; only the fields the cards fill.
    TextTableModel *model = preview->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    const int name = int(header.indexOf(QStringLiteral("Name")));
    const int customer = int(header.indexOf(QStringLiteral("Customer")));
    const int phone = int(header.indexOf(QStringLiteral("Phone")));
    QVERIFY2(name >= 0 && customer >= 0 && phone >= 0, qPrintable(header.join(u'|')));
    QCOMPARE(model->index(0, name).data().toString(), QStringLiteral("张伟"));
    QCOMPARE(model->index(0, customer).data().toString(), QStringLiteral("北京汇通科技有限公司"));
    QCOMPARE(model->index(0, phone).data().toString(), QStringLiteral("138 0013 8000")); // as the card writes it
    QCOMPARE(model->index(1, name).data().toString(), QStringLiteral("李娜"));
    QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("43")); // the card's line

    // No columns to match: on to the dry run.
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    QVERIFY(wizard->checkPage()->dryRun().has_value());
    QCOMPARE(wizard->checkPage()->dryRun()->entity, ImportEntity::Contacts);
    QCOMPARE(wizard->checkPage()->dryRun()->created, 2);
    QVERIFY2(wizard->checkPage()->summaryLabel()->text().contains(QStringLiteral("of 2 cards read")),
             qPrintable(wizard->checkPage()->summaryLabel()->text()));
    QCOMPARE(customerCount(f.session()), 0); // nothing saved yet
    // Back goes to the preview, the page before.
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(previewRead(wizard));
    QVERIFY(goNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);

    QVERIFY(goNext(wizard)); // Import
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
    QVERIFY(wizard->resultPage()->summaryLabel()->text().contains(QStringLiteral("of 2 cards read")));
    QCOMPARE(wizard->report()->created, 2);
    QCOMPARE(customerCount(f.session()), 2);
    const std::optional<Customer> company = customerNamed(f.session(), QStringLiteral("北京汇通科技有限公司"));
    QVERIFY(company);
    QCOMPARE(company->kind, CustomerKind::Company);
    auto staff = f.session().contacts().listForCustomer(company->id());
    GX_VERIFY_OK(staff);
    QCOMPARE(staff->size(), 1);
    QCOMPARE(staff->first().name, QStringLiteral("张伟"));
    QCOMPARE(staff->first().phone, QStringLiteral("13800138000"));
    QCOMPARE(staff->first().email, QStringLiteral("zhangwei@example.cn"));
    const std::optional<Customer> person = customerNamed(f.session(), QStringLiteral("李娜"));
    QVERIFY(person);
    QCOMPARE(person->kind, CustomerKind::Person);
    auto herself = f.session().contacts().listForCustomer(person->id());
    GX_VERIFY_OK(herself);
    QCOMPARE(herself->size(), 1);
    QCOMPARE(herself->first().phone, QStringLiteral("13910002000"));
    wizard->accept();
    QTRY_VERIFY(!wizard->isVisible());
}

// tests/data/vcard/rejects.vcf under a name that says nothing (a .txt): its content makes it a
// vCard. Line 1 is imported; the cards of lines 6 (bad e-mail) and 11 (no name) are rejected,
// and can be saved with their reasons.
void TestImportWizard::vCardByContentRejectsCardsAndSavesThem()
{
    WindowFixture f;
    const QString path = f.workspace.dir() + QStringLiteral("/address book.txt");
    QVERIFY(QFile::copy(dataPath(QStringLiteral("vcard/rejects.vcf")), path));
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    wizard->setFile(path, ImportEntity::Customers);
    // The first bytes say vCard: the file page chooses contacts, as for a .vcf name.
    QVERIFY(wizard->findChild<QAbstractButton *>(QStringLiteral("importEntity_contacts"))->isChecked());
    QVERIFY(!wizard->findChild<QAbstractButton *>(QStringLiteral("importEntity_customers"))->isEnabled());
    QVERIFY(goNext(wizard) && previewRead(wizard));
    QCOMPARE(wizard->previewPage()->kind(), ImportFileKind::VCard);
    QCOMPARE(wizard->previewPage()->model()->rowCount(), 3);
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->plan().entity, ImportEntity::Contacts);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    const ImportReport dryRun = *wizard->checkPage()->dryRun();
    QCOMPARE((QList<qint64> {dryRun.read, dryRun.created, dryRun.rejected}), (QList<qint64> {3, 1, 2}));
    ImportReportView *view = wizard->checkPage()->reportView();
    QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Rejected cards (2)"));

    // Strict: nothing would be imported, in cards.
    wizard->checkPage()->strictBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    QVERIFY2(wizard->checkPage()->summaryLabel()->text().contains(QStringLiteral("because 2 card")),
             qPrintable(wizard->checkPage()->summaryLabel()->text()));
    QVERIFY(!nextButton(wizard)->isEnabled());
    wizard->checkPage()->strictBox()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);

    QVERIFY(goNext(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
    ImportResultPage *result = wizard->resultPage();
    QCOMPARE(result->reportView()->rejects()->rowCount(), 2);
    QCOMPARE(result->reportView()->rejects()->index(0, 0).data().toString(), QStringLiteral("6"));
    QCOMPARE(result->reportView()->rejects()->index(1, 0).data().toString(), QStringLiteral("11"));
    QCOMPARE(result->saveRejectsButton()->text(), QStringLiteral("Save Rejected Cards as &CSV…"));
    const QString saved = f.workspace.dir() + QStringLiteral("/rejected cards.csv");
    QVERIFY(result->saveRejectsTo(saved));
    QVERIFY(result->findChild<NoticeLabel *>(QStringLiteral("importRejectsSaved"))->text().contains(QStringLiteral("rejected cards")));
    QVERIFY(QString::fromUtf8(readAll(saved)).contains(QStringLiteral("not-an-email")));
    QVERIFY(customerNamed(f.session(), QStringLiteral("Good Person")));
    QCOMPARE(customerCount(f.session()), 1);
    wizard->accept();
    QTRY_VERIFY(!wizard->isVisible());
}

// tests/data/csv/workbook_renamed.csv is a ZIP archive without a workbook in it, under a CSV
// name and as .xlsx: the preview says what openImportFile() says of it.
void TestImportWizard::workbookShowsWhatTheReaderSays()
{
    WindowFixture f;
    const QString named = f.workspace.dir() + QStringLiteral("/customers.xlsx");
    QVERIFY(QFile::copy(dataPath(QStringLiteral("csv/workbook_renamed.csv")), named));
    for (const QString &path : {dataPath(QStringLiteral("csv/workbook_renamed.csv")), named}) {
        ImportWizard *wizard = openWizard(f);
        QVERIFY(wizard);
        QVERIFY(toPreviewPage(wizard, path, ImportEntity::Customers));
        ImportPreviewPage *preview = wizard->previewPage();
        QCOMPARE(preview->kind(), ImportFileKind::Workbook);
        QVERIFY(!preview->encodingBox()->isVisibleTo(wizard));
        auto direct = openImportFile(path, {});
        QVERIFY(!direct);
        QVERIFY(preview->problemLabel()->isVisible());
        QCOMPARE(preview->problemLabel()->kind(), NoticeLabel::Kind::Error);
        QCOMPARE(preview->problemLabel()->text(), direct.error().message);
        QVERIFY(preview->problemLabel()->text().contains(QStringLiteral("ZIP archive")));
        QVERIFY(preview->problemLabel()->text().contains(QFileInfo(path).fileName()));
        QCOMPARE(preview->model()->rowCount(), 0);
        QVERIFY(!nextButton(wizard)->isEnabled());
        wizard->reject();
        QTRY_VERIFY(!wizard->isVisible());
    }
}

// An Excel workbook as Guanxi exports it (number and date cells, Chinese headers), from another
// workspace: previewed without encoding and delimiter, its columns matched, imported.
void TestImportWizard::workbookImports()
{
    TempWorkspace other;
    Customer c;
    c.name = QStringLiteral("深圳华星电子有限公司");
    c.city = QStringLiteral("深圳");
    c.phone = QStringLiteral("13912345678");
    GX_VERIFY_OK(CustomerRepository(*other).create(c));
    c = {};
    c.name = QStringLiteral("Nordic Trading AB");
    c.city = QStringLiteral("Stockholm");
    GX_VERIFY_OK(CustomerRepository(*other).create(c));
    exchange::ExportOptions options;
    options.format = exchange::ExportFormat::Xlsx;
    options.language = exchange::ExportLanguage::Chinese;
    options.columns = {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("phone")};
    const QString workbook = other.dir() + QStringLiteral("/客户.xlsx");
    GX_VERIFY_OK(exchange::Exporter(*other).run(workbook, options));

    WindowFixture f;
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toPreviewPage(wizard, workbook, ImportEntity::Customers));
    ImportPreviewPage *preview = wizard->previewPage();
    QCOMPARE(preview->kind(), ImportFileKind::Workbook);
    QVERIFY(!preview->encodingBox()->isVisibleTo(wizard));
    QVERIFY(!preview->delimiterBox()->isVisibleTo(wizard));
    QVERIFY2(!preview->problemLabel()->isVisible(), qPrintable(preview->problemLabel()->text()));
    QCOMPARE(preview->model()->rowCount(), 2);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("名称"));  // as Guanxi exports it
    QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("Nordic Trading AB"));  // by name: N before 深 (shen)
    QCOMPARE(preview->model()->index(1, 2).data().toString(), QStringLiteral("13912345678"));
    QVERIFY(goNext(wizard));
    QCOMPARE(wizard->currentPage(), wizard->mappingPage());
    QCOMPARE(fieldKeyOf(wizard->mappingPage()->fieldBox(0)), QStringLiteral("name"));
    QCOMPARE(fieldKeyOf(wizard->mappingPage()->fieldBox(1)), QStringLiteral("city"));
    QCOMPARE(fieldKeyOf(wizard->mappingPage()->fieldBox(2)), QStringLiteral("phone"));
    QVERIFY(goNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
    QCOMPARE(wizard->checkPage()->dryRun()->created, 2);
    QVERIFY(goNext(wizard));  // Import
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
    QCOMPARE(wizard->report()->created, 2);
    QCOMPARE(customerCount(f.session()), 2);
    auto page = f.session().customers().page({}, {}, std::nullopt, 10);
    GX_VERIFY_OK(page);
    QCOMPARE(page->customers.at(1).name, QStringLiteral("深圳华星电子有限公司"));
    QCOMPARE(page->customers.at(1).city, QStringLiteral("深圳"));
    QCOMPARE(page->customers.at(1).phone, QStringLiteral("13912345678"));
    wizard->accept();
}

void TestImportWizard::dryRunShowsCountsPairsAndRejectsWithoutSaving()
{
    WindowFixture f;
    const QString existing = seedExisting(f.session());
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, gbkFile()));
    ImportCheckPage *check = wizard->checkPage();
    const ImportReport &report = *check->dryRun();
    QVERIFY(report.dryRun);
    QCOMPARE(report.read, 8);
    QCOMPARE(report.created, 3);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.skipped, 2);
    QCOMPARE(report.rejected, 3);

    ImportReportView *view = check->reportView();
    QCOMPARE(view->countText(ImportReportView::Read), QStringLiteral("8"));
    QCOMPARE(view->countText(ImportReportView::Created), QStringLiteral("3"));
    QCOMPARE(view->countText(ImportReportView::Skipped), QStringLiteral("2"));
    QCOMPARE(view->countText(ImportReportView::Rejected), QStringLiteral("3"));
    QVERIFY(check->summaryLabel()->text().contains(QStringLiteral("Nothing is saved yet")));

    // The pairs: line 2 is the customer the workspace has (same phone); line 9 repeats line 3.
    TextTableModel *pairs = view->duplicates();
    QCOMPARE(pairs->rowCount(), 2);
    QCOMPARE(pairs->row(0),
             (QStringList {QStringLiteral("2"), QStringLiteral("Phone"), ExistingName,
                           QStringLiteral("Skipped: the record stays as it is")}));
    QCOMPARE(pairs->row(1).value(0), QStringLiteral("9"));
    QCOMPARE(pairs->row(1).value(1), QStringLiteral("Phone"));
    QCOMPARE(pairs->row(1).value(2), QStringLiteral("“上海浦江电子科技有限公司”, line 3 of this file"));
    QCOMPARE(report.duplicates.first().existingId, existing);

    // The rejects: line and reason.
    TextTableModel *rejects = view->rejects();
    QCOMPARE(rejects->rowCount(), 3);
    QCOMPARE(rejects->row(0).value(0), QStringLiteral("6"));
    QVERIFY(rejects->row(0).value(1).contains(QStringLiteral("not-an-email")));
    QCOMPARE(rejects->row(1).value(0), QStringLiteral("7"));
    QCOMPARE(rejects->row(2).value(0), QStringLiteral("10"));
    QVERIFY(rejects->row(2).value(1).contains(QStringLiteral("3 fields")));
    QCOMPARE(view->tabs()->currentIndex(), 0); // this page is about the duplicates

    // Nothing was saved, and the wizard can import.
    QCOMPARE(customerCount(f.session()), 1);
    auto batches = ImportBatchRepository(*f.session().workspace()).list();
    GX_VERIFY_OK(batches);
    QVERIFY(batches->isEmpty());
    QVERIFY(nextButton(wizard)->isEnabled());
    QCOMPARE(nextButton(wizard)->text().remove(QLatin1Char('&')), QStringLiteral("Import"));
    wizard->reject();
}

void TestImportWizard::dryRunFollowsThePolicyAndStrictMode()
{
    WindowFixture f;
    seedExisting(f.session());
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, gbkFile()));
    ImportCheckPage *check = wizard->checkPage();
    QSignalSpy finished(check, &ImportCheckPage::dryRunFinished);
    // Tab goes from the policy to strict mode, as the page reads.
    check->policyButtons()->checkedButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), check->strictBox());

    // Update: the customer in the workspace takes line 2's e-mail, city and notes; line 9 has
    // nothing that line 3 did not already bring, so it changes nothing and counts as skipped.
    QTest::mouseClick(check->policyButtons()->button(int(DuplicatePolicy::Update)), Qt::LeftButton);
    QVERIFY(check->isChecking());
    QVERIFY(!nextButton(wizard)->isEnabled()); // not before the new summary
    QVERIFY(finished.wait(20000));
    QCOMPARE(check->dryRun()->updated, 1);
    QCOMPARE(check->dryRun()->created, 3);
    QCOMPARE(check->dryRun()->skipped, 1);
    QCOMPARE(check->reportView()->duplicates()->row(0).value(3), QStringLiteral("Updates the record"));
    QCOMPARE(check->reportView()->duplicates()->row(1).value(3), QStringLiteral("Nothing to change"));

    // Create: duplicates become records of their own.
    QTest::mouseClick(check->policyButtons()->button(int(DuplicatePolicy::Create)), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(check->dryRun()->created, 5);
    QCOMPARE(check->dryRun()->skipped, 0);

    // Strict: three bad rows refuse the file; the wizard cannot import it.
    QTest::mouseClick(check->policyButtons()->button(int(DuplicatePolicy::Skip)), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    check->strictBox()->setChecked(true);
    QVERIFY(finished.wait(20000));
    QVERIFY(check->dryRun()->refusedAsStrict);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QCOMPARE(check->summaryLabel()->kind(), NoticeLabel::Kind::Warning);
    QVERIFY(check->summaryLabel()->text().contains(QStringLiteral("3 row"))
            && check->summaryLabel()->text().contains(QStringLiteral("not valid")));
    check->strictBox()->setChecked(false);
    QVERIFY(finished.wait(20000));
    QVERIFY(nextButton(wizard)->isEnabled());
    QCOMPARE(customerCount(f.session()), 1);
    wizard->reject();
}

void TestImportWizard::importCreatesCustomersAndTheListShowsThem()
{
    WindowFixture f;
    seedExisting(f.session());
    f.model()->reload();
    QVERIFY(f.settle());
    QCOMPARE(f.model()->matchCount(), 1);
    f.session().undoStack()->push(new QUndoCommand(QStringLiteral("an edit before the import")));
    QVERIFY(f.session().undoStack()->canUndo());

    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, gbkFile()));
    QVERIFY(goNext(wizard)); // Import
    QCOMPARE(wizard->currentId(), int(ImportWizard::ProgressPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);

    // In the workspace: the three new customers, normalised; the duplicates and bad rows are not.
    QVERIFY(wizard->report());
    const ImportReport &report = *wizard->report();
    QVERIFY(report.committed);
    QCOMPARE(report.created, 3);
    QCOMPARE(customerCount(f.session()), 4);
    CustomerFilter search;
    search.search = QStringLiteral("成都天府");
    auto page = f.session().customers().page(search, {}, std::nullopt, 10);
    GX_VERIFY_OK(page);
    QCOMPARE(page->customers.size(), 1);
    QCOMPARE(page->customers.first().email, QStringLiteral("liu@tianfu.cn"));
    QCOMPARE(page->customers.first().tier, RelationshipTier::StrategicAlliance);
    QCOMPARE(page->customers.first().notes, QStringLiteral("他说\"下周见\""));

    // The window reads again: the list shows them, and the old undo steps are gone.
    QTRY_COMPARE(f.model()->matchCount(), 4);
    QVERIFY(f.settle());
    QCOMPARE(f.model()->rowCount(), 4);
    QVERIFY(!f.session().undoStack()->canUndo());

    // The result page: counts, batch, rejects.
    ImportResultPage *result = wizard->resultPage();
    QCOMPARE(result->reportView()->countText(ImportReportView::Created), QStringLiteral("3"));
    QCOMPARE(result->reportView()->rejects()->rowCount(), 3);
    QCOMPARE(result->reportView()->tabs()->currentIndex(), 1); // what is left to do: the rejects
    QVERIFY(result->batchLabel()->text().contains(report.batchId));
    auto batch = ImportBatchRepository(*f.session().workspace()).get(report.batchId);
    GX_VERIFY_OK(batch);
    QCOMPARE(batch->created, 3);
    QCOMPARE(batch->fileName, QStringLiteral("wizard_customers_gbk.csv"));
    QVERIFY(result->saveRejectsButton()->isVisible());
    QVERIFY(result->saveRejectsButton()->isEnabled());

    // Saved as a CSV for Excel: a byte order mark, the header, each rejected row and its reason.
    const QString rejectsPath = f.workspace.dir() + QStringLiteral("/rejects.csv");
    QVERIFY(result->saveRejectsTo(rejectsPath));
    const QByteArray saved = readAll(rejectsPath);
    QVERIFY(saved.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(saved.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("客户名称,联系人,手机,邮箱,城市,关系类型,备注")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("深圳前海物流有限公司,陈静,13600001111,not-an-email")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("只有三列,字段,这里")));
    QVERIFY(result->savedLabel()->text().contains(QStringLiteral("rejects.csv")));

    // Edits after the import stamp later than it: the import can still be told apart from them.
    QVERIFY(f.session().workspace()->clock().last() >= batch->hlcEnd);
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestImportWizard::cancelledImportLeavesTheWorkspaceUnchanged()
{
    WindowFixture f;
    seedExisting(f.session());
    const QString large = writeLargeFile(f.workspace.dir(), 150000);
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, large));
    QCOMPARE(wizard->checkPage()->dryRun()->created, 150000);
    QVERIFY(goNext(wizard));
    ImportProgressPage *progress = wizard->progressPage();
    QVERIFY(progress->isRunning());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    // Stopped in the middle: rows are being read.
    QTRY_VERIFY_WITH_TIMEOUT(progress->progressBar()->value() > 0, 20000);
    QSignalSpy ended(progress, &ImportProgressPage::importFinished);
    QTest::mouseClick(progress->stopButton(), Qt::LeftButton);
    QVERIFY(ended.wait(20000));
    QVERIFY(!progress->isRunning());
    QCOMPARE(wizard->currentId(), int(ImportWizard::ProgressPageId));
    QVERIFY(progress->outcomeLabel()->text().contains(QStringLiteral("nothing was imported")));
    QVERIFY(!wizard->report());
    QCOMPARE(customerCount(f.session()), 1);
    auto batches = ImportBatchRepository(*f.session().workspace()).list();
    GX_VERIFY_OK(batches);
    QVERIFY(batches->isEmpty());
    QVERIFY(!nextButton(wizard)->isEnabled());
    wizard->reject();
    QTRY_VERIFY(!wizard->isVisible());
}

void TestImportWizard::cancelButtonStopsARunningImportFirst()
{
    WindowFixture f;
    const QString large = writeLargeFile(f.workspace.dir(), 150000);
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, large));
    QVERIFY(goNext(wizard));
    ImportProgressPage *progress = wizard->progressPage();
    QTRY_VERIFY_WITH_TIMEOUT(progress->progressBar()->value() > 0, 20000);
    QSignalSpy ended(progress, &ImportProgressPage::importFinished);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(wizard->isVisible()); // it stays to say what happened
    QVERIFY(ended.wait(20000));
    QVERIFY(progress->outcomeLabel()->text().contains(QStringLiteral("nothing was imported")));
    QCOMPARE(customerCount(f.session()), 0);
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestImportWizard::importsDialogUndoesAnImport()
{
    WindowFixture f;
    seedExisting(f.session());
    ImportWizard *wizard = openWizard(f);
    QVERIFY(wizard);
    QVERIFY(toCheckPage(wizard, gbkFile()));
    QVERIFY(goNext(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
    wizard->accept();
    QTRY_COMPARE(f.model()->matchCount(), 4);

    QVERIFY(f.window.actions()->showImports->isEnabled());
    f.window.actions()->showImports->trigger();
    ImportsDialog *imports = openDialog<ImportsDialog>();
    QVERIFY(imports);
    QCOMPARE(imports->model()->rowCount(), 1);
    QCOMPARE(imports->model()->row(0).value(2), QStringLiteral("wizard_customers_gbk.csv"));
    QCOMPARE(imports->model()->row(0).value(3), QStringLiteral("3"));
    QCOMPARE(imports->model()->row(0).value(7), QString()); // not undone
    QVERIFY(imports->undoButton()->isEnabled());

    // Declined: nothing happens.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QVERIFY(!imports->undoRow(0));
    QCOMPARE(customerCount(f.session()), 4);

    QSignalSpy undone(imports, &ImportsDialog::undoFinished);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QVERIFY(imports->undoRow(0));
    QVERIFY(undone.wait(20000));
    QCOMPARE(undone.first().at(0).toBool(), true);
    // The three customers and the contact person each of them brought (李娜, 王芳, 刘洋).
    QVERIFY2(imports->outcomeLabel()->text().contains(QStringLiteral("6 records removed")),
             qPrintable(imports->outcomeLabel()->text()));
    QCOMPARE(customerCount(f.session()), 1);
    QTRY_COMPARE(f.model()->matchCount(), 1);
    QVERIFY(!imports->model()->row(0).value(7).isEmpty()); // now marked undone
    QVERIFY(!imports->undoButton()->isEnabled());
    imports->reject();
    QTRY_VERIFY(!imports->isVisible());
}

// Every page in both languages at 1366×768, when GUANXI_SCREENSHOT_DIR says where.
void TestImportWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("GUANXI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set GUANXI_SCREENSHOT_DIR to save screenshots of the wizard's pages.");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(language);
        const DraftTranslations draft(language);
        WindowFixture f;
        // A workspace in use behind the wizard, and the file where a user keeps it.
        demo::DemoOptions demoOptions;
        demoOptions.customers = 300;
        GX_VERIFY_OK(demo::DemoGenerator::generate(*f.session().workspace(), demoOptions));
        seedExisting(f.session());
        f.session().notifyBulkChange(f.session().workspace()->clock().last());
        QVERIFY(f.settle());
        const QString file = f.workspace.dir() + QStringLiteral("/客户名单 2026.csv");
        QVERIFY(QFile::copy(gbkFile(), file));
        ImportWizard *wizard = openWizard(f);
        QVERIFY(wizard);
        const auto shoot = [&](const QString &name, QWidget *dialog) {
            QApplication::processEvents();
            GX_VERIFY_OK(Screenshot::captureWithDialog(&f.window, dialog, Screenshot::DefaultSize,
                                                       QStringLiteral("%1/import-%2-%3.png").arg(dir, name, language)));
        };
        wizard->setFile(file, ImportEntity::Customers);
        shoot(QStringLiteral("1-file"), wizard);
        QVERIFY(goNext(wizard));
        QVERIFY(previewRead(wizard));
        shoot(QStringLiteral("2-preview"), wizard);
        QVERIFY(goNext(wizard));
        shoot(QStringLiteral("3-mapping"), wizard);
        QVERIFY(goNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
        shoot(QStringLiteral("4-dry-run"), wizard);
        QVERIFY(goNext(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 20000);
        shoot(QStringLiteral("6-result"), wizard);
        wizard->accept();
        QTRY_VERIFY(!wizard->isVisible());
        ImportsDialog *imports = f.window.exchange()->showImports();
        QVERIFY(imports);
        shoot(QStringLiteral("7-imports"), imports);
        imports->reject();

        // An address book: the cards as rows, no encoding or delimiter, and its dry run.
        const QString cards = f.workspace.dir() + QStringLiteral("/通讯录.vcf");
        QVERIFY(QFile::copy(dataPath(QStringLiteral("vcard/android_21_utf8.vcf")), cards));
        wizard = openWizard(f);
        QVERIFY(wizard);
        wizard->setFile(cards, ImportEntity::Contacts);
        shoot(QStringLiteral("1-file-vcard"), wizard);
        QVERIFY(goNext(wizard));
        QVERIFY(previewRead(wizard));
        shoot(QStringLiteral("2-preview-vcard"), wizard);
        QVERIFY(goNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isChecking(), 20000);
        shoot(QStringLiteral("4-dry-run-vcard"), wizard);
        wizard->reject();
        QTRY_VERIFY(!wizard->isVisible());

        // A workbook: what the reader says of it.
        const QString workbook = f.workspace.dir() + QStringLiteral("/客户名单.xlsx");
        QVERIFY(QFile::copy(dataPath(QStringLiteral("csv/workbook_renamed.csv")), workbook));
        wizard = openWizard(f);
        QVERIFY(wizard);
        QVERIFY(toPreviewPage(wizard, workbook, ImportEntity::Customers));
        shoot(QStringLiteral("2-preview-workbook"), wizard);
        wizard->reject();
        QTRY_VERIFY(!wizard->isVisible());

        // The progress page needs a file that takes a while: stopped half way.
        wizard = openWizard(f);
        QVERIFY(wizard);
        QVERIFY(toCheckPage(wizard, writeLargeFile(f.workspace.dir(), 150000)));
        QVERIFY(goNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->progressBar()->value() > 0, 20000);
        shoot(QStringLiteral("5-progress"), wizard);
        QSignalSpy ended(wizard->progressPage(), &ImportProgressPage::importFinished);
        wizard->progressPage()->stop();
        QVERIFY(ended.wait(20000));
        shoot(QStringLiteral("5-cancelled"), wizard);
        wizard->reject();
    }
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
