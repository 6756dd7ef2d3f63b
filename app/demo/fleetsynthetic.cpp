// A fleet of a chosen shape (invocations x instances x output size), for benchmarks.
#include "demooptions.h"
#include "fleetbuilder.h"

#include <algorithm>

namespace ib::demo {

namespace {

// Log lines that differ from host to host, up to exactly `size` bytes.
QByteArray syntheticOutput(int size, int invocation, int host)
{
    QByteArray output;
    output.reserve(size + 80);
    for (int line = 1; output.size() < size; ++line)
        output += "step " + QByteArray::number(line) + " of task " +
                  QByteArray::number(invocation) + " on host-" + QByteArray::number(host) +
                  ": ok\n";
    output.truncate(size);
    return output;
}

} // namespace

Fleet Fleet::synthetic(const SyntheticFleet &shape, quint32 seed, const QDateTime &now)
{
    FleetBuilder builder(seed, now);
    for (int number = 1; number <= shape.instancesPerInvocation; ++number) {
        DemoInstance instance;
        instance.instanceId = builder.randomId(QStringLiteral("i-bp1"), 17);
        instance.instanceName = QStringLiteral("bench-%1").arg(number, 4, 10, QLatin1Char('0'));
        instance.hostName = instance.instanceName;
        instance.osType = QStringLiteral("linux");
        instance.osName = QStringLiteral("Debian  12.5 64位");
        instance.status = QStringLiteral("Running");
        instance.regionId = QStringLiteral("cn-hangzhou");
        instance.zoneId = QStringLiteral("cn-hangzhou-h");
        instance.instanceType = QStringLiteral("ecs.g7.large");
        instance.resourceGroupId = QStringLiteral("rg-acfmv2benchz1");
        instance.creationTime = now.addDays(-100);
        builder.fleet().instances.append(instance);
    }
    QList<DemoInstance> instances = builder.fleet().instances;
    std::sort(instances.begin(), instances.end(), [](const DemoInstance &a, const DemoInstance &b) {
        return a.instanceId < b.instanceId;
    });

    // The newest invocation first, and within one by instance id, as the service lists them.
    for (int task = 1; task <= shape.invocations; ++task) {
        const DemoInvocation invocation = builder.addInvocation(
            scenario::shell(QStringLiteral("bench-task-%1").arg(task), QStringLiteral("echo ok")),
            task);
        for (int host = 0; host < instances.size(); ++host)
            builder.addResult(invocation, instances.at(host),
                              scenario::success(syntheticOutput(shape.outputBytes, task, host)));
    }
    return builder.take();
}

} // namespace ib::demo
