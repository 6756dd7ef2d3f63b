#include "demoserver.h"
#include "signedcall.h"

#include <QJsonArray>
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

// The failures the endpoint produces on purpose, each as a client meets it.
class TestDemoFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void throttlesNextRequests();
    void throttlesEveryNthRequest();
    void answersServiceUnavailable();
    void dropsConnectionMidBody();
    void sendsMalformedJson();
    void repeatsNextToken();
    void delaysWithoutBlocking();
    void clientLeavingDuringLatencyIsHarmless();

private:
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoFaults::init()
{
    m_server = std::make_unique<DemoServer>();
    QVERIFY(m_server->start());
}

void TestDemoFaults::cleanup()
{
    m_server.reset();
}

void TestDemoFaults::throttlesNextRequests()
{
    Faults faults;
    faults.throttleNext = 2;
    m_server->setFaults(faults);
    for (int i = 0; i < 2; ++i) {
        const Answer throttled = send(m_server->endpoint(), Call());
        QCOMPARE(throttled.httpStatus, 400);
        QCOMPARE(throttled.json.value(QStringLiteral("Code")).toString(),
                 QStringLiteral("Throttling.User"));
        QCOMPARE(throttled.json.value(QStringLiteral("Message")).toString(),
                 QStringLiteral("Request was denied due to user flow control."));
    }
    QCOMPARE(send(m_server->endpoint(), Call()).httpStatus, 200);
    QCOMPARE(m_server->faults().throttleNext, 0);
}

void TestDemoFaults::throttlesEveryNthRequest()
{
    Faults faults;
    faults.throttleEvery = 3;
    m_server->setFaults(faults);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i)
        statuses.append(send(m_server->endpoint(), Call()).httpStatus);
    QCOMPARE(statuses, (QList<int>{200, 200, 400, 200, 200, 400}));
}

void TestDemoFaults::answersServiceUnavailable()
{
    Faults faults;
    faults.serverErrorNext = 1;
    m_server->setFaults(faults);
    const Answer failed = send(m_server->endpoint(), Call());
    QCOMPARE(failed.httpStatus, 503);
    QCOMPARE(failed.json.value(QStringLiteral("Code")).toString(),
             QStringLiteral("ServiceUnavailable"));
    QCOMPARE(send(m_server->endpoint(), Call()).httpStatus, 200);
}

void TestDemoFaults::dropsConnectionMidBody()
{
    Faults faults;
    faults.dropConnectionNext = 1;
    m_server->setFaults(faults);
    const Answer dropped =
        send(m_server->endpoint(),
             withParameters(Scheme::V3, {{QStringLiteral("MaxResults"), QStringLiteral("50")}}));
    // Qt's client usually reports RemoteHostClosedError, but at times hands over the truncated
    // body as if complete; what the endpoint guarantees is fewer bytes than announced.
    QCOMPARE(dropped.httpStatus, 200);
    QVERIFY(!dropped.body.isEmpty());
    QVERIFY(dropped.body.size() < dropped.contentLength);
    QVERIFY(dropped.error == QNetworkReply::RemoteHostClosedError ||
            dropped.error == QNetworkReply::NoError);
    QVERIFY(!dropped.jsonValid);
    QCOMPARE(m_server->requests().last().fault, QStringLiteral("drop"));
    QCOMPARE(send(m_server->endpoint(), Call()).httpStatus, 200);
}

void TestDemoFaults::sendsMalformedJson()
{
    Faults faults;
    faults.malformedNext = 1;
    m_server->setFaults(faults);
    const Answer malformed = send(m_server->endpoint(), Call());
    QCOMPARE(malformed.httpStatus, 200);
    QCOMPARE(malformed.error, QNetworkReply::NoError);
    QVERIFY(!malformed.body.isEmpty());
    QVERIFY(!malformed.jsonValid);
    QVERIFY(send(m_server->endpoint(), Call()).jsonValid);
}

void TestDemoFaults::repeatsNextToken()
{
    const QString token = nextTokenOf(send(m_server->endpoint(), Call()));
    Faults faults;
    faults.repeatNextToken = true;
    m_server->setFaults(faults);
    const Answer repeated = send(
        m_server->endpoint(), withParameters(Scheme::V1, {{QStringLiteral("NextToken"), token}}));
    QCOMPARE(repeated.httpStatus, 200);
    QCOMPARE(resultsOf(repeated).size(), 0);
    QCOMPARE(nextTokenOf(repeated), token);
}

void TestDemoFaults::delaysWithoutBlocking()
{
    Faults faults;
    faults.latencyMs = 400;
    m_server->setFaults(faults);

    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    std::unique_ptr<QNetworkReply> slow(start(m_server->endpoint(), Call()));
    std::unique_ptr<QNetworkReply> other(start(m_server->endpoint(), Call()));
    QSignalSpy handled(m_server.get(), &DemoServer::requestHandled);
    QSignalSpy finished(slow.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(timerFired);
    QCOMPARE(read(slow.get()).httpStatus, 200);
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 2, 5000);
    // Both requests waited side by side, so the second did not queue behind the first.
    QTRY_VERIFY_WITH_TIMEOUT(other->isFinished(), 300);
}

void TestDemoFaults::clientLeavingDuringLatencyIsHarmless()
{
    Faults faults;
    faults.latencyMs = 200;
    m_server->setFaults(faults);
    std::unique_ptr<QNetworkReply> abandoned(start(m_server->endpoint(), Call()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 5000);
    const qint64 receivedAt = m_server->elapsedMs();
    abandoned->abort();
    abandoned.reset();

    // Past the moment the reply was due: nothing may be written to the closed connection.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->elapsedMs() > receivedAt + 2 * faults.latencyMs, 5000);
    faults.latencyMs = 0;
    m_server->setFaults(faults);
    QCOMPARE(send(m_server->endpoint(), Call()).httpStatus, 200);
}

QTEST_GUILESS_MAIN(TestDemoFaults)
#include "test_demofaults.moc"
