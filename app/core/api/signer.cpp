#include "signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace ib::api {

QByteArray percentEncode(const QString &text)
{
    // QByteArray::toPercentEncoding keeps exactly the RFC 3986 unreserved set by default.
    return text.toUtf8().toPercentEncoding();
}

QByteArray canonicalQuery(const Parameters &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const Parameter &parameter : parameters)
        encoded.append({percentEncode(parameter.first), percentEncode(parameter.second)});

    // Byte order, not locale order: "Tag.1.Key" sorts after "SignatureVersion".
    std::sort(encoded.begin(), encoded.end());

    QByteArray query;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!query.isEmpty())
            query += '&';
        query += name + '=' + value;
    }
    return query;
}

namespace v1 {

QByteArray stringToSign(const QByteArray &method, const Parameters &parameters)
{
    return method + "&%2F&" + canonicalQuery(parameters).toPercentEncoding();
}

QByteArray signature(const QString &secret, const QByteArray &method,
                     const Parameters &parameters)
{
    const QByteArray key = secret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign(method, parameters), key,
                                            QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace v1

namespace v3 {

namespace {

bool isSignedHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

QList<QPair<QByteArray, QByteArray>> canonicalHeaders(const Request &request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isSignedHeader(lower))
            headers.append({lower, value.trimmed()});
    }
    std::sort(headers.begin(), headers.end());
    return headers;
}

} // namespace

QByteArray hashedPayload(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray signedHeaders(const Request &request)
{
    QByteArrayList names;
    for (const auto &header : canonicalHeaders(request))
        names.append(header.first);
    return names.join(';');
}

QByteArray canonicalRequest(const Request &request)
{
    QByteArray headerBlock;
    for (const auto &[name, value] : canonicalHeaders(request))
        headerBlock += name + ':' + value + '\n';

    return request.method + '\n' + request.path + '\n' + canonicalQuery(request.query) + '\n'
           + headerBlock + '\n' + signedHeaders(request) + '\n' + hashedPayload(request.body);
}

QByteArray stringToSign(const Request &request)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalRequest(request), QCryptographicHash::Sha256).toHex();
    return QByteArray(algorithm) + '\n' + hash;
}

QByteArray signature(const QString &secret, const Request &request)
{
    return QMessageAuthenticationCode::hash(stringToSign(request), secret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

QByteArray authorization(const QString &accessKeyId, const QString &secret,
                         const Request &request)
{
    return QByteArray(algorithm) + " Credential=" + accessKeyId.toUtf8()
           + ",SignedHeaders=" + signedHeaders(request) + ",Signature=" + signature(secret, request);
}

} // namespace v3

} // namespace ib::api
