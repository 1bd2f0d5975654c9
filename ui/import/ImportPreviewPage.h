#pragma once

#include "exchange/csv/CsvOptions.h"
#include "exchange/csv/CsvRecord.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace guanxi {

class ImportWizard;
class NoticeLabel;
class TextTableModel;

// Page 2: the first records as the reader decodes them, with the detected encoding and
// delimiter, which the user can change (the preview follows at once). A file the reader refuses
// shows the reader's message and cannot go on.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRecords = 50; // after the header
    static constexpr int SampleRows = 5; // handed to the mapping page as examples

    explicit ImportPreviewPage(ImportWizard *wizard);

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QLabel *detectedLabel() const { return m_detected; }
    NoticeLabel *problemLabel() const { return m_problem; }
    TextTableModel *model() const { return m_model; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void detect();
    void reload();
    CsvEncoding chosenEncoding() const;
    CsvDelimiter chosenDelimiter() const;

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    NoticeLabel *m_problem;
    QTableView *m_table;
    QLabel *m_extent;
    TextTableModel *m_model;
    QString m_detectedFile; // the file `detect()` last looked at
    std::optional<CsvFormat> m_detectedFormat; // what detection found in it
    std::optional<CsvFormat> m_format; // as read with the current choices
    QStringList m_header;
};

} // namespace guanxi
