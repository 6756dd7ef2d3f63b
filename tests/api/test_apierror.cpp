#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ib::api;

namespace {

QByteArray errorJson(const QString &code, const QString &message, const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("RequestId"), QStringLiteral("7A3B-REQ"));
    object.insert(QStringLiteral("HostId"), QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    object.insert(QStringLiteral("Code"), code);
    object.insert(QStringLiteral("Message"), message);
    object.insert(QStringLiteral("Recommend"), QStringLiteral("https://api.example.invalid/x"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QDateTime localNow(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheErrorBody();
    void serviceExplanations_data();
    void serviceExplanations();
    void clockSkewIsSaidInMinutes_data();
    void clockSkewIsSaidInMinutes();
    void forbiddenNamesTheMissingAction();
    void httpWithoutCode_data();
    void httpWithoutCode();
    void networkExplanations_data();
    void networkExplanations();
    void otherKinds_data();
    void otherKinds();
    void neverRepeatsTheStringToSign();
};

void TestApiError::readsTheErrorBody()
{
    const ApiError error = ApiError::fromResponse(
        400, errorJson(QStringLiteral("InvalidParameter"), QStringLiteral("bad MaxResults")));

    QCOMPARE(error.kind, ApiError::Kind::Service);
    QCOMPARE(error.code, QStringLiteral("InvalidParameter"));
    QCOMPARE(error.message, QStringLiteral("bad MaxResults"));
    QCOMPARE(error.requestId, QStringLiteral("7A3B-REQ"));
    QCOMPARE(error.hostId, QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(error.recommend, QStringLiteral("https://api.example.invalid/x"));
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.explanation().contains(QLatin1String("7A3B-REQ")));
    QVERIFY(error.summary().contains(QLatin1String("InvalidParameter")));
}

void TestApiError::serviceExplanations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("phrase"); // what the sentence must tell the person

    QTest::newRow("wrong secret") << QStringLiteral("SignatureDoesNotMatch") << 400
                                  << QStringLiteral("secret");
    QTest::newRow("incomplete signature")
        << QStringLiteral("IncompleteSignature") << 400 << QStringLiteral("secret");
    QTest::newRow("unknown key") << QStringLiteral("InvalidAccessKeyId.NotFound") << 404
                                 << QStringLiteral("does not know this AccessKey ID");
    QTest::newRow("disabled key") << QStringLiteral("InvalidAccessKeyId.Inactive") << 400
                                  << QStringLiteral("disabled");
    QTest::newRow("timestamp format")
        << QStringLiteral("InvalidTimeStamp.Format") << 400 << QStringLiteral("time format");
    QTest::newRow("expired token") << QStringLiteral("InvalidSecurityToken.Expired") << 400
                                   << QStringLiteral("security token");
    QTest::newRow("nonce used") << QStringLiteral("SignatureNonceUsed") << 400
                                << QStringLiteral("nonce");
    QTest::newRow("forbidden") << QStringLiteral("Forbidden.RAM") << 403
                               << QStringLiteral("not allowed");
    QTest::newRow("no region") << QStringLiteral("MissingParameter.RegionId") << 400
                               << QStringLiteral("Choose a region");
    QTest::newRow("unknown region") << QStringLiteral("InvalidRegionId.NotFound") << 404
                                    << QStringLiteral("region is not known");
    QTest::newRow("bad parameter")
        << QStringLiteral("InvalidParameter") << 400 << QStringLiteral("the message text");
    QTest::newRow("throttling") << QStringLiteral("Throttling") << 400 << QStringLiteral("rate");
    QTest::newRow("user throttling")
        << QStringLiteral("Throttling.User") << 400 << QStringLiteral("rate");
    QTest::newRow("api throttling")
        << QStringLiteral("Throttling.Api") << 400 << QStringLiteral("rate");
    QTest::newRow("unavailable") << QStringLiteral("ServiceUnavailable") << 503
                                 << QStringLiteral("temporarily unavailable");
    QTest::newRow("internal") << QStringLiteral("InternalError") << 500
                              << QStringLiteral("internal error");
    QTest::newRow("internal, dotted")
        << QStringLiteral("InternalError.Dispatch") << 500 << QStringLiteral("internal error");
    QTest::newRow("unknown code, 200-like status")
        << QStringLiteral("Some.NewCode") << 400 << QStringLiteral("Some.NewCode");
    // Decided by Code, not by status: a throttling answer with an odd status is still throttling.
    QTest::newRow("throttling with 503")
        << QStringLiteral("Throttling.User") << 503 << QStringLiteral("rate");
}

void TestApiError::serviceExplanations()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, phrase);

    const ApiError error =
        ApiError::fromResponse(status, errorJson(code, QStringLiteral("the message text")));

    QCOMPARE(error.kind, ApiError::Kind::Service);
    QCOMPARE(error.code, code);
    const QString text = error.explanation();
    QVERIFY2(text.contains(phrase, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("7A3B-REQ")), qPrintable(text));
}

void TestApiError::clockSkewIsSaidInMinutes_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("local clock 17 min slow") << 17 * 60 + 5 << QStringLiteral("17 min behind");
    QTest::newRow("local clock 2 h fast") << -120 * 60 << QStringLiteral("120 min ahead");
    QTest::newRow("one minute") << 61 << QStringLiteral("1 min behind");
    QTest::newRow("seconds only") << 10 << QStringLiteral("clock, date and time zone");
}

void TestApiError::clockSkewIsSaidInMinutes()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(QString, phrase);

    const ApiError error = ApiError::fromResponse(
        400, errorJson(QStringLiteral("InvalidTimeStamp.Expired"), QStringLiteral("expired")),
        localNow.addSecs(serverAheadSeconds), localNow);

    QCOMPARE(error.clockOffsetSeconds.value_or(0), serverAheadSeconds);
    QVERIFY2(error.explanation().contains(phrase), qPrintable(error.explanation()));
}

void TestApiError::forbiddenNamesTheMissingAction()
{
    const QJsonObject detail{
        {QStringLiteral("AuthAction"), QStringLiteral("ecs:DescribeInvocationResults")},
        {QStringLiteral("NoPermissionType"), QStringLiteral("ImplicitDeny")}};
    const ApiError error = ApiError::fromResponse(
        403, errorJson(QStringLiteral("Forbidden.RAM"), QStringLiteral("not authorized"),
                       {{QStringLiteral("AccessDeniedDetail"), detail}}));

    QCOMPARE(error.authAction, QStringLiteral("ecs:DescribeInvocationResults"));
    QVERIFY(error.explanation().contains(QLatin1String("ecs:DescribeInvocationResults")));
}

void TestApiError::httpWithoutCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>")
                              << int(ApiError::Kind::Http) << QStringLiteral("overloaded");
    QTest::newRow("404 empty") << 404 << QByteArray() << int(ApiError::Kind::Http)
                               << QStringLiteral("endpoint address");
    QTest::newRow("301 redirect") << 301 << QByteArray() << int(ApiError::Kind::Redirect)
                                  << QStringLiteral("redirect");
}

void TestApiError::httpWithoutCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, phrase);

    const ApiError error = ApiError::fromResponse(status, body);

    QCOMPARE(int(error.kind), kind);
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.explanation().contains(QString::number(status)) ||
            kind != int(ApiError::Kind::Http));
    QVERIFY2(error.explanation().contains(phrase), qPrintable(error.explanation()));
}

void TestApiError::networkExplanations_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError)
                                    << int(ApiError::Kind::Network) << QStringLiteral("DNS");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << int(ApiError::Kind::Network) << QStringLiteral("port");
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError)
                            << int(ApiError::Kind::Network) << QStringLiteral("closed");
    QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError)
                           << int(ApiError::Kind::Network) << QStringLiteral("proxy");
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(ApiError::Kind::Tls)
                         << QStringLiteral("certificate");
    QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError)
                           << int(ApiError::Kind::Network) << QStringLiteral("network connection");
}

void TestApiError::networkExplanations()
{
    QFETCH(int, networkError);
    QFETCH(int, kind);
    QFETCH(QString, phrase);

    const ApiError error = ApiError::network(QNetworkReply::NetworkError(networkError),
                                             QStringLiteral("detail from Qt"));

    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.explanation().contains(phrase, Qt::CaseInsensitive),
             qPrintable(error.explanation()));
}

void TestApiError::otherKinds_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("timeout") << ApiError::timeout(30000) << QStringLiteral("30 s.");
    QTest::newRow("malformed") << ApiError::malformed(QStringLiteral("Missing comma at byte 12."))
                               << QStringLiteral("Missing comma at byte 12.");
    QTest::newRow("too large") << ApiError::tooLarge(1024) << QStringLiteral("1024 bytes");
    QTest::newRow("insecure") << ApiError::insecure(QStringLiteral("ecs.example.com"))
                              << QStringLiteral("https://");
    QTest::newRow("cancelled") << ApiError::cancelled() << QStringLiteral("Cancelled");
    QTest::newRow("configuration") << ApiError::configuration(QStringLiteral("Pick a region."))
                                   << QStringLiteral("Pick a region.");
}

void TestApiError::otherKinds()
{
    QFETCH(ApiError, error);
    QFETCH(QString, phrase);
    QVERIFY(error.isError());
    QVERIFY2(error.explanation().contains(phrase), qPrintable(error.explanation()));
}

void TestApiError::neverRepeatsTheStringToSign()
{
    const QString token = QStringLiteral("CAISsecret-token-value");
    const QString message =
        QStringLiteral("Specified signature is not matched with our calculation. server string to "
                       "sign is:GET&%2F&AccessKeyId%3Did%26SecurityToken%3D") +
        token;

    const ApiError error =
        ApiError::fromResponse(400, errorJson(QStringLiteral("SignatureDoesNotMatch"), message));

    QVERIFY(!error.message.contains(token));
    QVERIFY(!error.explanation().contains(token));
    QVERIFY(!error.summary().contains(token));
    QVERIFY(error.message.startsWith(QLatin1String("Specified signature is not matched")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "test_apierror.moc"
