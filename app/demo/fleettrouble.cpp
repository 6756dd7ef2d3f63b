// Runs that went wrong before or around the command itself, and runs still in progress.
#include "fleetbuilder.h"
#include "fleetoutputs.h"

namespace ib::demo {

namespace {

using namespace outputs;
using namespace scenario;

void wrongUserAndDirectory(FleetBuilder &b)
{
    DemoInvocation asDeploy =
        shell(QStringLiteral("warm-cache"),
              QStringLiteral("curl -s http://127.0.0.1:8080/internal/warm\n"));
    asDeploy.username = QStringLiteral("deploy");
    const DemoInvocation &first = b.addInvocation(asDeploy, 100);
    const QList<DemoInstance> staging = b.pick(QStringLiteral("web-staging"), 6);
    for (qsizetype i = 0; i < staging.size(); ++i)
        run(b, first, staging[i],
            i < 2 ? undelivered(QStringLiteral("Invalid"), QStringLiteral("AccountNotExists"),
                                QStringLiteral("the specified account does not exist: deploy"))
                  : success("warmed 1834 keys\n", 4));

    DemoInvocation build =
        shell(QStringLiteral("build-frontend"), QStringLiteral("npm ci && npm run build\n"));
    build.workingDir = QStringLiteral("/opt/build/frontend");
    const DemoInvocation &second = b.addInvocation(build, 36);
    const QList<DemoInstance> builders = b.pick(QStringLiteral("web-staging"), 5);
    for (qsizetype i = 0; i < builders.size(); ++i)
        run(b, second, builders[i],
            i < 3 ? undelivered(QStringLiteral("Invalid"), QStringLiteral("DirectoryNotExists"),
                                QStringLiteral("the specified directory does not exist: "
                                               "/opt/build/frontend"))
                  : success("added 1422 packages in 31s\n\n> frontend@3.4.0 build\n> vite build\n"
                            "✓ 812 modules transformed.\n",
                            60));
}

void powerShellOnLinux(FleetBuilder &b)
{
    const DemoInvocation &invocation = b.addInvocation(
        powerShell(QStringLiteral("windows-inventory"),
                   QStringLiteral("Get-Service W32Time,WinRM | Format-Table Name,Status\r\n")),
        54);
    for (const DemoInstance &instance : b.pick(QStringLiteral("api-prod"), 4))
        run(b, invocation, instance,
            undelivered(QStringLiteral("Invalid"), QStringLiteral("CommandNotApplicable"),
                        QStringLiteral("the command type is not applicable to the instance's "
                                       "operating system")));
    for (const DemoInstance &instance : b.pick(QStringLiteral("win-app"), 2))
        run(b, invocation, instance, success(windowsInventory(b.rng(), instance), 5));
}

void cloudAssistantTrouble(FleetBuilder &b)
{
    const DemoInvocation &invocation = b.addInvocation(
        shell(QStringLiteral("update-agent-config"),
              QStringLiteral("sed -i 's/^interval=.*/interval=30/' /etc/app/agent.conf\n")),
        120);
    const QList<DemoInstance> targets = b.pick(QStringLiteral("api-prod"), 10);
    const Outcome troubles[] = {
        undelivered(QStringLiteral("Aborted"), QStringLiteral("ClientIsUpgrading"),
                    QStringLiteral("the Cloud Assistant client is upgrading")),
        undelivered(
            QStringLiteral("Aborted"), QStringLiteral("ClientNeedUpgrade"),
            QStringLiteral("the Cloud Assistant client is too old for this command, upgrade "
                           "it first")),
        undelivered(QStringLiteral("Aborted"), QStringLiteral("ClientNotRunning"),
                    QStringLiteral("the Cloud Assistant client is not running")),
    };
    for (qsizetype i = 0; i < targets.size(); ++i)
        run(b, invocation, targets[i], i < 6 ? troubles[i / 2] : success({}, 1));
}

void networkTrouble(FleetBuilder &b)
{
    const DemoInvocation &invocation =
        b.addInvocation(shell(QStringLiteral("fetch-artifacts"),
                              QStringLiteral("curl -fsS -o /opt/app/app.tar.gz "
                                             "https://artifacts.example.internal/app.tar.gz\n")),
                        80);
    const QList<DemoInstance> targets = b.pick(QStringLiteral("worker"), 8);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Outcome outcome = success({}, 9);
        if (i < 2)
            outcome =
                undelivered(QStringLiteral("Failed"), QStringLiteral("SecurityGroupRuleDenied"),
                            QStringLiteral("the security group rules deny access to the Cloud "
                                           "Assistant server"));
        else if (i < 4)
            outcome = undelivered(QStringLiteral("Failed"), QStringLiteral("DeliveryTimeout"),
                                  QStringLiteral("the command delivery has timed out"));
        else if (i == 4)
            outcome = failed(22, htmlLookingText());
        run(b, invocation, targets[i], outcome);
    }
}

void goneInstances(FleetBuilder &b)
{
    const DemoInvocation &invocation = b.addInvocation(
        shell(QStringLiteral("drain-worker"), QStringLiteral("systemctl stop app-worker\n")), 300);

    // Instances released since: their ids appear in results, never in DescribeInstances.
    for (int i = 0; i < 3; ++i) {
        DemoInstance gone;
        gone.instanceId = b.randomId(QStringLiteral("i-bp1"), 17);
        gone.instanceName = QStringLiteral("worker-old-%1").arg(i + 1);
        gone.status = QStringLiteral("Running");
        b.addResult(
            invocation, gone,
            i < 2 ? undelivered(QStringLiteral("Aborted"), QStringLiteral("InstanceReleased"),
                                QStringLiteral("the instance is released when create task"))
                  : undelivered(QStringLiteral("Invalid"), QStringLiteral("InstanceNotExists"),
                                QStringLiteral("the specified instance does not exist")));
    }
    for (const DemoInstance &instance : b.all(QStringLiteral("worker-4")))
        run(b, invocation, instance, success({}, 2));
}

void inProgress(FleetBuilder &b)
{
    DemoInvocation watch = shell(QStringLiteral("watch-disk-io"), QStringLiteral("iostat -x 60\n"));
    watch.timeoutSeconds = 86400;
    const DemoInvocation &live = b.addInvocation(watch, 0.3);
    for (const DemoInstance &instance : b.pick(QStringLiteral("db-primary"), 3))
        run(b, live, instance,
            {QStringLiteral("Running"),
             std::nullopt,
             "Device  r/s   w/s  rkB/s  wkB/s  %util\nvda     0.4  12.1   9.3  201.4   1.2\n"
             "vdb    31.0 240.7 992.1 8120.3  38.5\n",
             {},
             {},
             0});

    const DemoInvocation &migration = b.addInvocation(
        shell(QStringLiteral("reindex-orders"), QStringLiteral("psql -c 'REINDEX TABLE orders'\n")),
        2);
    const QList<DemoInstance> replicas = b.pick(QStringLiteral("db-replica"), 4);
    for (qsizetype i = 0; i < replicas.size(); ++i)
        run(b, migration, replicas[i],
            {i < 2 ? QStringLiteral("Stopping") : QStringLiteral("Terminated"),
             std::nullopt,
             "REINDEX: processing index orders_pkey\n",
             {},
             {},
             1500});

    const DemoInvocation &queued = b.addInvocation(
        shell(QStringLiteral("flush-cache"), QStringLiteral("redis-cli FLUSHDB ASYNC\n")), 0.1);
    for (const DemoInstance &instance : b.pick(QStringLiteral("cache"), 2))
        run(b, queued, instance, undelivered(QStringLiteral("Pending"), {}, {}));
}

// Created at the fleet's "now": Pending, then Running, then finished as the server's clock runs.
void settling(FleetBuilder &b)
{
    const DemoInvocation &invocation =
        b.addInvocation(shell(QStringLiteral("collect-diagnostics"),
                              QStringLiteral("uptime; cat /proc/loadavg; ls /proc/*/fd | wc -l\n")),
                        0);
    const QList<DemoInstance> targets = b.pick(QStringLiteral("web-prod"), 8);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QByteArray complete = diagnostics(b.rng(), targets[i], true);
        FleetResult &result =
            b.addResult(invocation, targets[i],
                        i < 6 ? success(complete, 25)
                              : failed(1, complete + "tar: /tmp: No space left on device\n"));
        result.settles = true;
        result.partialOutput = diagnostics(b.rng(), targets[i], false);
    }
}

} // namespace

void addTroubleScenarios(FleetBuilder &b)
{
    wrongUserAndDirectory(b);
    powerShellOnLinux(b);
    cloudAssistantTrouble(b);
    networkTrouble(b);
    goneInstances(b);
    inProgress(b);
    settling(b);
}

} // namespace ib::demo
