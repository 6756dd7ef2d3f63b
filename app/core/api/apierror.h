#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <optional>

namespace ib::api {

/// Why a call to the ECS API did not succeed, typed, with a sentence a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,          // success
        Service,       // the service answered with an error Code
        Http,          // a non-2xx answer without a readable error Code
        Redirect,      // the endpoint answered with a redirect, which is never followed
        Network,       // the connection failed or dropped
        Timeout,       // no data for longer than the transfer timeout
        Tls,           // the TLS handshake or certificate check failed
        Malformed,     // a 2xx answer whose body could not be read
        TooLarge,      // the answer exceeded the response size cap
        Insecure,      // plain http to a host that is not loopback
        Configuration, // endpoint, region or credentials missing or unusable
        Cancelled,     // the user cancelled
    };

    ApiError() = default;
    static ApiError cancelled();
    static ApiError insecure(const QString &host);
    static ApiError configuration(const QString &message);
    static ApiError malformed(const QString &message, const QString &excerpt = {});
    static ApiError tooLarge(qint64 limitBytes);
    static ApiError timeout(int timeoutMs);
    static ApiError network(QNetworkReply::NetworkError error, const QString &message);

    /// Reads an error answer: JSON {Code, Message, RequestId, HostId, Recommend,
    /// AccessDeniedDetail}; `serverDate` (the Date header) gives the clock offset.
    static ApiError fromResponse(int httpStatus, const QByteArray &body,
                                 const QDateTime &serverDate = {},
                                 const QDateTime &localNow = QDateTime::currentDateTimeUtc());

    Kind kind = Kind::None;
    QString code;      // the service's error Code, e.g. "Throttling.User"
    QString message;   // the service's Message, or Qt's network error text
    QString requestId; // quote it to the provider's support
    QString hostId;
    QString recommend;  // the service's diagnosis link
    QString authAction; // from AccessDeniedDetail, e.g. "ecs:DescribeInvocationResults"
    QString location;   // where a redirect pointed
    QString excerpt;    // what could be read of a malformed answer
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    std::optional<qint64> clockOffsetSeconds; // service clock minus local clock

    bool isError() const { return kind != Kind::None; }

    /// A translated sentence for a person: what went wrong and what to do about it.
    QString explanation() const;

    /// One line for the log and the status bar: kind, code, HTTP status, request id.
    QString summary() const;

private:
    QString serviceExplanation() const;
    QString networkExplanation() const;
    QString clockSkewExplanation() const;
};

} // namespace ib::api

Q_DECLARE_METATYPE(ib::api::ApiError)
