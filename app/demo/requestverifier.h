#pragma once

#include "serviceerror.h"
#include "wirerequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <variant>

namespace ib::demo {

/// The access key pair (and STS token, if any) the endpoint accepts.
struct AcceptedCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken;
};

/// Who sent an authentic request and what it asks for.
struct Caller
{
    QString action;
    QString signatureVersion; // "1.0" or "ACS3-HMAC-SHA256"
    QString nonce;
};

/// Checks signatures V1 and V3, timestamps, nonces and STS tokens by the service's rules.
class RequestVerifier
{
public:
    explicit RequestVerifier(AcceptedCredentials credentials);

    /// The caller of an authentic request, or the error the service would answer.
    std::variant<Caller, ServiceError> verify(const WireRequest &request, const QDateTime &nowUtc);

    /// How far a timestamp may be from the server's clock, either way.
    static constexpr qint64 allowedSkewSeconds = 15 * 60;

private:
    std::variant<Caller, ServiceError> verifyV1(const WireRequest &request,
                                                const QDateTime &nowUtc) const;
    std::variant<Caller, ServiceError> verifyV3(const WireRequest &request,
                                                const QDateTime &nowUtc) const;
    std::optional<ServiceError> checkTimestamp(const QString &text, const QDateTime &nowUtc) const;
    std::optional<ServiceError> checkSecurityToken(const QString &token) const;
    std::optional<ServiceError> checkNonce(const QString &nonce, const QDateTime &nowUtc);

    AcceptedCredentials m_credentials;
    QHash<QString, QDateTime> m_nonces; // nonce -> when first seen, kept for the skew window
    QDateTime m_lastPrune;
};

} // namespace ib::demo
