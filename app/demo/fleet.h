#pragma once

#include "results/invocationresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ib::demo {

struct SyntheticFleet;

/// One ECS instance of the generated fleet, as DescribeInstances lists it.
struct DemoInstance
{
    QString instanceId;
    QString instanceName;
    QString hostName;
    QString osType; // "linux" or "windows"
    QString osName;
    QString status; // "Running" or "Stopped"
    QString regionId;
    QString zoneId;
    QString instanceType;
    QString resourceGroupId;
    QDateTime creationTime;
    QList<Tag> tags;
    bool chineseWindows = false; // a Windows instance with a Chinese UI (GBK output)
};

/// One command run (one invoke id) of the generated fleet, as DescribeInvocations lists it.
struct DemoInvocation
{
    QString invokeId;
    QString commandId;
    QString commandName;
    QString commandType;    // RunShellScript, RunPowerShellScript, RunBatScript
    QString commandContent; // the script text (sent Base64-encoded)
    QString description;
    QString repeatMode = QStringLiteral("Once"); // Once, Period, NextRebootOnly, EveryReboot
    QString frequency;                           // cron expression of a Period task
    QString workingDir;
    QString username;
    QString parameters; // JSON object text of the command's parameters, "" when none
    int timeoutSeconds = 60;
    QDateTime creationTime;
    QList<Tag> tags;
};

/// One result as the fleet keeps it: the final state, and whether it is an earlier run or settles.
struct FleetResult
{
    InvocationResult final;
    bool earlierRun = false;  // a previous run of a scheduled task: listed only with IncludeHistory
    bool settles = false;     // Pending, then Running, then final as the server's clock advances
    QByteArray partialOutput; // what a settling result shows while Running
};

/// The counts behind deploy-app-v2, the invocation that failed in exactly three ways.
struct DeployFailures
{
    QString invokeId;
    int healthCheckFailed = 0; // exit code 1, the same output everywhere
    int migrationFailed = 0;   // exit code 2, output differing only in numbers and ids
    int clientNotResponse = 0; // ErrorCode ClientNotResponse, no output
    int succeeded = 0;
};

/// The instances, invocations and results of one region, generated deterministically from a seed.
struct Fleet
{
    QString regionId;
    QDateTime now;
    QList<DemoInstance> instances;
    QList<DemoInvocation> invocations; // newest first
    QList<FleetResult> results;        // in the order the service lists them
    DeployFailures deploy;

    /// The fleet of cn-hangzhou for a seed, with times relative to `now` (UTC).
    static Fleet generate(quint32 seed, const QDateTime &now);
    /// A fleet of cn-hangzhou of exactly the shape asked for, in service order.
    static Fleet synthetic(const SyntheticFleet &shape, quint32 seed, const QDateTime &now);
    /// A region without instances or invocations.
    static Fleet empty(const QString &regionId, const QDateTime &now);

    const DemoInstance *instance(const QString &instanceId) const;
    const DemoInvocation *invocation(const QString &invokeId) const;
};

/// A result as the service shows it `elapsedMs` after the fleet's `now` (settling results change).
InvocationResult resultAt(const FleetResult &result, qint64 elapsedMs, int settleMs);

/// The agent's cap on the output it keeps, in bytes.
inline constexpr int outputCap = 24 * 1024;

} // namespace ib::demo
