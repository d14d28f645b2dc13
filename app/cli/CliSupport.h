#pragma once

#include "changes/Operation.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace dtr {
class CodeTables;
struct Step;
} // namespace dtr

// What every `dtr` command shares: output streams, the one-line error, argument parsing with
// --help and --format, reading pending changes, the password.
namespace dtr::cli {

// Every command's text, in the one translation context "dtr::cli".
QString tr(const char *text);

QTextStream &out();
QTextStream &err();
// One line on stderr, starting with "dtr:", and the "cannot run" exit code.
int cannotRun(const QString &message);
// Parses a command's arguments; returns false with the exit code in *exit when the command
// must stop (help shown, or a usage error). With `json`, the command takes --format text|json.
bool parse(QCommandLineParser &parser, const QStringList &args, int *exit, bool *json = nullptr);
// The pending changes of a workspace (.dtrws) or a change file (.json), read without locking
// the workspace, so it can be listed while the app has it open.
// For a workspace, `summary` (if given) gets what else it holds (unknown outcomes, refusals).
bool readChanges(const QString &path, QList<Step> *steps, int *position, QString *error,
                 Workspace::Summary *summary = nullptr);
// The code tables of every command: the bundled ones (the command line never reads the app's
// saved settings). `dtr validate --codes FILE` replaces them for that one run.
const CodeTables &codeTables();
// The password: from DTR_PASSWORD, else asked on the terminal without echo. Never an argument.
bool password(QString *out, QString *error);

// The commands, each in a file of its own (XxxCommand.cpp; simulate and fetch in
// ServiceCommands.cpp). CliCommands.cpp holds the table of them, the help and run().
int inspect(const QStringList &args);
int convert(const QStringList &args);
int generate(const QStringList &args);
int changes(const QStringList &args);
int validate(const QStringList &args);
int diff(const QStringList &args);
int simulate(const QStringList &args);
int fetch(const QStringList &args);
int submit(const QStringList &args);
int workspace(const QStringList &args);
// `dtr workspace reconcile`: settles unknown outcomes by reading back (SubmitCommand.cpp).
int workspaceReconcile(const QStringList &args);

} // namespace dtr::cli
