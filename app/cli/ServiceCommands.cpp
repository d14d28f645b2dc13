#include "CliCommands.h"
#include "CliSupport.h"

#include "codes/CodeTables.h"
#include "io/Snapshot.h"
#include "io/XmlSnapshot.h"
#include "register/Register.h"
#include "service/RegisterClient.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

// `dtr simulate` (the stand-in register) and `dtr fetch` (a kommune from the register).
namespace dtr::cli {

int simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Starter et stand-in-register: SOAP over HTTP(S) på loopback med registerets Import- og ExportService,\n"
        "regler og svar, så klienten, demoen og testene kan køre uden STIL. Adgangskoden læses fra DTR_PASSWORD.\n"
        "Skriver \"listening on URL\" når den er klar, og kører til den stoppes.\n"
        "\n"
        "Fejl til test (--faults): kommaseparerede regler METODE:FEJL[@KALD], hvor METODE er et metodenavn eller *,\n"
        "og KALD et kaldnummer eller interval talt pr. metode fra 1 (@2, @1-3); den første regel, der passer, gælder.\n"
        "FEJL, og om en skrivning (Insert/Update/Delete/Move) bliver udført:\n"
        "  delay=MS       svaret kommer efter MS ms; udført efter ventetiden, men kun hvis klienten stadig venter\n"
        "                 (har klienten givet op, sker intet)\n"
        "  drop-before    forbindelsen lukkes uden svar; ikke udført\n"
        "  drop-after     udført, så lukkes forbindelsen uden svar\n"
        "  http500        HTTP 500 med en krop, der ikke er SOAP; ikke udført\n"
        "  http503        HTTP 503; ikke udført\n"
        "  malformed      et afkortet SOAP-svar (HTTP 200); ikke udført\n"
        "  fault          en SOAP Fault (HTTP 500); ikke udført\n"
        "  oversized      8 MB, der ikke er et svar (HTTP 200); ikke udført\n"
        "  http500-after  udført, så HTTP 500 med en krop, der ikke er SOAP\n"
        "  fault-after    udført, så en SOAP Fault (HTTP 500)\n"
        "  late=MS        intet svar; forbindelsen holdes åben, til klienten giver op; udført MS ms efter, at\n"
        "                 klienten lukkede (lukker den ikke inden 10 minutter, udføres skrivningen, og\n"
        "                 forbindelsen lukkes)\n"
        "readback:FEJL[@KALD] giver læsninger (ExportService) efter den seneste indsatte fejl på en skrivning FEJL\n"
        "(delay=MS, drop-before, http500, http503, malformed, fault eller oversized): KALD tæller læsningerne fra 1\n"
        "efter den fejl og begynder forfra ved hver ny; uden KALD gælder den hver læsning indtil næste skrivning.\n"
        "Fx InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3.\n"
        "random=P[/FRØ] giver hvert kald en fejl med sandsynlighed P (drop-before, drop-after, http503, malformed,\n"
        "fault, http500-after eller fault-after; aldrig delay, late eller oversized), samme fejl for samme frø."));
    parser.addOption({QStringLiteral("data"), tr("Udtrækket, registeret starter med."), QStringLiteral("SNAPSHOT")});
    parser.addOption({QStringLiteral("listen"), tr("Adresse og port, fx 127.0.0.1:8080 (0 = en ledig port)."),
                      QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavnet klienter skal bruge."), QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("state"), tr("Fil med registerets tilstand; bevares ved genstart."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("faults"), tr("Fejl at indsætte (se ovenfor)."), QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("tls-cert"), tr("Certifikat (PEM) for HTTPS."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), tr("Privat nøgle (PEM) for HTTPS."), QStringLiteral("FILE")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("user")))
        return cannotRun(tr("simulate kræver --data og --user (se dtr simulate --help)."));
    if (!qEnvironmentVariableIsSet("DTR_PASSWORD"))
        return cannotRun(tr("sæt adgangskoden i DTR_PASSWORD."));
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(listen.left(colon));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    if (colon < 0 || address.isNull() || !portOk || port < 0 || port > 65535)
        return cannotRun(tr("--listen skal være ADRESSE:PORT, fx 127.0.0.1:8080."));
    if (!address.isLoopback())
        return cannotRun(tr("stand-in-registeret lytter kun på loopback (127.0.0.1 eller ::1)."));

    auto data = std::make_shared<Register>();
    ReadError readError;
    if (!Snapshot::read(parser.value(QStringLiteral("data")), data.get(), &readError))
        return cannotRun(readError.toString());
    StandInRegister reg(data);
    QString error;
    if (parser.isSet(QStringLiteral("state")) && !reg.setStateFile(parser.value(QStringLiteral("state")), &error))
        return cannotRun(error);
    FaultPlan faults;
    if (parser.isSet(QStringLiteral("faults")) && !faults.parse(parser.value(QStringLiteral("faults")), &error))
        return cannotRun(error);
    QSslCertificate certificate;
    QSslKey key;
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
        return cannotRun(tr("--tls-cert og --tls-key gives sammen."));
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QFile certFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return cannotRun(tr("certifikat eller nøgle kan ikke læses."));
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return cannotRun(tr("certifikat eller nøgle er ikke gyldig PEM."));
    }
    StandInServer server(&reg, parser.value(QStringLiteral("user")), qEnvironmentVariable("DTR_PASSWORD"));
    server.setFaults(faults);
    if (!server.listen(address, quint16(port), &error, certificate, key))
        return cannotRun(error);
    out() << "listening on " << server.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}

int fetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Henter en kommunes data fra registerets ExportService (GetDagtilbudByAdmKommuneNummer) og skriver\n"
           "dem som XML-udtræk. Adgangskoden læses fra DTR_PASSWORD eller spørges om i terminalen.\n"
           "Afslutter med 0 ved succes, 2 ved fejl."));
    parser.addOption({QStringLiteral("service"), tr("Registerets adresse (https://…)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("kommune"), tr("Kommunekoden."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("user"), tr("Brugernavn."), QStringLiteral("U")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Hvor udtrækket skrives (standard: stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ca"), tr("Et ekstra CA-certifikat (PEM) at stole på."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"), tr("Sekunder uden svar før der gives op (standard 60)."),
                      QStringLiteral("S"), QStringLiteral("60")});
    int exit = ExitOk;
    if (!parse(parser, args, &exit))
        return exit;
    for (const char *required : {"service", "kommune", "user"})
        if (!parser.isSet(QLatin1String(required)))
            return cannotRun(tr("fetch kræver --service, --kommune og --user (se dtr fetch --help)."));
    bool ok = false;
    const int kommune = parser.value(QStringLiteral("kommune")).toInt(&ok);
    if (!ok || !codeTables().kommune.contains(kommune))
        return cannotRun(tr("\"%1\" er ikke en af de 98 kommunekoder.").arg(parser.value(QStringLiteral("kommune"))));
    ServiceEndpoint endpoint;
    endpoint.base = QUrl(parser.value(QStringLiteral("service")));
    if (!endpoint.base.isValid() || endpoint.base.host().isEmpty())
        return cannotRun(tr("--service skal være en adresse som https://…"));
    endpoint.user = parser.value(QStringLiteral("user"));
    endpoint.timeoutMs = std::max(1, parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    if (parser.isSet(QStringLiteral("ca"))) {
        endpoint.extraCaCertificates = QSslCertificate::fromPath(parser.value(QStringLiteral("ca")));
        if (endpoint.extraCaCertificates.isEmpty())
            return cannotRun(tr("%1 indeholder intet PEM-certifikat.").arg(parser.value(QStringLiteral("ca"))));
    }
    QString error;
    if (!password(&endpoint.password, &error))
        return cannotRun(error);
    RegisterClient client(endpoint);
    ServiceCall *call = client.query(ServiceNames::Method::GetDagtilbudByAdmKommuneNummer, QString::number(kommune));
    call->wait();
    Register reg;
    if (!RegisterClient::readRegister(*call, &reg, &error))
        return cannotRun(error);
    const QByteArray bytes = XmlSnapshot::toBytes(reg);
    if (parser.isSet(QStringLiteral("output"))) {
        if (!XmlSnapshot::write(reg, parser.value(QStringLiteral("output")), &error))
            return cannotRun(error);
    } else {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }
    return ExitOk;
}

} // namespace dtr::cli
