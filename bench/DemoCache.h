#pragma once

#include "Result.h"

#include <QString>

#include <functional>

namespace guanxi::bench {

struct CachedWorkspace {
    QString path;
    qint64 customers = 0;
    qint64 fileBytes = 0;
    bool generated = false;        // made by this run (else reused)
    double generateSeconds = 0;    // when generated
};

// Demo workspaces of a given size, generated once (core's DemoGenerator, the code behind
// `guanxi-cli demo`) and kept in a folder: "demo-<N>.guanxi" with a stamp "demo-<N>.stamp"
// holding a fingerprint of everything that shapes the file — the schema scripts, the search
// tokenizer's version, Guanxi's version, the seed, the size and a sample of the generator's
// output. A workspace is reused only when its stamp matches and it holds N live customers;
// otherwise it is generated again. Generation writes to a temporary name first, so an
// interrupted run never leaves a half-filled file that looks finished.
class DemoCache
{
public:
    using Log = std::function<void(const QString &)>;

    DemoCache(QString folder, quint64 seed, Log log);

    Result<CachedWorkspace> ensure(qint64 customers);

    QString folder() const { return m_folder; }
    QString workspacePath(qint64 customers) const;

private:
    QString stampPath(qint64 customers) const;
    QByteArray fingerprint(qint64 customers) const;
    bool isReusable(qint64 customers);
    Result<double> generate(qint64 customers);

    QString m_folder;
    quint64 m_seed;
    Log m_log;
};

}  // namespace guanxi::bench
