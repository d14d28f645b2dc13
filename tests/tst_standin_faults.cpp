#include "TestFiles.h"

#include "generator/SnapshotGenerator.h"
#include "service/Payload.h"
#include "service/RegisterClient.h"
#include "standin/StandInRegister.h"
#include "standin/StandInServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <set>

using namespace dtr;
using M = ServiceNames::Method;
using Kind = FaultPlan::Kind;

Q_DECLARE_METATYPE(ServiceError::Kind)

// The stand-in register's injected faults, over real loopback sockets: for each fault on a write,
// whether the register did the write and what the client saw; writes that land after the client
// gave up; faults on the reads that follow a faulted write; and the spec's messages.
class TestStandInFaults : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Register> m_data;
    std::unique_ptr<StandInRegister> m_register;
    std::unique_ptr<StandInServer> m_server;
    QString m_dag; // the daginstitution new units go under
    int m_serial = 0;

    // A fresh register (nothing written yet) behind a server with these faults.
    void start(const QString &faults)
    {
        m_server.reset();
        m_register = std::make_unique<StandInRegister>(m_data);
        m_serial = 0;
        m_server =
            std::make_unique<StandInServer>(m_register.get(), QStringLiteral("kommune"), QStringLiteral("hemmelig"));
        FaultPlan plan;
        QString error;
        QVERIFY2(plan.parse(faults, &error), qPrintable(error));
        m_server->setFaults(plan);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    ServiceEndpoint endpoint(int timeoutMs = 5000) const
    {
        ServiceEndpoint e;
        e.base = m_server->url();
        e.user = QStringLiteral("kommune");
        e.password = QStringLiteral("hemmelig");
        e.timeoutMs = timeoutMs;
        e.readRetries = 0;
        return e;
    }

    // A P-nummer for a new unit, its own in this register (from the fake CVR list), so it can be
    // found again.
    QString nextPNummer() { return QStringLiteral("10990000%1").arg(++m_serial, 2, 10, QLatin1Char('0')); }

    QByteArray newUnit(const QString &pNummer) const { return test::newUnitPayload(m_dag, pNummer); }

    // How many live units the register holds with this P-nummer.
    int unitsWith(const QString &pNummer) const
    {
        const Overlay &o = *m_register->changes().overlay();
        int n = 0;
        for (int i = 0; i < o.size(); ++i)
            if (o.isLive(i) && o.record(i).level() == Level::Anvisningsenhed &&
                o.record(i).value(Field::PNummer) == pNummer)
                ++n;
        return n;
    }

    static ServiceCall *run(ServiceCall *call)
    {
        call->wait();
        return call;
    }

    // A read, as a submission's read-back would do it.
    ServiceError::Kind readBack(RegisterClient &client, const QString &pNummer)
    {
        return run(client.query(M::GetAnvisningsEnhederByPnummer, pNummer))->error().kind;
    }

private slots:
    void initTestCase()
    {
        GeneratorOptions options;
        options.kommuner = {727};
        options.seed = 3;
        m_data = std::make_shared<Register>(generateSnapshot(options).reg);
        m_dag = m_data->record(m_data->daginstitutionerIn(0)[0]).nummer();
    }

    void everyFaultOnAWrite_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<ServiceError::Kind>("seen");
        QTest::addColumn<int>("httpStatus");

        QTest::newRow("none") << QString() << 5000 << true << ServiceError::None << 200;
        QTest::newRow("delay, client waits") << "delay=300" << 5000 << true << ServiceError::None << 200;
        QTest::newRow("delay, client gives up") << "delay=1200" << 400 << false << ServiceError::Timeout << 0;
        QTest::newRow("drop-before") << "drop-before" << 5000 << false << ServiceError::Network << 0;
        QTest::newRow("drop-after") << "drop-after" << 5000 << true << ServiceError::Network << 0;
        QTest::newRow("http500") << "http500" << 5000 << false << ServiceError::Http << 500;
        QTest::newRow("http503") << "http503" << 5000 << false << ServiceError::Http << 503;
        QTest::newRow("malformed") << "malformed" << 5000 << false << ServiceError::Malformed << 200;
        QTest::newRow("fault") << "fault" << 5000 << false << ServiceError::Fault << 500;
        QTest::newRow("oversized") << "oversized" << 5000 << false << ServiceError::TooLarge << 200;
        QTest::newRow("http500-after") << "http500-after" << 5000 << true << ServiceError::Http << 500;
        QTest::newRow("fault-after") << "fault-after" << 5000 << true << ServiceError::Fault << 500;
    }

    void everyFaultOnAWrite()
    {
        QFETCH(QString, fault);
        QFETCH(int, timeoutMs);
        QFETCH(bool, applied);
        QFETCH(ServiceError::Kind, seen);
        QFETCH(int, httpStatus);
        start(fault.isEmpty() ? QString() : QStringLiteral("InsertAnvisningsEnhed:") + fault);
        ServiceEndpoint e = endpoint(timeoutMs);
        e.maxAnswerBytes = 1024 * 1024;
        RegisterClient client(e);
        const QString pNummer = nextPNummer();
        ServiceCall *call = run(client.write(M::InsertAnvisningsEnhed, newUnit(pNummer)));
        QVERIFY2(call->error().kind == seen, qPrintable(call->error().message));
        QCOMPARE(call->attempts(), 1);
        if (seen == ServiceError::Http || seen == ServiceError::Fault || seen == ServiceError::Malformed)
            QCOMPARE(call->error().httpStatus, httpStatus);
        if (seen == ServiceError::Fault)
            QVERIFY2(call->error().message.contains(QStringLiteral("indsat fejl")), qPrintable(call->error().message));
        if (seen == ServiceError::None) {
            ImportResult result;
            QString error;
            QVERIFY2(ImportResult::parse(call->response().xml, &result, &error) && result.ok,
                     qPrintable(error + result.errors.value(0).message));
        }
        // A delayed write whose client gave up is not done when the delay ends either.
        if (fault.startsWith(QLatin1String("delay=")))
            QTest::qWait(fault.mid(6).toInt() + 300);
        QCOMPARE(unitsWith(pNummer), applied ? 1 : 0);
        // Nothing is done twice, and the register still answers normally afterwards.
        QCOMPARE(m_server->calls(QStringLiteral("InsertAnvisningsEnhed")), 1);
        QCOMPARE(readBack(client, pNummer), ServiceError::None);
    }

    void lateWriteLandsAfterTheClientGaveUp_data()
    {
        QTest::addColumn<bool>("cancel"); // the client cancels rather than times out
        QTest::newRow("timeout") << false;
        QTest::newRow("cancel") << true;
    }

    void lateWriteLandsAfterTheClientGaveUp()
    {
        QFETCH(bool, cancel);
        const int lateMs = 700;
        start(QStringLiteral("InsertAnvisningsEnhed:late=%1").arg(lateMs));
        RegisterClient client(endpoint(cancel ? 30000 : 400));
        const QString pNummer = nextPNummer();
        ServiceCall *call = client.write(M::InsertAnvisningsEnhed, newUnit(pNummer));
        if (cancel)
            QTimer::singleShot(300, call, &ServiceCall::abort);
        run(call);
        QElapsedTimer sinceGivenUp;
        sinceGivenUp.start();
        QCOMPARE(call->error().kind, cancel ? ServiceError::Cancelled : ServiceError::Timeout);
        // No answer came, and the write has not happened yet…
        QCOMPARE(unitsWith(pNummer), 0);
        QTest::qWait(lateMs / 2);
        QCOMPARE(unitsWith(pNummer), 0);
        // …it lands MS after the client closed the connection, once.
        while (unitsWith(pNummer) == 0 && sinceGivenUp.elapsed() < 10000)
            QTest::qWait(5);
        const qint64 landed = sinceGivenUp.elapsed();
        QCOMPARE(unitsWith(pNummer), 1);
        QVERIFY2(landed >= lateMs - 25, qPrintable(QString::number(landed)));
        QTest::qWait(200);
        QCOMPARE(unitsWith(pNummer), 1);
        QCOMPARE(m_server->calls(QStringLiteral("InsertAnvisningsEnhed")), 1);
    }

    void lateWriteLandsAtTheLimitIfTheClientWaitsOn()
    {
        start(QStringLiteral("InsertAnvisningsEnhed:late=100"));
        m_server->setLateLimit(500);
        RegisterClient client(endpoint(30000));
        const QString pNummer = nextPNummer();
        QElapsedTimer timer;
        timer.start();
        ServiceCall *call = run(client.write(M::InsertAnvisningsEnhed, newUnit(pNummer)));
        // The server gives up first: the write is done and the connection closed, no answer.
        QCOMPARE(call->error().kind, ServiceError::Network);
        QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(unitsWith(pNummer), 1);
        QTest::qWait(300); // the client's disconnect does not do it again
        QCOMPARE(unitsWith(pNummer), 1);
    }

    void readBackFaultsCountTheReadsAfterAFaultedWrite()
    {
        start(QStringLiteral("InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3"));
        RegisterClient client(endpoint());
        const QString lost = nextPNummer();
        // Reads before any faulted write are not touched.
        QCOMPARE(readBack(client, lost), ServiceError::None);
        QCOMPARE(run(client.write(M::InsertAnvisningsEnhed, newUnit(lost)))->error().kind, ServiceError::Network);
        for (int read = 1; read <= 3; ++read) {
            ServiceCall *call = run(client.query(M::GetAnvisningsEnhederByPnummer, lost));
            QCOMPARE(call->error().kind, ServiceError::Http);
            QCOMPARE(call->error().httpStatus, 503);
        }
        ServiceCall *call = run(client.query(M::GetAnvisningsEnhederByPnummer, lost));
        Register found;
        QString error;
        QVERIFY2(RegisterClient::readRegister(*call, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 1); // the lost insert did happen
        // A later write without a fault leaves the reads alone.
        QCOMPARE(run(client.write(M::InsertAnvisningsEnhed, newUnit(nextPNummer())))->error().kind, ServiceError::None);
        QCOMPARE(readBack(client, lost), ServiceError::None);
    }

    void readBackCountsEveryRequestARetryMakes()
    {
        start(QStringLiteral("InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3"));
        ServiceEndpoint e = endpoint();
        e.readRetries = 2;
        RegisterClient client(e);
        const QString lost = nextPNummer();
        run(client.write(M::InsertAnvisningsEnhed, newUnit(lost)));
        ServiceCall *call = run(client.query(M::GetAnvisningsEnhederByPnummer, lost));
        QCOMPARE(call->error().httpStatus, 503);
        QCOMPARE(call->attempts(), 3);
        call = run(client.query(M::GetAnvisningsEnhederByPnummer, lost));
        QVERIFY2(call->ok(), qPrintable(call->error().message));
        QCOMPARE(call->attempts(), 1);
    }

    void readBackCountRestartsAtEachFaultedWrite()
    {
        start(QStringLiteral("InsertAnvisningsEnhed:http500@1-2,readback:fault@2"));
        RegisterClient client(endpoint());
        const QString p = nextPNummer();
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(run(client.write(M::InsertAnvisningsEnhed, newUnit(p)))->error().kind, ServiceError::Http);
            QCOMPARE(readBack(client, p), ServiceError::None);
            QCOMPARE(readBack(client, p), ServiceError::Fault);
            QCOMPARE(readBack(client, p), ServiceError::None);
        }
        // With CALLS, a write without a fault does not restart the count: read 4 is untouched.
        QCOMPARE(run(client.write(M::InsertAnvisningsEnhed, newUnit(p)))->error().kind, ServiceError::None);
        QCOMPARE(readBack(client, p), ServiceError::None);
    }

    void readBackWithoutCallsLastsUntilTheNextWrite()
    {
        start(QStringLiteral("UpdateAnvisningsEnhed:http503@1,readback:malformed"));
        RegisterClient client(endpoint());
        const QString p = nextPNummer();
        QCOMPARE(run(client.write(M::InsertAnvisningsEnhed, newUnit(p)))->error().kind, ServiceError::None);
        QCOMPARE(readBack(client, p), ServiceError::None);
        const Overlay &o = *m_register->changes().overlay();
        int unit = -1;
        for (int i = 0; i < o.size() && unit < 0; ++i)
            if (o.isLive(i) && o.record(i).value(Field::PNummer) == p)
                unit = i;
        Record update = o.record(unit);
        update.setValue(Field::Navn, u"Børnehuset Havblikket");
        QCOMPARE(
            run(client.write(M::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, update)))->error().kind,
            ServiceError::Http);
        for (int read = 0; read < 4; ++read)
            QCOMPARE(readBack(client, p), ServiceError::Malformed);
        // Reads on the ImportService (a dry run) are not reads of the register's data.
        QCOMPARE(run(client.query(M::ImportHelloWorld))->error().kind, ServiceError::None);
        QCOMPARE(readBack(client, p), ServiceError::Malformed);
        // The next write (here one that succeeds) ends it.
        QCOMPARE(
            run(client.write(M::UpdateAnvisningsEnhed, Payload::write(Payload::Kind::Update, update)))->error().kind,
            ServiceError::None);
        QCOMPARE(readBack(client, p), ServiceError::None);
        QCOMPARE(o.record(unit).navn(), QStringLiteral("Børnehuset Havblikket"));
    }

    void badSpecsNameThePartThatIsWrong_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("named");
        QTest::newRow("no method") << "fault"
                                   << "\"fault\"";
        QTest::newRow("unknown method") << "InsertAnvisningsenhed:fault"
                                        << "\"InsertAnvisningsenhed\"";
        QTest::newRow("unknown fault") << "HelloWorld:explode"
                                       << "\"explode\"";
        QTest::newRow("delay without ms") << "HelloWorld:delay=abc"
                                          << "delay=";
        QTest::newRow("late without ms") << "HelloWorld:late="
                                         << "late=";
        QTest::newRow("negative delay") << "HelloWorld:delay=-5"
                                        << "delay=";
        QTest::newRow("call 0") << "HelloWorld:fault@0"
                                << "@0";
        QTest::newRow("backwards range") << "HelloWorld:fault@3-1"
                                         << "@3-1";
        QTest::newRow("not a call") << "HelloWorld:fault@x"
                                    << "@x";
        QTest::newRow("readback drop-after") << "readback:drop-after"
                                             << "drop-after";
        QTest::newRow("readback late") << "readback:late=100"
                                       << "late=100";
        QTest::newRow("readback fault-after") << "readback:fault-after@1"
                                              << "fault-after";
        QTest::newRow("probability") << "random=2"
                                     << "random=2";
        QTest::newRow("seed") << "random=0.5/abc"
                              << "random=0.5/abc";
        QTest::newRow("second of two") << "HelloWorld:fault,GetAllDagtilbud:http404"
                                       << "\"http404\"";
    }

    void badSpecsNameThePartThatIsWrong()
    {
        QFETCH(QString, spec);
        QFETCH(QString, named);
        FaultPlan plan;
        QString error;
        QVERIFY(!plan.parse(spec, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        // The same message stops `dtr simulate`, before it listens.
        QProcess sim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DTR_PASSWORD"), QStringLiteral("hemmelig"));
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(DTR_BINARY),
                  {QStringLiteral("simulate"), QStringLiteral("--data"),
                   QStringLiteral(DTR_SOURCE_DIR "/resources/demo/demo-register.xml"), QStringLiteral("--user"),
                   QStringLiteral("kommune"), QStringLiteral("--faults"), spec});
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitCode(), 2);
        const QString stderrText = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(stderrText.contains(named), qPrintable(stderrText));
    }

    void goodSpecsParse()
    {
        for (const char *spec : {"InsertAnvisningsEnhed:drop-after@1,readback:http503@1-3", "*:delay=10@2-4",
                                 "random=0.5/7", "readback:oversized", "readback:delay=50@1",
                                 "UpdateDaginstitution:late=0,MoveAlternativAdresse:fault-after@3",
                                 "HelloWorld:http500-after, random=0.1"}) {
            FaultPlan plan;
            QString error;
            QVERIFY2(plan.parse(QString::fromLatin1(spec), &error), qPrintable(QString::fromLatin1(spec) + error));
        }
    }

    void randomDrawsAreDeterministicAndNeverSlow()
    {
        const auto draws = [](const QString &spec) {
            FaultPlan plan;
            QString error;
            plan.parse(spec, &error);
            QList<int> kinds;
            const M methods[] = {M::InsertAnvisningsEnhed, M::GetAnvisningsEnhederByNummer, M::UpdateDaginstitution,
                                 M::GetDagtilbudByAdmKommuneNummer, M::DeleteAnvisningsEnhed};
            for (int call = 1; call <= 400; ++call) {
                const auto rule = plan.decide(methods[call % 5], call);
                kinds.append(rule ? int(rule->kind) : -1);
            }
            return kinds;
        };
        const QList<int> first = draws(QStringLiteral("random=0.5/11"));
        QCOMPARE(draws(QStringLiteral("random=0.5/11")), first);
        QVERIFY(draws(QStringLiteral("random=0.5/12")) != first);
        const std::set<int> drawn(first.begin(), first.end());
        const std::set<int> allowed{-1,
                                    int(Kind::DropBefore),
                                    int(Kind::DropAfter),
                                    int(Kind::Http503),
                                    int(Kind::Malformed),
                                    int(Kind::SoapFault),
                                    int(Kind::Http500After),
                                    int(Kind::SoapFaultAfter)};
        QCOMPARE(drawn, allowed); // every allowed kind drawn, nothing else (no delay, late or oversized)
        const int faulted = int(first.size() - first.count(-1));
        QVERIFY2(faulted > 150 && faulted < 250, qPrintable(QString::number(faulted)));
    }
};

QTEST_GUILESS_MAIN(TestStandInFaults)
#include "tst_standin_faults.moc"
