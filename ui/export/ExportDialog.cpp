#include "ExportDialog.h"

#include "exchange/export/Exporter.h"
#include "widgets/MessageBoxes.h"
#include "window/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace guanxi {

using exchange::ExportEntity;
using exchange::ExportFormat;
using exchange::ExportLanguage;

namespace {

const QString FormatKey = QStringLiteral("format-");
const QString LanguageKey = QStringLiteral("language");
const QString IdsKey = QStringLiteral("ids");

QString formatHint(const QString &code)
{
    if (code == QLatin1String("excel-gb18030"))
        return ExportDialog::tr("Opens with a double-click in Excel on Chinese Windows, and in WPS.");
    if (code == QLatin1String("excel-utf8-bom"))
        return ExportDialog::tr("Opens in Excel 2016 or later on any system, and in Numbers and LibreOffice.");
    if (code == QLatin1String("csv-utf8"))
        return ExportDialog::tr("For scripts, databases and other programs (Excel would show the Chinese garbled).");
    if (code == QLatin1String("xlsx"))
        return ExportDialog::tr("A workbook with real number and date cells.");
    if (code == QLatin1String("vcard"))
        return ExportDialog::tr("One card per contact with the company’s name, for phones and mail programs.");
    if (code == QLatin1String("ics"))
        return ExportDialog::tr("To-dos with their due dates, for calendar programs.");
    return {};
}

// A file name without characters that file systems refuse.
QString safeFileName(QString name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    return name.replace(forbidden, QStringLiteral("_")).trimmed();
}

} // namespace

QList<ExportDialog::Choice> ExportDialog::choices()
{
    using Encoding = exchange::CsvEncoding;
    return {
        {QStringLiteral("excel-gb18030"), ExportFormat::Csv, Encoding::Gb18030, QStringLiteral("csv")},
        {QStringLiteral("excel-utf8-bom"), ExportFormat::Csv, Encoding::Utf8Bom, QStringLiteral("csv")},
        {QStringLiteral("csv-utf8"), ExportFormat::Csv, Encoding::Utf8, QStringLiteral("csv")},
        {QStringLiteral("xlsx"), ExportFormat::Xlsx, Encoding::Utf8Bom, QStringLiteral("xlsx")},
        {QStringLiteral("vcard"), ExportFormat::VCard, Encoding::Utf8, QStringLiteral("vcf")},
        {QStringLiteral("ics"), ExportFormat::ICalendar, Encoding::Utf8, QStringLiteral("ics")},
    };
}

QString ExportDialog::choiceLabel(const QString &code)
{
    if (code == QLatin1String("excel-gb18030"))
        return tr("Excel (Chinese Windows) — CSV in GB18030");
    if (code == QLatin1String("excel-utf8-bom"))
        return tr("Excel (other) — CSV in UTF-8 with BOM");
    if (code == QLatin1String("csv-utf8"))
        return tr("CSV UTF-8 (no BOM)");
    if (code == QLatin1String("xlsx"))
        return tr("Excel workbook (.xlsx)");
    if (code == QLatin1String("vcard"))
        return tr("vCard (.vcf)");
    if (code == QLatin1String("ics"))
        return tr("iCalendar (.ics)");
    return code;
}

ExportDialog::ExportDialog(QList<ExportScope> scopes, QWidget *parent)
    : QDialog(parent), m_scopes(std::move(scopes)), m_choices(choices()), m_scope(new QComboBox(this)),
      m_columns(new QLabel(this)), m_ids(new QCheckBox(this)), m_format(new QComboBox(this)),
      m_formatHint(new QLabel(this)), m_language(new QComboBox(this)),
      m_languageLabel(new QLabel(tr("&Headers:"), this)), m_events(new QCheckBox(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Q_ASSERT(!m_scopes.isEmpty());
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_scope->setObjectName(QStringLiteral("exportScope"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_ids->setObjectName(QStringLiteral("exportIds"));
    m_events->setObjectName(QStringLiteral("exportEvents"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    for (const ExportScope &scope : std::as_const(m_scopes))
        m_scope->addItem(scope.description);
    m_columns->setWordWrap(true);
    m_columns->setEnabled(false);
    m_formatHint->setWordWrap(true);
    m_formatHint->setEnabled(false);
    m_ids->setText(tr("Add the ID column, so that importing the file again updates these records"));
    m_events->setText(tr("As all-day events, for calendars that ignore to-dos (Google Calendar, Outlook)"));
    m_language->addItem(tr("Chinese (中文)"), languageCode(ExportLanguage::Chinese));
    m_language->addItem(tr("English"), languageCode(ExportLanguage::English));
    m_language->addItem(tr("Codes, for scripts"), languageCode(ExportLanguage::Codes));
    const QString language = AppSettings::exportChoice(LanguageKey);
    const int languageIndex = m_language->findData(language);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : QLocale().language() == QLocale::Chinese ? 0 : 1);
    m_ids->setChecked(AppSettings::exportChoice(IdsKey) == QLatin1String("true"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_path->setClearButtonEnabled(true);
    for (QComboBox *box : {m_scope, m_format, m_language})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(640);

    auto *scopeLabel = new QLabel(tr("&What:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    m_languageLabel->setBuddy(m_language);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(scopeLabel, m_scope);
    form->addRow(QString(), m_columns);
    form->addRow(QString(), m_ids);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_formatHint);
    form->addRow(QString(), m_events);
    form->addRow(m_languageLabel, m_language);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // As the form reads, top to bottom.
    setTabOrder(m_scope, m_ids);
    setTabOrder(m_ids, m_format);
    setTabOrder(m_format, m_events);
    setTabOrder(m_events, m_language);
    setTabOrder(m_language, m_path);
    setTabOrder(m_path, m_browse);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillFormats();
        updateDetails();
        setPath(QDir(QFileInfo(targetPath()).absolutePath()).filePath(safeFileName(scope().fileName)));
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateDetails);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    fillFormats();
    updateDetails();
    setPath(QDir(AppSettings::lastExportDirectory()).filePath(safeFileName(scope().fileName)));
}

QPushButton *ExportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

const ExportScope &ExportDialog::scope() const
{
    return m_scopes.at(qMax(0, m_scope->currentIndex()));
}

const ExportDialog::Choice &ExportDialog::choice() const
{
    const QString code = m_format->currentData().toString();
    for (const Choice &c : m_choices)
        if (c.code == code)
            return c;
    return m_choices.constFirst();
}

void ExportDialog::fillFormats()
{
    const ExportEntity entity = scope().entity;
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    for (const Choice &c : std::as_const(m_choices))
        if (exchange::Exporter::supports(entity, c.format))
            m_format->addItem(choiceLabel(c.code), c.code);
    const QString remembered = AppSettings::exportChoice(FormatKey + exchange::entityCode(entity));
    QString preferred = remembered;
    if (m_format->findData(preferred) < 0)
        preferred = entity == ExportEntity::FollowUps ? QStringLiteral("ics") : QStringLiteral("excel-utf8-bom");
    m_format->setCurrentIndex(qMax(0, m_format->findData(preferred)));
}

bool ExportDialog::setChoice(const QString &code)
{
    const int index = m_format->findData(code);
    if (index < 0)
        return false;
    m_format->setCurrentIndex(index);
    return true;
}

void ExportDialog::updateDetails()
{
    const ExportScope &current = scope();
    const Choice &c = choice();
    const bool table = c.format == ExportFormat::Csv || c.format == ExportFormat::Xlsx;
    const bool customers = current.entity == ExportEntity::Customers;
    m_columns->setText(table && !current.columnTitles.isEmpty()
                           ? tr("Columns as the list shows them: %1").arg(current.columnTitles.join(tr(", ")))
                           : QString());
    m_columns->setVisible(!m_columns->text().isEmpty());
    m_ids->setVisible(table && customers);
    m_events->setVisible(c.format == ExportFormat::ICalendar && current.entity == ExportEntity::FollowUps);
    m_language->setVisible(table);
    m_languageLabel->setVisible(table);
    m_formatHint->setText(formatHint(c.code));
    // The suffix follows the format.
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo file(path);
        const QString base = file.suffix().isEmpty() ? file.fileName() : file.completeBaseName();
        setPath(file.dir().filePath(base));
    }
}

void ExportDialog::setPath(const QString &path)
{
    QFileInfo file(path);
    QString name = file.fileName();
    const QString suffix = choice().suffix;
    if (file.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        for (const Choice &c : std::as_const(m_choices))
            if (file.suffix().compare(c.suffix, Qt::CaseInsensitive) == 0)
                name = file.completeBaseName();
        name += QLatin1Char('.') + suffix;
    }
    m_path->setText(QDir::toNativeSeparators(file.dir().filePath(name)));
}

QString ExportDialog::targetPath() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
}

void ExportDialog::browse()
{
    const Choice &c = choice();
    const QString filter = tr("%1 (*.%2)").arg(choiceLabel(c.code), c.suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), targetPath(), filter);
    if (path.isEmpty())
        return;
    setPath(path);
    m_confirmedPath = targetPath();
}

exchange::ExportOptions ExportDialog::options() const
{
    const ExportScope &current = scope();
    const Choice &c = choice();
    exchange::ExportOptions options;
    options.entity = current.entity;
    options.format = c.format;
    options.encoding = c.encoding;
    options.customerFilter = current.customerFilter;
    options.customerOrder = current.customerOrder;
    options.recordFilter = current.recordFilter;
    if (c.format == ExportFormat::Csv || c.format == ExportFormat::Xlsx) {
        options.columns = current.columns;
        if (!options.columns.isEmpty() && m_ids->isChecked() && current.entity == ExportEntity::Customers)
            options.columns.prepend(QStringLiteral("id"));
    }
    options.language
        = exchange::languageFromCode(m_language->currentData().toString()).value_or(ExportLanguage::English);
    options.followUpStyle
        = m_events->isChecked() ? exchange::FollowUpCalendarStyle::Events : exchange::FollowUpCalendarStyle::Todos;
    options.overwrite = QFileInfo::exists(targetPath());
    return options;
}

void ExportDialog::accept()
{
    const QString path = targetPath();
    const QFileInfo file(path);
    if (!file.absoluteDir().exists()) {
        MessageBoxes::warning(this, tr("Export"),
                              tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())));
        return;
    }
    if (file.isDir()) {
        MessageBoxes::warning(this, tr("Export"),
                              tr("“%1” is a folder; give a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (file.exists() && path != m_confirmedPath
        && MessageBoxes::question(this, tr("Export"),
                                  tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return;
    const ExportScope &current = scope();
    AppSettings::setLastExportDirectory(file.absolutePath());
    AppSettings::setExportChoice(FormatKey + exchange::entityCode(current.entity), choice().code);
    AppSettings::setExportChoice(LanguageKey, m_language->currentData().toString());
    if (current.entity == ExportEntity::Customers)
        AppSettings::setExportChoice(IdsKey, m_ids->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    QDialog::accept();
}

} // namespace guanxi
