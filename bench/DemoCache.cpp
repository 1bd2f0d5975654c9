#include "DemoCache.h"

#include "demo/DemoGenerator.h"
#include "search/SearchTokenizer.h"
#include "storage/CustomerRepository.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace guanxi::bench {

namespace {

// Bump when the way this benchmark builds its workspaces changes.
constexpr int CacheFormat = 1;
// How many generated customers the fingerprint looks at: enough that any change to names,
// contacts, phones, e-mails or history shows.
constexpr int FingerprintSample = 64;

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void addText(QCryptographicHash &hash, const QString &text)
{
    hash.addData(text.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
}

}  // namespace

DemoCache::DemoCache(QString folder, quint64 seed, Log log)
    : m_folder(std::move(folder)), m_seed(seed), m_log(std::move(log))
{
}

QString DemoCache::workspacePath(qint64 customers) const
{
    return QDir(m_folder).filePath(QStringLiteral("demo-%1.guanxi").arg(customers));
}

QString DemoCache::stampPath(qint64 customers) const
{
    return QDir(m_folder).filePath(QStringLiteral("demo-%1.stamp").arg(customers));
}

QByteArray DemoCache::fingerprint(qint64 customers) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addText(hash, QStringLiteral("guanxi-bench cache %1, Guanxi %2, search tokenizer %3, seed %4, customers %5")
                      .arg(CacheFormat)
                      .arg(QLatin1String(GUANXI_VERSION))
                      .arg(search::SearchTokenizer::Version)
                      .arg(m_seed)
                      .arg(customers));
    for (const Migrations::Step &step : Migrations::steps()) {
        addText(hash, QString::number(step.version));
        hash.addData(step.script);
    }
    // The generator's output for a fixed day (names and numbers do not depend on the day, dates do).
    const demo::DemoGenerator generator(m_seed, QDate(2026, 1, 1));
    for (const Staff &member : generator.staff())
        addText(hash, member.name + member.email + member.phone);
    for (int i = 0; i < FingerprintSample; ++i) {
        const demo::DemoCustomer d = generator.customer(i);
        const Customer &c = d.customer;
        addText(hash, QStringList{c.name, c.phone, c.email, c.city, c.region, c.address, c.website, c.creditCode,
                                  c.tags.join(QLatin1Char(',')), c.notes, enumCode(c.tier), enumCode(c.lifecycle)}
                          .join(QLatin1Char('|')));
        for (const Contact &contact : d.contacts)
            addText(hash, contact.name + contact.title + contact.phone + contact.email + contact.wechat);
        for (const Order &order : d.orders)
            addText(hash, order.orderNumber + QString::number(order.amount.minor) + order.amount.currency + order.product);
        for (const Interaction &interaction : d.interactions)
            addText(hash, interaction.summary + interaction.commitments);
        for (const FollowUp &followUp : d.followUps)
            addText(hash, followUp.title);
    }
    return hash.result().toHex();
}

bool DemoCache::isReusable(qint64 customers)
{
    const QString path = workspacePath(customers);
    if (!QFileInfo::exists(path))
        return false;
    QFile stamp(stampPath(customers));
    if (!stamp.open(QIODevice::ReadOnly) || stamp.readAll().trimmed() != fingerprint(customers)) {
        m_log(QStringLiteral("%1 was made by another version of Guanxi or of this benchmark: making it again.")
                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Workspace::Options options;
    options.readOnly = true;
    options.quickCheck = false;
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        m_log(QStringLiteral("%1 cannot be opened (%2): making it again.")
                  .arg(QDir::toNativeSeparators(path), workspace.error().fullText()));
        return false;
    }
    const auto count = CustomerRepository(**workspace).count({});
    if (!count || *count != customers) {
        m_log(QStringLiteral("%1 does not hold %2 customers: making it again.")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(customers));
        return false;
    }
    return true;
}

Result<CachedWorkspace> DemoCache::ensure(qint64 customers)
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, QStringLiteral("The cache folder %1 cannot be created.")
                                            .arg(QDir::toNativeSeparators(m_folder)));
    CachedWorkspace cached;
    cached.path = workspacePath(customers);
    cached.customers = customers;
    if (!isReusable(customers)) {
        auto seconds = generate(customers);
        if (!seconds)
            return seconds.error();
        cached.generated = true;
        cached.generateSeconds = *seconds;
    }
    cached.fileBytes = QFileInfo(cached.path).size();
    return cached;
}

Result<double> DemoCache::generate(qint64 customers)
{
    const QString target = workspacePath(customers);
    const QString partial = QDir(m_folder).filePath(QStringLiteral("demo-%1.partial.guanxi").arg(customers));
    removeWorkspaceFiles(target);
    QFile::remove(stampPath(customers));
    removeWorkspaceFiles(partial);

    m_log(QStringLiteral("Generating a demo workspace of %1 customers (seed %2) in %3 …")
              .arg(QLocale::c().toString(customers))
              .arg(m_seed)
              .arg(QDir::toNativeSeparators(target)));
    QElapsedTimer timer;
    timer.start();
    {
        Workspace::Options options;
        options.mode = Workspace::OpenMode::CreateIfMissing;
        options.quickCheck = false;
        auto workspace = Workspace::open(partial, options);
        if (!workspace)
            return workspace.error();
        demo::DemoOptions demoOptions;
        demoOptions.customers = customers;
        demoOptions.seed = m_seed;
        int lastTenth = -1;
        demoOptions.progress = [&](qint64 done, qint64 total) {
            const int tenth = total > 0 ? int(done * 10 / total) : 10;
            if (customers >= 100000 && tenth != lastTenth) {
                lastTenth = tenth;
                m_log(QStringLiteral("  %1 % of the customers written, %2 s").arg(tenth * 10).arg(timer.elapsed() / 1000));
            }
        };
        demoOptions.stage = [&](BulkWriter::Stage stage) {
            if (customers < 100000)
                return;
            static const char *const names[] = {"building the indexes", "building the search index", "saving",
                                                "writing the log into the file"};
            m_log(QStringLiteral("  %1, %2 s").arg(QLatin1String(names[int(stage)])).arg(timer.elapsed() / 1000));
        };
        auto summary = demo::DemoGenerator::generate(**workspace, demoOptions);
        if (!summary) {
            workspace->reset();
            removeWorkspaceFiles(partial);
            return summary.error();
        }
    }
    if (!QFile::rename(partial, target))
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be renamed to %2.").arg(partial, target));
    removeWorkspaceFiles(partial);  // side files SQLite may have left (none after a clean close)

    QSaveFile stamp(stampPath(customers));
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(fingerprint(customers) + '\n') < 0 || !stamp.commit())
        return makeError(ErrorCode::Io, QStringLiteral("The stamp %1 cannot be written.").arg(stampPath(customers)));
    const double seconds = double(timer.elapsed()) / 1000.0;
    m_log(QStringLiteral("  done in %1 s").arg(seconds, 0, 'f', 1));
    return seconds;
}

}  // namespace guanxi::bench
