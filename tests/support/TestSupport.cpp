#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace guanxi::test {

TempWorkspace::TempWorkspace()
{
    m_path = m_dir.filePath(QStringLiteral("test.guanxi"));
    Workspace::Options options;
    options.mode = Workspace::OpenMode::CreateIfMissing;
    auto opened = Workspace::open(m_path, options);
    if (!opened)
        qFatal("Cannot create a test workspace: %s", qPrintable(opened.error().fullText()));
    m_workspace = std::move(*opened);
}

void TempWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(m_path);
    if (!opened)
        qFatal("Cannot reopen the test workspace: %s", qPrintable(opened.error().fullText()));
    m_workspace = std::move(*opened);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("Cannot write %s", qPrintable(path));
}

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(GUANXI_TEST_DATA_DIR)).filePath(name);
}

QString sharedTestData(const QString &name)
{
    const QString path = QDir(QStringLiteral(GUANXI_SHARED_TESTDATA_DIR)).filePath(name);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

CliRun runCli(const QString &program, QStringList arguments, const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    if (!arguments.contains(QStringLiteral("--lang")))
        arguments.prepend(QStringLiteral("--lang=en"));
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QList<RefusedFile> refusedImportFiles()
{
    const QString neither = QStringLiteral(
        "The file is neither UTF-8 nor GB18030/GBK text (both fail by line 1): it may not be a text file, or use another "
        "encoding. Open it in a spreadsheet, save it as CSV UTF-8 and try again.");
    return {
        {QStringLiteral("csv/binary_junk.bin"), neither},
        {QStringLiteral("csv/workbook_renamed.csv"),
         QStringLiteral("The file “workbook_renamed.csv” is a ZIP archive, not a CSV file or an Excel workbook.")},
        {QStringLiteral("csv/nul_bytes.csv"), QStringLiteral("Line 3 contains a NUL character: this does not look like a text file.")},
        {QStringLiteral("csv/bom_in_middle.csv"),
         QStringLiteral("Line 3 contains a byte order mark (U+FEFF) in the middle of the file: were two files joined together? "
                        "Remove it and try again.")},
        {QStringLiteral("csv/mixed_utf8_then_gbk.csv"),
         QStringLiteral("The file mixes two encodings: line 1 is UTF-8 text, line 3 is not (it may be GB18030/GBK). Open it in "
                        "a spreadsheet, save it again in one encoding and try again.")},
        {QStringLiteral("csv/mixed_gbk_then_utf8.csv"),
         QStringLiteral("The file mixes two encodings: line 4 is UTF-8 text, line 1 is not (it may be GB18030/GBK). Open it in "
                        "a spreadsheet, save it again in one encoding and try again.")},
        {QStringLiteral("csv/unterminated_quote.csv"),
         QStringLiteral("The quoted field that starts on line 3 has no closing quote (\"): the rest of the file would be read "
                        "as one field.")},
        {QStringLiteral("csv/columns_10000.csv"),
         QStringLiteral("Line 1 has more than 1,000 field(s), the most Guanxi reads in one record.")},
        {QStringLiteral("csv/empty.csv"), QStringLiteral("The file “empty.csv” is empty: it has no rows.")},
        {QStringLiteral("csv/blank_lines_only.csv"), QStringLiteral("The file “blank_lines_only.csv” is empty: it has no rows.")},
        {QStringLiteral("xlsx/truncated.xlsx"),
         QStringLiteral("The file “truncated.xlsx” is damaged: it starts like a ZIP archive (as an Excel workbook is), but its "
                        "list of contents cannot be read. Was it cut short while being copied or downloaded?")},
        {QStringLiteral("xlsx/no_workbook.xlsx"),
         QStringLiteral("The file “no_workbook.xlsx” is a ZIP archive, not a CSV file or an Excel workbook.")},
        {QStringLiteral("xlsx/malformed.xlsx"),
         QStringLiteral("The part “xl/worksheets/sheet1.xml” of the file “malformed.xlsx” is not valid XML at line 3: the "
                        "workbook is damaged.")},
        {QStringLiteral("xlsx/empty.xlsx"), QStringLiteral("The file is empty: it has no header row and no data.")},
    };
}

}  // namespace guanxi::test
