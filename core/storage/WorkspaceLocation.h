#pragma once

#include <QString>

namespace guanxi {

// Where Guanxi keeps things when the user names no file: the same places for the GUI and
// guanxi-cli, so `guanxi-cli customer list` shows what the window shows.
namespace WorkspaceLocation {

// Sets the organisation and application names QStandardPaths and QSettings derive their
// folders from ("Guanxi"/"Guanxi"). Both executables call it first thing in main().
void applyApplicationIdentity();

// <AppDataLocation>/default.guanxi, e.g. ~/.local/share/Guanxi/Guanxi/default.guanxi on Linux,
// %APPDATA%\Guanxi\Guanxi\default.guanxi on Windows. Independent of the names the running
// program set, so it is the same path for every Guanxi executable.
QString defaultWorkspacePath();

}  // namespace WorkspaceLocation

}  // namespace guanxi
