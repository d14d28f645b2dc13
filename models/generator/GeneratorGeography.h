#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dtr {

// Real geography per municipality for the generator: weight, centre and postal districts
// (resources/generator/geografi.csv), and the word lists for names (navne.json).
struct Town
{
    QString postNummer;
    QString byNavn;
};

struct KommuneGeography
{
    int kode = 0;
    int weight = 0; // thousand inhabitants, approximately
    double latitude = 0;
    double longitude = 0;
    QList<Town> towns;
};

struct GeneratorWords
{
    QMap<int, QStringList> prefixesByType;
    QStringList privatePrefixes;
    QStringList institutionNames;
    QStringList clusterPatterns;
    QStringList directions;
    QStringList streets;
    QStringList dagplejeNames;
    QStringList dagplejeGroups;
};

struct GeneratorData
{
    QList<KommuneGeography> kommuner;
    GeneratorWords words;

    static const GeneratorData &bundled();
    const KommuneGeography *kommune(int kode) const;
    int totalWeight() const;
};

} // namespace dtr
