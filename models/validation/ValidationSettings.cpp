#include "ValidationSettings.h"

#include "RuleProfile.h"
#include "codes/CodeTables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace dtr::ValidationSettings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dtr::ValidationSettings", text);
}

const auto ProfileSourceKey = QStringLiteral("validation/profileSource");
const auto CodesSourceKey = QStringLiteral("validation/codesSource");
const auto CodesProvenanceKey = QStringLiteral("validation/codesProvenance");

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString profileCopy()
{
    return folder() + QStringLiteral("/regelprofil.json");
}

QString codesCopy()
{
    return folder() + QStringLiteral("/kodetabeller.json");
}

bool writeCopy(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(folder());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 kan ikke gemmes: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool removeCopy(const QString &path, QString *error)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 kan ikke slettes.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QStringList &problems()
{
    static QStringList list;
    return list;
}

} // namespace

QStringList applySaved()
{
    problems().clear();
    QSettings settings;
    QString error;
    if (QFile::exists(profileCopy())) {
        if (std::optional<RuleProfile> profile = RuleProfile::readFile(profileCopy(), &error)) {
            profile->path = settings.value(ProfileSourceKey).toString();
            RuleProfile::setCurrent(*profile);
        } else {
            problems() << error;
        }
    }
    if (QFile::exists(codesCopy())) {
        if (std::optional<CodeTables> tables = CodeTables::readFile(codesCopy(), &error)) {
            tables->sourceFile = settings.value(CodesSourceKey).toString();
            tables->provenance = settings.value(CodesProvenanceKey, tables->provenance).toString();
            CodeTables::replaceCurrent(*tables);
        } else {
            problems() << error;
        }
    }
    return problems();
}

QStringList startProblems()
{
    return problems();
}

bool saveProfile(const RuleProfile &profile, QString *error)
{
    QSettings settings;
    if (profile.isStandard()) {
        if (!removeCopy(profileCopy(), error))
            return false;
        settings.remove(ProfileSourceKey);
    } else {
        if (!writeCopy(profileCopy(), profile.toJson(), error))
            return false;
        settings.setValue(ProfileSourceKey, profile.path);
    }
    RuleProfile::setCurrent(profile);
    return true;
}

bool saveCodeTables(const CodeTables &tables, QString *error)
{
    QSettings settings;
    if (tables.sourceFile.isEmpty()) {
        if (!removeCopy(codesCopy(), error))
            return false;
        settings.remove(CodesSourceKey);
        settings.remove(CodesProvenanceKey);
    } else {
        if (!writeCopy(codesCopy(), tables.toJson(), error))
            return false;
        settings.setValue(CodesSourceKey, tables.sourceFile);
        settings.setValue(CodesProvenanceKey, tables.provenance);
    }
    CodeTables::replaceCurrent(tables);
    return true;
}

} // namespace dtr::ValidationSettings
