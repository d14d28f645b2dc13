#include "CsvColumns.h"

#include "codes/CodeTables.h"

namespace dtr {

namespace {

using F = Field;
using L = QLatin1StringView;

const QList<CsvColumn> daginstitutionColumns{
    {F::Nummer, L("daginstitutionsNummer"), L(), true},
    {F::Navn, L("daginstitutionsNavn"), L(), true},
    {F::EjerformKode, L("ejerformKode"), L("ejerformKode_Tekst"), false},
    {F::LovgrundlagKode, L("lovgrundlagKode"), L("lovgrundlagKode_Tekst"), false},
    {F::AdmKommuneKode, L("admKommuneKode"), L("admKommuneKode_Tekst"), false},
    {F::Aktivitetsstatus, L("aktivitetsstatus"), L(), false},
    {F::SenestOpdateret, L("senestOpdateret"), L(), false},
};

const QList<CsvColumn> anvisningsenhedColumns{
    {F::Nummer, L("anvisningsenhedsNummer"), L(), true},
    {F::ParentNummer, L("daginstitutionsNummer"), L(), true},
    {F::Navn, L("anvisningsenhedsNavn"), L(), true},
    {F::InstType3, L("instType3"), L("instType3_Tekst"), false},
    {F::VejNavn, L("vejNavn"), L(), false},
    {F::HusNummer, L("husNummer"), L(), false},
    {F::Etage, L("etage"), L(), false},
    {F::Doer, L("doer"), L(), false},
    {F::PostNummer, L("postNummer"), L(), false},
    {F::ByNavn, L("byNavn"), L(), false},
    {F::SupplerendeBynavn, L("supplerendeBynavn"), L(), false},
    {F::KommuneKode, L("kommuneKode"), L("kommuneKode_Tekst"), false},
    {F::Email, L("email"), L(), false},
    {F::TelefonNummer, L("telefonNummer"), L(), false},
    {F::CvrNummer, L("cvrNummer"), L(), false},
    {F::PNummer, L("pNummer"), L(), false},
    {F::GeoBredde, L("geoBredde"), L(), false},
    {F::GeoLaengde, L("geoLaengde"), L(), false},
    {F::DawaId, L("dawaId"), L(), false},
    {F::Aktivitetsstatus, L("aktivitetsstatus"), L(), false},
    {F::SenestOpdateret, L("senestOpdateret"), L(), false},
};

const QList<CsvColumn> alternativAdresseColumns{
    {F::Nummer, L("alternativAdresseNummer"), L(), true},
    {F::ParentNummer, L("anvisningsenhedsNummer"), L(), true},
    {F::Navn, L("alternativAdresseNavn"), L(), false},
    {F::VejNavn, L("vejNavn"), L(), false},
    {F::HusNummer, L("husNummer"), L(), false},
    {F::Etage, L("etage"), L(), false},
    {F::Doer, L("doer"), L(), false},
    {F::PostNummer, L("postNummer"), L(), false},
    {F::ByNavn, L("byNavn"), L(), false},
    {F::SupplerendeBynavn, L("supplerendeBynavn"), L(), false},
    {F::KommuneKode, L("kommuneKode"), L(), false},
    {F::GeoBredde, L("geoBredde"), L(), false},
    {F::GeoLaengde, L("geoLaengde"), L(), false},
    {F::DawaId, L("dawaId"), L(), false},
    {F::Aktivitetsstatus, L("aktivitetsstatus"), L(), false},
    {F::SenestOpdateret, L("senestOpdateret"), L(), false},
};

struct Alias
{
    Level level;
    L header;
    Field field;
};

// Other spellings met in exports and third-party copies of them.
const Alias aliases[] = {
    {Level::Anvisningsenhed, L("EnhedsNummer"), F::Nummer},
    {Level::Anvisningsenhed, L("EnhedsNavn"), F::Navn},
    {Level::Anvisningsenhed, L("dagtilbudsNavn"), F::Navn},
    {Level::AlternativAdresse, L("navn"), F::Navn},
};

} // namespace

const QList<CsvColumn> &csvColumns(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return daginstitutionColumns;
    case Level::Anvisningsenhed:
        return anvisningsenhedColumns;
    case Level::AlternativAdresse:
        break;
    }
    return alternativAdresseColumns;
}

bool csvFieldForHeader(Level level, QStringView header, Field *field)
{
    for (const CsvColumn &c : csvColumns(level)) {
        if (header.compare(c.header, Qt::CaseInsensitive) == 0) {
            *field = c.field;
            return true;
        }
    }
    for (const Alias &a : aliases) {
        if (a.level == level && header.compare(a.header, Qt::CaseInsensitive) == 0) {
            *field = a.field;
            return true;
        }
    }
    return false;
}

bool isCsvLabelHeader(QStringView header)
{
    return header.endsWith(QLatin1String("_Tekst"), Qt::CaseInsensitive);
}

QString csvHeaderForExtra(Level level, const QString &name)
{
    Field field;
    bool control = false;
    for (QChar c : name)
        control = control || c.unicode() < 0x20;
    const bool plain = !name.isEmpty() && name == name.trimmed() && !control &&
                       !csvFieldForHeader(level, name, &field) && !isCsvLabelHeader(name) &&
                       !name.startsWith(CsvExtraPrefix, Qt::CaseInsensitive);
    if (plain)
        return name;
    qsizetype first = 0;
    while (first < name.size() && name[first].isSpace())
        ++first;
    qsizetype last = name.size() - 1;
    while (last >= first && name[last].isSpace())
        --last;
    QString header = CsvExtraPrefix;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == QLatin1Char('%') || c.unicode() < 0x20 || i < first || i > last) {
            for (char byte : QString(c).toUtf8())
                header += QStringLiteral("%%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            header += c;
        }
    }
    return header;
}

bool csvExtraFromEscapedHeader(QStringView header, QString *name)
{
    if (!header.startsWith(CsvExtraPrefix, Qt::CaseInsensitive))
        return false;
    *name = QString::fromUtf8(QByteArray::fromPercentEncoding(header.mid(CsvExtraPrefix.size()).toUtf8()));
    return true;
}

QString csvLabelFor(Field field, const QString &value, const CodeTables &codes)
{
    bool ok = false;
    const int code = value.trimmed().toInt(&ok);
    if (!ok)
        return {};
    const CodeTable *table = codes.tableFor(field);
    if (!table)
        return {};
    return table->contains(code) ? table->label(code) : QString();
}

QString csvFileName(Level level)
{
    switch (level) {
    case Level::Daginstitution:
        return QStringLiteral("daginstitutioner.csv");
    case Level::Anvisningsenhed:
        return QStringLiteral("anvisningsenheder.csv");
    case Level::AlternativAdresse:
        break;
    }
    return QStringLiteral("alternativadresser.csv");
}

bool csvLevelFromFileName(const QString &fileName, Level *level)
{
    if (fileName.contains(QLatin1String("daginstitution"), Qt::CaseInsensitive))
        *level = Level::Daginstitution;
    else if (fileName.contains(QLatin1String("anvisningsenhed"), Qt::CaseInsensitive))
        *level = Level::Anvisningsenhed;
    else if (fileName.contains(QLatin1String("alternativ"), Qt::CaseInsensitive))
        *level = Level::AlternativAdresse;
    else
        return false;
    return true;
}

} // namespace dtr
