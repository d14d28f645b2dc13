#include "CliSupport.h"

#include "CliCommands.h"
#include "changes/ChangeFile.h"
#include "codes/CodeTables.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dtr::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One line on stderr, starting with "dtr:", and the "cannot run" exit code.
int cannotRun(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "dtr: " << line << Qt::endl;
    return ExitCannotRun;
}

// Parses a command's arguments; returns false with the exit code in *exit when the command
// must stop (help shown, or a usage error). With `json`, the command takes --format text|json.
bool parse(QCommandLineParser &parser, const QStringList &args, int *exit, bool *json)
{
    parser.addHelpOption();
    if (json)
        parser.addOption({QStringLiteral("format"), tr("Uddata som text (standard) eller json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (!parser.parse(args)) {
        *exit = cannotRun(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; users know it as "dtr COMMAND".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), args.constFirst());
        out() << text;
        out().flush();
        *exit = ExitOk;
        return false;
    }
    if (json) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("text") && format != QLatin1String("json")) {
            *exit = cannotRun(tr("--format skal være text eller json, ikke \"%1\".").arg(format));
            return false;
        }
        *json = format == QLatin1String("json");
    }
    return true;
}

// The pending changes of a workspace (.dtrws) or a change file (.json), read without locking
// the workspace, so it can be listed while the app has it open.
bool readChanges(const QString &path, QList<Step> *steps, int *position, QString *error,
                 Workspace::Summary *workspaceSummary)
{
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1 findes ikke.").arg(path);
        return false;
    }
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(16);
    if (head.startsWith("SQLite format 3")) {
        Workspace::Summary summary;
        if (!Workspace::peek(path, &summary, error))
            return false;
        *steps = summary.steps;
        *position = summary.position;
        if (workspaceSummary)
            *workspaceSummary = summary;
        return true;
    }
    file.seek(0);
    ChangeFile::Contents contents;
    if (!ChangeFile::read(file.read(256 * 1024 * 1024), &contents, error)) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + *error;
        return false;
    }
    *steps = contents.steps;
    *position = int(contents.steps.size());
    return true;
}

const CodeTables &codeTables()
{
    return CodeTables::bundled();
}

// The password: from DTR_PASSWORD, else asked on the terminal without echo. Never an argument.
bool password(QString *out, QString *error)
{
    if (qEnvironmentVariableIsSet("DTR_PASSWORD")) {
        *out = qEnvironmentVariable("DTR_PASSWORD");
        return true;
    }
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *error = tr("ingen adgangskode: sæt DTR_PASSWORD, eller kør fra en terminal for at blive spurgt.");
        return false;
    }
    std::fputs(qPrintable(tr("Adgangskode: ")), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool terminal = tcgetattr(fd, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (terminal)
        tcsetattr(fd, TCSANOW, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read) {
        *error = tr("ingen adgangskode læst.");
        return false;
    }
    *out = QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return true;
}

} // namespace dtr::cli
