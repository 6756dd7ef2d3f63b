#include "api/ecsclient.h"
#include "fakeendpoint.h"
#include "resultbodies.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
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
    config.timeoutMs = 5000;
    config.retryBaseDelayMs = 5;
    config.retryMaxDelayMs = 20;
    return config;
}

/// Everything one walk reported, collected from its signals.
struct WalkRecord
{
    QList<ib::InvocationResult> results;
    int pages = 0;
    QStringList warnings;
    QList<ApiError> finishes;
};

WalkRecord run(ActionWalk *walk, ResultsWalk *results)
{
    WalkRecord record;
    QObject::connect(results, &ResultsWalk::pageReceived, walk,
                     [&record](const QList<ib::InvocationResult> &page) {
                         record.results += page;
                         record.pages += 1;
                     });
    QObject::connect(walk, &ActionWalk::warning, walk,
                     [&record](const QString &text) { record.warnings.append(text); });
    QObject::connect(walk, &ActionWalk::finished, walk,
                     [&record](const ApiError &error) { record.finishes.append(error); });
    QSignalSpy finished(walk, &ActionWalk::finished);
    if (!finished.wait(20000))
        qWarning("the walk did not finish");
    return record;
}

WalkRecord fetch(EcsClient &client, const ResultsQuery &query = {})
{
    ResultsWalk *walk = client.fetchResults(query);
    return run(walk, walk);
}

QStringList instanceIds(const QList<ib::InvocationResult> &results)
{
    QStringList ids;
    for (const auto &result : results)
        ids.append(result.invokeId + u'/' + result.instanceId);
    return ids;
}

qsizetype distinctCount(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend()).size();
}

} // namespace

class TestResultsWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryPageInOrder();
    void absentTokenEndsTheWalk();
    void emptyFirstPageIsAnEmptySuccess();
    void repeatedTokenStopsWithWarning();
    void tokenSeenEarlierStopsWithWarning();
    void sendsEveryFilter();
    void throttlingIsRetriedWithNewNonceAndTimestamp();
    void retriesRunOut();
    void serverErrorsAndDroppedConnectionsAreRetried();
    void attemptSentTwiceIsSignedAgain();
    void refusedConnectionAtStartIsNotRetried();
    void otherErrorsAreNotRetried();
    void malformedBodyIsReportedNotRetried();
    void silentEndpointTimesOut();
    void cancelAbortsAndFinishesOnce();
    void invokeIdsWalkSideBySideWithinTheLimit();
    void twoHundredRequestsCarryDistinctNonces();
    void throttlingHalvesTheConcurrency();
    void oversizedAnswerIsCut();
    void redirectIsNotFollowed();
    void clockSkewIsMeasuredFromTheDateHeader();
    void logsNeverCarrySecrets();
    void plainHttpToRemoteHostIsRefused();
    void tooManyTagsAreRefused();
};

void TestResultsWalk::walksEveryPageInOrder()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T1"))),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T2"), 2)),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 1, QString(), 4))};
    EcsClient client(configFor(endpoint));

    ResultsWalk *walk = client.fetchResults({});
    QSignalSpy progress(walk, &ActionWalk::progress);
    const WalkRecord record = run(walk, walk);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.pages, 3);
    QCOMPARE(instanceIds(record.results),
             QStringList({QStringLiteral("t-1/i-0000"), QStringLiteral("t-1/i-0001"),
                          QStringLiteral("t-1/i-0002"), QStringLiteral("t-1/i-0003"),
                          QStringLiteral("t-1/i-0004")}));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last(), QVariantList({3, 5}));

    QCOMPARE(endpoint.requests.size(), 3);
    QCOMPARE(endpoint.requests.at(0).parameter(QStringLiteral("NextToken")), QString());
    QCOMPARE(endpoint.requests.at(1).parameter(QStringLiteral("NextToken")), QStringLiteral("T1"));
    QCOMPARE(endpoint.requests.at(2).parameter(QStringLiteral("NextToken")), QStringLiteral("T2"));
    for (const RecordedRequest &request : std::as_const(endpoint.requests)) {
        QCOMPARE(request.parameter(QStringLiteral("MaxResults")), QStringLiteral("50"));
        QCOMPARE(request.parameter(QStringLiteral("ContentEncoding")), QStringLiteral("Base64"));
        QCOMPARE(request.parameter(QStringLiteral("RegionId")), QStringLiteral("cn-hangzhou"));
        QCOMPARE(request.header("x-acs-action"), QByteArray("DescribeInvocationResults"));
    }
}

void TestResultsWalk::absentTokenEndsTheWalk()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 3, {}, 0, false))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 3);
    QCOMPARE(endpoint.requests.size(), 1);
}

void TestResultsWalk::emptyFirstPageIsAnEmptySuccess()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 0, QString()))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.pages, 0);
    QVERIFY(record.warnings.isEmpty());
}

void TestResultsWalk::repeatedTokenStopsWithWarning()
{
    // Field case 5: page 1 has 10 results and T1, page 2 none and T1 again.
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 10, QStringLiteral("T1"))),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 0, QStringLiteral("T1")))};
    endpoint.fallback = [](const RecordedRequest &) {
        return FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 0, QStringLiteral("T1")));
    };
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 10);
    QCOMPARE(record.warnings.size(), 1);
    QVERIFY(record.warnings.first().contains(QLatin1String("page token")));
    QCOMPARE(endpoint.requests.size(), 2);
}

void TestResultsWalk::tokenSeenEarlierStopsWithWarning()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T1"))),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T2"), 2)),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T1"), 4))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 6);
    QCOMPARE(record.warnings.size(), 1);
    QCOMPARE(endpoint.requests.size(), 3);
}

void TestResultsWalk::sendsEveryFilter()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 0, QString()))};
    EcsClient client(configFor(endpoint));

    ResultsQuery query;
    query.invokeIds = {QStringLiteral("t-1")};
    query.instanceId = QStringLiteral("i-1");
    query.commandId = QStringLiteral("c-1");
    query.invokeRecordStatus = QStringLiteral("Failed");
    query.resourceGroupId = QStringLiteral("rg-1");
    query.includeHistory = true;
    query.tags = {{QStringLiteral("env name"), QStringLiteral("a*b~c+d")},
                  {QStringLiteral("team"), QStringLiteral("ops")}};
    fetch(client, query);

    QCOMPARE(endpoint.requests.size(), 1);
    const RecordedRequest &request = endpoint.requests.first();
    QCOMPARE(request.parameter(QStringLiteral("InvokeId")), QStringLiteral("t-1"));
    QCOMPARE(request.parameter(QStringLiteral("InstanceId")), QStringLiteral("i-1"));
    QCOMPARE(request.parameter(QStringLiteral("CommandId")), QStringLiteral("c-1"));
    QCOMPARE(request.parameter(QStringLiteral("InvokeRecordStatus")), QStringLiteral("Failed"));
    QCOMPARE(request.parameter(QStringLiteral("ResourceGroupId")), QStringLiteral("rg-1"));
    QCOMPARE(request.parameter(QStringLiteral("IncludeHistory")), QStringLiteral("true"));
    QCOMPARE(request.parameter(QStringLiteral("Tag.2.Key")), QStringLiteral("team"));
    QCOMPARE(request.parameter(QStringLiteral("Tag.2.Value")), QStringLiteral("ops"));
    // Field case 4, as it arrived on the socket.
    QVERIFY(request.encodedQuery().contains("Tag.1.Key=env%20name&Tag.1.Value=a%2Ab~c%2Bd"));
}

void TestResultsWalk::throttlingIsRetriedWithNewNonceAndTimestamp()
{
    // Field case 6: three HTTP 400 Throttling.User answers, then success.
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const QByteArray throttled =
        errorBody(QStringLiteral("Throttling.User"),
                  QStringLiteral("Request was denied due to user flow control."));
    endpoint.queue = {FakeAnswer::json(400, throttled), FakeAnswer::json(400, throttled),
                      FakeAnswer::json(400, throttled),
                      FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 4, QString()))};
    ClientConfig config = configFor(endpoint);
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    config.clock = [&now] { return now = now.addSecs(1); };
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 4);
    QCOMPARE(distinctCount(instanceIds(record.results)), 4);
    QCOMPARE(endpoint.requests.size(), 4);
    QSet<QString> nonces;
    QSet<QByteArray> dates;
    for (const RecordedRequest &request : std::as_const(endpoint.requests)) {
        nonces.insert(request.nonce());
        dates.insert(request.header("x-acs-date"));
    }
    QCOMPARE(nonces.size(), 4);
    QCOMPARE(dates.size(), 4);
    QCOMPARE(endpoint.requests.last().header("x-acs-date"), QByteArray("2026-12-03T10:00:04Z"));
}

void TestResultsWalk::retriesRunOut()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.fallback = [](const RecordedRequest &) {
        return FakeAnswer::json(503, errorBody(QStringLiteral("ServiceUnavailable")));
    };
    ClientConfig config = configFor(endpoint);
    config.maxRetries = 2;
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(endpoint.requests.size(), 3);
    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Service);
    QCOMPARE(record.finishes.first().code, QStringLiteral("ServiceUnavailable"));
    QCOMPARE(record.finishes.first().httpStatus, 503);
}

void TestResultsWalk::serverErrorsAndDroppedConnectionsAreRetried()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QStringLiteral("T1"))),
        FakeAnswer::json(502, "<html>bad gateway</html>"),
        FakeAnswer::json(500, errorBody(QStringLiteral("InternalError.Dispatch"))),
        FakeAnswer::drop(),
        FakeAnswer::cut(resultsBody(QStringLiteral("t-1"), 2, QString(), 2)),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QString(), 2))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 4);
    QCOMPARE(endpoint.requests.size(), 6);
    for (qsizetype i = 1; i < endpoint.requests.size(); ++i)
        QCOMPARE(endpoint.requests.at(i).parameter(QStringLiteral("NextToken")),
                 QStringLiteral("T1"));
}

void TestResultsWalk::attemptSentTwiceIsSignedAgain()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(400, errorBody(QStringLiteral("SignatureNonceUsed"))),
                      FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 2, QString()))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 2);
    QCOMPARE(endpoint.requests.size(), 2);
    QVERIFY(endpoint.requests.at(0).nonce() != endpoint.requests.at(1).nonce());
}

void TestResultsWalk::refusedConnectionAtStartIsNotRetried()
{
    quint16 closedPort = 0;
    {
        FakeEndpoint probe;
        QVERIFY(probe.listen());
        closedPort = quint16(probe.url().port());
    }
    ClientConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    config.credentials = {QStringLiteral("id"), QStringLiteral("secret"), {}};
    config.retryBaseDelayMs = 5;
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Network);
    QCOMPARE(record.finishes.first().networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(record.finishes.first().explanation().contains(QLatin1String("refused")));
}

void TestResultsWalk::otherErrorsAreNotRetried()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(400, errorBody(QStringLiteral("InvalidParameter")))};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(endpoint.requests.size(), 1);
    QCOMPARE(record.finishes.first().code, QStringLiteral("InvalidParameter"));
    QCOMPARE(record.finishes.first().requestId, QStringLiteral("req-error"));
}

void TestResultsWalk::malformedBodyIsReportedNotRetried()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, "{\"RequestId\": \"r\" \"Invocation\": {")};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(endpoint.requests.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Malformed);
    QVERIFY(!record.finishes.first().message.isEmpty());
    QVERIFY(record.finishes.first().explanation().contains(record.finishes.first().message));
}

void TestResultsWalk::silentEndpointTimesOut()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.fallback = [](const RecordedRequest &) { return FakeAnswer::silent(); };
    ClientConfig config = configFor(endpoint);
    config.timeoutMs = 300;
    config.maxRetries = 1;
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Timeout);
    QCOMPARE(endpoint.requests.size(), 2);
}

void TestResultsWalk::cancelAbortsAndFinishesOnce()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.fallback = [](const RecordedRequest &) { return FakeAnswer::silent(); };
    EcsClient client(configFor(endpoint));

    ResultsQuery query;
    query.invokeIds = {QStringLiteral("t-1"), QStringLiteral("t-2")};
    ResultsWalk *walk = client.fetchResults(query);
    QSignalSpy finished(walk, &ActionWalk::finished);
    QTRY_COMPARE(endpoint.requests.size(), 2);

    walk->cancel();
    walk->cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(walk->isFinished());
}

void TestResultsWalk::invokeIdsWalkSideBySideWithinTheLimit()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.latencyMs = 30;
    endpoint.fallback = [](const RecordedRequest &request) {
        const QString invokeId = request.parameter(QStringLiteral("InvokeId"));
        const bool first = request.parameter(QStringLiteral("NextToken")).isEmpty();
        return FakeAnswer::json(200, first ? resultsBody(invokeId, 2, QStringLiteral("N"))
                                           : resultsBody(invokeId, 1, QString(), 2));
    };
    ClientConfig config = configFor(endpoint);
    config.maxConcurrency = 2;
    EcsClient client(config);

    ResultsQuery query;
    query.invokeIds = {QStringLiteral("t-a"), QStringLiteral("t-b"), QStringLiteral("t-c"),
                       QStringLiteral("t-a")};
    const WalkRecord record = fetch(client, query);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 9);
    QCOMPARE(distinctCount(instanceIds(record.results)), 9);
    QCOMPARE(endpoint.requests.size(), 6);
    QCOMPARE(endpoint.maxOpenRequests, 2);
}

void TestResultsWalk::twoHundredRequestsCarryDistinctNonces()
{
    // Field case 7: 200 requests in flight at once.
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.fallback = [](const RecordedRequest &request) {
        return FakeAnswer::json(
            200, resultsBody(request.parameter(QStringLiteral("InvokeId")), 1, QString()));
    };
    ClientConfig config = configFor(endpoint);
    config.maxConcurrency = 200;
    config.signatureVersion = SignatureVersion::V1;
    EcsClient client(config);

    ResultsQuery query;
    for (int i = 0; i < 200; ++i)
        query.invokeIds.append(QStringLiteral("t-%1").arg(i));
    const WalkRecord record = fetch(client, query);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 200);
    QCOMPARE(endpoint.requests.size(), 200);
    QSet<QString> nonces;
    for (const RecordedRequest &request : std::as_const(endpoint.requests))
        nonces.insert(request.nonce());
    QCOMPARE(nonces.size(), 200);
}

void TestResultsWalk::throttlingHalvesTheConcurrency()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.latencyMs = 40;
    int answered = 0;
    endpoint.fallback = [&answered](const RecordedRequest &request) {
        if (answered++ < 4)
            return FakeAnswer::json(400, errorBody(QStringLiteral("Throttling.User")));
        return FakeAnswer::json(
            200, resultsBody(request.parameter(QStringLiteral("InvokeId")), 1, QString()));
    };
    ClientConfig config = configFor(endpoint);
    config.maxConcurrency = 4;
    EcsClient client(config);
    ResultsQuery query;
    for (int i = 0; i < 8; ++i)
        query.invokeIds.append(QStringLiteral("t-%1").arg(i));

    const WalkRecord record = fetch(client, query);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::None);
    QCOMPARE(record.results.size(), 8);
    QCOMPARE(endpoint.maxOpenRequests, 4);
    // Four throttled answers halved the limit to one: the lanes not yet started go one by one.
    for (const RecordedRequest &request : std::as_const(endpoint.requests)) {
        const int lane = request.parameter(QStringLiteral("InvokeId")).mid(2).toInt();
        if (lane >= 4)
            QCOMPARE(request.openAtArrival, 1);
    }
}

void TestResultsWalk::oversizedAnswerIsCut()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    endpoint.queue = {FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 40, QString()))};
    ClientConfig config = configFor(endpoint);
    config.maxResponseBytes = 1024;
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::TooLarge);
    QVERIFY(record.results.isEmpty());
    QCOMPARE(endpoint.requests.size(), 1);
}

void TestResultsWalk::redirectIsNotFollowed()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    FakeAnswer redirect = FakeAnswer::json(302, {});
    redirect.headers = {{"Location", "https://elsewhere.example/"}};
    endpoint.queue = {redirect};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Redirect);
    QCOMPARE(record.finishes.first().location, QStringLiteral("https://elsewhere.example/"));
    QVERIFY(record.finishes.first().explanation().contains(QLatin1String("elsewhere.example")));
    QCOMPARE(endpoint.requests.size(), 1);
}

void TestResultsWalk::clockSkewIsMeasuredFromTheDateHeader()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(42 * 60);
    FakeAnswer expired =
        FakeAnswer::json(400, errorBody(QStringLiteral("InvalidTimeStamp.Expired")));
    expired.headers = {
        {"Date",
         QLocale::c().toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
             " GMT"}};
    endpoint.queue = {expired};
    EcsClient client(configFor(endpoint));

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.first().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QVERIFY2(record.finishes.first().explanation().contains(QLatin1String("42 min behind")),
             qPrintable(record.finishes.first().explanation()));
}

namespace {

QStringList capturedLog;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

// Every level of ib.api on, whatever QT_LOGGING_RULES says.
void enableApiLog(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "ib.api") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}

} // namespace

void TestResultsWalk::logsNeverCarrySecrets()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const QString token = QStringLiteral("CAIS-sts-token-value");
    const QString leakyMessage =
        QStringLiteral("server string to sign is:GET&%2F&SecurityToken%3D") + token;
    endpoint.queue = {
        FakeAnswer::json(400, errorBody(QStringLiteral("Throttling.User"))),
        FakeAnswer::json(200, resultsBody(QStringLiteral("t-1"), 1, QStringLiteral("T"))),
        FakeAnswer::json(400, errorBody(QStringLiteral("SignatureDoesNotMatch"), leakyMessage))};
    for (const bool v3 : {true, false}) {
        ClientConfig config = configFor(endpoint);
        config.signatureVersion = v3 ? SignatureVersion::V3 : SignatureVersion::V1;
        config.credentials.securityToken = token;
        EcsClient client(config);
        previousFilter = QLoggingCategory::installFilter(enableApiLog);
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);

        const WalkRecord record = fetch(client);

        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(previousFilter);
        QCOMPARE(record.finishes.first().code, QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(capturedLog.size() >= 3);
        QStringList secrets{QStringLiteral("test-secret"), token};
        for (const RecordedRequest &request : std::as_const(endpoint.requests)) {
            secrets.append(QString::fromLatin1(request.header("Authorization")).section(u'=', -1));
            secrets.append(request.parameter(QStringLiteral("Signature")));
        }
        secrets.removeAll(QString());
        const QString everything = capturedLog.join(u'\n') + record.finishes.first().explanation() +
                                   record.finishes.first().message;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!everything.contains(secret), qPrintable(secret));
        endpoint.requests.clear();
        endpoint.queue = {FakeAnswer::json(
            400, errorBody(QStringLiteral("SignatureDoesNotMatch"), leakyMessage))};
    }
}

void TestResultsWalk::plainHttpToRemoteHostIsRefused()
{
    ClientConfig config;
    config.endpoint = QUrl(QStringLiteral("http://ecs.cn-hangzhou.aliyuncs.com"));
    config.credentials = {QStringLiteral("id"), QStringLiteral("secret"), {}};
    EcsClient client(config);

    const WalkRecord record = fetch(client);

    QCOMPARE(record.finishes.size(), 1);
    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Insecure);
    QVERIFY(record.finishes.first().explanation().contains(QLatin1String("https://")));
}

void TestResultsWalk::tooManyTagsAreRefused()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    EcsClient client(configFor(endpoint));
    ResultsQuery query;
    for (int i = 0; i < 21; ++i)
        query.tags.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});

    const WalkRecord record = fetch(client, query);

    QCOMPARE(record.finishes.first().kind, ApiError::Kind::Configuration);
    QVERIFY(endpoint.requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestResultsWalk)
#include "test_resultswalk.moc"
