#include "api/ecsclient.h"
#include "demoserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace ib;
using namespace ib::api;

namespace {

/// What identifies one result row: a scheduled task repeats on the same instance.
QString keyOf(const InvocationResult &result)
{
    return result.invokeId + u'|' + result.instanceId + u'|' + QString::number(result.repeats) +
           u'|' + result.startTime.toString(Qt::ISODate);
}

QStringList sortedKeys(const QList<InvocationResult> &results)
{
    QStringList keys;
    for (const InvocationResult &result : results)
        keys.append(keyOf(result));
    std::sort(keys.begin(), keys.end());
    return keys;
}

ClientConfig configFor(const demo::DemoServer &server, SignatureVersion version)
{
    ClientConfig config;
    config.endpoint = server.endpoint();
    config.regionId = QStringLiteral("cn-hangzhou");
    config.signatureVersion = version;
    config.credentials = {server.options().accessKeyId, server.options().accessKeySecret,
                          server.options().securityToken};
    config.timeoutMs = 10000;
    config.retryBaseDelayMs = 5;
    config.retryMaxDelayMs = 50;
    return config;
}

/// Everything one fetch reported.
struct Fetched
{
    QList<InvocationResult> results;
    QStringList warnings;
    ApiError error;
    int finishes = 0;
};

Fetched fetch(const ClientConfig &config, const ResultsQuery &query = {})
{
    EcsClient client(config);
    ResultsWalk *walk = client.fetchResults(query);
    Fetched fetched;
    QObject::connect(walk, &ResultsWalk::pageReceived, walk,
                     [&fetched](const QList<InvocationResult> &page) { fetched.results += page; });
    QObject::connect(walk, &ActionWalk::warning, walk,
                     [&fetched](const QString &text) { fetched.warnings.append(text); });
    QObject::connect(walk, &ActionWalk::finished, walk, [&fetched](const ApiError &error) {
        fetched.error = error;
        fetched.finishes += 1;
    });
    QSignalSpy finished(walk, &ActionWalk::finished);
    if (!finished.wait(60000))
        fetched.error = ApiError::configuration(QStringLiteral("the walk did not finish"));
    return fetched;
}

QList<InvocationResult> resultsWhere(const QList<InvocationResult> &all,
                                     const std::function<bool(const InvocationResult &)> &keep)
{
    QList<InvocationResult> kept;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(kept), keep);
    return kept;
}

} // namespace

class TestClientAgainstDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullWalkReturnsEveryResultOnce_data();
    void fullWalkReturnsEveryResultOnce();
    void filtersByInstance();
    void walksSeveralInvokeIds();
    void filtersByCommand();
    void stsTokenIsAccepted_data();
    void stsTokenIsAccepted();
    void missingStsTokenIsExplained();
    void throttlingIsRetriedWithoutDuplicates();
    void serverErrorsAreRetried();
    void droppedConnectionIsRetried();
    void malformedAnswerIsReported();
    void repeatingNextTokenStopsWithWarning();
    void wrongSecretIsExplained();
    void unknownRegionIsExplained();
    void slowClockIsExplainedInMinutes();
    void emptyRegionIsAnEmptySuccess();
    void describeRegionsListsTheDemoRegions();
    void describeInstancesNamesTheFleet();
    void describeInvocationsNamesTheCommands();
    void cancelStopsTheWalk();

private:
    demo::DemoServer *startServer(const demo::DemoOptions &options = {});
};

demo::DemoServer *TestClientAgainstDemo::startServer(const demo::DemoOptions &options)
{
    auto *server = new demo::DemoServer(options, this);
    QString error;
    if (!server->start(&error))
        qWarning("demo server did not start: %s", qPrintable(error));
    return server;
}

void TestClientAgainstDemo::initTestCase()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    QVERIFY(server->endpoint().isValid());
    QVERIFY2(server->allResults().size() > 50, "the fleet spans several pages");
}

void TestClientAgainstDemo::fullWalkReturnsEveryResultOnce_data()
{
    QTest::addColumn<bool>("v3");
    QTest::newRow("signature V1") << false;
    QTest::newRow("signature V3") << true;
}

void TestClientAgainstDemo::fullWalkReturnsEveryResultOnce()
{
    QFETCH(bool, v3);
    std::unique_ptr<demo::DemoServer> server(startServer());

    const Fetched fetched =
        fetch(configFor(*server, v3 ? SignatureVersion::V3 : SignatureVersion::V1));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(fetched.finishes, 1);
    QVERIFY(fetched.warnings.isEmpty());
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(server->allResults()));
    QVERIFY(server->requestCount() >= fetched.results.size() / 50);
}

void TestClientAgainstDemo::filtersByInstance()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    const QString instanceId = server->allResults().at(3).instanceId;
    ResultsQuery query;
    query.instanceId = instanceId;

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3), query);

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    const auto expected = resultsWhere(server->allResults(), [&](const InvocationResult &r) {
        return r.instanceId == instanceId;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(expected));
}

void TestClientAgainstDemo::walksSeveralInvokeIds()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    const QList<InvocationResult> all = server->allResults();
    const QStringList invokeIds = {all.first().invokeId, all.last().invokeId};
    ResultsQuery query;
    query.invokeIds = invokeIds;

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3), query);

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    const auto expected = resultsWhere(
        all, [&](const InvocationResult &r) { return invokeIds.contains(r.invokeId); });
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(expected));
}

void TestClientAgainstDemo::filtersByCommand()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    const QString commandId = server->allResults().first().commandId;
    ResultsQuery query;
    query.commandId = commandId;

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V1), query);

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    const auto expected = resultsWhere(
        server->allResults(), [&](const InvocationResult &r) { return r.commandId == commandId; });
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(expected));
}

void TestClientAgainstDemo::stsTokenIsAccepted_data()
{
    fullWalkReturnsEveryResultOnce_data();
}

void TestClientAgainstDemo::stsTokenIsAccepted()
{
    QFETCH(bool, v3);
    demo::DemoOptions options;
    options.securityToken = QStringLiteral("CAIS+sts/token==") + QString(2100, u'x');
    std::unique_ptr<demo::DemoServer> server(startServer(options));

    const Fetched fetched =
        fetch(configFor(*server, v3 ? SignatureVersion::V3 : SignatureVersion::V1));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(server->allResults()));
}

void TestClientAgainstDemo::missingStsTokenIsExplained()
{
    demo::DemoOptions options;
    options.securityToken = QStringLiteral("CAIS-needed");
    std::unique_ptr<demo::DemoServer> server(startServer(options));
    ClientConfig config = configFor(*server, SignatureVersion::V3);
    config.credentials.securityToken.clear();

    const Fetched fetched = fetch(config);

    QCOMPARE(fetched.error.kind, ApiError::Kind::Service);
    QVERIFY(fetched.error.code.startsWith(QLatin1String("InvalidSecurityToken")));
    QVERIFY(fetched.error.explanation().contains(QLatin1String("security token")));
    QVERIFY(fetched.results.isEmpty());
}

void TestClientAgainstDemo::throttlingIsRetriedWithoutDuplicates()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.throttleNext = 3;
    server->setFaults(faults);

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(server->allResults()));
    const QList<demo::RequestRecord> requests = server->requests();
    QCOMPARE(requests.first().errorCode, QStringLiteral("Throttling.User"));
    QCOMPARE(requests.at(2).errorCode, QStringLiteral("Throttling.User"));
    QCOMPARE(requests.at(3).errorCode, QString());
    QSet<QString> nonces;
    for (const demo::RequestRecord &request : requests)
        nonces.insert(request.nonce);
    QCOMPARE(nonces.size(), requests.size());
}

void TestClientAgainstDemo::serverErrorsAreRetried()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.serverErrorNext = 2;
    server->setFaults(faults);

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V1));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(server->allResults()));
    QCOMPARE(server->requests().at(1).httpStatus, 503);
}

void TestClientAgainstDemo::droppedConnectionIsRetried()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.dropConnectionNext = 1;
    server->setFaults(faults);

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(sortedKeys(fetched.results), sortedKeys(server->allResults()));
    QVERIFY(!server->requests().first().fault.isEmpty());
}

void TestClientAgainstDemo::malformedAnswerIsReported()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.malformedNext = 1;
    server->setFaults(faults);

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3));

    QCOMPARE(fetched.error.kind, ApiError::Kind::Malformed);
    QVERIFY(!fetched.error.message.isEmpty());
    QVERIFY(fetched.error.explanation().contains(fetched.error.message));
    QCOMPARE(server->requestCount(), 1);
}

void TestClientAgainstDemo::repeatingNextTokenStopsWithWarning()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.repeatNextToken = true;
    server->setFaults(faults);

    const Fetched fetched = fetch(configFor(*server, SignatureVersion::V3));

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QCOMPARE(fetched.finishes, 1);
    QCOMPARE(fetched.warnings.size(), 1);
    QCOMPARE(fetched.results.size(), 50);
    QCOMPARE(server->requestCount(), 2);
    const QStringList keys = sortedKeys(fetched.results);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestClientAgainstDemo::wrongSecretIsExplained()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    ClientConfig config = configFor(*server, SignatureVersion::V3);
    config.credentials.accessKeySecret = QStringLiteral("not-the-secret");

    const Fetched fetched = fetch(config);

    QCOMPARE(fetched.error.code, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(fetched.error.explanation().contains(QLatin1String("secret")));
    QVERIFY(!fetched.error.explanation().contains(QLatin1String("not-the-secret")));
    QCOMPARE(server->requestCount(), 1);
}

void TestClientAgainstDemo::unknownRegionIsExplained()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    ClientConfig config = configFor(*server, SignatureVersion::V1);
    config.regionId = QStringLiteral("xx-nowhere-1");

    const Fetched fetched = fetch(config);

    QCOMPARE(fetched.error.code, QStringLiteral("InvalidRegionId.NotFound"));
    QVERIFY(fetched.error.explanation().contains(QLatin1String("region")));
}

void TestClientAgainstDemo::slowClockIsExplainedInMinutes()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    ClientConfig config = configFor(*server, SignatureVersion::V3);
    config.clock = [] { return QDateTime::currentDateTimeUtc().addSecs(-25 * 60); };

    const Fetched fetched = fetch(config);

    QCOMPARE(fetched.error.code, QStringLiteral("InvalidTimeStamp.Expired"));
    QVERIFY2(fetched.error.explanation().contains(QLatin1String("25 min behind")),
             qPrintable(fetched.error.explanation()));
    QCOMPARE(server->requestCount(), 1);
}

void TestClientAgainstDemo::emptyRegionIsAnEmptySuccess()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    ClientConfig config = configFor(*server, SignatureVersion::V3);
    config.regionId = QStringLiteral("cn-beijing");

    const Fetched fetched = fetch(config);

    QCOMPARE(fetched.error.kind, ApiError::Kind::None);
    QVERIFY(fetched.results.isEmpty());
    QVERIFY(fetched.warnings.isEmpty());
}

void TestClientAgainstDemo::describeRegionsListsTheDemoRegions()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    EcsClient client(configFor(*server, SignatureVersion::V3));

    RegionsWalk *walk = client.describeRegions();
    QSignalSpy regions(walk, &RegionsWalk::regionsReceived);
    QSignalSpy finished(walk, &ActionWalk::finished);
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    QStringList ids;
    for (const Region &region : regions.first().first().value<QList<Region>>())
        ids.append(region.regionId);
    for (const char *id : {"cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestClientAgainstDemo::describeInstancesNamesTheFleet()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    QHash<QString, demo::DemoInstance> fleet;
    for (const demo::DemoInstance &instance : server->instances())
        fleet.insert(instance.instanceId, instance);
    QStringList ids;
    for (const InvocationResult &result : server->allResults())
        ids.append(result.instanceId);
    ids.removeDuplicates();
    EcsClient client(configFor(*server, SignatureVersion::V1));

    InstancesWalk *walk = client.describeInstances(ids);
    QList<Instance> instances;
    connect(walk, &InstancesWalk::instancesReceived, this,
            [&instances](const QList<Instance> &page) { instances += page; });
    QSignalSpy finished(walk, &ActionWalk::finished);
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    QVERIFY(ids.size() > InstancesWalk::batchSize);
    const qsizetype known = std::count_if(
        ids.cbegin(), ids.cend(), [&fleet](const QString &id) { return fleet.contains(id); });
    QCOMPARE(instances.size(), known);
    for (const Instance &instance : std::as_const(instances)) {
        const demo::DemoInstance expected = fleet.value(instance.instanceId);
        QCOMPARE(instance.instanceName, expected.instanceName);
        QCOMPARE(instance.hostName, expected.hostName);
        QCOMPARE(instance.osType, expected.osType);
        QCOMPARE(instance.osName, expected.osName);
        QCOMPARE(instance.status, expected.status);
    }
}

void TestClientAgainstDemo::describeInvocationsNamesTheCommands()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    const QString invokeId = server->allResults().first().invokeId;
    EcsClient client(configFor(*server, SignatureVersion::V3));
    InvocationsQuery query;
    query.invokeId = invokeId;

    InvocationsWalk *walk = client.describeInvocations(query);
    QSignalSpy invocations(walk, &InvocationsWalk::invocationsReceived);
    QSignalSpy finished(walk, &ActionWalk::finished);
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    const auto received = invocations.first().first().value<QList<Invocation>>();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().invokeId, invokeId);
    QVERIFY(!received.first().commandName.isEmpty());
    QVERIFY(!received.first().commandContent.isEmpty());
}

void TestClientAgainstDemo::cancelStopsTheWalk()
{
    std::unique_ptr<demo::DemoServer> server(startServer());
    demo::Faults faults;
    faults.latencyMs = 200;
    server->setFaults(faults);
    EcsClient client(configFor(*server, SignatureVersion::V3));

    ResultsWalk *walk = client.fetchResults({});
    QSignalSpy pages(walk, &ResultsWalk::pageReceived);
    QSignalSpy finished(walk, &ActionWalk::finished);
    QVERIFY(pages.wait(10000));
    walk->cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(pages.size(), 1);
}

QTEST_GUILESS_MAIN(TestClientAgainstDemo)
#include "test_clientagainstdemo.moc"
