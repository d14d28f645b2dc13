#include "FingerprintCache.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

namespace dtr::FingerprintCache {

namespace {

// One entry per line: "<version>\t<input digest>\t<fingerprint>", newest first.
QMutex fileLock;

QString versionTag()
{
    // The format of the fingerprint itself, and the program that made it.
    return QStringLiteral("1/") + QCoreApplication::applicationVersion();
}

bool addFile(Sha256 &hash, const QString &path, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0 || (stop && stop->load()))
            return false;
        if (n == 0)
            return true;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
}

bool isHex64(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QList<QStringList> readEntries()
{
    QList<QStringList> entries;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entries;
    // Anything that is not a well-formed entry is skipped: a damaged file only costs work.
    while (!file.atEnd() && entries.size() < MaxEntries) {
        const QStringList parts = QString::fromUtf8(file.readLine(4096)).trimmed().split(QLatin1Char('\t'));
        if (parts.size() == 3 && isHex64(parts[1]) && isHex64(parts[2]))
            entries.append(parts);
    }
    return entries;
}

} // namespace

QString filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kontrolsummer.tsv");
}

namespace {

// The files a snapshot path reads: an XML file itself; for CSV every file of the folder (a
// superset of what the reader looks at, so a change to any of them is a different input).
QFileInfoList inputFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
        return {info};
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    return dir.exists() ? dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name) : QFileInfoList();
}

} // namespace

QString inputStamp(const QString &path)
{
    QString stamp;
    for (const QFileInfo &entry : inputFiles(path))
        stamp += QStringLiteral("%1 %2 %3 %4\n")
                     .arg(entry.fileName())
                     .arg(entry.size())
                     .arg(entry.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch())
                     .arg(entry.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch());
    return stamp;
}

QString inputDigest(const QString &path, const std::atomic<bool> *stop)
{
    const QFileInfoList files = inputFiles(path);
    if (files.isEmpty())
        return {};
    Sha256 hash;
    for (const QFileInfo &entry : files) {
        const QByteArray name = entry.fileName().toUtf8();
        const qint64 size = entry.size();
        hash.addData(QByteArrayView(name.constData(), name.size() + 1)); // with its NUL
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        if (!addFile(hash, entry.absoluteFilePath(), stop))
            return {};
    }
    return hash.hexResult();
}

QString lookup(const QString &digest)
{
    if (digest.isEmpty())
        return {};
    const QMutexLocker lock(&fileLock);
    const QString version = versionTag();
    for (const QStringList &entry : readEntries())
        if (entry[0] == version && entry[1] == digest)
            return entry[2];
    return {};
}

void remember(const QString &digest, const QString &fingerprint)
{
    if (!isHex64(digest) || !isHex64(fingerprint))
        return;
    const QMutexLocker lock(&fileLock);
    const QString version = versionTag();
    QList<QStringList> entries = readEntries();
    entries.removeIf([&](const QStringList &e) { return e[1] == digest; });
    entries.prepend({version, digest, fingerprint});
    while (entries.size() > MaxEntries)
        entries.removeLast();
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    for (const QStringList &e : std::as_const(entries))
        file.write((e.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8());
    file.commit();
}

} // namespace dtr::FingerprintCache
