#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace dtr {

// Every file dialog of the program: each opens in the folder last used for its kind of file
// (kept in the settings), not in the working folder; choosing remembers the folder.
class FileDialogs
{
public:
    enum class Kind { Snapshots, Changes, Reports, Exports, Workspaces, Configuration };

    // Where a dialog of this kind opens: the folder last chosen, else (workspaces) the workspace
    // folder, else the user's home folder.
    static QString folder(Kind kind);
    static void remember(Kind kind, const QString &folder);

    static QString openFile(QWidget *parent, Kind kind, const QString &caption, const QString &filter);
    static QStringList openFiles(QWidget *parent, Kind kind, const QString &caption, const QString &filter);
    // `suggestedName` without a folder is put in the remembered one.
    static QString saveFile(QWidget *parent, Kind kind, const QString &caption, const QString &suggestedName,
                            const QString &filter, QString *selectedFilter = nullptr);
    // A folder; the next dialog of the kind opens in the folder holding it, beside its siblings.
    static QString existingFolder(QWidget *parent, Kind kind, const QString &caption);
};

} // namespace dtr
