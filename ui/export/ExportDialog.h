#pragma once

#include "ExportScope.h"
#include "exchange/export/ExportOptions.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guanxi {

// File ▸ Export…: what to export (the scopes the current view offers), the format — "Excel
// (Chinese Windows)" (CSV in GB18030), "Excel (other)" (CSV in UTF-8 with a byte order mark),
// CSV in UTF-8, an Excel workbook, vCard for contacts, iCalendar for follow-ups — the language
// of the headers, and the file. It only asks; ExchangeController runs the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // One way to write a file, as the dialog offers it.
    struct Choice {
        QString code; // remembered in the settings: "excel-gb18030", "xlsx", …
        exchange::ExportFormat format;
        exchange::CsvEncoding encoding;
        QString suffix;
    };
    static QList<Choice> choices();

    ExportDialog(QList<ExportScope> scopes, QWidget *parent = nullptr);

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *idBox() const { return m_ids; }
    QCheckBox *eventsBox() const { return m_events; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const;

    // Selects the choice with this code when the current scope offers it.
    bool setChoice(const QString &code);
    void setPath(const QString &path);

    // What to write, once accepted.
    QString targetPath() const;
    exchange::ExportOptions options() const;
    const ExportScope &scope() const;

    void accept() override;

private:
    void fillFormats();
    void updateDetails();
    void browse();
    const Choice &choice() const;
    static QString choiceLabel(const QString &code);

    QList<ExportScope> m_scopes;
    QList<Choice> m_choices;
    QComboBox *m_scope;
    QLabel *m_columns;
    QCheckBox *m_ids;
    QComboBox *m_format;
    QLabel *m_formatHint;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QCheckBox *m_events;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    QString m_confirmedPath; // a path whose replacement the file dialog already confirmed
};

} // namespace guanxi
