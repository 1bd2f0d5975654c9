#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "exchange/import/ImportFileKind.h"
#include "window/AppSettings.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guanxi {

namespace {

// The local file a drag carries, when it carries exactly one.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

bool isVCardName(const QString &path)
{
    return importFileKindOfName(path) == ImportFileKind::VCard;
}

QString entityHint(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Customers:
        return ImportFilePage::tr("Companies and people you sell to: name, phone, e-mail, city, tier …");
    case ImportEntity::Contacts:
        return ImportFilePage::tr("People at your customers; each row names its customer.");
    case ImportEntity::Orders:
        return ImportFilePage::tr("Order number, customer, date and amount in yuan; cost and product optional.");
    case ImportEntity::Interactions:
        return ImportFilePage::tr("Calls, visits and messages: customer, time, channel, summary.");
    }
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_problem(new QLabel(this)), m_entities(new QButtonGroup(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file or an Excel workbook as Excel, WPS or another program saves it, or a vCard file of "
                   "contacts. Nothing is saved before the last step, and an import can be undone as a whole."));
    setAcceptDrops(true);

    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Choose a file, or drop one here"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_problem->setObjectName(QStringLiteral("importFileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setEnabled(false); // drawn as a quiet hint

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);

    auto *entityBox = new QGridLayout;
    entityBox->setVerticalSpacing(6);
    entityBox->setHorizontalSpacing(16);
    entityBox->setColumnStretch(1, 1);
    int row = 0;
    for (ImportEntity entity : ImportEntities::all()) {
        auto *button = new QRadioButton(ImportEntities::label(entity), this);
        button->setObjectName(QStringLiteral("importEntity_") + ImportEntities::code(entity));
        auto *hint = new QLabel(entityHint(entity), this);
        hint->setEnabled(false); // drawn as a quiet hint
        m_entities->addButton(button, int(entity));
        entityBox->addWidget(button, row, 0);
        entityBox->addWidget(hint, row, 1);
        ++row;
    }
    m_entities->button(int(ImportEntity::Customers))->setChecked(true);
    auto *entityLabel = new QLabel(tr("It holds:"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_problem);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(entityLabel, entityBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        Q_EMIT completeChanged();
    });
    updateProblem();
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::setEntity(ImportEntity entity)
{
    m_entities->button(int(entity))->setChecked(true);
}

ImportEntity ImportFilePage::entity() const
{
    return ImportEntity(qMax(0, m_entities->checkedId()));
}

void ImportFilePage::browse()
{
    QString start = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absolutePath();
    if (m_path->text().trimmed().isEmpty() || !QFileInfo(start).isDir())
        start = AppSettings::lastImportDirectory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from"), start,
                                                      tr("Files Guanxi imports (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;"
                                                         "CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;"
                                                         "vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::updateProblem()
{
    const QString text = m_path->text().trimmed();
    const QFileInfo file(QDir::fromNativeSeparators(text));
    if (text.isEmpty())
        m_problem->setText(tr("You can also drag a file from the file manager onto this page."));
    else if (!file.exists())
        m_problem->setText(tr("There is no such file."));
    else if (!file.isFile())
        m_problem->setText(tr("This is a folder; choose a file in it."));
    else if (!file.isReadable())
        m_problem->setText(tr("This file cannot be read (permissions?)."));
    // What a vCard holds is known: people. By the name, or by the first bytes of a readable
    // file (a vCard saved as .txt); the preview reads the rest.
    const bool vcard = isVCardName(text)
                       || (file.isFile() && file.isReadable() && detectImportFileKind(file.absoluteFilePath()) == ImportFileKind::VCard);
    if (vcard && file.isFile() && file.isReadable())
        m_problem->setText(tr("A vCard file: its cards become contacts, and the organizations they name customers."));
    else if (file.isFile() && file.isReadable())
        m_problem->clear();
    if (vcard)
        setEntity(ImportEntity::Contacts);
    for (QAbstractButton *button : m_entities->buttons())
        button->setEnabled(!vcard);
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_path->text().trimmed()));
    return file.isFile() && file.isReadable();
}

bool ImportFilePage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (path != plan.filePath || entity() != plan.entity) {
        plan.filePath = path;
        plan.entity = entity();
        plan.header.clear(); // read again by the preview
        plan.fieldOfColumn.clear(); // guessed again by the mapping page
    }
    AppSettings::setLastImportDirectory(QFileInfo(path).absolutePath());
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    setFile(path);
    event->acceptProposedAction();
}

} // namespace guanxi
