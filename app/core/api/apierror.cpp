#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>

namespace ib::api {

namespace {

// A SignatureDoesNotMatch message quotes the server's string to sign, which can carry the
// security token; nothing after that phrase may reach a person or a log.
QString withoutStringToSign(const QString &message)
{
    const qsizetype cut = message.indexOf(QLatin1String("string to sign"), 0, Qt::CaseInsensitive);
    if (cut < 0)
        return message;
    return message.left(cut).trimmed() + QStringLiteral(" …");
}

QString withRequestId(const QString &sentence, const QString &requestId)
{
    if (requestId.isEmpty())
        return sentence;
    return sentence + u' ' + ApiError::tr("(Request ID %1)").arg(requestId);
}

} // namespace

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::insecure(const QString &host)
{
    ApiError error;
    error.kind = Kind::Insecure;
    error.message = host;
    return error;
}

ApiError ApiError::configuration(const QString &message)
{
    ApiError error;
    error.kind = Kind::Configuration;
    error.message = message;
    return error;
}

ApiError ApiError::malformed(const QString &message, const QString &excerpt)
{
    ApiError error;
    error.kind = Kind::Malformed;
    error.message = message;
    error.excerpt = excerpt;
    return error;
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    ApiError error;
    error.kind = Kind::TooLarge;
    error.message = QString::number(limitBytes);
    return error;
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.networkError = QNetworkReply::TimeoutError;
    error.message = QString::number((timeoutMs + 999) / 1000);
    return error;
}

ApiError ApiError::network(QNetworkReply::NetworkError networkError, const QString &message)
{
    ApiError error;
    error.networkError = networkError;
    error.message = message;
    error.kind = networkError == QNetworkReply::SslHandshakeFailedError ? Kind::Tls : Kind::Network;
    return error;
}

ApiError ApiError::fromResponse(int httpStatus, const QByteArray &body, const QDateTime &serverDate,
                                const QDateTime &localNow)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.kind = httpStatus >= 300 && httpStatus < 400 ? Kind::Redirect : Kind::Http;
    if (serverDate.isValid() && localNow.isValid())
        error.clockOffsetSeconds = localNow.secsTo(serverDate);

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(QLatin1String("Code")).toString();
    if (code.isEmpty())
        return error;

    error.kind = Kind::Service;
    error.code = code;
    error.message = withoutStringToSign(object.value(QLatin1String("Message")).toString());
    error.requestId = object.value(QLatin1String("RequestId")).toString();
    error.hostId = object.value(QLatin1String("HostId")).toString();
    error.recommend = object.value(QLatin1String("Recommend")).toString();
    const QJsonObject detail = object.value(QLatin1String("AccessDeniedDetail")).toObject();
    error.authAction = detail.value(QLatin1String("AuthAction")).toString();
    return error;
}

QString ApiError::explanation() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Service:
        return withRequestId(serviceExplanation(), requestId);
    case Kind::Http:
        if (httpStatus >= 500)
            return tr("The endpoint answered HTTP %1 without an error code; it may be overloaded. "
                      "Try again in a few minutes.")
                .arg(httpStatus);
        return tr("The endpoint answered HTTP %1 without an error code. Check that the endpoint "
                  "address points to the ECS API.")
            .arg(httpStatus);
    case Kind::Redirect:
        return tr("The endpoint answered with a redirect to \"%1\", which is not followed. If you "
                  "trust that address, set it as the profile's endpoint.")
            .arg(location);
    case Kind::Network:
    case Kind::Tls:
        return networkExplanation();
    case Kind::Timeout:
        return tr("The endpoint sent nothing for %1 s. Check your network connection and proxy "
                  "settings, then try again.")
            .arg(message);
    case Kind::Malformed:
        return tr("The endpoint's answer could not be read: %1 Try again; if it keeps happening, "
                  "check that the endpoint address points to the ECS API.")
            .arg(message);
    case Kind::TooLarge:
        return tr("The endpoint's answer was larger than %1 bytes and was not read. Check that the "
                  "endpoint address points to the ECS API.")
            .arg(message);
    case Kind::Insecure:
        return tr("Refusing to send credentials over plain http to \"%1\". Use an https:// "
                  "endpoint; plain http is allowed only to this computer (loopback).")
            .arg(message);
    case Kind::Configuration:
        return message;
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString ApiError::serviceExplanation() const
{
    if (code == QLatin1String("SignatureDoesNotMatch") ||
        code == QLatin1String("IncompleteSignature"))
        return tr("The service could not verify the request signature: the AccessKey secret is "
                  "most likely wrong. Enter the secret that belongs to this AccessKey ID again.");
    if (code == QLatin1String("InvalidAccessKeyId.NotFound"))
        return tr("The service does not know this AccessKey ID. Check that it was copied "
                  "completely and that the key has not been deleted.");
    if (code == QLatin1String("InvalidAccessKeyId.Inactive"))
        return tr("This AccessKey is disabled. Enable it in the RAM console or use another key.");
    if (code == QLatin1String("InvalidTimeStamp.Expired"))
        return clockSkewExplanation();
    if (code == QLatin1String("InvalidTimeStamp.Format"))
        return tr("The service rejected the request time format. Please report this as a bug.");
    if (code.startsWith(QLatin1String("InvalidSecurityToken")))
        return tr("The service rejected the STS security token: it is expired, malformed or "
                  "belongs to another AccessKey. Get a new token and update the profile.");
    if (code == QLatin1String("SignatureNonceUsed"))
        return tr("The service has already seen this request's nonce, as if the request had been "
                  "replayed. Try again; if it repeats, check any proxy between you and the "
                  "endpoint.");
    if (code.startsWith(QLatin1String("Forbidden"))) {
        if (!authAction.isEmpty())
            return tr("Your RAM identity is not allowed to call %1. Ask an administrator to grant "
                      "the action %1, for example with a read-only ECS policy.")
                .arg(authAction);
        return tr("Your RAM identity is not allowed to make this call. Ask an administrator to "
                  "grant read access to ECS and Cloud Assistant.");
    }
    if (code == QLatin1String("MissingParameter.RegionId"))
        return tr("No region was given. Choose a region for the profile and try again.");
    if (code == QLatin1String("InvalidRegionId.NotFound"))
        return tr("The region is not known to this endpoint. Choose another region, or check "
                  "that the endpoint belongs to the region.");
    // InvalidParameter and the many Invalid<Field>.<Reason> codes: the message names the field.
    if (code.startsWith(QLatin1String("Invalid")))
        return tr("The service rejected a query value (%1): %2 Check the query fields and try "
                  "again.")
            .arg(code, message);
    if (code == QLatin1String("Throttling") || code.startsWith(QLatin1String("Throttling.")))
        return tr("The service is limiting the request rate and the retries ran out. Wait a "
                  "minute, then try again with fewer invoke ids at once.");
    if (code == QLatin1String("ServiceUnavailable"))
        return tr("The service is temporarily unavailable and the retries ran out. Try again in a "
                  "few minutes.");
    if (code.startsWith(QLatin1String("InternalError")))
        return tr("The service had an internal error and the retries ran out. Try again later; if "
                  "it persists, contact support with the request ID.");
    return tr("The service answered %1: %2").arg(code, message);
}

QString ApiError::clockSkewExplanation() const
{
    const qint64 offset = clockOffsetSeconds.value_or(0);
    const int minutes = int((qAbs(offset) + 30) / 60);
    if (!clockOffsetSeconds || minutes == 0)
        return tr("The service rejected the request time. Check that this computer's clock, "
                  "date and time zone are correct, then try again.");
    if (offset > 0)
        return tr("This computer's clock is %1 min behind the service's clock. Correct the "
                  "system time (turn on network time) and try again.")
            .arg(minutes);
    return tr("This computer's clock is %1 min ahead of the service's clock. Correct the system "
              "time (turn on network time) and try again.")
        .arg(minutes);
}

QString ApiError::networkExplanation() const
{
    switch (networkError) {
    case QNetworkReply::HostNotFoundError:
        return tr("The endpoint host could not be found (%1). Check the endpoint address, your "
                  "network connection and DNS.")
            .arg(message);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The endpoint refused the connection (%1). Check the endpoint address and port.")
            .arg(message);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The endpoint closed the connection before answering, and the retries ran out. "
                  "Try again later.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy could not be used (%1). Check the system proxy settings.")
            .arg(message);
    default:
        break;
    }
    if (kind == Kind::Tls)
        return tr("A secure connection to the endpoint could not be established (%1). Check the "
                  "endpoint address, the system's certificates and any proxy that intercepts "
                  "TLS; certificate checks are never turned off.")
            .arg(message);
    return tr("The request could not be completed (%1). Check your network connection and try "
              "again.")
        .arg(message);
}

QString ApiError::summary() const
{
    static const char *const kindNames[] = {"none",      "service",  "http",          "redirect",
                                            "network",   "timeout",  "tls",           "malformed",
                                            "too-large", "insecure", "configuration", "cancelled"};
    static_assert(std::size(kindNames) == int(Kind::Cancelled) + 1);
    QString text = QLatin1String(kindNames[int(kind)]);
    if (!code.isEmpty())
        text += u' ' + code;
    if (httpStatus != 0)
        text += QStringLiteral(" HTTP ") + QString::number(httpStatus);
    if (networkError != QNetworkReply::NoError)
        text += QStringLiteral(" network error ") + QString::number(int(networkError));
    if (!requestId.isEmpty())
        text += QStringLiteral(" RequestId ") + requestId;
    return text;
}

} // namespace ib::api
