#include "api/retrypolicy.h"

#include <QTest>

using namespace ib::api;

namespace {

ApiError service(const char *code, int status = 400)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = QLatin1String(code);
    error.httpStatus = status;
    return error;
}

ApiError http(int status)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    return error;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void throttlingCodes();
    void delayIsFullJitterWithinTheCeiling_data();
    void delayIsFullJitterWithinTheCeiling();
    void delaysActuallyVary();
    void concurrencyHalvesOnThrottlingAndGrowsBackSlowly();
};

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("answeredBefore");
    QTest::addColumn<bool>("retry");

    QTest::newRow("Throttling") << service("Throttling") << false << true;
    QTest::newRow("Throttling.User") << service("Throttling.User") << false << true;
    QTest::newRow("Throttling.Api") << service("Throttling.Api") << false << true;
    QTest::newRow("ServiceUnavailable") << service("ServiceUnavailable", 503) << false << true;
    QTest::newRow("InternalError") << service("InternalError", 500) << false << true;
    QTest::newRow("InternalError.Dispatch")
        << service("InternalError.Dispatch", 500) << false << true;
    QTest::newRow("5xx without code") << http(502) << false << true;
    QTest::newRow("4xx without code") << http(404) << false << false;
    QTest::newRow("timeout") << ApiError::timeout(1000) << false << true;
    QTest::newRow("dropped connection")
        << ApiError::network(QNetworkReply::RemoteHostClosedError, {}) << false << true;
    QTest::newRow("refused mid-walk")
        << ApiError::network(QNetworkReply::ConnectionRefusedError, {}) << true << true;
    QTest::newRow("refused at start")
        << ApiError::network(QNetworkReply::ConnectionRefusedError, {}) << false << false;
    QTest::newRow("host not found")
        << ApiError::network(QNetworkReply::HostNotFoundError, {}) << true << false;
    QTest::newRow("tls") << ApiError::network(QNetworkReply::SslHandshakeFailedError, {}) << true
                         << false;
    QTest::newRow("SignatureDoesNotMatch") << service("SignatureDoesNotMatch") << true << false;
    QTest::newRow("SignatureNonceUsed, an attempt sent twice")
        << service("SignatureNonceUsed") << true << true;
    QTest::newRow("InvalidParameter") << service("InvalidParameter") << true << false;
    QTest::newRow("Forbidden.RAM, 500") << service("Forbidden.RAM", 500) << true << false;
    QTest::newRow("ThrottlingX is not throttling") << service("ThrottlingX") << true << false;
    QTest::newRow("malformed") << ApiError::malformed(QStringLiteral("x")) << true << false;
    QTest::newRow("too large") << ApiError::tooLarge(10) << true << false;
    QTest::newRow("cancelled") << ApiError::cancelled() << true << false;
    QTest::newRow("insecure") << ApiError::insecure(QStringLiteral("h")) << true << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(ApiError, error);
    QFETCH(bool, answeredBefore);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy::isRetryable(error, answeredBefore), retry);
}

void TestRetryPolicy::throttlingCodes()
{
    QVERIFY(RetryPolicy::isThrottling(service("Throttling.User")));
    QVERIFY(RetryPolicy::isThrottling(service("Throttling")));
    QVERIFY(!RetryPolicy::isThrottling(service("ServiceUnavailable")));
    QVERIFY(!RetryPolicy::isThrottling(http(429)));
}

void TestRetryPolicy::delayIsFullJitterWithinTheCeiling_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("first") << 0 << 100;
    QTest::newRow("second") << 1 << 200;
    QTest::newRow("fourth") << 3 << 800;
    QTest::newRow("capped") << 8 << 2000;
    QTest::newRow("far beyond") << 60 << 2000;
}

void TestRetryPolicy::delayIsFullJitterWithinTheCeiling()
{
    QFETCH(int, retry);
    QFETCH(int, ceiling);
    const RetryPolicy policy{5, 100, 2000};
    QRandomGenerator random(42);

    int largest = 0;
    for (int i = 0; i < 500; ++i) {
        const int delay = policy.delayMs(retry, &random);
        QVERIFY(delay >= 0);
        QVERIFY(delay <= ceiling);
        largest = std::max(largest, delay);
    }
    QVERIFY2(largest > ceiling / 2, "the whole range [0, ceiling] is used");
}

void TestRetryPolicy::delaysActuallyVary()
{
    const RetryPolicy policy{5, 1000, 30000};
    QRandomGenerator random(7);
    QSet<int> delays;
    for (int i = 0; i < 20; ++i)
        delays.insert(policy.delayMs(2, &random));
    QVERIFY(delays.size() > 10);
}

void TestRetryPolicy::concurrencyHalvesOnThrottlingAndGrowsBackSlowly()
{
    ConcurrencyLimit limit(8);
    QCOMPARE(limit.current(), 8);

    limit.recordThrottled();
    QCOMPARE(limit.current(), 4);
    limit.recordThrottled();
    limit.recordThrottled();
    limit.recordThrottled();
    QCOMPARE(limit.current(), 1);

    // Growing back takes a run of successes at each level, one step at a time.
    int successes = 0;
    while (limit.current() < 2) {
        limit.recordSuccess();
        ++successes;
    }
    QCOMPARE(limit.current(), 2);
    QVERIFY(successes > 1);
    for (int i = 0; i < 1000; ++i)
        limit.recordSuccess();
    QCOMPARE(limit.current(), 8);

    ConcurrencyLimit zero(0);
    QCOMPARE(zero.current(), 1);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retrypolicy.moc"
