#pragma once

#include "results/invocationresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace ib::api {

/// The request signing scheme: V3 (ACS3-HMAC-SHA256) is the default the vendor recommends.
enum class SignatureVersion
{
    V1,
    V3
};

/// What signs a request. The secret and the token never reach a log or an error text.
struct Credentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // set when the credentials come from STS
};

/// Where and how the client talks to the ECS API.
struct ClientConfig
{
    QUrl endpoint; // https://ecs.<region>.aliyuncs.com, or http:// to a loopback host only
    QString regionId;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    Credentials credentials;
    int timeoutMs = 30000;  // per request, without any data arriving
    int maxRetries = 5;     // per request, for throttling, 5xx, timeouts, dropped connections
    int maxConcurrency = 4; // requests in flight in one walk, before throttling halves it
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 20000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    // The time requests are signed with; the system clock in UTC when unset (tests step it).
    std::function<QDateTime()> clock;
};

/// The DescribeInvocationResults filters. Each invoke id is walked on its own.
struct ResultsQuery
{
    QStringList invokeIds;
    QString instanceId;
    QString commandId;
    QString invokeRecordStatus;
    QString resourceGroupId;
    bool includeHistory = false;
    QList<Tag> tags; // at most 20
};

/// The DescribeInvocations filters.
struct InvocationsQuery
{
    QString invokeId;
    QString instanceId;
    QString commandId;
    QString commandName;
    QString invokeStatus;
    bool includeOutput = false; // needs an invoke id or an instance id
};

} // namespace ib::api
