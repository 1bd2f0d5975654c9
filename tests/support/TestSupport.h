#pragma once

#include "storage/Workspace.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace guanxi::test {

// A fresh workspace file in its own temporary folder, removed with the object.
class TempWorkspace
{
public:
    TempWorkspace();
    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the file again (to check what was really saved).
    void reopen();
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
// tests/data/<name>
QString dataPath(const QString &name);
// ../shared/testdata/<name>, or an empty string when it does not exist (a user's fresh clone).
QString sharedTestData(const QString &name);

// One run of guanxi-cli (tests/cli and the other end-to-end tests).
struct CliRun {
    int exitCode = -1;  // -1: it crashed or did not finish in time
    QString out;
    QString err;
    QByteArray rawOut;
};
// Runs the guanxi-cli at `program` with `arguments`, --lang=en in front unless they name a
// language, in the C.UTF-8 locale plus `environment` (such as TZ), for at most five minutes.
CliRun runCli(const QString &program, QStringList arguments, const QHash<QString, QString> &environment = {});

// The files of tests/data (CSV files in csv/, workbooks in xlsx/) that an import refuses before
// it writes anything, and the English source text of the message their import fails with
// (plurals read "field(s)"), whatever the entity.
struct RefusedFile {
    QString file;  // relative to tests/data: "csv/empty.csv"
    QString message;
};
QList<RefusedFile> refusedImportFiles();

}  // namespace guanxi::test

// Fails the test with the error's message when a Result or Status is not ok.
#define GX_VERIFY_OK(expression)                                                                       \
    do {                                                                                               \
        const auto &gx_result_ = (expression);                                                         \
        if (!gx_result_.ok())                                                                          \
            QFAIL(qPrintable(QStringLiteral(#expression " failed: ") + gx_result_.error().fullText())); \
    } while (false)
