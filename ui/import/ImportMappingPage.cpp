#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "exchange/import/ColumnMapping.h"
#include "exchange/import/HeaderMatcher.h"
#include "exchange/import/ImportFields.h"
#include "session/WorkspaceSession.h"
#include "storage/ImportMappingRepository.h"
#include "widgets/NoticeLabel.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace guanxi {

namespace {

constexpr int NoField = -1;

// "Customer (required, or Customer ID)": what the combo shows for a field.
QString fieldText(std::span<const ImportField> fields, int index)
{
    const ImportField &field = fields[index];
    const QString label = ImportFields::label(field);
    switch (field.need) {
    case ImportField::Need::Optional:
        return label;
    case ImportField::Need::Required:
        return ImportMappingPage::tr("%1 (required)").arg(label);
    case ImportField::Need::CustomerReference:
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (int(i) != index && fields[i].need == ImportField::Need::CustomerReference)
                return ImportMappingPage::tr("%1 (required, or %2)").arg(label, ImportFields::label(fields[i]));
        return ImportMappingPage::tr("%1 (required)").arg(label);
    }
    return label;
}

// The first few values of a column, to recognise it by.
QString examples(const QList<QStringList> &samples, int column)
{
    QStringList values;
    for (const QStringList &row : samples) {
        const QString value = row.value(column).simplified();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value.size() > 40 ? value.left(39) + QStringLiteral("…") : value);
        if (values.size() == 2)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_presets(new QComboBox(this)),
      m_savePreset(new QPushButton(tr("&Save as Preset…"), this)), m_problem(new NoticeLabel(this)),
      m_legend(new QLabel(this)), m_rows(new QWidget), m_grid(new QGridLayout(m_rows))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which field each column of the file goes into. Guanxi has guessed from the column names; "
                   "columns set to “Do not import” are left out."));
    m_presets->setObjectName(QStringLiteral("importPresets"));
    m_savePreset->setObjectName(QStringLiteral("importSavePreset"));
    m_problem->setObjectName(QStringLiteral("importMappingProblem"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_presets->setMinimumContentsLength(16);
    m_legend->setEnabled(false);
    m_legend->setWordWrap(true);

    auto *presetLabel = new QLabel(tr("Saved &mapping:"), this);
    presetLabel->setBuddy(m_presets);
    auto *top = new QHBoxLayout;
    top->addWidget(presetLabel);
    top->addWidget(m_presets);
    top->addWidget(m_savePreset);
    top->addStretch(1);

    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    m_grid->setColumnStretch(3, 3);
    m_grid->setHorizontalSpacing(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_legend);

    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_presets->itemText(index));
    });
    connect(m_savePreset, &QPushButton::clicked, this, &ImportMappingPage::askPresetName);
}

void ImportMappingPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    buildRows();
    loadPresets();
    if (plan.fieldOfColumn.size() == plan.header.size())
        setChosenFields(plan.fieldOfColumn); // back from a later page: as the user left it
    else
        setChosenFields(HeaderMatcher::guess(plan.entity, plan.header));
    m_savePreset->setEnabled(m_wizard->session()->canEdit());
    m_legend->setText(
        tr("%1 columns in the file. A field can take one column; choosing it for another column moves it there.")
            .arg(plan.header.size()));
}

void ImportMappingPage::buildRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldBoxes.clear();
    const ImportPlan &plan = m_wizard->plan();
    const auto fields = ImportFields::of(plan.entity);

    const QStringList titles {tr("#"), tr("Column in the file"), tr("For example"), tr("Import into")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *title = new QLabel(titles.at(i), m_rows);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_grid->addWidget(title, 0, i);
    }
    for (int column = 0; column < plan.header.size(); ++column) {
        const int row = column + 1;
        auto *number = new QLabel(QString::number(column + 1), m_rows);
        number->setEnabled(false);
        const QString headerText = plan.header.at(column).trimmed();
        auto *name = new QLabel(headerText.isEmpty() ? tr("(no name)") : headerText, m_rows);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        auto *example = new QLabel(examples(plan.samples, column), m_rows);
        example->setTextFormat(Qt::PlainText);
        example->setEnabled(false);
        example->setWordWrap(true);
        auto *box = new QComboBox(m_rows);
        box->setObjectName(QStringLiteral("importField_%1").arg(column + 1));
        box->setAccessibleName(
            tr("Field for column %1").arg(headerText.isEmpty() ? QString::number(column + 1) : headerText));
        box->addItem(tr("Do not import"), NoField);
        for (std::size_t i = 0; i < fields.size(); ++i)
            box->addItem(fieldText(fields, int(i)), int(i));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        name->setBuddy(box);
        m_grid->addWidget(number, row, 0);
        m_grid->addWidget(name, row, 1);
        m_grid->addWidget(example, row, 2);
        m_grid->addWidget(box, row, 3);
        connect(box, &QComboBox::currentIndexChanged, this, [this, column] { onFieldChosen(column); });
        if (!m_fieldBoxes.isEmpty())
            setTabOrder(m_fieldBoxes.constLast(), box);
        m_fieldBoxes.append(box);
    }
    m_grid->setRowStretch(int(plan.header.size()) + 1, 1);
}

void ImportMappingPage::loadPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("None"));
    const QString entity = ImportEntities::code(m_wizard->plan().entity);
    if (!m_wizard->session()->isOpen())
        return;
    auto presets = ImportMappingRepository(*m_wizard->session()->workspace()).list();
    if (!presets) {
        m_problem->setNotice(NoticeLabel::Kind::Warning, presets.error().message);
        return;
    }
    for (const ImportMappingPreset &preset : *presets)
        if (preset.entity == entity)
            m_presets->addItem(preset.name);
    m_presets->setEnabled(m_presets->count() > 1);
}

QList<int> ImportMappingPage::chosenFields() const
{
    QList<int> fields;
    for (const QComboBox *box : m_fieldBoxes)
        fields.append(box->currentData().toInt());
    return fields;
}

void ImportMappingPage::setChosenFields(const QList<int> &fieldOfColumn)
{
    m_updating = true;
    for (int column = 0; column < m_fieldBoxes.size(); ++column) {
        QComboBox *box = m_fieldBoxes.at(column);
        box->setCurrentIndex(qMax(0, box->findData(fieldOfColumn.value(column, NoField))));
    }
    m_updating = false;
    updateProblem();
}

void ImportMappingPage::onFieldChosen(int column)
{
    if (m_updating)
        return;
    const int field = m_fieldBoxes.at(column)->currentData().toInt();
    m_updating = true;
    if (field != NoField)
        for (int other = 0; other < m_fieldBoxes.size(); ++other)
            if (other != column && m_fieldBoxes.at(other)->currentData().toInt() == field)
                m_fieldBoxes.at(other)->setCurrentIndex(0);
    m_updating = false;
    m_presets->setCurrentIndex(0); // no longer exactly the saved mapping
    updateProblem();
}

QString ImportMappingPage::missingRequired() const
{
    const auto fields = ImportFields::of(m_wizard->plan().entity);
    const QList<int> chosen = chosenFields();
    QStringList missing;
    QStringList references;
    bool haveReference = false;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const bool present = chosen.contains(int(i));
        if (fields[i].need == ImportField::Need::Required && !present)
            missing.append(ImportFields::label(fields[i]));
        if (fields[i].need == ImportField::Need::CustomerReference) {
            references.append(ImportFields::label(fields[i]));
            haveReference = haveReference || present;
        }
    }
    if (!references.isEmpty() && !haveReference)
        missing.append(references.join(tr(" or ")));
    return missing.join(tr(", "));
}

void ImportMappingPage::updateProblem()
{
    const QString missing = missingRequired();
    if (!missing.isEmpty())
        m_problem->setNotice(NoticeLabel::Kind::Warning, tr("Choose a column for: %1.").arg(missing));
    else
        m_problem->clear();
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_fieldBoxes.isEmpty() && missingRequired().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->plan().fieldOfColumn = chosenFields();
    return true;
}

bool ImportMappingPage::applyPreset(const QString &name)
{
    const ImportPlan &plan = m_wizard->plan();
    auto preset = ImportMappingRepository(*m_wizard->session()->workspace()).find(name);
    Result<MappingSpec> spec = preset ? MappingSpec::fromJson(preset->mapping) : Result<MappingSpec>(preset.error());
    Result<ColumnMapping> mapping
        = spec ? ColumnMapping::resolve(plan.entity, plan.header, *spec) : Result<ColumnMapping>(spec.error());
    if (!mapping) {
        m_problem->setNotice(
            NoticeLabel::Kind::Error,
            tr("The saved mapping “%1” does not fit this file: %2").arg(name, mapping.error().message));
        m_presets->setCurrentIndex(0);
        return false;
    }
    QList<int> fieldOfColumn(plan.header.size(), NoField);
    const auto fields = ImportFields::of(plan.entity);
    for (std::size_t field = 0; field < fields.size(); ++field)
        if (const int column = mapping->columnOfField(int(field)); column >= 0 && column < fieldOfColumn.size())
            fieldOfColumn[column] = int(field);
    m_problem->clear();
    setChosenFields(fieldOfColumn);
    m_presets->setCurrentIndex(qMax(0, m_presets->findText(name)));
    return true;
}

void ImportMappingPage::askPresetName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Column Mapping"), tr("Name for this column mapping, to use it for files laid out the same way:"),
        QLineEdit::Normal, m_presets->currentIndex() > 0 ? m_presets->currentText() : QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        savePreset(name.trimmed());
}

bool ImportMappingPage::savePreset(const QString &name)
{
    ImportPlan plan = m_wizard->plan();
    plan.fieldOfColumn = chosenFields();
    auto mapping = ColumnMapping::resolve(plan.entity, plan.header, plan.mappingSpec());
    Status saved = mapping ? ImportMappingRepository(*m_wizard->session()->workspace())
                                 .save({name, ImportEntities::code(plan.entity), mapping->toJson(), {}})
                           : Status(mapping.error());
    if (!saved) {
        m_problem->setNotice(NoticeLabel::Kind::Error,
                             tr("The mapping could not be saved: %1").arg(saved.error().message));
        return false;
    }
    loadPresets();
    m_presets->setCurrentIndex(qMax(0, m_presets->findText(name)));
    m_problem->setNotice(NoticeLabel::Kind::Information, tr("Saved the column mapping “%1”.").arg(name));
    return true;
}

} // namespace guanxi
