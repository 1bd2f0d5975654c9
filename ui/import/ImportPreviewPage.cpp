#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "exchange/import/ImportFields.h"
#include "models/TextTableModel.h"
#include "session/ImportPreviewJob.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TableColumns.h"
#include "window/AppSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

namespace {

QString withConfidence(const QString &name, CsvConfidence confidence)
{
    return confidence == CsvConfidence::Low ? ImportPreviewPage::tr("%1 (a guess)").arg(name) : name;
}

QString extentText(const ImportPreview &preview)
{
    const int rows = int(preview.rows.size());
    if (preview.kind == ImportFileKind::VCard)
        return preview.complete ? ImportPreviewPage::tr("All %n card(s) of the file.", nullptr, rows)
                                : ImportPreviewPage::tr("The first %n card(s) of the file.", nullptr, rows);
    if (rows == 0)
        return ImportPreviewPage::tr("The file has a header row but no data.");
    return preview.complete ? ImportPreviewPage::tr("All %n row(s) of the file. The first row names the columns.", nullptr, rows)
                            : ImportPreviewPage::tr("The first %n row(s). The first row names the columns.", nullptr, rows);
}

// A vCard's records as the user knows them: the fields by their names (the source's header is
// their keys), and only those some previewed card fills.
void showCards(TextTableModel *model, const ImportPreview &preview)
{
    QList<int> filled;
    for (int column = 0; column < preview.header.size(); ++column)
        for (const QStringList &row : preview.rows)
            if (!row.value(column).trimmed().isEmpty()) {
                filled.append(column);
                break;
            }
    QStringList header;
    for (int column : std::as_const(filled)) {
        const ImportField *field = ImportFields::find(ImportEntity::Contacts, preview.header.at(column));
        header.append(field ? ImportFields::label(*field) : preview.header.at(column));
    }
    QList<QStringList> rows;
    for (const QStringList &row : preview.rows) {
        QStringList cells;
        for (int column : std::as_const(filled))
            cells.append(row.value(column));
        rows.append(cells);
    }
    model->setHeaders(header);
    model->setRows(rows, preview.lines);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_choices(new QWidget(this)), m_encoding(new QComboBox(m_choices)),
      m_delimiter(new QComboBox(m_choices)), m_detected(new QLabel(this)), m_problem(new NoticeLabel(this)),
      m_table(new QTableView(this)), m_extent(new QLabel(this)), m_model(new TextTableModel(this))
{
    setTitle(tr("Check how the file reads"));

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_problem->setObjectName(QStringLiteral("importReadProblem"));
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_extent->setObjectName(QStringLiteral("importPreviewExtent"));
    for (CsvEncoding encoding : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030, CsvEncoding::Utf16})
        m_encoding->addItem(CsvNames::encoding(encoding), csvEncodingCode(encoding));
    for (CsvDelimiter delimiter : {CsvDelimiter::Auto, CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab})
        m_delimiter->addItem(CsvNames::delimiter(delimiter), csvDelimiterCode(delimiter));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setWordWrap(true);
    m_extent->setEnabled(false);
    m_extent->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(qMax(m_table->fontMetrics().height(), 16) + 6);

    auto *encodingLabel = new QLabel(tr("&Encoding:"), m_choices);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), m_choices);
    delimiterLabel->setBuddy(m_delimiter);
    auto *choices = new QHBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addSpacing(12);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiter);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_extent);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    showKind();
}

ImportPreviewPage::~ImportPreviewPage() = default;

CsvEncoding ImportPreviewPage::chosenEncoding() const
{
    return csvEncodingFromCode(m_encoding->currentData().toString()).value_or(CsvEncoding::Auto);
}

CsvDelimiter ImportPreviewPage::chosenDelimiter() const
{
    return csvDelimiterFromCode(m_delimiter->currentData().toString()).value_or(CsvDelimiter::Auto);
}

void ImportPreviewPage::initializePage()
{
    if (m_detectedFile != m_wizard->plan().filePath)
        startReading(true);
    else
        startReading(false); // read again: the file may have changed
}

void ImportPreviewPage::reload()
{
    if (!m_detectedFile.isEmpty() && m_kind == ImportFileKind::Csv)
        startReading(false);
}

// A new file: what kind it is, and for CSV what the reader finds on its own (shown whatever the
// user then chooses). Otherwise the file as the current choices read it.
void ImportPreviewPage::startReading(bool detect)
{
    abandonJob(m_job, this); // what it reads is no longer wanted
    ImportPreviewJob::Request request;
    request.filePath = m_wizard->plan().filePath;
    request.records = PreviewRecords;
    if (detect) {
        m_detectedFile = request.filePath;
        request.detectFormat = true;
    } else {
        request.kind = m_kind;
        request.encoding = chosenEncoding();
        request.delimiter = chosenDelimiter();
    }
    m_job = new ImportPreviewJob(std::move(request), this);
    connect(m_job, &ImportPreviewJob::finished, this, &ImportPreviewPage::onRead);
    m_readable = false;
    m_header.clear();
    m_samples.clear();
    m_model->setHeaders({});
    m_model->clear();
    m_extent->clear();
    m_problem->setNotice(NoticeLabel::Kind::Information, tr("Reading the file…"));
    m_job->start();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::onRead()
{
    ImportPreviewJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const ImportPreview &preview = *job->outcome()->result;
    if (job->request().detectFormat) {
        applyDetection(preview);
        // Where detection could only guess, the choice made for the last file decides: read again with it.
        if (m_kind == ImportFileKind::Csv && (chosenEncoding() != CsvEncoding::Auto || chosenDelimiter() != CsvDelimiter::Auto)) {
            startReading(false);
            return;
        }
    }
    showPreview(preview);
}

// Files tend to come from the same program: where the reader only guesses, the choice made for
// the last file is taken.
void ImportPreviewPage::applyDetection(const ImportPreview &preview)
{
    m_kind = preview.kind;
    m_detectedFormat = preview.detected;
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    const auto choose = [](QComboBox *box, const QString &remembered, bool sure) {
        const int index = box->findData(remembered);
        box->setCurrentIndex(!sure && index >= 0 ? index : 0);
    };
    const bool csv = m_kind == ImportFileKind::Csv;
    const std::optional<CsvFormat> &detected = m_detectedFormat;
    choose(m_encoding, csv ? AppSettings::importEncoding() : QString(),
           detected && detected->encodingConfidence != CsvConfidence::Low);
    choose(m_delimiter, csv ? AppSettings::importDelimiter() : QString(),
           detected && detected->delimiterConfidence != CsvConfidence::Low);
    showKind();
}

void ImportPreviewPage::showKind()
{
    const bool csv = m_kind == ImportFileKind::Csv;
    m_choices->setVisible(csv);
    switch (m_kind) {
    case ImportFileKind::Csv:
        setSubTitle(tr("The first rows as Guanxi reads them. If the text looks garbled or the columns run together, "
                       "choose another encoding or delimiter."));
        if (m_detectedFile.isEmpty())
            m_detected->clear();
        else if (!m_detectedFormat)
            m_detected->setText(tr("Detected: nothing readable"));
        else
            m_detected->setText(
                tr("Detected: %1, %2")
                    .arg(withConfidence(CsvNames::encoding(m_detectedFormat->encoding, m_detectedFormat->byteOrderMark),
                                        m_detectedFormat->encodingConfidence),
                         withConfidence(CsvNames::delimiter(m_detectedFormat->delimiter),
                                        m_detectedFormat->delimiterConfidence)));
        break;
    case ImportFileKind::VCard:
        setSubTitle(tr("The first cards as Guanxi reads them. A vCard names its own fields, so there is nothing to "
                       "choose here: next comes the dry run."));
        m_detected->setText(tr("A vCard address book: each card becomes a contact of the customer its organization "
                               "names, created when there is none. A card without an organization becomes a customer "
                               "of its own, a person."));
        break;
    case ImportFileKind::Workbook:
    case ImportFileKind::LegacyWorkbook:
        setSubTitle(tr("The first rows as Guanxi reads them. The first row names the columns; next you match them "
                       "to fields."));
        m_detected->setText(tr("An Excel workbook: its first sheet is read, with dates and numbers as Excel shows "
                               "them; rows are numbered as in Excel."));
        break;
    }
}

void ImportPreviewPage::showPreview(const ImportPreview &preview)
{
    m_readable = preview.problem.isEmpty();
    m_header = preview.header;
    m_samples = preview.rows.mid(0, SampleRows);
    if (!m_readable) {
        m_problem->setNotice(NoticeLabel::Kind::Error, preview.problem);
        Q_EMIT completeChanged();
        Q_EMIT previewShown();
        return;
    }
    if (m_kind == ImportFileKind::VCard) {
        showCards(m_model, preview);
    } else {
        m_model->setHeaders(m_header);
        m_model->setRows(preview.rows, preview.lines);
    }
    TableColumns::fitToContents(m_table);
    const qsizetype detectedColumns = m_detectedFormat && !m_detectedFormat->preview.isEmpty()
        ? m_detectedFormat->preview.constFirst().fields.size()
        : 0;
    if (m_header.isEmpty())
        m_problem->setNotice(NoticeLabel::Kind::Error, tr("The file is empty: it has no header row and no data."));
    else if (m_kind == ImportFileKind::Csv && m_header.size() == 1 && detectedColumns > 1)
        m_problem->setNotice(NoticeLabel::Kind::Warning,
                             tr("Every row reads as one column, but separated by “%1” the file has %2 columns.")
                                 .arg(CsvNames::delimiter(m_detectedFormat->delimiter))
                                 .arg(detectedColumns));
    else
        m_problem->clear();
    m_extent->setText(m_header.isEmpty() ? QString() : extentText(preview));
    Q_EMIT completeChanged();
    Q_EMIT previewShown();
}

bool ImportPreviewPage::isComplete() const
{
    return !m_job && m_readable && !m_header.isEmpty();
}

bool ImportPreviewPage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    plan.kind = m_kind;
    plan.encoding = chosenEncoding();
    plan.delimiter = chosenDelimiter();
    if (plan.isVCard())
        plan.entity = ImportEntity::Contacts; // the cards are people; their customers come from ORG
    if (plan.header != m_header) {
        plan.header = m_header;
        plan.fieldOfColumn.clear(); // the mapping page guesses again
    }
    plan.samples = m_samples;
    if (m_kind == ImportFileKind::Csv)
        AppSettings::setImportFormat(csvEncodingCode(plan.encoding), csvDelimiterCode(plan.delimiter));
    return true;
}

int ImportPreviewPage::nextId() const
{
    // A vCard's columns are fixed: nothing to match.
    return m_kind == ImportFileKind::VCard ? ImportWizard::CheckPageId : ImportWizard::MappingPageId;
}

} // namespace guanxi
