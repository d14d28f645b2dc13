#include "GeneratorGeography.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dtr {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled generator data missing: %s", qPrintable(path));
    return file.readAll();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

const GeneratorData &GeneratorData::bundled()
{
    static const GeneratorData data = [] {
        GeneratorData d;
        const QList<QByteArray> lines = resource(QStringLiteral(":/generator/geografi.csv")).split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cols = line.split(QLatin1Char(';'));
            if (cols.size() < 5)
                continue;
            KommuneGeography k;
            k.kode = cols[0].toInt();
            k.weight = cols[1].toInt();
            k.latitude = cols[2].toDouble();
            k.longitude = cols[3].toDouble();
            for (const QString &t : cols[4].split(QLatin1Char('|'))) {
                const qsizetype space = t.indexOf(QLatin1Char(' '));
                k.towns.append({t.left(space), t.mid(space + 1)});
            }
            d.kommuner.append(k);
        }
        const QJsonObject words = QJsonDocument::fromJson(resource(QStringLiteral(":/generator/navne.json"))).object();
        const QJsonObject prefixes = words.value(QLatin1String("institutionPrefixes")).toObject();
        for (auto it = prefixes.begin(); it != prefixes.end(); ++it)
            d.words.prefixesByType.insert(it.key().toInt(), strings(it.value()));
        d.words.privatePrefixes = strings(words.value(QLatin1String("privatePrefixes")));
        d.words.institutionNames = strings(words.value(QLatin1String("institutionNames")));
        d.words.clusterPatterns = strings(words.value(QLatin1String("clusterPatterns")));
        d.words.directions = strings(words.value(QLatin1String("directions")));
        d.words.streets = strings(words.value(QLatin1String("streets")));
        d.words.dagplejeNames = strings(words.value(QLatin1String("dagplejeNames")));
        d.words.dagplejeGroups = strings(words.value(QLatin1String("dagplejeGroups")));
        return d;
    }();
    return data;
}

const KommuneGeography *GeneratorData::kommune(int kode) const
{
    for (const KommuneGeography &k : kommuner)
        if (k.kode == kode)
            return &k;
    return nullptr;
}

int GeneratorData::totalWeight() const
{
    int total = 0;
    for (const KommuneGeography &k : kommuner)
        total += k.weight;
    return total;
}

} // namespace dtr
