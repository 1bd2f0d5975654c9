#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>

struct sqlite3;

namespace guanxi {

// The schema's history: numbered SQL files under core/storage/migrations ("0001_initial.sql",
// "0002_….sql"), compiled in as Qt resources. Version N is the state after file N; the file's
// version is kept in PRAGMA user_version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Step {
        int version = 0;
        QString name;       // file name, for messages
        QByteArray script;  // UTF-8 SQL, several statements
    };

    static const QList<Step> &steps();
    static int latestVersion();
    // Runs one step in its own transaction together with the user_version bump: after a crash
    // the file is either at the old version or the new one, never between.
    static Status apply(sqlite3 *db, const Step &step);
};

}  // namespace guanxi
