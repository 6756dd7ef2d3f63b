#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "api/signer.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <optional>

namespace ib::api {

inline constexpr char apiVersion[] = "2014-05-26";

/// One call of one action: the action name and its own parameters, not yet signed.
struct ActionCall
{
    QString action;
    Parameters parameters;
};

/// Appends name=value when the value, trimmed, is not empty: an unset filter is not sent.
void appendIfSet(Parameters &parameters, const char *name, const QString &value);

/// A fresh random SignatureNonce; every attempt, retries included, needs its own.
QString newNonce();

/// The timestamp form both signatures use: yyyy-MM-ddTHH:mm:ssZ in UTC.
QString signatureTime(const QDateTime &time);

/// "InvocationBrowser/<version> Qt/<version>".
QByteArray userAgent();

/// True for 127.0.0.0/8, ::1 and localhost, the only hosts plain http may reach.
bool isLoopbackHost(const QString &host);

/// Why this configuration cannot be used, or nothing when it can.
std::optional<ApiError> checkConfig(const ClientConfig &config);

/// The request for one attempt, signed per the configuration. The query on the wire is
/// exactly the encoded query that was signed.
QNetworkRequest signedRequest(const ClientConfig &config, const ActionCall &call,
                              const QString &nonce, const QDateTime &timeUtc);

} // namespace ib::api
