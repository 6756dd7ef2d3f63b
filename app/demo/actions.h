#pragma once

#include "fleet.h"
#include "paging.h"
#include "serviceerror.h"
#include "wirerequest.h"

#include <QHash>
#include <QJsonObject>
#include <variant>

namespace ib::demo {

/// What the actions read and update while answering one request.
struct ActionContext
{
    const QHash<QString, Fleet> &fleets; // by region id
    TokenBook &tokens;
    qint64 elapsedMs = 0; // since the server started: settling results move on with it
    int settleMs = 0;
    QString endpointHost;         // host:port of this endpoint, reported as RegionEndpoint
    bool repeatNextToken = false; // the fault: answer a NextToken with an empty page and itself
};

/// The body of a successful reply (without RequestId), or the service's error.
using ActionReply = std::variant<QJsonObject, ServiceError>;

/// Answers one authenticated request for `action` (DescribeInvocationResults and friends).
ActionReply runAction(const QString &action, const api::Parameters &parameters,
                      ActionContext &context);

/// The results a region lists with these filters, as the service shows them now, in order.
std::variant<QList<InvocationResult>, ServiceError>
matchingResults(const Fleet &fleet, const api::Parameters &parameters, qint64 elapsedMs,
                int settleMs);

/// One result in the JSON shape of DescribeInvocationResults.
QJsonObject resultJson(const InvocationResult &result, bool base64);

/// A time as the service writes it: yyyy-MM-ddTHH:mm:ssZ, or "" when not set.
QString serviceTime(const QDateTime &time);

} // namespace ib::demo
