// vCard import through the real pipeline into real workspace files: counts, customers matched
// by name or created (company for ORG, person without), duplicates skipped and updated on a
// second import, undo, all-or-nothing for broken files, dry run, strict mode, the rejects file,
// cancel, and the round trip export → import. Expectations are worked out by hand from the
// fixtures in tests/data/vcard.
#include "TestSupport.h"
#include "VCardTests.h"

#include "exchange/export/Exporter.h"
#include "exchange/import/Importer.h"
#include "exchange/import/VCardRecordSource.h"
#include "storage/ContactRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFileInfo>

using namespace guanxi;
using namespace guanxi::test;
using namespace Qt::Literals::StringLiterals;

namespace {

KeyLookup currentLookup = KeyLookup::Hashed;

ImportOptions vcardOptions(DuplicatePolicy policy = DuplicatePolicy::Skip)
{
    ImportOptions options = VCardRecordSource::importOptions();
    options.onDuplicate = policy;
    options.keyLookup = currentLookup;
    return options;
}

Result<ImportReport> importVCard(Workspace &workspace, const QString &path, ImportOptions options = vcardOptions())
{
    auto source = VCardRecordSource::open(path);
    if (!source)
        return source.error();
    options.fileName = QFileInfo(path).fileName();
    return Importer::run(workspace, **source, options);
}

QString fixture(const QString &name)
{
    return dataPath(u"vcard/"_s + name);
}

// customer|kind|name|title|role|phone|email|wechat|notes|primary, ordered by customer and name.
QStringList contactRows(Workspace &workspace, bool withPrimary = true)
{
    auto query = sql::run(workspace.database(),
                          u"SELECT cu.name, cu.kind, co.name, co.title, coalesce(co.role, ''), co.phone, co.email, co.wechat, co.notes, "
                          u"co.is_primary FROM contacts co JOIN customers cu ON cu.id = co.customer_id WHERE co.deleted = 0 "
                          u"ORDER BY cu.name, co.name"_s);
    QStringList rows;
    if (!query)
        return {u"error: "_s + query.error().message};
    while (query->next()) {
        QStringList fields;
        for (int i = 0; i < (withPrimary ? 10 : 9); ++i)
            fields.append(query->value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

// name|kind|city|region|address, ordered by name.
QStringList customerRows(Workspace &workspace)
{
    auto query = sql::run(workspace.database(),
                          u"SELECT name, kind, city, region, address FROM customers WHERE deleted = 0 ORDER BY name"_s);
    QStringList rows;
    if (!query)
        return {u"error: "_s + query.error().message};
    while (query->next())
        rows.append(QStringList{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toString()}
                        .join(u'|'));
    return rows;
}

qint64 liveCount(Workspace &workspace, const QString &table)
{
    return sql::scalar(workspace.database(), u"SELECT count(*) FROM %1 WHERE deleted = 0"_s.arg(table))->toLongLong();
}

void verifyFullCheck(Workspace &workspace)
{
    auto report = workspace.check(true);
    QVERIFY(report.ok());
    QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
}

}  // namespace

class TestVCardImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEachFixture_data();
    void importsEachFixture();
    void organisationMatchesAnExistingCustomer();
    void ambiguousOrganisationIsRejected();
    void companyCardCreatesTheCustomer();
    void reimportSkipsThenUpdates();
    void undoRemovesWhatTheImportCreated();
    void brokenFileChangesNothing_data();
    void brokenFileChangesNothing();
    void dryRunStrictAndRejectsFile();
    void cancelAndProgress();
    void roundTrip_data();
    void roundTrip();
};

void TestVCardImport::importsEachFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("counts");  // read, created, skipped, rejected
    QTest::addColumn<QStringList>("contacts");
    QTest::addColumn<QStringList>("customers");

    QTest::newRow("2.1 Android UTF-8") << u"android_21_utf8.vcf"_s << QList<qint64>{2, 2, 0, 0}
                                       << QStringList{u"北京汇通科技有限公司|company|张伟|销售经理||13800138000|zhangwei@example.cn||第一行\n第二行|1"_s,
                                                      u"李娜|person|李娜|||13910002000||lina_wx||1"_s}
                                       << QStringList{u"北京汇通科技有限公司|company|||"_s, u"李娜|person|||"_s};
    QTest::newRow("2.1 GBK") << u"android_21_gbk.vcf"_s << QList<qint64>{2, 2, 0, 0}
                             << QStringList{u"誠信商行|company|王芳|||13512345678||||1"_s, u"赵敏|person|赵敏|||0755-88889999|||老客户，付款及时|1"_s}
                             << QStringList{u"誠信商行|company|||"_s, u"赵敏|person|||"_s};
    // The company's own card (line 51) finds the customer Mei Chen's card created: skipped.
    QTest::newRow("3.0 Apple") << u"apple_30.vcf"_s << QList<qint64>{3, 2, 1, 0}
                               << QStringList{u"Acme Trading, Ltd.|company|Mei Chen|Account Manager||18600001111|mei.chen@acme.example|"
                                              u"meichen88|Met at the Canton Fair; wants samples.\nCall back in May, not before. C:\\Docs "
                                              u"中文备注也要能折行，不能在字符中间断开。|1"_s,
                                              u"Wang Lei|person|Wang Lei|||13700002222||||1"_s}
                               << QStringList{u"Acme Trading, Ltd.|company|Shanghai|Shanghai|88 Century Avenue"_s,
                                              u"Wang Lei|person|Nanjing|Jiangsu|12 Gulou Street"_s};
    QTest::newRow("4.0") << u"rfc6350_40.vcf"_s << QList<qint64>{3, 1, 1, 1}
                         << QStringList{u"深圳前海数据服务有限公司|company|周杰||decision_maker|13812345678|zhou.jie@qianhai.example|zhoujie_wx|喜欢喝茶|1"_s}
                         << QStringList{u"深圳前海数据服务有限公司|company|深圳市|广东省|前海大道1号 20楼"_s};
    QTest::newRow("several cards, BOM, LF") << u"multi_bom_lf.vcf"_s << QList<qint64>{3, 3, 0, 0}
                                            << QStringList{u"Globex|company|John Ronald Smith||||john.smith@example.com|||1"_s,
                                                           u"张伟|person|张伟|||13800138000||||1"_s,
                                                           u"欧阳娜娜|person|欧阳娜娜|||010-88887777||||1"_s}
                                            << QStringList{u"Globex|company|||"_s, u"张伟|person|||"_s, u"欧阳娜娜|person|||"_s};
    QTest::newRow("domain rejects") << u"rejects.vcf"_s << QList<qint64>{3, 1, 0, 2}
                                    << QStringList{u"Good Person|person|Good Person||||good@example.com|||1"_s}
                                    << QStringList{u"Good Person|person|||"_s};
}

void TestVCardImport::importsEachFixture()
{
    QFETCH(QString, file);
    QFETCH(QList<qint64>, counts);
    TempWorkspace workspace;
    auto report = importVCard(*workspace, fixture(file));
    GX_VERIFY_OK(report);
    QVERIFY(report->committed);
    QCOMPARE(report->entity, ImportEntity::Contacts);
    QCOMPARE((QList<qint64>{report->read, report->created, report->skipped, report->rejected}), counts);
    QCOMPARE(report->updated, 0);
    workspace.reopen();
    QTEST(contactRows(*workspace), "contacts");
    QTEST(customerRows(*workspace), "customers");
    verifyFullCheck(*workspace);
}

void TestVCardImport::organisationMatchesAnExistingCustomer()
{
    TempWorkspace workspace;
    Customer existing;
    existing.name = u"北京汇通科技 有限公司"_s;  // folds to the card's ORG, as the CSV import compares names
    existing.city = u"北京"_s;
    auto created = CustomerRepository(*workspace).create(existing);
    GX_VERIFY_OK(created);

    auto report = importVCard(*workspace, fixture(u"android_21_utf8.vcf"_s));
    GX_VERIFY_OK(report);
    QCOMPARE(report->created, 2);
    QCOMPARE(liveCount(*workspace, u"customers"_s), 2);  // the existing one and 李娜
    auto contacts = ContactRepository(*workspace).listForCustomer(created->id());
    GX_VERIFY_OK(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, u"张伟"_s);
    QVERIFY(!contacts->first().primary);  // it joins a customer that was there before
    auto after = CustomerRepository(*workspace).get(created->id());
    GX_VERIFY_OK(after);
    QCOMPARE(after->name, u"北京汇通科技 有限公司"_s);
    QCOMPARE(after->city, u"北京"_s);
    QCOMPARE(after->meta.hlc, created->meta.hlc);  // not touched
}

void TestVCardImport::ambiguousOrganisationIsRejected()
{
    TempWorkspace workspace;
    for (const QString &name : {u"Acme Trading, Ltd."_s, u"ACME trading ltd"_s}) {
        Customer customer;
        customer.name = name;
        GX_VERIFY_OK(CustomerRepository(*workspace).create(customer));
    }
    auto report = importVCard(*workspace, fixture(u"apple_30.vcf"_s));
    GX_VERIFY_OK(report);
    QCOMPARE((QList<qint64>{report->read, report->created, report->skipped, report->rejected}), (QList<qint64>{3, 1, 0, 2}));
    QCOMPARE(report->rejects.size(), 2);
    QCOMPARE(report->rejects[0].line, 1);
    QCOMPARE(report->rejects[0].reason,
             u"2 customers are named “Acme Trading, Ltd.”; give the customer's ID instead (column Customer ID)."_s);
    QCOMPARE(report->rejects[1].line, 51);
    QCOMPARE(contactRows(*workspace), QStringList{u"Wang Lei|person|Wang Lei|||13700002222||||1"_s});
}

void TestVCardImport::companyCardCreatesTheCustomer()
{
    TempWorkspace workspace;
    const QString path = QDir(workspace.dir()).filePath(u"company-first.vcf"_s);
    writeAll(path, "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Initech\r\nTEL;VALUE=uri:tel:+86-400-800-1234\r\n"
                   "EMAIL:info@initech.example\r\nADR;TYPE=work:;;1 Office Park;Austin;TX;;USA\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Peter Gibbons\r\nORG:Initech\r\nTEL:13700001234\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Initech\r\nEND:VCARD\r\n"_ba);
    auto report = importVCard(*workspace, path);
    GX_VERIFY_OK(report);
    QCOMPARE((QList<qint64>{report->read, report->created, report->skipped, report->rejected}), (QList<qint64>{3, 2, 1, 0}));
    QCOMPARE(customerRows(*workspace), QStringList{u"Initech|company|Austin|TX|1 Office Park"_s});
    const auto phone = sql::scalar(workspace->database(), u"SELECT phone || ' ' || email FROM customers"_s);
    QCOMPARE(phone->toString(), u"400-800-1234 info@initech.example"_s);
    // The person joins the customer the company's card created; that card made no contact.
    QCOMPARE(contactRows(*workspace), QStringList{u"Initech|company|Peter Gibbons|||13700001234||||0"_s});
}

void TestVCardImport::reimportSkipsThenUpdates()
{
    TempWorkspace workspace;
    const QString path = fixture(u"multi_bom_lf.vcf"_s);
    GX_VERIFY_OK(importVCard(*workspace, path));
    const QStringList first = contactRows(*workspace);

    auto again = importVCard(*workspace, path);
    GX_VERIFY_OK(again);
    QCOMPARE((QList<qint64>{again->read, again->created, again->updated, again->skipped}), (QList<qint64>{3, 0, 0, 3}));
    QCOMPARE(contactRows(*workspace), first);
    QCOMPARE(again->duplicates.size(), 3);
    QCOMPARE(again->duplicates[0].matchedBy, u"phone"_s);
    QCOMPARE(again->duplicates[1].matchedBy, u"email"_s);
    QCOMPARE(again->duplicates[1].existingName, u"John Ronald Smith"_s);

    // The same people with a new title and a note: update writes them over what is stored.
    QByteArray changed = readAll(path);
    changed.replace("ORG:Globex\n", "ORG:Globex\nTITLE:CEO\n");
    changed.replace("N:张;伟;;;\n", "N:张;伟;;;\nNOTE:老朋友\n");
    const QString changedPath = QDir(workspace.dir()).filePath(u"changed.vcf"_s);
    writeAll(changedPath, changed);
    auto updated = importVCard(*workspace, changedPath, vcardOptions(DuplicatePolicy::Update));
    GX_VERIFY_OK(updated);
    QCOMPARE((QList<qint64>{updated->read, updated->created, updated->updated, updated->skipped}), (QList<qint64>{3, 0, 2, 1}));
    QCOMPARE(contactRows(*workspace), (QStringList{u"Globex|company|John Ronald Smith|CEO|||john.smith@example.com|||1"_s,
                                                   u"张伟|person|张伟|||13800138000|||老朋友|1"_s,
                                                   u"欧阳娜娜|person|欧阳娜娜|||010-88887777||||1"_s}));

    auto undone = ImportBatchRepository(*workspace).undo(updated->batchId);
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->restored, 2);
    QCOMPARE(contactRows(*workspace), first);
}

void TestVCardImport::undoRemovesWhatTheImportCreated()
{
    TempWorkspace workspace;
    Customer before;
    before.name = u"Acme Trading, Ltd."_s;
    GX_VERIFY_OK(CustomerRepository(*workspace).create(before));
    auto report = importVCard(*workspace, fixture(u"apple_30.vcf"_s));
    GX_VERIFY_OK(report);
    QCOMPARE(liveCount(*workspace, u"customers"_s), 2);  // Acme was there; Wang Lei is new
    QCOMPARE(liveCount(*workspace, u"contacts"_s), 2);

    auto undone = ImportBatchRepository(*workspace).undo(report->batchId);
    GX_VERIFY_OK(undone);
    QCOMPARE(undone->removed, 3);  // two contacts and the customer Wang Lei
    QCOMPARE(liveCount(*workspace, u"contacts"_s), 0);
    QCOMPARE(customerRows(*workspace), QStringList{u"Acme Trading, Ltd.|company|||"_s});
    verifyFullCheck(*workspace);
}

void TestVCardImport::brokenFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("no END after a good card") << u"broken_no_end.vcf"_s
                                              << u"The card that begins on line 5 has no END:VCARD: the file may have been cut off."_s;
    QTest::newRow("a line that is not a property") << u"broken_line.vcf"_s
                                                   << u"Line 8 is not a vCard property (NAME:value): “this line is not a property”."_s;
    QTest::newRow("bad quoted-printable") << u"broken_qp.vcf"_s
                                          << u"Line 8 is not valid quoted-printable: each “=” must be followed by two hexadecimal "
                                             u"digits or end the line."_s;
    QTest::newRow("bad UTF-8") << u"broken_utf8.vcf"_s
                               << u"Line 7 is not valid UTF-8 text (bytes FF FE 20 74): the file may be damaged or mix encodings."_s;
    QTest::newRow("not a vCard") << u"not_vcard.vcf"_s
                                 << u"This is not a vCard file: line 1 should be BEGIN:VCARD but reads “客户名称,电话”."_s;
    QTest::newRow("binary") << u"nul.vcf"_s << u"Line 3 holds a NUL byte: the file is binary data, not the text of a vCard."_s;
    QTest::newRow("empty") << u"empty.vcf"_s << u"The file holds no vCard: it is empty."_s;
}

void TestVCardImport::brokenFileChangesNothing()
{
    QFETCH(QString, file);
    TempWorkspace workspace;
    GX_VERIFY_OK(importVCard(*workspace, fixture(u"apple_30.vcf"_s)));
    const QStringList contacts = contactRows(*workspace);
    const QStringList customers = customerRows(*workspace);
    auto batches = ImportBatchRepository(*workspace).list();
    GX_VERIFY_OK(batches);
    workspace.close();
    const QByteArray bytes = readAll(workspace.path());

    workspace.reopen();
    auto report = importVCard(*workspace, fixture(file));
    QVERIFY(!report);
    QTEST(report.error().message, "message");
    QCOMPARE(contactRows(*workspace), contacts);
    QCOMPARE(customerRows(*workspace), customers);
    auto batchesAfter = ImportBatchRepository(*workspace).list();
    GX_VERIFY_OK(batchesAfter);
    QCOMPARE(batchesAfter->size(), batches->size());
    workspace.close();
    QCOMPARE(readAll(workspace.path()), bytes);
}

void TestVCardImport::dryRunStrictAndRejectsFile()
{
    TempWorkspace workspace;
    ImportOptions dry = vcardOptions();
    dry.dryRun = true;
    auto dryRun = importVCard(*workspace, fixture(u"apple_30.vcf"_s), dry);
    GX_VERIFY_OK(dryRun);
    QVERIFY(!dryRun->committed);
    QCOMPARE(dryRun->batchId, QString());
    QCOMPARE((QList<qint64>{dryRun->read, dryRun->created, dryRun->skipped}), (QList<qint64>{3, 2, 1}));
    QCOMPARE(liveCount(*workspace, u"customers"_s), 0);
    QCOMPARE(liveCount(*workspace, u"contacts"_s), 0);

    ImportOptions strict = vcardOptions();
    strict.strict = true;
    auto refused = importVCard(*workspace, fixture(u"rejects.vcf"_s), strict);
    GX_VERIFY_OK(refused);
    QVERIFY(refused->refusedAsStrict);
    QCOMPARE(refused->rejected, 2);
    QCOMPARE(liveCount(*workspace, u"contacts"_s), 0);

    ImportOptions withRejects = vcardOptions();
    withRejects.rejectsPath = QDir(workspace.dir()).filePath(u"rejects.rejects.csv"_s);
    auto report = importVCard(*workspace, fixture(u"rejects.vcf"_s), withRejects);
    GX_VERIFY_OK(report);
    QCOMPARE(report->rejects.size(), 2);
    QCOMPARE(report->rejects[0].line, 6);
    QCOMPARE(report->rejects[0].reason, u"E-mail: “not-an-email” is not an e-mail address: it has no @."_s);
    QCOMPARE(report->rejects[1].line, 11);
    QCOMPARE(report->rejects[1].reason, u"The card has no name: neither FN nor N nor ORG gives one."_s);
    QCOMPARE(report->rejectsFile, withRejects.rejectsPath);
    QCOMPARE(readAll(withRejects.rejectsPath),
             QString(u"\uFEFFid,customer,name,title,role,phone,email,wechat,notes,customer-city,customer-region,customer-address,Reason\r\n"
             u",,Bad Mail,,,,not-an-email,,,,,,E-mail: “not-an-email” is not an e-mail address: it has no @.\r\n"
             u",,,,,13700001234,,,,,,,The card has no name: neither FN nor N nor ORG gives one.\r\n"_s).toUtf8());
}

void TestVCardImport::cancelAndProgress()
{
    TempWorkspace workspace;
    BulkCancel cancel;
    cancel.request();
    ImportOptions cancelled = vcardOptions();
    cancelled.cancel = &cancel;
    auto report = importVCard(*workspace, fixture(u"apple_30.vcf"_s), cancelled);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(liveCount(*workspace, u"customers"_s), 0);

    ImportOptions watched = vcardOptions();
    ImportProgress last;
    watched.progress = [&](const ImportProgress &progress) { last = progress; };
    GX_VERIFY_OK(importVCard(*workspace, fixture(u"apple_30.vcf"_s), watched));
    const qint64 size = QFileInfo(fixture(u"apple_30.vcf"_s)).size();
    QCOMPARE(last.rows, 3);
    QCOMPARE(last.totalBytes, size);
    QCOMPARE(last.bytesRead, size);
}

void TestVCardImport::roundTrip_data()
{
    QTest::addColumn<exchange::VCardVersion>("version");
    QTest::newRow("vCard 4.0") << exchange::VCardVersion::V4;
    QTest::newRow("vCard 3.0") << exchange::VCardVersion::V3;
}

void TestVCardImport::roundTrip()
{
    QFETCH(exchange::VCardVersion, version);
    TempWorkspace original;
    const auto addCustomer = [&](const QString &name, CustomerKind kind) {
        Customer customer;
        customer.name = name;
        customer.kind = kind;
        auto created = CustomerRepository(*original).create(customer);
        return created ? created->id() : QString();
    };
    const auto addContact = [&](const QString &customer, Contact contact) {
        contact.customerId = customer;
        QVERIFY(ContactRepository(*original).create(contact).ok());
    };
    const QString huawei = addCustomer(u"华为技术有限公司"_s, CustomerKind::Company);
    const QString wang = addCustomer(u"王芳"_s, CustomerKind::Person);
    const QString acme = addCustomer(u"Acme, Inc."_s, CustomerKind::Company);
    Contact zhang;
    zhang.name = u"张伟"_s;
    zhang.title = u"销售总监"_s;
    zhang.role = ContactRole::DecisionMaker;
    zhang.phone = u"13800138000"_s;
    zhang.email = u"zhang.wei@huawei.example"_s;
    zhang.wechat = u"zw_88"_s;
    zhang.notes = u"第一行\n第二行, 带逗号; 分号 \\ 反斜杠"_s;
    addContact(huawei, zhang);
    Contact li;
    li.name = u"李娜"_s;
    li.role = ContactRole::Influencer;
    li.phone = u"010-12345678 ext. 808"_s;
    addContact(huawei, li);
    Contact fang;
    fang.name = u"王芳"_s;
    fang.phone = u"400-123-4567"_s;
    addContact(wang, fang);
    Contact john;
    john.name = u"John Smith"_s;
    john.title = u"VP, Sales"_s;
    john.phone = u"+14155550100"_s;
    john.email = u"john@acme.example"_s;
    addContact(acme, john);

    exchange::ExportOptions options;
    options.entity = exchange::ExportEntity::Contacts;
    options.format = exchange::ExportFormat::VCard;
    options.vcardVersion = version;
    const QString path = QDir(original.dir()).filePath(u"contacts.vcf"_s);
    GX_VERIFY_OK(exchange::Exporter(*original).run(path, options));

    TempWorkspace copy;
    auto report = importVCard(*copy, path);
    GX_VERIFY_OK(report);
    QCOMPARE((QList<qint64>{report->read, report->created, report->rejected}), (QList<qint64>{4, 4, 0}));
    // Which contact becomes primary is the import's choice; everything else is the same.
    QCOMPARE(contactRows(*copy, false), contactRows(*original, false));
    QCOMPARE(customerRows(*copy), customerRows(*original));
    const QString ids = u"SELECT group_concat(id, ',') FROM (SELECT id FROM contacts ORDER BY id)"_s;
    QCOMPARE(sql::scalar(copy->database(), ids)->toString(), sql::scalar(original->database(), ids)->toString());

    // Imported again, the same file finds every contact by its id.
    auto again = importVCard(*copy, path);
    GX_VERIFY_OK(again);
    QCOMPARE((QList<qint64>{again->created, again->skipped}), (QList<qint64>{0, 4}));
    for (const DuplicateMatch &match : std::as_const(again->duplicates))
        QCOMPARE(match.matchedBy, u"id"_s);
}

int runVCardImportTests(int argc, char **argv)
{
    int failed = 0;
    for (KeyLookup lookup : {KeyLookup::Hashed, KeyLookup::Indexed}) {
        qInfo("Duplicates and names looked up %s", lookup == KeyLookup::Hashed ? "in hash tables" : "through the indexes");
        currentLookup = lookup;
        TestVCardImport test;
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}

#include "test_vcard_import.moc"
