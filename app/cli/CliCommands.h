#pragma once

#include <QStringList>

namespace dtr::cli {

// Exit codes shared by every command: 0 success, 1 the command ran and found a problem it
// reports (used by later commands such as validate), 2 it could not run (bad arguments,
// unreadable input).
inline constexpr int ExitOk = 0;
inline constexpr int ExitFindings = 1;
inline constexpr int ExitCannotRun = 2;

// Runs `dtr COMMAND ARGS…`; `args` starts with the program name.
int run(const QStringList &args);

} // namespace dtr::cli
