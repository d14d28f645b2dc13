#include "TestFiles.h"

#include "codes/CodeTables.h"
#include "generator/SnapshotGenerator.h"
#include "io/XmlSnapshot.h"
#include "service/Payload.h"
#include "service/RegisterClient.h"
#include "service/SoapMessage.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace dtr;
using M = ServiceNames::Method;

// The client against the stand-in register over real loopback sockets, HTTP and HTTPS.
class TestService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<const Register> m_data;
    std::unique_ptr<StandInRegister> m_register;
    std::unique_ptr<StandInServer> m_server;
    QString m_caPath;

    ServiceEndpoint endpoint(const QString &password = QStringLiteral("hemmelig")) const
    {
        ServiceEndpoint e;
        e.base = m_server->url();
        e.user = QStringLiteral("kommune");
        e.password = password;
        e.timeoutMs = 3000;
        return e;
    }

    // Runs one call to the end.
    static ServiceCall *run(ServiceCall *call)
    {
        call->wait();
        return call;
    }

    void restartServer(const QString &faults = {})
    {
        m_server =
            std::make_unique<StandInServer>(m_register.get(), QStringLiteral("kommune"), QStringLiteral("hemmelig"));
        FaultPlan plan;
        QString error;
        QVERIFY2(plan.parse(faults, &error), qPrintable(error));
        m_server->setFaults(plan);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    QString firstUnitOf(const char *dag) const
    {
        const Overlay &o = *m_register->changes().overlay();
        const int d = o.find(Level::Daginstitution, QString::fromLatin1(dag));
        return o.record(o.childrenOf(d)[0]).nummer();
    }

    static QByteArray newUnitPayload(const QString &parent, const QString &pNummer = QStringLiteral("1099000001"),
                                     const char *type = "6012")
    {
        return test::newUnitPayload(parent, pNummer, type);
    }

private slots:
    // Answers that once slipped through (found by fuzz_answer): a contradictory ImportSvar is not
    // an answer to act on, and a refusal always carries a reason.
    void importAnswersThatSayTwoThingsOrNothing()
    {
        const auto parse = [](const char *file, ImportResult *result, QString *error) {
            QFile f(QStringLiteral(DTR_SOURCE_DIR "/tests/fuzz/corpus/fuzz_answer/") + QLatin1String(file));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            Soap::Response response;
            return Soap::parseResponse(f.readAll(), ServiceNames::Method::InsertAnvisningsEnhed, &response, error) &&
                   ImportResult::parse(response.xml, result, error);
        };
        ImportResult result;
        QString error;
        QVERIFY(!parse("ok-med-fejl.xml", &result, &error));
        QVERIFY2(error.contains(QStringLiteral("både OK og fejl")), qPrintable(error));
        for (const char *file : {"afvist-besked-blank.xml", "afvist-tom-fejl.xml"}) {
            QVERIFY2(parse(file, &result, &error), qPrintable(error));
            QVERIFY(!result.ok);
            bool reason = false;
            for (const ImportResult::Error &e : result.errors)
                reason = reason || !e.message.trimmed().isEmpty();
            QVERIFY2(reason, file);
        }
    }

    void initTestCase()
    {
        GeneratorOptions options;
        options.kommuner = {727, 746};
        options.seed = 1;
        m_data = std::make_shared<Register>(generateSnapshot(options).reg);
        m_register = std::make_unique<StandInRegister>(m_data);
        restartServer();
    }

    void helloAndEveryExportMethod()
    {
        RegisterClient client(endpoint());
        QVERIFY(run(client.query(M::HelloWorld))->response().text.startsWith(QStringLiteral("Hello ")));
        QVERIFY(run(client.query(M::ImportHelloWorld))->response().text.startsWith(QStringLiteral("Hello ")));

        const Register &data = *m_data;
        const Record &dag = data.record(data.daginstitutionerIn(0)[0]);
        const Record &unit = data.record(data.childrenOf(data.daginstitutionerIn(0)[0])[0]);
        const struct
        {
            M method;
            QString value;
            int expected; // records in the answer; -1: at least one
        } calls[] = {
            {M::GetAllDagtilbud, {}, data.size()},
            {M::GetDagtilbudByAdmKommuneNummer, QStringLiteral("727"), -1},
            {M::GetDagtilbudByDagInstitutionsNummer, dag.nummer(), -1},
            {M::GetAllDaginstitutioner, {}, data.count(Level::Daginstitution)},
            {M::GetDaginstitutionByNummer, dag.nummer(), 1},
            {M::GetDaginstitutionByNavn, dag.navn().left(6), -1},
            {M::GetAllAnvisningsEnheder, {}, data.count(Level::Anvisningsenhed)},
            {M::GetAnvisningsEnhederByPnummer, unit.value(Field::PNummer), 1},
            {M::GetAnvisningsEnhederByNummer, unit.nummer(), 1},
            {M::GetAnvisningsEnhederByCvrnummer, unit.value(Field::CvrNummer), -1},
            {M::GetAnvisningsEnhederByNavn, unit.navn().left(6), -1},
            {M::GetAnvisningsEnhederByDaginstitutionsnummer, dag.nummer(), -1},
            {M::GetAllAlternativAdresser, {}, data.count(Level::AlternativAdresse)},
            {M::GetAlternativAdresserByCvrnummer, QStringLiteral("00000000"), 0},
            {M::GetAlternativAdresserByPnummer, QStringLiteral("0000000000"), 0},
        };
        for (const auto &c : calls) {
            ServiceCall *call = run(client.query(c.method, c.value));
            Register answer;
            QString error;
            QVERIFY2(RegisterClient::readRegister(*call, &answer, &error),
                     qPrintable(QString(ServiceNames::methodName(c.method)) + QStringLiteral(": ") + error));
            if (c.expected >= 0)
                QCOMPARE(answer.size(), c.expected);
            else
                QVERIFY2(answer.size() > 0, ServiceNames::methodName(c.method).data());
        }
        // The whole register comes back as it went in (the same records, field for field).
        Register all;
        QString error;
        QVERIFY(RegisterClient::readRegister(*run(client.query(M::GetAllDagtilbud)), &all, &error));
        QCOMPARE(test::canonical(all), test::canonical(data));

        ServiceCall *codes = run(client.query(M::GetKodetabeller));
        QVERIFY(codes->ok());
        const auto tables = CodeTables::fromXml(codes->response().xml, m_server->url().toString(), &error);
        QVERIFY2(tables, qPrintable(error));
        QCOMPARE(tables->kommune.labels.size(), 98);
        QVERIFY(tables->provenance.contains(m_server->url().toString()));
        QCOMPARE(tables->crossValidation.size(), CodeTables::bundled().crossValidation.size());

        ServiceCall *schema = run(client.query(M::GetXMLSchema, QStringLiteral("dagtilbud")));
        QVERIFY(schema->response().text.contains(QStringLiteral("xs:schema")));
        QVERIFY(XmlSchema::fromBytes(schema->response().text.toUtf8(), &error));
    }

    void writesFollowTheRegistersRules()
    {
        RegisterClient client(endpoint());
        ImportResult result;
        QString error;
        const auto write = [&](M method, const QByteArray &payload) {
            ServiceCall *call = run(client.write(method, payload));
            if (!call->ok())
                return false;
            return ImportResult::parse(call->response().xml, &result, &error);
        };
        const Overlay &o = *m_register->changes().overlay();
        const QString dag = o.record(o.children({TreeNode::Kommune, 727})[0]).nummer();

        // Dry run: valid, and not written.
        QVERIFY(write(M::ValidateXmlAgainstSchema, newUnitPayload(dag)));
        QVERIFY(result.ok);
        QVERIFY(write(M::ValidateXmlAgainstSchema, newUnitPayload(dag, QStringLiteral("123"))));
        QVERIFY(!result.ok);
        QCOMPARE(result.errors.first().code, QStringLiteral("SKEMA"));
        const int before = o.count(Level::Anvisningsenhed);
        QCOMPARE(o.count(Level::Anvisningsenhed), before);

        // Insert: the register issues the number.
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag)));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));
        QVERIFY(result.number.startsWith(QLatin1Char('G')));
        const QString issued = result.number;
        QCOMPARE(o.record(o.find(Level::Anvisningsenhed, issued)).value(Field::PNummer), QStringLiteral("1099000001"));

        // Refusals, each with the register's code and message.
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099999999"))));
        QCOMPARE(result.errors.first().code, QStringLiteral("P_NUMMER_IKKE_AKTIV"));
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099000002"), "6021")));
        QCOMPARE(result.errors.first().code, QStringLiteral("KRYDSVALIDERING_TYPE"));
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(QStringLiteral("G00000"))));
        QCOMPARE(result.errors.first().code, QStringLiteral("HIERARKI"));
        Record withNumber(Level::Daginstitution);
        withNumber.setValue(Field::Nummer, u"G55555");
        withNumber.setValue(Field::Navn, u"X");
        QVERIFY(write(M::InsertDaginstitution, Payload::write(Payload::Kind::Update, withNumber)));
        QCOMPARE(result.errors.first().code, QStringLiteral("NUMMER_UDSTEDES"));

        // Update, then delete refused while children exist (no cascade), then allowed.
        Record update = o.record(o.find(Level::Anvisningsenhed, issued));
        update.setValue(Field::Navn, u"Børnehuset Havblikket");
        QVERIFY(write(M::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, update)));
        QVERIFY(result.ok);
        QCOMPARE(o.record(o.find(Level::Anvisningsenhed, issued)).navn(), QStringLiteral("Børnehuset Havblikket"));
        Record dagRecord = o.record(o.find(Level::Daginstitution, dag));
        QVERIFY(write(M::DeleteDaginstitution, Payload::write(Payload::Kind::Delete, dagRecord)));
        QCOMPARE(result.errors.first().code, QStringLiteral("HAR_UNDERPOSTER"));

        // Move within the kommune only.
        Record move = o.record(o.find(Level::Anvisningsenhed, issued));
        move.setValue(Field::ParentNummer, o.record(o.children({TreeNode::Kommune, 746})[0]).nummer());
        QVERIFY(write(M::MoveAnvisningsEnhed, Payload::write(Payload::Kind::Move, move)));
        QCOMPARE(result.errors.first().code, QStringLiteral("FLYTNING"));
        move.setValue(Field::ParentNummer, o.record(o.children({TreeNode::Kommune, 727})[1]).nummer());
        QVERIFY(write(M::MoveAnvisningsEnhed, Payload::write(Payload::Kind::Move, move)));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));

        QVERIFY(write(M::DeleteAnvisningsEnhed, Payload::write(Payload::Kind::Delete, move)));
        QVERIFY(result.ok);
        QVERIFY(!o.record(o.find(Level::Anvisningsenhed, issued)).isActive());
        // A number is never issued twice.
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099000003"))));
        QVERIFY(result.ok);
        QVERIFY(result.number != issued);
    }

    void daginstitutionAndAlternativeAddressMethods()
    {
        RegisterClient client(endpoint());
        ImportResult result;
        QString error;
        const auto write = [&](M method, const QByteArray &payload) {
            ServiceCall *call = run(client.write(method, payload));
            return call->ok() && ImportResult::parse(call->response().xml, &result, &error);
        };
        const Overlay &o = *m_register->changes().overlay();

        Record dag(Level::Daginstitution);
        dag.setValue(Field::Navn, u"Dagplejen Odder Syd");
        dag.setValue(Field::EjerformKode, u"1");
        dag.setValue(Field::LovgrundlagKode, u"5");
        dag.setValue(Field::AdmKommuneKode, u"727");
        QVERIFY(write(M::InsertDaginstitution, Payload::write(Payload::Kind::Insert, dag)));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));
        dag.setValue(Field::Nummer, result.number);
        dag.setValue(Field::Navn, u"Dagplejen i Odder Syd");
        QVERIFY(write(M::UpdateDaginstitution, Payload::write(Payload::Kind::Update, dag)));
        QVERIFY(result.ok);
        QCOMPARE(o.record(o.find(Level::Daginstitution, dag.nummer())).navn(), QStringLiteral("Dagplejen i Odder Syd"));
        // v2.0: a dagpleje daginstitution takes only dagpleje groups.
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag.nummer(), QStringLiteral("1099000030"))));
        QCOMPARE(result.errors.value(0).code, QStringLiteral("KRYDSVALIDERING_TYPE"));
        QVERIFY(write(M::InsertAnvisningsEnhed, newUnitPayload(dag.nummer(), QStringLiteral("1099000030"), "6013")));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));
        const QString group = result.number;
        // And its ejerform must stay kommunal while it has them.
        dag.setValue(Field::EjerformKode, u"2");
        QVERIFY(write(M::UpdateDaginstitution, Payload::write(Payload::Kind::Update, dag)));
        QCOMPARE(result.errors.value(0).code, QStringLiteral("KRYDSVALIDERING_EJERFORM"));
        dag.setValue(Field::EjerformKode, u"1");

        Record address(Level::AlternativAdresse);
        address.setValue(Field::ParentNummer, group);
        address.setValue(Field::Navn, u"Legestuen");
        address.setValue(Field::VejNavn, u"Rådhusgade");
        address.setValue(Field::HusNummer, u"3");
        address.setValue(Field::PostNummer, u"8300");
        address.setValue(Field::ByNavn, u"Odder");
        address.setValue(Field::KommuneKode, u"727");
        QVERIFY(write(M::InsertAlternativAdresse, Payload::write(Payload::Kind::Insert, address)));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));
        address.setValue(Field::Nummer, result.number);
        address.setValue(Field::HusNummer, u"5");
        QVERIFY(write(M::UpdateAlternativAdresse, Payload::write(Payload::Kind::Update, address)));
        QVERIFY(result.ok);
        QCOMPARE(o.record(o.find(Level::AlternativAdresse, address.nummer())).value(Field::HusNummer),
                 QStringLiteral("5"));
        const QString otherUnit = firstUnitOf(o.record(o.children({TreeNode::Kommune, 727})[0]).nummer().toLatin1());
        address.setValue(Field::ParentNummer, otherUnit);
        QVERIFY(write(M::MoveAlternativAdresse, Payload::write(Payload::Kind::Move, address)));
        QVERIFY2(result.ok, qPrintable(result.errors.value(0).message));
        QCOMPARE(o.record(o.find(Level::AlternativAdresse, address.nummer())).parentNummer(), otherUnit);
        QVERIFY(write(M::DeleteAlternativAdresse, Payload::write(Payload::Kind::Delete, address)));
        QVERIFY(result.ok);

        // No cascade: the daginstitution goes only after its group.
        QVERIFY(write(M::DeleteDaginstitution, Payload::write(Payload::Kind::Delete, dag)));
        QCOMPARE(result.errors.value(0).code, QStringLiteral("HAR_UNDERPOSTER"));
        Record groupRecord = o.record(o.find(Level::Anvisningsenhed, group));
        QVERIFY(write(M::DeleteAnvisningsEnhed, Payload::write(Payload::Kind::Delete, groupRecord)));
        QVERIFY(result.ok);
        QVERIFY(write(M::DeleteDaginstitution, Payload::write(Payload::Kind::Delete, dag)));
        QVERIFY(result.ok);
        QVERIFY(!o.record(o.find(Level::Daginstitution, dag.nummer())).isActive());
    }

    void carriageReturnsSurviveTheSoapPayload()
    {
        // XML readers turn a literal CR (and CRLF) into LF; payloads and answers keep it as &#13;.
        RegisterClient client(endpoint());
        const Overlay &o = *m_register->changes().overlay();
        const QString unit = firstUnitOf(o.record(o.children({TreeNode::Kommune, 746})[0]).nummer().toLatin1());
        for (const QString &value : {QStringLiteral("a\r\nb"), QStringLiteral("a\rb\tc\nd")}) {
            Record update = o.record(o.find(Level::Anvisningsenhed, unit));
            update.setValue(Field::Navn, value);
            ServiceCall *call =
                run(client.write(M::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, update)));
            ImportResult result;
            QString error;
            QVERIFY2(call->ok() && ImportResult::parse(call->response().xml, &result, &error) && result.ok,
                     qPrintable(call->error().message + error + result.errors.value(0).message));
            QCOMPARE(o.record(o.find(Level::Anvisningsenhed, unit)).navn(), value);
            Register found;
            QVERIFY2(
                RegisterClient::readRegister(*run(client.query(M::GetAnvisningsEnhederByNummer, unit)), &found, &error),
                qPrintable(error));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.record(0).navn(), value);
        }
    }

    void wrongCredentialsAreRefused()
    {
        RegisterClient client(endpoint(QStringLiteral("forkert")));
        ServiceCall *call = run(client.query(M::HelloWorld));
        QCOMPARE(call->error().kind, ServiceError::Unauthorized);
        QCOMPARE(call->error().httpStatus, 401);
        QVERIFY(call->error().message.contains(QStringLiteral("adgangskode")));
        QVERIFY(!call->error().message.contains(QStringLiteral("forkert")));
    }

    void passwordsNeverTravelUnencryptedToAnotherMachine()
    {
        ServiceEndpoint e = endpoint();
        e.base = QUrl(QStringLiteral("http://192.0.2.1/dtr/"));
        RegisterClient client(e);
        ServiceCall *call = run(client.query(M::HelloWorld));
        QCOMPARE(call->error().kind, ServiceError::Insecure);
        QCOMPARE(call->attempts(), 0);
    }

    void injectedFaults()
    {
        const QString unit = firstUnitOf(m_data->record(m_data->daginstitutionerIn(0)[0]).nummer().toLatin1());
        // Reads are retried through transient faults.
        restartServer(QStringLiteral("GetAnvisningsEnhederByNummer:drop-before@1,GetAllDaginstitutioner:http503@1-2"));
        {
            RegisterClient client(endpoint());
            // (Qt itself resends a read whose connection closed before any answer; either way it
            // arrives.)
            ServiceCall *call = run(client.query(M::GetAnvisningsEnhederByNummer, unit));
            QVERIFY2(call->ok(), qPrintable(call->error().message));
            QVERIFY(call->attempts() <= 2);
            call = run(client.query(M::GetAllDaginstitutioner));
            QVERIFY(call->ok());
            QCOMPARE(call->attempts(), 3);
        }
        // Writes are never retried: a drop before means not written, a drop after means written,
        // and both are an unknown outcome for the client.
        const Overlay &o = *m_register->changes().overlay();
        const QString dag = o.record(o.children({TreeNode::Kommune, 727})[2]).nummer();
        restartServer(QStringLiteral("InsertAnvisningsEnhed:drop-before@1,InsertAnvisningsEnhed:drop-after@2"));
        {
            RegisterClient client(endpoint());
            const int units = o.count(Level::Anvisningsenhed);
            ServiceCall *call =
                run(client.write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099000010"))));
            QCOMPARE(call->error().kind, ServiceError::Network);
            QVERIFY(call->error().outcomeUnknown());
            QCOMPARE(call->attempts(), 1);
            QCOMPARE(o.count(Level::Anvisningsenhed), units);
            call = run(client.write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099000011"))));
            QCOMPARE(call->error().kind, ServiceError::Network);
            QVERIFY(call->error().message.contains(QStringLiteral("Det vides ikke")));
            // It happened exactly once: the request was not silently sent again (Qt's HTTP layer
            // resends by itself when a connection closes before the answer; writes prevent it).
            QCOMPARE(o.count(Level::Anvisningsenhed), units + 1);
            // Reading back tells what happened.
            call = run(client.query(M::GetAnvisningsEnhederByPnummer, QStringLiteral("1099000011")));
            Register found;
            QString error;
            QVERIFY(RegisterClient::readRegister(*call, &found, &error));
            QCOMPARE(found.size(), 1);
        }
        const struct
        {
            const char *spec;
            ServiceError::Kind kind;
            const char *message;
        } faults[] = {
            {"HelloWorld:http500", ServiceError::Http, "HTTP 500"},
            {"HelloWorld:malformed", ServiceError::Malformed, "kunne ikke læses"},
            {"HelloWorld:fault", ServiceError::Fault, "indsat fejl"},
            {"HelloWorld:delay=1500", ServiceError::Timeout, "1 sekunder"},
            {"HelloWorld:oversized", ServiceError::TooLarge, "større end 1 MB"},
        };
        for (const auto &f : faults) {
            restartServer(QString::fromLatin1(f.spec));
            ServiceEndpoint e = endpoint();
            e.timeoutMs = 1000;
            e.readRetries = 0;
            e.maxAnswerBytes = 1024 * 1024;
            RegisterClient client(e);
            ServiceCall *call = run(client.query(M::HelloWorld));
            QVERIFY2(call->error().kind == f.kind,
                     qPrintable(QString::fromLatin1(f.spec) + QLatin1Char(' ') + call->error().message));
            QVERIFY2(call->error().message.contains(QString::fromUtf8(f.message)), qPrintable(call->error().message));
        }
        // A slow answer can be cancelled.
        restartServer(QStringLiteral("HelloWorld:delay=2000"));
        RegisterClient client(endpoint());
        ServiceCall *call = client.query(M::HelloWorld);
        QTimer::singleShot(100, call, &ServiceCall::abort);
        run(call);
        QCOMPARE(call->error().kind, ServiceError::Cancelled);
        restartServer();
    }

    void https()
    {
        // A test CA and a server certificate for 127.0.0.1, made here with openssl.
        const QString dir = m_tmp.path();
        const auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=DTR Studio test CA")}));
        QVERIFY(test::writeFile(dir + QStringLiteral("/ext.cnf"), "subjectAltName=IP:127.0.0.1\n"));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                         QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));
        QFile cert(dir + QStringLiteral("/server.pem")), key(dir + QStringLiteral("/server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        StandInServer tls(m_register.get(), QStringLiteral("kommune"), QStringLiteral("hemmelig"));
        QString error;
        QVERIFY2(tls.listen(QHostAddress::LocalHost, 0, &error, QSslCertificate(cert.readAll(), QSsl::Pem),
                            QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem)),
                 qPrintable(error));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));

        ServiceEndpoint e = endpoint();
        e.base = tls.url();
        e.readRetries = 0;
        {
            // Without the CA the certificate is not trusted, and there is no way around it.
            RegisterClient client(e);
            ServiceCall *call = run(client.query(M::HelloWorld));
            QCOMPARE(call->error().kind, ServiceError::Tls);
            QVERIFY(call->error().message.contains(QStringLiteral("CA-certifikat")));
        }
        e.extraCaCertificates = QSslCertificate::fromPath(dir + QStringLiteral("/ca.pem"));
        RegisterClient client(e);
        ServiceCall *call = run(client.query(M::GetDagtilbudByAdmKommuneNummer, QStringLiteral("727")));
        QVERIFY2(call->ok(), qPrintable(call->error().message));
        Register fetched;
        QVERIFY(RegisterClient::readRegister(*call, &fetched, &error));
        QVERIFY(fetched.count(Level::Daginstitution) > 5);
    }

    void malformedAndOversizedRequestsDoNotHurtTheServer()
    {
        StandInRegister reg(m_data);
        const StandInRegister::Answer a = reg.handle(ServiceNames::Service::Export, "<not xml");
        QCOMPARE(a.httpStatus, 500);
        QVERIFY(a.body.contains("Fault"));
        const StandInRegister::Answer b =
            reg.handle(ServiceNames::Service::Export,
                       "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"x\">]><soap:Envelope "
                       "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>");
        QVERIFY(b.body.contains("DTD"));
    }

    void simulateProcessKeepsItsStateAcrossRestarts()
    {
        const QString data = m_tmp.filePath(QStringLiteral("data.xml"));
        QVERIFY(test::writeFile(data, XmlSnapshot::toBytes(*m_data)));
        const QString state = m_tmp.filePath(QStringLiteral("state.json"));
        QString issued;
        for (int round = 0; round < 2; ++round) {
            QProcess sim;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DTR_PASSWORD"), QStringLiteral("hemmelig"));
            sim.setProcessEnvironment(env);
            sim.start(QStringLiteral(DTR_BINARY),
                      {QStringLiteral("simulate"), QStringLiteral("--data"), data, QStringLiteral("--user"),
                       QStringLiteral("kommune"), QStringLiteral("--state"), state});
            QVERIFY(sim.waitForReadyRead(30000));
            const QByteArray line = sim.readLine().trimmed();
            QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
            ServiceEndpoint e;
            e.base = QUrl(QString::fromLatin1(line.mid(13)));
            e.user = QStringLiteral("kommune");
            e.password = QStringLiteral("hemmelig");
            RegisterClient client(e);
            const QString dag = m_data->record(m_data->daginstitutionerIn(0)[0]).nummer();
            ServiceCall *call =
                run(client.write(M::InsertAnvisningsEnhed, newUnitPayload(dag, QStringLiteral("1099000020"))));
            ImportResult result;
            QString error;
            QVERIFY2(call->ok() && ImportResult::parse(call->response().xml, &result, &error) && result.ok,
                     qPrintable(call->error().message + error));
            if (round == 0) {
                issued = result.number;
            } else {
                // After a restart the first unit is still there and no number is issued twice.
                QVERIFY(result.number != issued);
                call = run(client.query(M::GetAnvisningsEnhederByNummer, issued));
                Register found;
                QVERIFY(RegisterClient::readRegister(*call, &found, &error));
                QCOMPARE(found.size(), 1);
            }
            sim.terminate();
            QVERIFY(sim.waitForFinished(10000));
        }
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
