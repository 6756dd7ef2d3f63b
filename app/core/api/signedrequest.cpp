#include "signedrequest.h"

#include <QHostAddress>
#include <QUuid>
#include <QtGlobal>

namespace ib::api {

namespace {

// Host header value as sent: the default port is stripped from the URL beforehand,
// so what remains is exactly what the server sees.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QUrl requestUrl(const QUrl &endpoint, const QByteArray &encodedQuery)
{
    QUrl url;
    url.setScheme(endpoint.scheme().toLower());
    url.setHost(endpoint.host());
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (endpoint.port() != -1 && endpoint.port() != defaultPort)
        url.setPort(endpoint.port());
    url.setPath(QStringLiteral("/"));
    // StrictMode keeps every %XY as it is: the bytes on the wire are the bytes signed.
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
    return url;
}

QUrl v1Url(const ClientConfig &config, const ActionCall &call, const QString &nonce,
           const QDateTime &timeUtc)
{
    Parameters parameters = call.parameters;
    parameters.append({QStringLiteral("Action"), call.action});
    parameters.append({QStringLiteral("Version"), QLatin1String(apiVersion)});
    parameters.append({QStringLiteral("Format"), QStringLiteral("JSON")});
    parameters.append({QStringLiteral("AccessKeyId"), config.credentials.accessKeyId});
    parameters.append({QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")});
    parameters.append({QStringLiteral("SignatureVersion"), QStringLiteral("1.0")});
    parameters.append({QStringLiteral("SignatureNonce"), nonce});
    parameters.append({QStringLiteral("Timestamp"), signatureTime(timeUtc)});
    if (!config.credentials.securityToken.isEmpty())
        parameters.append({QStringLiteral("SecurityToken"), config.credentials.securityToken});

    const QByteArray signature =
        v1::signature(config.credentials.accessKeySecret, "GET", parameters);
    const QByteArray query =
        canonicalQuery(parameters) + "&Signature=" + percentEncode(QString::fromLatin1(signature));
    return requestUrl(config.endpoint, query);
}

QNetworkRequest v3Request(const ClientConfig &config, const ActionCall &call, const QString &nonce,
                          const QDateTime &timeUtc)
{
    const QUrl url = requestUrl(config.endpoint, canonicalQuery(call.parameters));

    v3::Request signable;
    signable.method = "GET";
    signable.query = call.parameters;
    signable.headers = {{"host", hostHeader(url)},
                        {"x-acs-action", call.action.toUtf8()},
                        {"x-acs-version", apiVersion},
                        {"x-acs-date", signatureTime(timeUtc).toLatin1()},
                        {"x-acs-signature-nonce", nonce.toLatin1()},
                        {"x-acs-content-sha256", v3::hashedPayload({})}};
    if (!config.credentials.securityToken.isEmpty())
        signable.headers.append(
            {"x-acs-security-token", config.credentials.securityToken.toUtf8()});

    QNetworkRequest request(url);
    for (const auto &[name, value] : std::as_const(signable.headers))
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization",
                         v3::authorization(config.credentials.accessKeyId,
                                           config.credentials.accessKeySecret, signable));
    return request;
}

} // namespace

void appendIfSet(Parameters &parameters, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        parameters.append({QLatin1String(name), value.trimmed()});
}

QString newNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString signatureTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

QByteArray userAgent()
{
    return QByteArrayLiteral("InvocationBrowser/" IB_VERSION " Qt/") + qVersion();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> checkConfig(const ClientConfig &config)
{
    const QUrl &endpoint = config.endpoint;
    const QString scheme = endpoint.scheme().toLower();
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError::configuration(
            ApiError::tr("The endpoint \"%1\" is not a usable address. Enter it as "
                         "https://ecs.<region>.aliyuncs.com or pick a region.")
                .arg(endpoint.toDisplayString()));
    if (scheme == QLatin1String("http") && !isLoopbackHost(endpoint.host()))
        return ApiError::insecure(endpoint.host());
    if (config.credentials.accessKeyId.isEmpty() || config.credentials.accessKeySecret.isEmpty())
        return ApiError::configuration(
            ApiError::tr("The profile has no AccessKey ID or secret. Enter both and try again."));
    return std::nullopt;
}

QNetworkRequest signedRequest(const ClientConfig &config, const ActionCall &call,
                              const QString &nonce, const QDateTime &timeUtc)
{
    QNetworkRequest request;
    if (config.signatureVersion == SignatureVersion::V3) {
        request = v3Request(config, call, nonce, timeUtc);
    } else {
        request.setUrl(v1Url(config, call, nonce, timeUtc));
        request.setRawHeader("host", hostHeader(request.url()));
    }

    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: the Host header V3 signs is then exactly the one sent.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

} // namespace ib::api
