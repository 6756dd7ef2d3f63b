#include "requestverifier.h"

#include "logcategories.h"

#include <QRegularExpression>

namespace ib::demo {

namespace {

const QString apiVersion = QStringLiteral("2014-05-26");

ServiceError signatureDoesNotMatch(const QByteArray &stringToSign)
{
    // The service shows its string to sign so a caller can compare; it holds no secret.
    return {400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified signature is not matched with our calculation. server "
                           "string to sign is:") +
                QString::fromUtf8(stringToSign)};
}

ServiceError accessKeyNotFound()
{
    return {404, QStringLiteral("InvalidAccessKeyId.NotFound"),
            QStringLiteral("Specified access key is not found.")};
}

ServiceError invalidVersion()
{
    return {400, QStringLiteral("InvalidVersion"),
            QStringLiteral("Specified parameter Version is not valid.")};
}

struct Authorization
{
    QString credential;
    QByteArray signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    const QByteArray prefix = QByteArray(api::v3::algorithm) + ' ';
    if (!value.startsWith(prefix))
        return std::nullopt;

    Authorization authorization;
    for (const QByteArray &part : value.mid(prefix.size()).split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Credential="))
            authorization.credential = QString::fromUtf8(item.mid(11));
        else if (item.startsWith("SignedHeaders="))
            authorization.signedHeaders = item.mid(14);
        else if (item.startsWith("Signature="))
            authorization.signature = item.mid(10);
    }
    if (authorization.credential.isEmpty() || authorization.signedHeaders.isEmpty() ||
        authorization.signature.isEmpty())
        return std::nullopt;
    return authorization;
}

} // namespace

RequestVerifier::RequestVerifier(AcceptedCredentials credentials)
    : m_credentials(std::move(credentials))
{}

std::variant<Caller, ServiceError> RequestVerifier::verify(const WireRequest &request,
                                                           const QDateTime &nowUtc)
{
    auto verdict = request.header(QByteArrayLiteral("authorization")).isNull()
                       ? verifyV1(request, nowUtc)
                       : verifyV3(request, nowUtc);
    if (const auto *caller = std::get_if<Caller>(&verdict)) {
        if (auto error = checkNonce(caller->nonce, nowUtc))
            return *error;
    }
    return verdict;
}

std::variant<Caller, ServiceError> RequestVerifier::verifyV1(const WireRequest &request,
                                                             const QDateTime &nowUtc) const
{
    const api::Parameters received = request.parameters();
    for (const char *name : {"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
                             "SignatureNonce", "Timestamp"}) {
        if (parameterValue(received, QLatin1String(name)).isEmpty())
            return ServiceError::incompleteSignature(
                QStringLiteral("The parameter %1 is missing.").arg(QLatin1String(name)));
    }
    if (parameterValue(received, QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1") ||
        parameterValue(received, QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
        return ServiceError::incompleteSignature(QStringLiteral(
            "Only SignatureMethod HMAC-SHA1 with SignatureVersion 1.0 is supported."));

    if (auto error = checkTimestamp(parameterValue(received, QStringLiteral("Timestamp")), nowUtc))
        return *error;
    if (parameterValue(received, QStringLiteral("AccessKeyId")) != m_credentials.accessKeyId)
        return accessKeyNotFound();

    api::Parameters signedParameters;
    for (const api::Parameter &parameter : received) {
        if (parameter.first != QLatin1String("Signature"))
            signedParameters.append(parameter);
    }
    const QByteArray expected =
        api::v1::signature(m_credentials.accessKeySecret, request.method, signedParameters);
    if (parameterValue(received, QStringLiteral("Signature")).toUtf8() != expected)
        return signatureDoesNotMatch(api::v1::stringToSign(request.method, signedParameters));

    if (auto error = checkSecurityToken(parameterValue(received, QStringLiteral("SecurityToken"))))
        return *error;
    if (parameterValue(received, QStringLiteral("Version")) != apiVersion)
        return invalidVersion();
    return Caller{parameterValue(received, QStringLiteral("Action")), QStringLiteral("1.0"),
                  parameterValue(received, QStringLiteral("SignatureNonce"))};
}

std::variant<Caller, ServiceError> RequestVerifier::verifyV3(const WireRequest &request,
                                                             const QDateTime &nowUtc) const
{
    const auto authorization =
        parseAuthorization(request.header(QByteArrayLiteral("authorization")));
    if (!authorization)
        return ServiceError::incompleteSignature(
            QStringLiteral("The Authorization header must read ACS3-HMAC-SHA256 Credential=...,"
                           "SignedHeaders=...,Signature=...."));

    const QByteArrayList named = authorization->signedHeaders.split(';');
    for (const char *required : {"host", "x-acs-action", "x-acs-version", "x-acs-date",
                                 "x-acs-signature-nonce", "x-acs-content-sha256"}) {
        if (!named.contains(QByteArray(required)) || request.header(required).isNull())
            return ServiceError::incompleteSignature(
                QStringLiteral("The header %1 must be sent and signed.")
                    .arg(QLatin1String(required)));
    }
    for (const auto &header : request.headers) {
        const QByteArray lower = header.first.toLower();
        if (lower.startsWith("x-acs-") && !named.contains(lower))
            return ServiceError::incompleteSignature(
                QStringLiteral("The header %1 is sent but not signed.")
                    .arg(QString::fromLatin1(lower)));
    }

    if (auto error = checkTimestamp(QString::fromUtf8(request.header("x-acs-date")), nowUtc))
        return *error;
    if (authorization->credential != m_credentials.accessKeyId)
        return accessKeyNotFound();

    api::v3::Request signedRequest{request.method, request.path, request.query, {}, request.body};
    for (const auto &header : request.headers) {
        if (named.contains(header.first.toLower()))
            signedRequest.headers.append(header);
    }
    const QByteArray expected = api::v3::signature(m_credentials.accessKeySecret, signedRequest);
    if (authorization->signature != expected ||
        api::v3::signedHeaders(signedRequest) != authorization->signedHeaders)
        return signatureDoesNotMatch(api::v3::stringToSign(signedRequest));
    if (request.header("x-acs-content-sha256") != api::v3::hashedPayload(request.body))
        return ServiceError{400, QStringLiteral("SignatureDoesNotMatch"),
                            QStringLiteral("The x-acs-content-sha256 header does not match the "
                                           "SHA-256 of the body.")};

    if (auto error = checkSecurityToken(QString::fromUtf8(request.header("x-acs-security-token"))))
        return *error;
    if (QString::fromUtf8(request.header("x-acs-version")) != apiVersion)
        return invalidVersion();
    return Caller{QString::fromUtf8(request.header("x-acs-action")),
                  QString::fromLatin1(api::v3::algorithm),
                  QString::fromUtf8(request.header("x-acs-signature-nonce"))};
}

std::optional<ServiceError> RequestVerifier::checkTimestamp(const QString &text,
                                                            const QDateTime &nowUtc) const
{
    static const QRegularExpression format(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!format.match(text).hasMatch() || !time.isValid())
        return ServiceError{400, QStringLiteral("InvalidTimeStamp.Format"),
                            QStringLiteral("Specified time stamp or date value is not well "
                                           "formatted.")};
    if (qAbs(time.secsTo(nowUtc)) > allowedSkewSeconds)
        return ServiceError{400, QStringLiteral("InvalidTimeStamp.Expired"),
                            QStringLiteral("Specified time stamp or date value is expired.")};
    return std::nullopt;
}

std::optional<ServiceError> RequestVerifier::checkSecurityToken(const QString &token) const
{
    if (m_credentials.securityToken.isEmpty())
        return std::nullopt;
    if (token.isEmpty())
        return ServiceError{400, QStringLiteral("InvalidSecurityToken.Malformed"),
                            QStringLiteral("Specified SecurityToken is malformed: the access key "
                                           "needs one and none was sent.")};
    if (token != m_credentials.securityToken)
        return ServiceError{400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                            QStringLiteral("Specified SecurityToken mismatch with the AccessKey.")};
    return std::nullopt;
}

std::optional<ServiceError> RequestVerifier::checkNonce(const QString &nonce,
                                                        const QDateTime &nowUtc)
{
    // Forget nonces older than the skew window, at most once a minute (benchmarks send many).
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(nowUtc) >= 60) {
        m_lastPrune = nowUtc;
        for (auto it = m_nonces.begin(); it != m_nonces.end();) {
            if (it.value().secsTo(nowUtc) > allowedSkewSeconds)
                it = m_nonces.erase(it);
            else
                ++it;
        }
    }

    if (m_nonces.contains(nonce)) {
        qCInfo(lcDemo) << "Rejected a reused signature nonce";
        return ServiceError{400, QStringLiteral("SignatureNonceUsed"),
                            QStringLiteral("Specified signature nonce was used already.")};
    }
    m_nonces.insert(nonce, nowUtc);
    return std::nullopt;
}

} // namespace ib::demo
