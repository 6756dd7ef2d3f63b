#include "fleet.h"

#include "fleetbuilder.h"

#include <algorithm>

namespace ib::demo {

namespace {

// The agent keeps about this many bytes of the head when it drops the middle of an output.
constexpr int keptHead = 6000;

struct InstanceGroup
{
    const char *namePattern; // printf-like, one %0Nd
    int count;
    bool windows;
    bool chinese;
    const char *team;
    const char *env;
    const char *resourceGroupId;
    const char *instanceType;
};

const InstanceGroup instanceGroups[] = {
    {"web-prod-%03d", 80, false, false, "web", "prod", "rg-acfmv2prodz3q", "ecs.g7.large"},
    {"api-prod-%02d", 40, false, false, "api", "prod", "rg-acfmv2prodz3q", "ecs.c7.xlarge"},
    {"worker-%02d", 50, false, false, "data", "prod", "rg-acfmv2prodz3q", "ecs.c7.xlarge"},
    {"k8s-node-%02d", 24, false, false, "platform", "prod", "rg-acfmv2prodz3q", "ecs.g7.2xlarge"},
    {"db-primary-%02d", 4, false, false, "dba", "prod", "rg-acfmv2prodz3q", "ecs.r7.2xlarge"},
    {"db-replica-%02d", 12, false, false, "dba", "prod", "rg-acfmv2prodz3q", "ecs.r7.2xlarge"},
    {"cache-%02d", 16, false, false, "platform", "prod", "rg-acfmv2prodz3q", "ecs.r7.large"},
    {"batch-%02d", 20, false, false, "data", "prod", "rg-acfmv2prodz3q", "ecs.c7.2xlarge"},
    {"web-staging-%02d", 20, false, false, "web", "staging", "rg-acfmv2stgw7xk", "ecs.g7.large"},
    {"bastion-%02d", 2, false, false, "ops", "prod", "rg-acfmv2prodz3q", "ecs.t6-c1m2.large"},
    {"win-build-%02d", 12, true, false, "build", "ci", "rg-acfmv2buildn4", "ecs.g7.xlarge"},
    {"win-app-%02d", 20, true, true, "erp", "prod", "rg-acfmv2prodz3q", "ecs.g7.xlarge"},
    {"win-sql-%02d", 6, true, true, "dba", "prod", "rg-acfmv2prodz3q", "ecs.r7.2xlarge"},
};

const char *const linuxNames[] = {"Alibaba Cloud Linux  3.2104 LTS 64位", "Ubuntu  22.04 64位",
                                  "CentOS  7.9 64位", "Debian  12.5 64位"};

QString formatName(const char *pattern, int number)
{
    return QString::asprintf(pattern, number);
}

} // namespace

KeptOutput keepLikeAgent(const QByteArray &printed)
{
    if (printed.size() <= outputCap)
        return {printed, 0};
    const int tail = outputCap - keptHead;
    return {printed.left(keptHead) + printed.right(tail), printed.size() - outputCap};
}

QString invokeRecordStatusFor(const QString &invocationStatus, const QString &errorCode)
{
    if (invocationStatus == QLatin1String("Success"))
        return QStringLiteral("Finished");
    if (invocationStatus == QLatin1String("Failed"))
        return errorCode.isEmpty() || errorCode == QLatin1String("ExitCodeNonzero")
                   ? QStringLiteral("Finished")
                   : QStringLiteral("Failed");
    if (invocationStatus == QLatin1String("Running") ||
        invocationStatus == QLatin1String("Pending") ||
        invocationStatus == QLatin1String("Scheduled"))
        return QStringLiteral("Running");
    if (invocationStatus == QLatin1String("Stopping"))
        return QStringLiteral("Stopping");
    if (invocationStatus == QLatin1String("Cancelled") ||
        invocationStatus == QLatin1String("Terminated"))
        return QStringLiteral("Stopped");
    return QStringLiteral("Failed"); // Invalid, Aborted, Error, Timeout
}

FleetBuilder::FleetBuilder(quint32 seed, const QDateTime &now)
    : m_rng(seed)
{
    m_fleet.regionId = QStringLiteral("cn-hangzhou");
    m_fleet.now = now.toUTC();
}

QString FleetBuilder::randomId(const QString &prefix, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = prefix;
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[m_rng.bounded(36)]);
    return id;
}

void FleetBuilder::addInstances()
{
    for (const InstanceGroup &group : instanceGroups) {
        for (int number = 1; number <= group.count; ++number) {
            DemoInstance instance;
            instance.instanceId = randomId(QStringLiteral("i-bp1"), 17);
            instance.instanceName = formatName(group.namePattern, number);
            instance.osType = group.windows ? QStringLiteral("windows") : QStringLiteral("linux");
            if (group.windows)
                instance.osName = group.chinese
                                      ? QStringLiteral("Windows Server  2019 数据中心版 64位中文版")
                                      : QStringLiteral("Windows Server  2022 Datacenter 64bit "
                                                       "English Edition");
            else
                instance.osName = QString::fromUtf8(linuxNames[m_rng.bounded(4)]);
            instance.chineseWindows = group.chinese;
            instance.hostName =
                group.windows
                    ? instance.instanceName.toUpper().left(15)
                    : (chance(50)
                           ? instance.instanceName
                           : QStringLiteral("iZ") + instance.instanceId.mid(2) + QLatin1Char('Z'));
            instance.status = QStringLiteral("Running");
            instance.regionId = m_fleet.regionId;
            instance.zoneId =
                QStringLiteral("cn-hangzhou-") + QLatin1Char("hijk"[m_rng.bounded(4)]);
            instance.instanceType = QLatin1String(group.instanceType);
            instance.resourceGroupId = QLatin1String(group.resourceGroupId);
            instance.creationTime = now().addDays(-bounded(30, 900)).addSecs(-bounded(0, 86399));
            instance.tags = {
                {QStringLiteral("env"), QLatin1String(group.env)},
                {QStringLiteral("team"), QLatin1String(group.team)},
                {QStringLiteral("app"), instance.instanceName.section(QLatin1Char('-'), 0, -2)}};
            if (chance(20))
                instance.tags.append(
                    {QStringLiteral("cost-center"),
                     chance(50) ? QStringLiteral("研发部") : QStringLiteral("运维部")});
            if (chance(10))
                instance.tags.append(
                    {QStringLiteral("owner"), QStringLiteral("ops+oncall@example.com")});
            m_fleet.instances.append(instance);
        }
    }

    // A few instances are stopped; commands sent to them end with InstanceNotRunning.
    for (const QString &name : {QStringLiteral("worker-49"), QStringLiteral("worker-50"),
                                QStringLiteral("web-staging-20"), QStringLiteral("win-build-12")}) {
        for (DemoInstance &instance : m_fleet.instances) {
            if (instance.instanceName == name)
                instance.status = QStringLiteral("Stopped");
        }
    }
}

QList<DemoInstance> FleetBuilder::all(const QString &prefix) const
{
    QList<DemoInstance> matching;
    for (const DemoInstance &instance : m_fleet.instances) {
        if (instance.instanceName.startsWith(prefix))
            matching.append(instance);
    }
    return matching;
}

QList<DemoInstance> FleetBuilder::pick(const QString &prefix, int count)
{
    QList<DemoInstance> matching = all(prefix);
    for (qsizetype i = matching.size() - 1; i > 0; --i)
        matching.swapItemsAt(i, m_rng.bounded(int(i + 1)));
    return matching.mid(0, count);
}

DemoInvocation &FleetBuilder::addInvocation(DemoInvocation invocation, double hoursAgo)
{
    invocation.invokeId = randomId(QStringLiteral("t-hz0"), 12);
    invocation.commandId = randomId(QStringLiteral("c-hz0"), 12);
    invocation.creationTime = now().addSecs(-qint64(hoursAgo * 3600));
    if (invocation.username.isEmpty())
        invocation.username = invocation.commandType == QLatin1String("RunShellScript")
                                  ? QStringLiteral("root")
                                  : QStringLiteral("System");
    m_fleet.invocations.append(invocation);
    return m_fleet.invocations.last();
}

FleetResult &FleetBuilder::addResult(const DemoInvocation &invocation, const DemoInstance &instance,
                                     const Outcome &outcome)
{
    static const QStringList notStarted{QStringLiteral("Pending"), QStringLiteral("Invalid"),
                                        QStringLiteral("Aborted"), QStringLiteral("Cancelled"),
                                        QStringLiteral("Scheduled")};
    static const QStringList unfinished{QStringLiteral("Running"), QStringLiteral("Stopping")};
    InvocationResult r;
    r.invokeId = invocation.invokeId;
    r.commandId = invocation.commandId;
    r.instanceId = instance.instanceId;
    r.invocationStatus = outcome.status;
    r.invokeRecordStatus = invokeRecordStatusFor(outcome.status, outcome.errorCode);
    const KeptOutput kept = keepLikeAgent(outcome.output);
    r.output = kept.bytes;
    r.outputPresent = true;
    r.dropped = kept.dropped;
    r.exitCode = outcome.exitCode;
    r.errorCode = outcome.errorCode;
    r.errorInfo = outcome.errorInfo;
    r.username = invocation.username;
    r.repeats = 1;
    r.tags = invocation.tags;

    const bool started = !notStarted.contains(outcome.status);
    if (started) {
        r.startTime = invocation.creationTime.addSecs(bounded(1, 4));
        if (!unfinished.contains(outcome.status))
            r.finishedTime = r.startTime.addSecs(outcome.durationSeconds);
    } else {
        r.repeats = 0;
        r.exitCode.reset();
    }
    if (outcome.status == QLatin1String("Terminated") ||
        outcome.status == QLatin1String("Cancelled") ||
        outcome.status == QLatin1String("Stopping")) {
        r.stopTime = invocation.creationTime.addSecs(outcome.durationSeconds);
        r.terminationMode = QStringLiteral("ProcessTree");
    }
    if (unfinished.contains(outcome.status))
        r.exitCode.reset();

    m_fleet.results.append({r, false, false, {}});
    return m_fleet.results.last();
}

Fleet Fleet::generate(quint32 seed, const QDateTime &now)
{
    FleetBuilder builder(seed, now);
    builder.addInstances();
    builder.addInvocations();
    Fleet fleet = builder.take();

    // The service lists the newest invocation first; within one, by instance, newest run first.
    std::sort(fleet.invocations.begin(), fleet.invocations.end(),
              [](const DemoInvocation &a, const DemoInvocation &b) {
                  return a.creationTime > b.creationTime;
              });
    QHash<QString, QDateTime> created;
    for (const DemoInvocation &invocation : std::as_const(fleet.invocations))
        created.insert(invocation.invokeId, invocation.creationTime);
    std::stable_sort(fleet.results.begin(), fleet.results.end(),
                     [&created](const FleetResult &a, const FleetResult &b) {
                         const QDateTime ta = created.value(a.final.invokeId);
                         const QDateTime tb = created.value(b.final.invokeId);
                         if (ta != tb)
                             return ta > tb;
                         if (a.final.invokeId != b.final.invokeId)
                             return a.final.invokeId < b.final.invokeId;
                         if (a.final.instanceId != b.final.instanceId)
                             return a.final.instanceId < b.final.instanceId;
                         return a.final.startTime > b.final.startTime;
                     });
    return fleet;
}

Fleet Fleet::empty(const QString &regionId, const QDateTime &now)
{
    Fleet fleet;
    fleet.regionId = regionId;
    fleet.now = now.toUTC();
    return fleet;
}

const DemoInstance *Fleet::instance(const QString &instanceId) const
{
    for (const DemoInstance &candidate : instances) {
        if (candidate.instanceId == instanceId)
            return &candidate;
    }
    return nullptr;
}

const DemoInvocation *Fleet::invocation(const QString &invokeId) const
{
    for (const DemoInvocation &candidate : invocations) {
        if (candidate.invokeId == invokeId)
            return &candidate;
    }
    return nullptr;
}

InvocationResult resultAt(const FleetResult &result, qint64 elapsedMs, int settleMs)
{
    if (!result.settles || elapsedMs >= settleMs)
        return result.final;

    InvocationResult shown = result.final;
    shown.exitCode.reset();
    shown.finishedTime = QDateTime();
    shown.errorCode.clear();
    shown.errorInfo.clear();
    shown.dropped = 0;
    shown.invokeRecordStatus = QStringLiteral("Running");
    if (elapsedMs < settleMs / 3) {
        shown.invocationStatus = QStringLiteral("Pending");
        shown.output.clear();
        shown.startTime = QDateTime();
        shown.repeats = 0;
    } else {
        shown.invocationStatus = QStringLiteral("Running");
        shown.output = result.partialOutput;
        shown.startTime = result.final.startTime;
    }
    return shown;
}

} // namespace ib::demo
