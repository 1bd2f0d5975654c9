#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "exchange/csv/CsvReader.h"
#include "models/TextTableModel.h"
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

Result<CsvFormat> readPreview(const QString &path, CsvEncoding encoding, CsvDelimiter delimiter)
{
    CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    options.previewRecords = ImportPreviewPage::PreviewRecords + 1; // and the header
    CsvReader reader(path, options);
    return reader.detect();
}

QString withConfidence(const QString &name, CsvConfidence confidence)
{
    return confidence == CsvConfidence::Low ? ImportPreviewPage::tr("%1 (a guess)").arg(name) : name;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_detected(new QLabel(this)), m_problem(new NoticeLabel(this)), m_table(new QTableView(this)),
      m_extent(new QLabel(this)), m_model(new TextTableModel(this))
{
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as Guanxi reads them. If the text looks garbled or the columns run together, "
                   "choose another encoding or delimiter."));

    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_problem->setObjectName(QStringLiteral("importReadProblem"));
    m_table->setObjectName(QStringLiteral("importPreview"));
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

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto *choices = new QHBoxLayout;
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addSpacing(12);
    choices->addWidget(delimiterLabel);
    choices->addWidget(m_delimiter);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_extent);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
}

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
        detect();
    reload();
}

// What the reader finds on its own, shown whatever the user then chooses. Where it can only
// guess, the choice made for the last file is taken instead: files tend to come from the same
// program.
void ImportPreviewPage::detect()
{
    m_detectedFile = m_wizard->plan().filePath;
    auto detected = readPreview(m_detectedFile, CsvEncoding::Auto, CsvDelimiter::Auto);
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    const auto choose = [](QComboBox *box, const QString &remembered, bool sure) {
        const int index = box->findData(remembered);
        box->setCurrentIndex(!sure && index >= 0 ? index : 0);
    };
    choose(m_encoding, AppSettings::importEncoding(), detected && detected->encodingConfidence != CsvConfidence::Low);
    choose(m_delimiter, AppSettings::importDelimiter(),
           detected && detected->delimiterConfidence != CsvConfidence::Low);
    m_detectedFormat.reset();
    if (!detected) {
        m_detected->setText(tr("Detected: nothing readable"));
        return;
    }
    m_detectedFormat = *detected;
    m_detected->setText(
        tr("Detected: %1, %2")
            .arg(withConfidence(CsvNames::encoding(detected->encoding, detected->byteOrderMark),
                                detected->encodingConfidence),
                 withConfidence(CsvNames::delimiter(detected->delimiter), detected->delimiterConfidence)));
}

void ImportPreviewPage::reload()
{
    if (m_detectedFile.isEmpty())
        return; // not shown yet
    auto format = readPreview(m_detectedFile, chosenEncoding(), chosenDelimiter());
    m_format.reset();
    m_header.clear();
    if (!format) {
        m_model->setHeaders({});
        m_model->clear();
        m_extent->clear();
        m_problem->setNotice(NoticeLabel::Kind::Error, format.error().message);
        Q_EMIT completeChanged();
        return;
    }
    m_format = *format;
    const QList<CsvRecord> &records = m_format->preview;
    m_header = records.isEmpty() ? QStringList() : records.constFirst().fields;
    QList<QStringList> rows;
    QStringList lines;
    for (qsizetype i = 1; i < records.size(); ++i) {
        rows.append(records.at(i).fields);
        lines.append(QString::number(records.at(i).line));
    }
    m_model->setHeaders(m_header);
    m_model->setRows(rows, lines);
    TableColumns::fitToContents(m_table);
    const qsizetype detectedColumns = m_detectedFormat && !m_detectedFormat->preview.isEmpty()
        ? m_detectedFormat->preview.constFirst().fields.size()
        : 0;
    if (m_header.isEmpty())
        m_problem->setNotice(NoticeLabel::Kind::Error, tr("The file is empty: it has no header row and no data."));
    else if (m_header.size() == 1 && detectedColumns > 1)
        m_problem->setNotice(NoticeLabel::Kind::Warning,
                             tr("Every row reads as one column, but separated by “%1” the file has %2 columns.")
                                 .arg(CsvNames::delimiter(m_detectedFormat->delimiter))
                                 .arg(detectedColumns));
    else
        m_problem->clear();
    if (rows.isEmpty())
        m_extent->setText(tr("The file has a header row but no data."));
    else if (m_format->previewIsComplete)
        m_extent->setText(tr("All %n row(s) of the file. The first row names the columns.", nullptr, int(rows.size())));
    else
        m_extent->setText(tr("The first %n row(s). The first row names the columns.", nullptr, int(rows.size())));
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_format.has_value() && !m_header.isEmpty();
}

bool ImportPreviewPage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    plan.encoding = chosenEncoding();
    plan.delimiter = chosenDelimiter();
    if (plan.header != m_header) {
        plan.header = m_header;
        plan.fieldOfColumn.clear(); // the mapping page guesses again
    }
    plan.samples.clear();
    for (int row = 0; row < m_model->rowCount() && row < SampleRows; ++row)
        plan.samples.append(m_model->row(row));
    AppSettings::setImportFormat(csvEncodingCode(plan.encoding), csvDelimiterCode(plan.delimiter));
    return true;
}

} // namespace guanxi
