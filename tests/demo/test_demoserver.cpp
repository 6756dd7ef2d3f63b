#include "demoserver.h"
#include "signedcall.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ib;
using namespace ib::demo;
using namespace ib::demo::testing;

Q_DECLARE_METATYPE(ib::demo::testing::Scheme)

namespace {

QJsonArray resultsOf(const Answer &answer)
{
    return answer.json.value(QStringLiteral("Invocation"))
        .toObject()
        .value(QStringLiteral("InvocationResults"))
        .toObject()
        .value(QStringLiteral("InvocationResult"))
        .toArray();
}

QString nextTokenOf(const Answer &answer)
{
    return answer.json.value(QStringLiteral("Invocation"))
        .toObject()
        .value(QStringLiteral("NextToken"))
        .toString();
}

Call withParameters(Scheme scheme, const api::Parameters &extra)
{
    Call call;
    call.scheme = scheme;
    call.parameters += extra;
    return call;
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signedRequestSucceeds_data();
    void signedRequestSucceeds();
    void rejectsLikeTheService_data();
    void rejectsLikeTheService();
    void rejectsReusedNonce_data();
    void rejectsReusedNonce();
    void requiresTheSecurityToken_data();
    void requiresTheSecurityToken();
    void pagesOverTheWholeFleetOnce_data();
    void pagesOverTheWholeFleetOnce();
    void acceptsNextTokenOnlyPercentEncoded();
    void plusInAValueMeansSpace();
    void deprecatedPageNumberAndPageSize();
    void filtersResults_data();
    void filtersResults();
    void returnsHistoryOfScheduledTask();
    void plainTextContentEncoding();
    void runningResultsSettle();
    void describesRegionsInstancesInvocations();

private:
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServer::init()
{
    m_server = std::make_unique<DemoServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->endpoint().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() != 0);
}

void TestDemoServer::cleanup()
{
    m_server.reset();
}

void TestDemoServer::signedRequestSucceeds_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("V1 GET") << Scheme::V1 << QByteArray("GET");
    QTest::newRow("V1 POST form") << Scheme::V1 << QByteArray("POST");
    QTest::newRow("V3 GET") << Scheme::V3 << QByteArray("GET");
    QTest::newRow("V3 POST form") << Scheme::V3 << QByteArray("POST");
}

void TestDemoServer::signedRequestSucceeds()
{
    QFETCH(Scheme, scheme);
    QFETCH(QByteArray, method);
    Call call =
        withParameters(scheme, {{QStringLiteral("ContentEncoding"), QStringLiteral("Base64")}});
    call.method = method;

    const Answer answer = send(m_server->endpoint(), call);
    QCOMPARE(answer.httpStatus, 200);
    QVERIFY(answer.jsonValid);
    QVERIFY(!answer.dateHeader.isEmpty());
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$"));
    QVERIFY(uuid.match(answer.json.value(QStringLiteral("RequestId")).toString()).hasMatch());
    const QJsonObject invocation = answer.json.value(QStringLiteral("Invocation")).toObject();
    QCOMPARE(invocation.value(QStringLiteral("PageSize")).toInt(), 10);
    QCOMPARE(resultsOf(answer).size(), 10);
    QCOMPARE(invocation.value(QStringLiteral("TotalCount")).toInt(), m_server->allResults().size());
    QVERIFY(!nextTokenOf(answer).isEmpty());

    const QJsonObject first = resultsOf(answer).first().toObject();
    const InvocationResult expected = m_server->allResults().first();
    QCOMPARE(first.value(QStringLiteral("InvokeId")).toString(), expected.invokeId);
    QCOMPARE(QByteArray::fromBase64(first.value(QStringLiteral("Output")).toString().toLatin1()),
             expected.output);
    QCOMPARE(m_server->requests().last().signatureVersion,
             scheme == Scheme::V1 ? QStringLiteral("1.0") : QStringLiteral("ACS3-HMAC-SHA256"));
}

void TestDemoServer::rejectsLikeTheService_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<Call>("call");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");

    for (Scheme scheme : {Scheme::V1, Scheme::V3}) {
        const char *prefix = scheme == Scheme::V1 ? "V1 " : "V3 ";
        Call call;
        call.scheme = scheme;
        Call wrongSecret = call;
        wrongSecret.accessKeySecret = QStringLiteral("not-the-secret");
        Call unknownKey = call;
        unknownKey.accessKeyId = QStringLiteral("LTAI-unknown");
        Call stale = call;
        stale.timestamp = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
        Call future = call;
        future.timestamp = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
        Call noRegion = call;
        noRegion.parameters.clear();
        Call unknownRegion = call;
        unknownRegion.parameters = {{QStringLiteral("RegionId"), QStringLiteral("mars-north-1")}};
        Call unknownAction = call;
        unknownAction.action = QStringLiteral("DescribeEverything");
        Call oldVersion = call;
        oldVersion.version = QStringLiteral("2013-01-10");
        Call tooMany =
            withParameters(scheme, {{QStringLiteral("MaxResults"), QStringLiteral("51")}});
        Call zero = withParameters(scheme, {{QStringLiteral("MaxResults"), QStringLiteral("0")}});
        Call unknownToken = withParameters(
            scheme, {{QStringLiteral("NextToken"), QStringLiteral("AAAAAdDW+BF2/x==")}});
        Call badEncoding =
            withParameters(scheme, {{QStringLiteral("ContentEncoding"), QStringLiteral("Hex")}});
        Call badTag =
            withParameters(scheme, {{QStringLiteral("Tag.21.Key"), QStringLiteral("env")}});

        QTest::addRow("%swrong secret", prefix)
            << scheme << wrongSecret << 400 << QStringLiteral("SignatureDoesNotMatch");
        QTest::addRow("%sunknown key id", prefix)
            << scheme << unknownKey << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
        QTest::addRow("%sstale timestamp", prefix)
            << scheme << stale << 400 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::addRow("%sfuture timestamp", prefix)
            << scheme << future << 400 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::addRow("%smissing RegionId", prefix)
            << scheme << noRegion << 400 << QStringLiteral("MissingParameter.RegionId");
        QTest::addRow("%sunknown region", prefix)
            << scheme << unknownRegion << 404 << QStringLiteral("InvalidRegionId.NotFound");
        QTest::addRow("%sunknown action", prefix)
            << scheme << unknownAction << 404 << QStringLiteral("InvalidAction.NotFound");
        QTest::addRow("%sold version", prefix)
            << scheme << oldVersion << 400 << QStringLiteral("InvalidVersion");
        QTest::addRow("%sMaxResults 51", prefix)
            << scheme << tooMany << 400 << QStringLiteral("InvalidParameter");
        QTest::addRow("%sMaxResults 0", prefix)
            << scheme << zero << 400 << QStringLiteral("InvalidParameter");
        QTest::addRow("%sunknown NextToken", prefix)
            << scheme << unknownToken << 400 << QStringLiteral("InvalidParameter");
        QTest::addRow("%sContentEncoding Hex", prefix)
            << scheme << badEncoding << 400 << QStringLiteral("InvalidParameter");
        QTest::addRow("%sTag.21", prefix)
            << scheme << badTag << 400 << QStringLiteral("InvalidParameter");
    }

    Call badFormat;
    badFormat.tamper = [](QByteArray query) { return query.replace("Timestamp=", "Timestamp=x"); };
    QTest::newRow("V1 timestamp format (signature follows)")
        << Scheme::V1 << badFormat << 400 << QStringLiteral("InvalidTimeStamp.Format");
    Call unsigned_;
    unsigned_.tamper = [](QByteArray query) { return query.left(query.indexOf("&Signature=")); };
    QTest::newRow("V1 without Signature")
        << Scheme::V1 << unsigned_ << 400 << QStringLiteral("IncompleteSignature");
}

void TestDemoServer::rejectsLikeTheService()
{
    QFETCH(Call, call);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);

    const Answer answer = send(m_server->endpoint(), call);
    QCOMPARE(answer.httpStatus, httpStatus);
    QCOMPARE(answer.json.value(QStringLiteral("Code")).toString(), code);
    for (const char *key : {"RequestId", "HostId", "Message", "Recommend"})
        QVERIFY2(!answer.json.value(QLatin1String(key)).toString().isEmpty(), key);
    QVERIFY(!answer.dateHeader.isEmpty());
    QCOMPARE(m_server->requests().last().errorCode, code);
}

void TestDemoServer::rejectsReusedNonce_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("V1") << Scheme::V1;
    QTest::newRow("V3") << Scheme::V3;
}

void TestDemoServer::rejectsReusedNonce()
{
    QFETCH(Scheme, scheme);
    Call call;
    call.scheme = scheme;
    call.nonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");

    QCOMPARE(send(m_server->endpoint(), call).httpStatus, 200);
    const Answer again = send(m_server->endpoint(), call);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.json.value(QStringLiteral("Code")).toString(),
             QStringLiteral("SignatureNonceUsed"));

    call.nonce = QStringLiteral("another-nonce");
    QCOMPARE(send(m_server->endpoint(), call).httpStatus, 200);
}

void TestDemoServer::requiresTheSecurityToken_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    for (Scheme scheme : {Scheme::V1, Scheme::V3}) {
        const char *prefix = scheme == Scheme::V1 ? "V1 " : "V3 ";
        QTest::addRow("%snone", prefix)
            << scheme << QString() << QStringLiteral("InvalidSecurityToken.Malformed");
        QTest::addRow("%sother", prefix)
            << scheme << QStringLiteral("CAIS-other")
            << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
        QTest::addRow("%sright", prefix)
            << scheme << QStringLiteral("CAIS+token/with=chars") << QString();
    }
}

void TestDemoServer::requiresTheSecurityToken()
{
    QFETCH(Scheme, scheme);
    QFETCH(QString, token);
    QFETCH(QString, code);
    DemoOptions options;
    options.accessKeyId = QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2xKY");
    options.securityToken = QStringLiteral("CAIS+token/with=chars");
    DemoServer server(options);
    QVERIFY(server.start());

    Call call;
    call.scheme = scheme;
    call.accessKeyId = options.accessKeyId;
    call.securityToken = token;
    const Answer answer = send(server.endpoint(), call);
    QCOMPARE(answer.httpStatus, code.isEmpty() ? 200 : 400);
    QCOMPARE(answer.json.value(QStringLiteral("Code")).toString(), code);
}

void TestDemoServer::pagesOverTheWholeFleetOnce_data()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("V1") << Scheme::V1;
    QTest::newRow("V3") << Scheme::V3;
}

void TestDemoServer::pagesOverTheWholeFleetOnce()
{
    QFETCH(Scheme, scheme);
    QSet<QPair<QString, QString>> seen;
    QList<QString> order;
    QString token;
    int pages = 0;
    bool tokenWithAllThree = false;
    do {
        api::Parameters parameters{{QStringLiteral("MaxResults"), QStringLiteral("50")}};
        if (!token.isEmpty())
            parameters.append({QStringLiteral("NextToken"), token});
        const Answer answer = send(m_server->endpoint(), withParameters(scheme, parameters));
        QCOMPARE(answer.httpStatus, 200);
        const QJsonArray results = resultsOf(answer);
        QVERIFY(results.size() <= 50);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QPair<QString, QString> key{
                result.value(QStringLiteral("InvokeId")).toString(),
                result.value(QStringLiteral("InstanceId")).toString()};
            QVERIFY2(!seen.contains(key), "a result came twice");
            seen.insert(key);
            order.append(key.first + key.second);
        }
        QVERIFY(answer.json.value(QStringLiteral("Invocation"))
                    .toObject()
                    .contains(QStringLiteral("NextToken")));
        token = nextTokenOf(answer);
        tokenWithAllThree = tokenWithAllThree ||
                            (token.contains(QLatin1Char('+')) && token.contains(QLatin1Char('/')) &&
                             token.contains(QLatin1Char('=')));
        QVERIFY(++pages < 100);
    } while (!token.isEmpty());

    const QList<InvocationResult> all = m_server->allResults();
    QCOMPARE(seen.size(), all.size());
    QCOMPARE(pages, int((all.size() + 49) / 50));
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(order[i], all[i].invokeId + all[i].instanceId);
    QVERIFY(tokenWithAllThree);
}

void TestDemoServer::acceptsNextTokenOnlyPercentEncoded()
{
    const Answer first = send(m_server->endpoint(), Call());
    const QString token = nextTokenOf(first);
    QVERIFY(token.contains(QLatin1Char('+')));

    for (Scheme scheme : {Scheme::V1, Scheme::V3}) {
        Call next = withParameters(scheme, {{QStringLiteral("NextToken"), token}});
        const Answer encoded = send(m_server->endpoint(), next);
        QCOMPARE(encoded.httpStatus, 200);
        QCOMPARE(resultsOf(encoded).first().toObject().value(QStringLiteral("InvokeId")).toString(),
                 m_server->allResults().at(10).invokeId);

        // The faulty client: signs %2B but sends '+', which the service reads as a space.
        next.tamper = [token](QByteArray query) {
            return query.replace(api::percentEncode(token), token.toLatin1());
        };
        const Answer raw = send(m_server->endpoint(), next);
        QCOMPARE(raw.httpStatus, 400);
        QCOMPARE(raw.json.value(QStringLiteral("Code")).toString(),
                 QStringLiteral("SignatureDoesNotMatch"));
    }
}

void TestDemoServer::plusInAValueMeansSpace()
{
    // Signed over "env name", sent as "env+name": the service reads '+' as a space, so it matches.
    Call call =
        withParameters(Scheme::V1, {{QStringLiteral("Tag.1.Key"), QStringLiteral("env name")},
                                    {QStringLiteral("Tag.1.Value"), QStringLiteral("a*b~c+d")}});
    call.tamper = [](QByteArray query) { return query.replace("env%20name", "env+name"); };
    const Answer answer = send(m_server->endpoint(), call);
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(resultsOf(answer).size(), 8);
}

void TestDemoServer::deprecatedPageNumberAndPageSize()
{
    const Answer answer =
        send(m_server->endpoint(),
             withParameters(Scheme::V1, {{QStringLiteral("PageNumber"), QStringLiteral("3")},
                                         {QStringLiteral("PageSize"), QStringLiteral("20")}}));
    QCOMPARE(answer.httpStatus, 200);
    const QJsonObject invocation = answer.json.value(QStringLiteral("Invocation")).toObject();
    QCOMPARE(invocation.value(QStringLiteral("PageNumber")).toInt(), 3);
    QCOMPARE(invocation.value(QStringLiteral("PageSize")).toInt(), 20);
    QCOMPARE(invocation.value(QStringLiteral("TotalCount")).toInt(), m_server->allResults().size());
    QCOMPARE(resultsOf(answer).size(), 20);
    QCOMPARE(resultsOf(answer).first().toObject().value(QStringLiteral("InstanceId")).toString(),
             m_server->allResults().at(40).instanceId);

    // Once MaxResults is sent, PageNumber is ignored.
    const Answer mixed =
        send(m_server->endpoint(),
             withParameters(Scheme::V1, {{QStringLiteral("PageNumber"), QStringLiteral("3")},
                                         {QStringLiteral("MaxResults"), QStringLiteral("5")}}));
    QCOMPARE(resultsOf(mixed).size(), 5);
    QCOMPARE(resultsOf(mixed).first().toObject().value(QStringLiteral("InstanceId")).toString(),
             m_server->allResults().at(0).instanceId);
}

void TestDemoServer::filtersResults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("InvokeId") << QStringLiteral("InvokeId") << QString();
    QTest::newRow("InstanceId") << QStringLiteral("InstanceId") << QString();
    QTest::newRow("CommandId") << QStringLiteral("CommandId") << QString();
    QTest::newRow("InvokeRecordStatus")
        << QStringLiteral("InvokeRecordStatus") << QStringLiteral("Failed");
    QTest::newRow("ResourceGroupId")
        << QStringLiteral("ResourceGroupId") << QStringLiteral("rg-acfmv2buildn4");
}

void TestDemoServer::filtersResults()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const InvocationResult deploy = [this] {
        for (const InvocationResult &r : m_server->allResults()) {
            if (r.invokeId == m_server->fleet().deploy.invokeId)
                return r;
        }
        return InvocationResult();
    }();
    if (value.isEmpty())
        value = name == QLatin1String("InvokeId")     ? deploy.invokeId
                : name == QLatin1String("InstanceId") ? deploy.instanceId
                                                      : deploy.commandId;

    const auto matches = [&](const InvocationResult &r) {
        if (name == QLatin1String("InvokeId"))
            return r.invokeId == value;
        if (name == QLatin1String("InstanceId"))
            return r.instanceId == value;
        if (name == QLatin1String("CommandId"))
            return r.commandId == value;
        if (name == QLatin1String("InvokeRecordStatus"))
            return r.invokeRecordStatus == value;
        const DemoInstance *instance = m_server->fleet().instance(r.instanceId);
        return instance && instance->resourceGroupId == value;
    };
    qsizetype expected = 0;
    for (const InvocationResult &r : m_server->allResults())
        expected += matches(r) ? 1 : 0;
    QVERIFY(expected > 0);
    QVERIFY(expected < m_server->allResults().size());

    const Answer answer =
        send(m_server->endpoint(),
             withParameters(Scheme::V3,
                            {{name, value}, {QStringLiteral("MaxResults"), QStringLiteral("50")}}));
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(answer.json.value(QStringLiteral("Invocation"))
                 .toObject()
                 .value(QStringLiteral("TotalCount"))
                 .toInt(),
             int(expected));
    for (const QJsonValue &result : resultsOf(answer)) {
        if (name != QLatin1String("ResourceGroupId"))
            QCOMPARE(result.toObject().value(name).toString(), value);
    }
}

void TestDemoServer::returnsHistoryOfScheduledTask()
{
    QString rotateId;
    for (const DemoInvocation &invocation : m_server->invocations()) {
        if (invocation.repeatMode == QLatin1String("Period") &&
            invocation.commandName == QLatin1String("rotate-logs"))
            rotateId = invocation.invokeId;
    }
    QVERIFY(!rotateId.isEmpty());
    const api::Parameters byId{{QStringLiteral("InvokeId"), rotateId},
                               {QStringLiteral("MaxResults"), QStringLiteral("50")}};

    const Answer latest = send(m_server->endpoint(), withParameters(Scheme::V1, byId));
    const Answer history =
        send(m_server->endpoint(),
             withParameters(Scheme::V1, byId + api::Parameters{{QStringLiteral("IncludeHistory"),
                                                                QStringLiteral("true")}}));
    QCOMPARE(resultsOf(latest).size(), 6);
    QCOMPARE(resultsOf(history).size(), 6 * 8);
    for (const QJsonValue &value : resultsOf(latest))
        QCOMPARE(value.toObject().value(QStringLiteral("Repeats")).toInt(), 8);
}

void TestDemoServer::plainTextContentEncoding()
{
    const Answer answer =
        send(m_server->endpoint(), withParameters(Scheme::V1, {{QStringLiteral("ContentEncoding"),
                                                                QStringLiteral("PlainText")}}));
    QCOMPARE(answer.httpStatus, 200);
    const QJsonObject first = resultsOf(answer).first().toObject();
    QCOMPARE(first.value(QStringLiteral("Output")).toString(),
             QString::fromUtf8(m_server->allResults().first().output));
}

void TestDemoServer::runningResultsSettle()
{
    DemoOptions options;
    options.settleMs = 900;
    DemoServer server(options);
    QVERIFY(server.start());
    QString settlingId;
    for (const DemoInvocation &invocation : server.invocations()) {
        if (invocation.commandName == QLatin1String("collect-diagnostics"))
            settlingId = invocation.invokeId;
    }
    const Call call = withParameters(Scheme::V1, {{QStringLiteral("InvokeId"), settlingId}});

    const QJsonObject pending = resultsOf(send(server.endpoint(), call)).first().toObject();
    QCOMPARE(pending.value(QStringLiteral("InvocationStatus")).toString(),
             QStringLiteral("Pending"));
    QVERIFY(!pending.contains(QStringLiteral("ExitCode")));

    QTRY_VERIFY_WITH_TIMEOUT(server.elapsedMs() > options.settleMs / 2, 5000);
    const QJsonObject running = resultsOf(send(server.endpoint(), call)).first().toObject();
    QCOMPARE(running.value(QStringLiteral("InvocationStatus")).toString(),
             QStringLiteral("Running"));
    QVERIFY(!running.contains(QStringLiteral("ExitCode")));
    QVERIFY(!running.value(QStringLiteral("Output")).toString().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(server.elapsedMs() > options.settleMs, 5000);
    for (const QJsonValue &value : resultsOf(send(server.endpoint(), call))) {
        const QJsonObject settled = value.toObject();
        QVERIFY(settled.contains(QStringLiteral("ExitCode")));
        QVERIFY(!settled.value(QStringLiteral("FinishedTime")).toString().isEmpty());
        QVERIFY(settled.value(QStringLiteral("InvocationStatus")).toString() ==
                    QLatin1String("Success") ||
                settled.value(QStringLiteral("InvocationStatus")).toString() ==
                    QLatin1String("Failed"));
    }
}

void TestDemoServer::describesRegionsInstancesInvocations()
{
    Call regions;
    regions.action = QStringLiteral("DescribeRegions");
    regions.parameters.clear();
    const Answer regionAnswer = send(m_server->endpoint(), regions);
    QCOMPARE(regionAnswer.httpStatus, 200);
    const QJsonArray regionList = regionAnswer.json.value(QStringLiteral("Regions"))
                                      .toObject()
                                      .value(QStringLiteral("Region"))
                                      .toArray();
    QCOMPARE(regionList.size(), 4);
    QCOMPARE(regionList.first().toObject().value(QStringLiteral("RegionEndpoint")).toString(),
             QStringLiteral("127.0.0.1:%1").arg(m_server->port()));

    Call instances =
        withParameters(Scheme::V3, {{QStringLiteral("MaxResults"), QStringLiteral("100")}});
    instances.action = QStringLiteral("DescribeInstances");
    const Answer instanceAnswer = send(m_server->endpoint(), instances);
    QCOMPARE(instanceAnswer.httpStatus, 200);
    QCOMPARE(instanceAnswer.json.value(QStringLiteral("TotalCount")).toInt(),
             m_server->instances().size());
    QCOMPARE(instanceAnswer.json.value(QStringLiteral("Instances"))
                 .toObject()
                 .value(QStringLiteral("Instance"))
                 .toArray()
                 .size(),
             100);

    const DemoInstance &someone = m_server->instances().at(7);
    instances.parameters = {
        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("InstanceIds"), QStringLiteral("[\"%1\"]").arg(someone.instanceId)}};
    const QJsonArray one = send(m_server->endpoint(), instances)
                               .json.value(QStringLiteral("Instances"))
                               .toObject()
                               .value(QStringLiteral("Instance"))
                               .toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject().value(QStringLiteral("InstanceName")).toString(),
             someone.instanceName);
    QCOMPARE(one.first().toObject().value(QStringLiteral("OSType")).toString(), someone.osType);

    Call invocations = withParameters(
        Scheme::V1, {{QStringLiteral("InvokeId"), m_server->fleet().deploy.invokeId}});
    invocations.action = QStringLiteral("DescribeInvocations");
    const Answer invocationAnswer = send(m_server->endpoint(), invocations);
    QCOMPARE(invocationAnswer.httpStatus, 200);
    const QJsonObject deploy = invocationAnswer.json.value(QStringLiteral("Invocations"))
                                   .toObject()
                                   .value(QStringLiteral("Invocation"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(deploy.value(QStringLiteral("CommandName")).toString(),
             QStringLiteral("deploy-app-v2"));
    QCOMPARE(deploy.value(QStringLiteral("InvocationStatus")).toString(),
             QStringLiteral("PartialFailed"));
    QVERIFY(
        QByteArray::fromBase64(deploy.value(QStringLiteral("CommandContent")).toString().toLatin1())
            .contains("docker pull"));
    QCOMPARE(deploy.value(QStringLiteral("InvokeInstances"))
                 .toObject()
                 .value(QStringLiteral("InvokeInstance"))
                 .toArray()
                 .size(),
             40);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "test_demoserver.moc"
