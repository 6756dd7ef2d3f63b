#pragma once

#include "api/signer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>
#include <functional>

// A minimal signing client for the tests of the local endpoint: it builds requests exactly as
// the service expects them (or, through `tamper`, the way a faulty client would).
namespace ib::demo::testing {

enum class Scheme
{
    V1,
    V3
};

struct Call
{
    Scheme scheme = Scheme::V1;
    QByteArray method = "GET";
    QString action = QStringLiteral("DescribeInvocationResults");
    api::Parameters parameters{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}};
    QString accessKeyId = QStringLiteral("demo-access-key-id");
    QString accessKeySecret = QStringLiteral("demo-access-key-secret");
    QString securityToken;
    QString version = QStringLiteral("2014-05-26");
    QString nonce;                                // a fresh UUID when empty
    QDateTime timestamp;                          // now when invalid
    std::function<QByteArray(QByteArray)> tamper; // rewrites the encoded query/body after signing
};

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // empty when the body is not a JSON object
    bool jsonValid = false;
    QByteArray dateHeader;
    qint64 contentLength = -1; // as announced by the Content-Length header
    qint64 elapsedMs = 0;
};

/// Sends the call to the endpoint and waits (QSignalSpy) for the reply.
Answer send(const QUrl &endpoint, const Call &call);

/// Starts the call without waiting; the reply is parented to nothing and must be deleted.
QNetworkReply *start(const QUrl &endpoint, const Call &call);

/// Reads a finished reply.
Answer read(QNetworkReply *reply);

QString timestampText(const QDateTime &time);

} // namespace ib::demo::testing
