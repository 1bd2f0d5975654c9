#pragma once

#include "exchange/import/ImportEntity.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guanxi {

class ImportWizard;

// Page 1: the file (typed, chosen with Browse…, or dropped on the page) and what it holds.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    QLineEdit *pathEdit() const { return m_path; }
    void setFile(const QString &path);
    void setEntity(ImportEntity entity);
    ImportEntity entity() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void updateProblem();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_problem;
    QButtonGroup *m_entities;
};

} // namespace guanxi
