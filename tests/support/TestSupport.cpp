#include "TestSupport.h"

#include <QDir>
#include <QFile>

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

}  // namespace guanxi::test
