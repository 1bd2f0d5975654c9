#pragma once

#include "exchange/csv/CsvOptions.h"
#include "exchange/csv/CsvRecord.h"
#include "exchange/import/ImportFileKind.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace guanxi {

class ImportPreviewJob;
class ImportWizard;
class NoticeLabel;
class TextTableModel;
struct ImportPreview;

// Page 2: the first records as the reader decodes them. A CSV file shows the detected encoding
// and delimiter, which the user can change (the preview follows); a vCard or a workbook names
// its own, so the choices are hidden, and a vCard goes straight on to the dry run (its columns
// are fixed). The file is read on a worker thread (ImportPreviewJob): "Reading the file…" shows
// meanwhile, and a read that a newer choice overtook is dropped. A file the reader refuses shows
// the reader's message and cannot go on.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRecords = 50; // after the header
    static constexpr int SampleRows = 5; // handed to the mapping page as examples

    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QLabel *detectedLabel() const { return m_detected; }
    NoticeLabel *problemLabel() const { return m_problem; }
    QLabel *extentLabel() const { return m_extent; }
    TextTableModel *model() const { return m_model; }
    // A read is under way; the page shows what it read once it is done.
    bool isReading() const { return m_job != nullptr; }
    ImportFileKind kind() const { return m_kind; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    // A read ended and its result is shown (tests wait for it).
    void previewShown();

private:
    void startReading(bool detect);
    void onRead();
    void applyDetection(const ImportPreview &preview);
    void showPreview(const ImportPreview &preview);
    void showKind();
    void reload();
    CsvEncoding chosenEncoding() const;
    CsvDelimiter chosenDelimiter() const;

    ImportWizard *m_wizard;
    QWidget *m_choices;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    NoticeLabel *m_problem;
    QTableView *m_table;
    QLabel *m_extent;
    TextTableModel *m_model;
    ImportPreviewJob *m_job = nullptr;
    QString m_detectedFile; // the file the last detection looked at
    ImportFileKind m_kind = ImportFileKind::Csv; // what it found
    std::optional<CsvFormat> m_detectedFormat; // CSV: what detection found in it
    bool m_readable = false; // the last read succeeded
    QStringList m_header;
    QList<QStringList> m_samples; // the first rows, as read
};

} // namespace guanxi
