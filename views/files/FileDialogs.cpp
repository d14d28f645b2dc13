#include "FileDialogs.h"

#include "service/SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace dtr {

namespace {

QString settingsKey(FileDialogs::Kind kind)
{
    static const char *const names[] = {"snapshots", "changes", "reports", "exports", "workspaces", "configuration"};
    return QStringLiteral("lastFolder/") + QLatin1String(names[int(kind)]);
}

} // namespace

QString FileDialogs::folder(Kind kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return kind == Kind::Workspaces ? SettingsDialog::workspaceFolder() : QDir::homePath();
}

void FileDialogs::remember(Kind kind, const QString &folder)
{
    if (!folder.isEmpty())
        QSettings().setValue(settingsKey(kind), QFileInfo(folder).absoluteFilePath());
}

QString FileDialogs::openFile(QWidget *parent, Kind kind, const QString &caption, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder(kind), filter);
    if (!path.isEmpty())
        remember(kind, QFileInfo(path).absolutePath());
    return path;
}

QStringList FileDialogs::openFiles(QWidget *parent, Kind kind, const QString &caption, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, folder(kind), filter);
    if (!paths.isEmpty())
        remember(kind, QFileInfo(paths.first()).absolutePath());
    return paths;
}

QString FileDialogs::saveFile(QWidget *parent, Kind kind, const QString &caption, const QString &suggestedName,
                              const QString &filter, QString *selectedFilter)
{
    const QString start =
        QFileInfo(suggestedName).isAbsolute() ? suggestedName : QDir(folder(kind)).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter, selectedFilter);
    if (!path.isEmpty())
        remember(kind, QFileInfo(path).absolutePath());
    return path;
}

QString FileDialogs::existingFolder(QWidget *parent, Kind kind, const QString &caption)
{
    const QString path = QFileDialog::getExistingDirectory(parent, caption, folder(kind));
    if (!path.isEmpty()) {
        QDir parentFolder(path);
        remember(kind, parentFolder.cdUp() ? parentFolder.absolutePath() : path);
    }
    return path;
}

} // namespace dtr
