#include "signedcall.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUuid>

namespace ib::demo::testing {

namespace {

QNetworkAccessManager &network()
{
    static QNetworkAccessManager manager;
    return manager;
}

QByteArray withSignature(const QByteArray &query, const QByteArray &signature)
{
    return query + "&Signature=" + api::percentEncode(QString::fromLatin1(signature));
}

QNetworkRequest v1Request(const QUrl &endpoint, const Call &call, QByteArray *body)
{
    api::Parameters parameters = call.parameters;
    parameters += {{QStringLiteral("Action"), call.action},
                   {QStringLiteral("Version"), call.version},
                   {QStringLiteral("Format"), QStringLiteral("JSON")},
                   {QStringLiteral("AccessKeyId"), call.accessKeyId},
                   {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                   {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                   {QStringLiteral("SignatureNonce"), call.nonce},
                   {QStringLiteral("Timestamp"), timestampText(call.timestamp)}};
    if (!call.securityToken.isEmpty())
        parameters.append({QStringLiteral("SecurityToken"), call.securityToken});
    QByteArray encoded =
        withSignature(api::canonicalQuery(parameters),
                      api::v1::signature(call.accessKeySecret, call.method, parameters));
    if (call.tamper)
        encoded = call.tamper(encoded);

    QByteArray url = endpoint.toEncoded();
    if (call.method == "GET")
        url += '?' + encoded;
    else
        *body = encoded;
    QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
    if (call.method != "GET")
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    return request;
}

QNetworkRequest v3Request(const QUrl &endpoint, const Call &call, QByteArray *body)
{
    api::v3::Request signing;
    signing.method = call.method;
    QByteArray encoded = api::canonicalQuery(call.parameters);
    if (call.method == "GET") {
        signing.query = call.parameters;
    } else {
        *body = encoded;
        signing.body = encoded;
        signing.headers.append(
            qMakePair(QByteArray("content-type"), QByteArray("application/x-www-form-urlencoded")));
    }
    signing.headers += {{"host", QByteArray("127.0.0.1:") + QByteArray::number(endpoint.port())},
                        {"x-acs-action", call.action.toUtf8()},
                        {"x-acs-version", call.version.toUtf8()},
                        {"x-acs-date", timestampText(call.timestamp).toUtf8()},
                        {"x-acs-signature-nonce", call.nonce.toUtf8()},
                        {"x-acs-content-sha256", api::v3::hashedPayload(signing.body)}};
    if (!call.securityToken.isEmpty())
        signing.headers.append(
            qMakePair(QByteArray("x-acs-security-token"), call.securityToken.toUtf8()));
    const QByteArray authorization =
        api::v3::authorization(call.accessKeyId, call.accessKeySecret, signing);

    if (call.tamper) {
        encoded = call.tamper(encoded);
        if (call.method != "GET")
            *body = encoded;
    }
    QByteArray url = endpoint.toEncoded();
    if (call.method == "GET" && !encoded.isEmpty())
        url += '?' + encoded;
    QNetworkRequest request(QUrl::fromEncoded(url, QUrl::StrictMode));
    for (const auto &[name, value] : std::as_const(signing.headers)) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    request.setRawHeader("Authorization", authorization);
    return request;
}

} // namespace

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QNetworkReply *start(const QUrl &endpoint, const Call &given)
{
    Call call = given;
    if (call.nonce.isEmpty())
        call.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!call.timestamp.isValid())
        call.timestamp = QDateTime::currentDateTimeUtc();

    QByteArray body;
    const QNetworkRequest request = call.scheme == Scheme::V1 ? v1Request(endpoint, call, &body)
                                                              : v3Request(endpoint, call, &body);
    if (call.method == "GET")
        return network().get(request);
    return network().sendCustomRequest(request, call.method, body);
}

Answer read(QNetworkReply *reply)
{
    Answer answer;
    answer.error = reply->error();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.dateHeader = reply->rawHeader("Date");
    answer.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    answer.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
    answer.json = document.object();
    return answer;
}

Answer send(const QUrl &endpoint, const Call &call)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(start(endpoint, call));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer = read(reply.get());
    answer.elapsedMs = clock.elapsed();
    return answer;
}

} // namespace ib::demo::testing
