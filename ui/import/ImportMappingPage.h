#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace guanxi {

class ImportWizard;
class NoticeLabel;

// Page 3: which field each column of the file goes into. The guesses from the header
// (HeaderMatcher) are preselected; every column offers the entity's fields and "Do not import";
// a field goes into one column only. Required fields are marked, and the page cannot go on
// without them. Saved mappings (ImportMappingRepository) can be applied and saved.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    // The combo of a column of the file (0-based); its item data is the field index, -1 for none.
    QComboBox *fieldBox(int column) const { return m_fieldBoxes.value(column); }
    QComboBox *presetBox() const { return m_presets; }
    QPushButton *savePresetButton() const { return m_savePreset; }
    NoticeLabel *problemLabel() const { return m_problem; }
    // Applies the saved mapping with this name; false (and the reason on the page) when it does not fit the file.
    bool applyPreset(const QString &name);
    // Saves the current choices as a mapping with this name (the button asks for the name).
    bool savePreset(const QString &name);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void buildRows();
    void loadPresets();
    void onFieldChosen(int column);
    void updateProblem();
    QList<int> chosenFields() const;
    void setChosenFields(const QList<int> &fieldOfColumn);
    QString missingRequired() const;
    void askPresetName();

    ImportWizard *m_wizard;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    NoticeLabel *m_problem;
    QLabel *m_legend;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QList<QComboBox *> m_fieldBoxes;
    bool m_updating = false;
};

} // namespace guanxi
