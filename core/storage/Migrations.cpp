#include "Migrations.h"

#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace guanxi {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> loaded = [] {
        QList<Step> list;
        const QDir dir(QStringLiteral(":/guanxi/migrations"));
        static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = namePattern.match(name);
            Q_ASSERT_X(match.hasMatch(), "Migrations", "migration files are named NNNN_description.sql");
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("Cannot read the compiled-in migration %s", qPrintable(name));
            list.append(Step{match.captured(1).toInt(), name, file.readAll()});
        }
        for (int i = 0; i < list.size(); ++i)
            if (list[i].version != i + 1)
                qFatal("Migration %s is out of sequence: expected version %d", qPrintable(list[i].name), i + 1);
        return list;
    }();
    return loaded;
}

int Migrations::latestVersion()
{
    return int(steps().size());
}

Status Migrations::apply(sqlite3 *db, const Step &step)
{
    const auto fail = [&](const char *stage) {
        const int code = sqlite3_errcode(db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return sql::toError(code, QStringLiteral("%1 (%2)").arg(message, QLatin1String(stage)),
                            tr("Upgrading the workspace to format %1 failed").arg(step.version));
    };
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("begin");
    if (sqlite3_exec(db, step.script.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(qPrintable(step.name));
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
    if (sqlite3_exec(db, bump.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("user_version");
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit");
    return {};
}

}  // namespace guanxi
