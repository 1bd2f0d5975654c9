// guanxi-cli: Guanxi without a window. See CliApplication.h.
#include "CliApplication.h"
#include "Console.h"

#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    guanxi::WorkspaceLocation::applyApplicationIdentity();
    guanxi::cli::Console::prepare();
    return guanxi::cli::run(QCoreApplication::arguments());
}
