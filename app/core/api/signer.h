#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Request signing for the ECS RPC API: signature V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256).
// Both the client and the local endpoint use these functions, so a request the client
// signs is checked by the same rules the service applies.
namespace ib::api {

/// One request parameter as the user means it: name and value, not yet encoded.
using Parameter = QPair<QString, QString>;
using Parameters = QList<Parameter>;

/// RFC 3986 percent-encoding of the UTF-8 bytes: keeps A-Z a-z 0-9 - _ . ~, upper-case hex.
QByteArray percentEncode(const QString &text);

/// Encoded name=value pairs sorted by name bytes and joined with '&': the bytes to send.
QByteArray canonicalQuery(const Parameters &parameters);

namespace v1 {

/// METHOD&%2F&percentEncode(canonical query), the string the V1 signature covers.
QByteArray stringToSign(const QByteArray &method, const Parameters &parameters);

/// Base64 of HMAC-SHA1 keyed with secret + "&"; `parameters` must not contain Signature.
QByteArray signature(const QString &secret, const QByteArray &method,
                     const Parameters &parameters);

} // namespace v1

namespace v3 {

/// A request as V3 sees it. Header names may have any case; values are trimmed when signed.
struct Request
{
    QByteArray method;
    QByteArray path = QByteArrayLiteral("/");
    Parameters query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

inline constexpr char algorithm[] = "ACS3-HMAC-SHA256";

/// Lower-case hex SHA-256 of the body, the value of x-acs-content-sha256.
QByteArray hashedPayload(const QByteArray &body);

/// The names of the headers V3 signs (host, content-type, x-acs-*), lower case, sorted, ';'.
QByteArray signedHeaders(const Request &request);

/// The canonical request: method, path, query, headers, signed header names, payload hash.
QByteArray canonicalRequest(const Request &request);

/// "ACS3-HMAC-SHA256\n" + hex SHA-256 of the canonical request.
QByteArray stringToSign(const Request &request);

/// Lower-case hex HMAC-SHA256 keyed with the secret.
QByteArray signature(const QString &secret, const Request &request);

/// The full Authorization header value.
QByteArray authorization(const QString &accessKeyId, const QString &secret,
                         const Request &request);

} // namespace v3

} // namespace ib::api
