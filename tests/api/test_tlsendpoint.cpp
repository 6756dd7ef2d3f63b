#include "api/ecsclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace ib::api;

// An https endpoint whose certificate the system does not trust: the client must refuse it.
class TestTlsEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateIsRefusedNotRetried();
};

void TestTlsEndpoint::untrustedCertificateIsRefusedNotRetried()
{
    QFile certificate(QStringLiteral(IB_TEST_DATA "/selfsigned-cert.pem"));
    QFile key(QStringLiteral(IB_TEST_DATA "/selfsigned-key.pem"));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy handshakes(&server, &QSslServer::startedEncryptionHandshake);

    ClientConfig config;
    config.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    config.regionId = QStringLiteral("cn-hangzhou");
    config.credentials = {QStringLiteral("id"), QStringLiteral("secret"), {}};
    config.retryBaseDelayMs = 5;
    EcsClient client(config);
    ResultsWalk *walk = client.fetchResults({});
    QSignalSpy finished(walk, &ActionWalk::finished);
    QVERIFY(finished.wait(20000));

    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QCOMPARE(error.networkError, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(error.explanation().contains(QLatin1String("certificate")));
    QCOMPARE(handshakes.size(), 1);
}

QTEST_GUILESS_MAIN(TestTlsEndpoint)
#include "test_tlsendpoint.moc"
