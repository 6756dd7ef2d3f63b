#include "api/ecsclient.h"
#include "describebodies.h"
#include "fakeendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ib::api;

namespace {

ClientConfig configFor(const FakeEndpoint &endpoint)
{
    ClientConfig config;
    config.endpoint = endpoint.url();
    config.regionId = QStringLiteral("cn-hangzhou");
    config.credentials = {QStringLiteral("test-id"), QStringLiteral("test-secret"), {}};
    config.retryBaseDelayMs = 5;
    return config;
}

ApiError waitForFinish(ActionWalk *walk)
{
    QSignalSpy finished(walk, &ActionWalk::finished);
    if (!finished.wait(10000))
        return ApiError::configuration(QStringLiteral("the walk did not finish"));
    return finished.first().first().value<ApiError>();
}

} // namespace

class TestDescribeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRegions();
    void parsesInstances();
    void parsesInvocations();
    void unreadableBodiesAreFailures_data();
    void unreadableBodiesAreFailures();
    void instanceIdsGoInBatchesOfAHundred();
    void regionsWalkAsksOnce();
    void instancesWalkSendsEachBatch();
    void invocationsWalkSendsTheQuery();
};

void TestDescribeActions::parsesRegions()
{
    const auto parsed = parseRegions(regionsJson);
    QVERIFY(std::holds_alternative<QList<Region>>(parsed));
    const QList<Region> regions = std::get<QList<Region>>(parsed);

    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(0).regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(regions.at(0).localName, QStringLiteral("华东1（杭州）"));
    QCOMPARE(regions.at(0).regionEndpoint, QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(regions.at(1).status, QStringLiteral("soldOut"));
}

void TestDescribeActions::parsesInstances()
{
    const auto parsed = parseInstancesPage(instancesJson);
    QVERIFY(std::holds_alternative<InstancesPage>(parsed));
    const InstancesPage page = std::get<InstancesPage>(parsed);

    QCOMPARE(page.instances.size(), 1);
    const Instance &instance = page.instances.first();
    QCOMPARE(instance.instanceId, QStringLiteral("i-bp1"));
    QCOMPARE(instance.instanceName, QStringLiteral("web-01"));
    QCOMPARE(instance.hostName, QStringLiteral("web01.internal"));
    QCOMPARE(instance.osType, QStringLiteral("linux"));
    QCOMPARE(instance.osName, QStringLiteral("Alibaba Cloud Linux 3"));
    QCOMPARE(instance.status, QStringLiteral("Running"));
    QCOMPARE(instance.tags, QList<ib::Tag>({{QStringLiteral("env"), QStringLiteral("prod")}}));
    QCOMPARE(page.nextToken, QString());
}

void TestDescribeActions::parsesInvocations()
{
    const auto parsed = parseInvocationsPage(invocationsJson);
    QVERIFY(std::holds_alternative<InvocationsPage>(parsed));
    const InvocationsPage page = std::get<InvocationsPage>(parsed);

    QCOMPARE(page.invocations.size(), 1);
    const Invocation &invocation = page.invocations.first();
    QCOMPARE(invocation.commandName, QStringLiteral("uptime check"));
    QCOMPARE(invocation.commandContent, QByteArray("uptime\n"));
    QCOMPARE(invocation.commandType, QStringLiteral("RunShellScript"));
    QCOMPARE(invocation.parameters, QStringLiteral("{\"x\":\"1\"}"));
    QCOMPARE(invocation.timeoutSeconds, 60);
    QCOMPARE(invocation.creationTime, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(invocation.instances.size(), 2);
    QCOMPARE(invocation.instances.at(0).exitCode, std::optional<qint64>(0));
    QCOMPARE(invocation.instances.at(0).finishTime,
             QDateTime(QDate(2026, 12, 1), QTime(10, 0, 2), Qt::UTC));
    QVERIFY(!invocation.instances.at(1).exitCode.has_value());
    QVERIFY(!invocation.instances.at(1).finishTime.isValid());
}

void TestDescribeActions::unreadableBodiesAreFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"Regions\": {\"Region\": [}");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("wrong object") << QByteArray("{\"RequestId\":\"x\"}");
}

void TestDescribeActions::unreadableBodiesAreFailures()
{
    QFETCH(QByteArray, body);
    const auto regions = parseRegions(body);
    const auto instances = parseInstancesPage(body);
    const auto invocations = parseInvocationsPage(body);
    QVERIFY(std::holds_alternative<ib::ParseFailure>(regions));
    QVERIFY(std::holds_alternative<ib::ParseFailure>(instances));
    QVERIFY(std::holds_alternative<ib::ParseFailure>(invocations));
    QVERIFY(!std::get<ib::ParseFailure>(regions).message.isEmpty());
}

void TestDescribeActions::instanceIdsGoInBatchesOfAHundred()
{
    QStringList ids;
    for (int i = 0; i < 250; ++i)
        ids.append(QStringLiteral("i-%1").arg(i));
    ids.append(QStringLiteral("i-7")); // a duplicate
    ids.append(QString());

    const QStringList batches = InstancesWalk::batches(ids);

    QCOMPARE(batches.size(), 3);
    QStringList rejoined;
    QList<int> sizes;
    for (const QString &batch : batches) {
        const QJsonArray array = QJsonDocument::fromJson(batch.toUtf8()).array();
        sizes.append(int(array.size()));
        for (const QJsonValue &value : array)
            rejoined.append(value.toString());
    }
    QCOMPARE(sizes, QList<int>({100, 100, 50}));
    QCOMPARE(rejoined, ids.mid(0, 250));
    QCOMPARE(batches.first().left(12), QStringLiteral("[\"i-0\",\"i-1\""));
}

void TestDescribeActions::regionsWalkAsksOnce()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, regionsJson)};
    EcsClient client(configFor(endpoint));

    RegionsWalk *walk = client.describeRegions();
    QSignalSpy regions(walk, &RegionsWalk::regionsReceived);

    QCOMPARE(waitForFinish(walk).kind, ApiError::Kind::None);
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions.first().first().value<QList<Region>>().size(), 2);
    QCOMPARE(endpoint.requests.size(), 1);
    QCOMPARE(endpoint.requests.first().header("x-acs-action"), QByteArray("DescribeRegions"));
}

void TestDescribeActions::instancesWalkSendsEachBatch()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.fallback = [](const RecordedRequest &) {
        return FakeAnswer::json(200, instancesJson);
    };
    EcsClient client(configFor(endpoint));
    QStringList ids;
    for (int i = 0; i < 150; ++i)
        ids.append(QStringLiteral("i-%1").arg(i));

    InstancesWalk *walk = client.describeInstances(ids);
    QSignalSpy instances(walk, &InstancesWalk::instancesReceived);

    QCOMPARE(waitForFinish(walk).kind, ApiError::Kind::None);
    QCOMPARE(instances.size(), 2);
    QCOMPARE(endpoint.requests.size(), 2);
    QSet<int> batchSizes;
    for (const RecordedRequest &request : std::as_const(endpoint.requests)) {
        const QString batch = request.parameter(QStringLiteral("InstanceIds"));
        batchSizes.insert(int(QJsonDocument::fromJson(batch.toUtf8()).array().size()));
        QCOMPARE(request.parameter(QStringLiteral("MaxResults")), QStringLiteral("100"));
    }
    QCOMPARE(batchSizes, QSet<int>({100, 50}));
}

void TestDescribeActions::invocationsWalkSendsTheQuery()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, invocationsJson)};
    EcsClient client(configFor(endpoint));
    InvocationsQuery query;
    query.invokeId = QStringLiteral("t-1");
    query.includeOutput = true;

    InvocationsWalk *walk = client.describeInvocations(query);
    QSignalSpy invocations(walk, &InvocationsWalk::invocationsReceived);

    QCOMPARE(waitForFinish(walk).kind, ApiError::Kind::None);
    QCOMPARE(invocations.size(), 1);
    const RecordedRequest &request = endpoint.requests.first();
    QCOMPARE(request.header("x-acs-action"), QByteArray("DescribeInvocations"));
    QCOMPARE(request.parameter(QStringLiteral("InvokeId")), QStringLiteral("t-1"));
    QCOMPARE(request.parameter(QStringLiteral("IncludeOutput")), QStringLiteral("true"));
    QCOMPARE(request.parameter(QStringLiteral("ContentEncoding")), QStringLiteral("Base64"));
}

QTEST_GUILESS_MAIN(TestDescribeActions)
#include "test_describeactions.moc"
