#include "TestFiles.h"
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include "geo/Geography.h"
#include "register/Register.h"
#include "service/Payload.h"

#include <QDir>

#include <cmath>

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace dtr::test {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

QByteArray csvHeader(int level)
{
    switch (level) {
    case 0:
        return "daginstitutionsNummer;daginstitutionsNavn;ejerformKode;ejerformKode_Tekst;lovgrundlagKode;"
               "admKommuneKode;aktivitetsstatus;senestOpdateret";
    case 1:
        return "anvisningsenhedsNummer;daginstitutionsNummer;anvisningsenhedsNavn;instType3;instType3_Tekst;vejNavn;"
               "husNummer;postNummer;byNavn;kommuneKode;email;telefonNummer;cvrNummer;pNummer;geoBredde;geoLaengde;"
               "aktivitetsstatus";
    default:
        return "alternativAdresseNummer;anvisningsenhedsNummer;alternativAdresseNavn;vejNavn;husNummer;postNummer;"
               "byNavn;kommuneKode;geoBredde;geoLaengde;aktivitetsstatus";
    }
}

void writeSmallCsvSnapshot(const QString &folder)
{
    const QByteArray bom("\xEF\xBB\xBF");
    writeFile(folder + QStringLiteral("/daginstitutioner.csv"),
              bom + csvHeader(0) + "\r\n" +
                  "G10001;Børnehuset Solsikken;1;Kommunal;1;751;Aktiv;2024-03-01T10:00:00\r\n" +
                  "G10002;\"Dagtilbud \"\"Nord\"\"; Aarhus\";2;Selvejende;2;751;Aktiv;2019-08-01T00:00:00\r\n");
    writeFile(folder + QStringLiteral("/anvisningsenheder.csv"),
              bom + csvHeader(1) + "\r\n" +
                  "G20001;G10001;Børnehuset Solsikken;6012;Aldersintegreret;Skolevej;4A;8000;Aarhus C;751;"
                  "solsikken@aarhus.dk;87654321;55133018;1012345678;56,1572;10,2107;Aktiv\r\n" +
                  "G20002;G10002;Vuggestuen Nord;6010;Vuggestue;Nørregade;12;8200;Aarhus N;751;;;;1012345679;"
                  "56,19;10,18;Nedlagt\r\n" +
                  "G20003;G10002;Børnehaven Nord;6011;Børnehave;Nørregade;14;8200;Aarhus N;751;nord@aarhus.dk;"
                  "86000000;;1012345680;56,19;10,19;Aktiv\r\n");
    writeFile(folder + QStringLiteral("/alternativadresser.csv"),
              bom + csvHeader(2) + "\r\n" +
                  "G30001;G20001;Skovgrunden;Skovvej;1;8270;Højbjerg;751;56,11;10,2;Aktiv\r\n");
}

QByteArray newUnitPayload(const QString &parent, const QString &pNummer, const char *type)
{
    Record r(Level::Anvisningsenhed);
    r.setValue(Field::ParentNummer, parent);
    r.setValue(Field::Navn, u"Børnehuset Havblik");
    r.setValue(Field::InstType3, QString::fromLatin1(type));
    r.setValue(Field::PNummer, pNummer);
    r.setValue(Field::Email, u"havblik@odder.dk");
    r.setValue(Field::VejNavn, u"Strandvejen");
    r.setValue(Field::HusNummer, u"12");
    r.setValue(Field::PostNummer, u"8300");
    r.setValue(Field::ByNavn, u"Odder");
    r.setValue(Field::KommuneKode, u"727");
    return Payload::write(Payload::Kind::Insert, r);
}

QString canonical(const Register &reg)
{
    QStringList lines;
    for (const Record &r : reg.records()) {
        QStringList parts{QString(levelKey(r.level()))};
        for (Field f : fieldsOf(r.level()))
            parts.append(r.value(f));
        const QStringList &names = reg.extraNames(r.level());
        for (int e = 0; e < names.size(); ++e)
            if (!r.extra(e).isEmpty())
                parts.append(names[e] + QLatin1Char('=') + r.extra(e));
        lines.append(parts.join(QLatin1Char('|')));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

void useFreshAppData(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DTR Studio Test"));
    QCoreApplication::setApplicationName(testName);
    clearAppData();
}

void clearAppData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
}

GeoPoint besideEdge(const KommuneArea &area, int edge, double metres, int sign)
{
    const KommuneArea::Ring &ring = area.polygons.first().first();
    const GeoPoint a = ring[edge], b = ring[edge + 1];
    const GeoPoint mid{(a.lon + b.lon) / 2, (a.lat + b.lat) / 2};
    const double kx = 111320.0 * std::cos(mid.lat * 3.14159265358979323846 / 180), ky = 110574.0;
    const double dx = (b.lon - a.lon) * kx, dy = (b.lat - a.lat) * ky;
    const double length = std::hypot(dx, dy);
    return {mid.lon + sign * (-dy / length) * metres / kx, mid.lat + sign * (dx / length) * metres / ky};
}

} // namespace dtr::test
