#include "api/signedrequest.h"
#include "fakeendpoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ib::api;

namespace {

const QString publishedNonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
const QDateTime publishedTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC);

ClientConfig configFor(const QUrl &endpoint, SignatureVersion version)
{
    ClientConfig config;
    config.endpoint = endpoint;
    config.signatureVersion = version;
    config.credentials = {QStringLiteral("testid"), QStringLiteral("testsecret"), {}};
    return config;
}

/// The DescribeInvocationResults call of the published edge case: field cases 3 and 4 together.
ActionCall edgeCaseCall(bool withNextToken)
{
    ActionCall call{QStringLiteral("DescribeInvocationResults"),
                    {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                     {QStringLiteral("InvokeId"), QStringLiteral("t-hz0jdfwd9f****")},
                     {QStringLiteral("ContentEncoding"), QStringLiteral("Base64")},
                     {QStringLiteral("MaxResults"), QStringLiteral("50")},
                     {QStringLiteral("Tag.1.Key"), QStringLiteral("env name")},
                     {QStringLiteral("Tag.1.Value"), QStringLiteral("a*b~c+d")}}};
    if (withNextToken)
        call.parameters.append({QStringLiteral("NextToken"), QStringLiteral("AAAAAdDW+BF2/x==")});
    return call;
}

/// Sends the request to the fake endpoint and returns what arrived on the socket.
RecordedRequest sendAndRecord(FakeEndpoint &endpoint, const QNetworkRequest &request)
{
    QNetworkAccessManager nam;
    endpoint.queue = {FakeAnswer::json(200, "{}")};
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000) || endpoint.requests.isEmpty())
        return {};
    return endpoint.requests.takeLast();
}

/// Query parameters as the server decodes them from the raw bytes.
Parameters decodedParameters(const QByteArray &encodedQuery, const QString &without = {})
{
    Parameters parameters;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals)));
        if (name != without)
            parameters.append(
                {name, QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)))});
    }
    return parameters;
}

QByteArray authorizationPart(const QByteArray &authorization, const QByteArray &key)
{
    const QRegularExpression pattern(QLatin1String(key) + QStringLiteral("=([^,]+)"));
    return pattern.match(QString::fromLatin1(authorization)).captured(1).toLatin1();
}

} // namespace

class TestSignedRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v1PublishedEdgeCaseSignatureOnTheWire();
    void encodedBytesSurviveQUrl_data();
    void encodedBytesSurviveQUrl();
    void v1SignatureVerifiesOverWhatArrived();
    void v3AuthorizationVerifiesOverWhatArrived();
    void securityTokenIsSentAndSigned_data();
    void securityTokenIsSentAndSigned();
    void everyRequestHasItsOwnNonce();
    void timestampIsUtcToTheSecond();
    void transportSettings();
    void defaultPortIsLeftOut();
    void loopbackHosts_data();
    void loopbackHosts();
    void configChecks_data();
    void configChecks();
};

void TestSignedRequest::v1PublishedEdgeCaseSignatureOnTheWire()
{
    const ClientConfig config = configFor(
        QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")), SignatureVersion::V1);

    const QNetworkRequest request =
        signedRequest(config, edgeCaseCall(false), publishedNonce, publishedTime);

    // Computed with the official SDK for these parameters (ecs-api.md).
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    QVERIFY(query.endsWith("&Signature=7kcieqITuGaSQAxderpP9Bpiyxg%3D"));
    QVERIFY(query.startsWith("AccessKeyId=testid&Action=DescribeInvocationResults&"));
    QVERIFY(query.contains("&Format=JSON&"));
    const QByteArray nonceAndMethod =
        "&SignatureMethod=HMAC-SHA1&SignatureNonce=" + publishedNonce.toLatin1() +
        "&SignatureVersion=1.0&";
    QVERIFY(query.contains(nonceAndMethod));
    QVERIFY(query.contains("&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"));
}

void TestSignedRequest::encodedBytesSurviveQUrl_data()
{
    QTest::addColumn<bool>("v3");
    QTest::newRow("V1") << false;
    QTest::newRow("V3") << true;
}

void TestSignedRequest::encodedBytesSurviveQUrl()
{
    QFETCH(bool, v3);
    const SignatureVersion version = v3 ? SignatureVersion::V3 : SignatureVersion::V1;
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const ClientConfig config = configFor(endpoint.url(), version);

    const QNetworkRequest request =
        signedRequest(config, edgeCaseCall(true), newNonce(), QDateTime::currentDateTimeUtc());

    // Field case 3 (NextToken) and 4 (tags): in what QNetworkAccessManager will send...
    const QByteArray inUrl = request.url().toEncoded();
    QVERIFY(inUrl.contains("NextToken=AAAAAdDW%2BBF2%2Fx%3D%3D"));
    QVERIFY(inUrl.contains("Tag.1.Key=env%20name&Tag.1.Value=a%2Ab~c%2Bd"));
    QVERIFY(inUrl.contains("InvokeId=t-hz0jdfwd9f%2A%2A%2A%2A"));

    // ... and in what actually arrived on the socket.
    const RecordedRequest arrived = sendAndRecord(endpoint, request);
    QCOMPARE(arrived.target, "/?" + request.url().query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(arrived.target.contains("NextToken=AAAAAdDW%2BBF2%2Fx%3D%3D"));
    QVERIFY(arrived.target.contains("Tag.1.Key=env%20name&Tag.1.Value=a%2Ab~c%2Bd"));
    if (version == SignatureVersion::V3)
        QCOMPARE(arrived.encodedQuery(), canonicalQuery(edgeCaseCall(true).parameters));
}

void TestSignedRequest::v1SignatureVerifiesOverWhatArrived()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const ClientConfig config = configFor(endpoint.url(), SignatureVersion::V1);

    const RecordedRequest arrived =
        sendAndRecord(endpoint, signedRequest(config, edgeCaseCall(true), newNonce(),
                                              QDateTime::currentDateTimeUtc()));

    const Parameters signedParameters =
        decodedParameters(arrived.encodedQuery(), QStringLiteral("Signature"));
    QCOMPARE(arrived.parameter(QStringLiteral("Signature")).toLatin1(),
             v1::signature(QStringLiteral("testsecret"), "GET", signedParameters));
    QCOMPARE(arrived.encodedQuery(),
             canonicalQuery(signedParameters) +
                 "&Signature=" + percentEncode(arrived.parameter(QStringLiteral("Signature"))));
}

void TestSignedRequest::v3AuthorizationVerifiesOverWhatArrived()
{
    FakeEndpoint endpoint;
    QVERIFY(endpoint.listen());
    const ClientConfig config = configFor(endpoint.url(), SignatureVersion::V3);

    const RecordedRequest arrived =
        sendAndRecord(endpoint, signedRequest(config, edgeCaseCall(true), newNonce(),
                                              QDateTime::currentDateTimeUtc()));

    v3::Request received;
    received.method = arrived.method;
    received.query = decodedParameters(arrived.encodedQuery());
    for (auto it = arrived.headers.cbegin(); it != arrived.headers.cend(); ++it)
        received.headers.append({it.key(), it.value()});
    const QByteArray authorization = arrived.header("Authorization");
    QVERIFY(authorization.startsWith("ACS3-HMAC-SHA256 Credential=testid,"));
    QCOMPARE(authorizationPart(authorization, "SignedHeaders"),
             QByteArray("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                        "x-acs-version"));
    QCOMPARE(authorizationPart(authorization, "Signature"),
             v3::signature(QStringLiteral("testsecret"), received));
    QCOMPARE(arrived.header("host"), endpoint.url().authority().toLatin1());
    QCOMPARE(arrived.headerNames.count("host"), 1);
    QCOMPARE(arrived.header("x-acs-action"), QByteArray("DescribeInvocationResults"));
    QCOMPARE(arrived.header("x-acs-version"), QByteArray("2014-05-26"));
    QCOMPARE(arrived.header("x-acs-content-sha256"),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(arrived.parameter(QStringLiteral("Signature")).isEmpty());
}

void TestSignedRequest::securityTokenIsSentAndSigned_data()
{
    encodedBytesSurviveQUrl_data();
}

void TestSignedRequest::securityTokenIsSentAndSigned()
{
    QFETCH(bool, v3);
    const SignatureVersion version = v3 ? SignatureVersion::V3 : SignatureVersion::V1;
    ClientConfig config =
        configFor(QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")), version);
    const QString token = QStringLiteral("CAIS+token/with==symbols");
    config.credentials.securityToken = token;

    const QNetworkRequest request =
        signedRequest(config, edgeCaseCall(false), publishedNonce, publishedTime);

    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    if (version == SignatureVersion::V1) {
        const QByteArray tokenPair = "&SecurityToken=" + percentEncode(token) + '&';
        QVERIFY(query.contains(tokenPair));
        const QByteArray expected =
            v1::signature(QStringLiteral("testsecret"), "GET",
                          decodedParameters(query, QStringLiteral("Signature")));
        const QByteArray signaturePair =
            "&Signature=" + percentEncode(QString::fromLatin1(expected));
        QVERIFY(query.endsWith(signaturePair));
    } else {
        QCOMPARE(request.rawHeader("x-acs-security-token"), token.toUtf8());
        QVERIFY(request.rawHeader("Authorization").contains(";x-acs-security-token;"));
        QVERIFY(!query.contains("SecurityToken"));
    }
}

void TestSignedRequest::everyRequestHasItsOwnNonce()
{
    // Field case 7 at the source: 200 requests built at once.
    const ClientConfig config = configFor(
        QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")), SignatureVersion::V3);
    QSet<QByteArray> nonces;
    for (int i = 0; i < 200; ++i)
        nonces.insert(
            signedRequest(config, edgeCaseCall(false), newNonce(), QDateTime::currentDateTimeUtc())
                .rawHeader("x-acs-signature-nonce"));
    QCOMPARE(nonces.size(), 200);
}

void TestSignedRequest::timestampIsUtcToTheSecond()
{
    const QDateTime local(QDate(2026, 12, 3), QTime(18, 5, 9, 750), QTimeZone(8 * 3600));
    QCOMPARE(signatureTime(local), QStringLiteral("2026-12-03T10:05:09Z"));
}

void TestSignedRequest::transportSettings()
{
    ClientConfig config = configFor(QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")),
                                    SignatureVersion::V3);
    config.timeoutMs = 12345;

    const QNetworkRequest request =
        signedRequest(config, edgeCaseCall(false), publishedNonce, publishedTime);

    QCOMPARE(request.rawHeader("User-Agent"),
             QByteArray("InvocationBrowser/" IB_VERSION " Qt/") + qVersion());
    QCOMPARE(request.transferTimeout(), 12345);
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.url().scheme(), QStringLiteral("https"));
    QCOMPARE(request.url().path(), QStringLiteral("/"));
}

void TestSignedRequest::defaultPortIsLeftOut()
{
    const ClientConfig config = configFor(
        QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com:443")), SignatureVersion::V3);

    const QNetworkRequest request =
        signedRequest(config, edgeCaseCall(false), publishedNonce, publishedTime);

    QCOMPARE(request.url().port(), -1);
    QCOMPARE(request.rawHeader("host"), QByteArray("ecs.cn-hangzhou.aliyuncs.com"));
}

void TestSignedRequest::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("private address") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("any address") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("public name") << QStringLiteral("ecs.aliyuncs.com") << false;
    QTest::newRow("lookalike name") << QStringLiteral("127.0.0.1.example.com") << false;
    QTest::newRow("localhost subdomain") << QStringLiteral("localhost.example.com") << false;
}

void TestSignedRequest::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestSignedRequest::configChecks_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("kind");
    const int none = int(ApiError::Kind::None);
    const int insecure = int(ApiError::Kind::Insecure);
    const int configuration = int(ApiError::Kind::Configuration);
    const QString secret = QStringLiteral("s");
    QTest::newRow("https") << QStringLiteral("https://ecs.aliyuncs.com") << secret << none;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << secret << none;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << secret << none;
    QTest::newRow("http remote") << QStringLiteral("http://ecs.aliyuncs.com") << secret << insecure;
    QTest::newRow("ftp") << QStringLiteral("ftp://ecs.aliyuncs.com") << secret << configuration;
    QTest::newRow("no host") << QStringLiteral("https://") << secret << configuration;
    QTest::newRow("no secret") << QStringLiteral("https://ecs.aliyuncs.com") << QString()
                               << configuration;
}

void TestSignedRequest::configChecks()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, secret);
    QFETCH(int, kind);
    ClientConfig config = configFor(QUrl(endpoint), SignatureVersion::V3);
    config.credentials.accessKeySecret = secret;

    const std::optional<ApiError> error = checkConfig(config);

    QCOMPARE(error ? int(error->kind) : int(ApiError::Kind::None), kind);
    if (error)
        QVERIFY(!error->explanation().isEmpty());
}

QTEST_GUILESS_MAIN(TestSignedRequest)
#include "test_signedrequest.moc"
