// Deployments, updates, reboots and scheduled tasks of the generated fleet.
#include "fleetbuilder.h"
#include "fleetoutputs.h"

namespace ib::demo {

namespace {

using namespace outputs;
using namespace scenario;

const QString deployScript = QStringLiteral(
    "#!/bin/bash\nset -e\ndocker pull registry.example.internal/shop/app:{{version}}\n"
    "/opt/deploy/switch.sh app-{{version}}\n/opt/deploy/healthcheck.sh "
    "http://127.0.0.1:8080/healthz\n");

void deployAppV1(FleetBuilder &b)
{
    DemoInvocation deploy = shell(QStringLiteral("deploy-app-v1"), deployScript);
    deploy.parameters = QStringLiteral("{\"version\":\"1.9.3\"}");
    deploy.tags = {{QStringLiteral("release"), QStringLiteral("1.9.3")}};
    const DemoInvocation &invocation = b.addInvocation(deploy, 240);
    for (const DemoInstance &instance : b.pick(QStringLiteral("web-prod"), 40))
        run(b, invocation, instance, success(deploySucceeded(b.rng(), instance), 40));
}

// Failed in exactly three ways; the counts are kept in the fleet for tests to assert.
void deployAppV2(FleetBuilder &b)
{
    DemoInvocation deploy = shell(QStringLiteral("deploy-app-v2"), deployScript,
                                  QStringLiteral("Roll out app 2.0.0 to the production web tier"));
    deploy.parameters = QStringLiteral("{\"version\":\"2.0.0\"}");
    deploy.timeoutSeconds = 300;
    deploy.tags = {{QStringLiteral("release"), QStringLiteral("2.0.0")},
                   {QStringLiteral("change"), QStringLiteral("CHG-2026-1187")}};
    const DemoInvocation &invocation = b.addInvocation(deploy, 26);
    DeployFailures &counts = b.fleet().deploy;
    counts.invokeId = invocation.invokeId;

    // Which instance fails which way is shuffled by the seed; the counts are fixed.
    enum Way
    {
        HealthCheck,
        Migration,
        NoResponse,
        Deployed
    };
    QList<Way> ways = QList<Way>(12, HealthCheck) + QList<Way>(7, Migration) +
                      QList<Way>(3, NoResponse) + QList<Way>(18, Deployed);
    for (qsizetype i = ways.size() - 1; i > 0; --i)
        ways.swapItemsAt(i, b.rng().bounded(int(i + 1)));

    const QList<DemoInstance> targets = b.pick(QStringLiteral("web-prod"), int(ways.size()));
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const DemoInstance &instance = targets[i];
        switch (ways[i]) {
        case HealthCheck:
            ++counts.healthCheckFailed;
            b.addResult(invocation, instance, failed(1, deployHealthCheckFailed()));
            break;
        case Migration:
            ++counts.migrationFailed;
            b.addResult(invocation, instance, failed(2, deployMigrationFailed(b.rng(), instance)));
            break;
        case NoResponse:
            ++counts.clientNotResponse;
            b.addResult(invocation, instance,
                        undelivered(QStringLiteral("Failed"), QStringLiteral("ClientNotResponse"),
                                    QStringLiteral("the client has not responded to the task for a "
                                                   "long time")));
            break;
        case Deployed:
            ++counts.succeeded;
            b.addResult(invocation, instance, success(deploySucceeded(b.rng(), instance), 35));
            break;
        }
    }
}

void windowsUpdatesAndStops(FleetBuilder &b)
{
    const DemoInvocation &updates = b.addInvocation(
        powerShell(QStringLiteral("install-windows-updates"),
                   QStringLiteral("Install-WindowsUpdate -AcceptAll -IgnoreReboot\r\n"
                                  "if ((Get-WURebootStatus -Silent)) { exit 3010 }\r\n")),
        44);
    const QList<DemoInstance> targets =
        b.pick(QStringLiteral("win-build"), 8) + b.pick(QStringLiteral("win-app"), 4);
    for (const DemoInstance &instance : targets) {
        const bool reboot = b.chance(60);
        run(b, updates, instance,
            reboot ? failed(3010, windowsUpdates(b.rng(), true))
                   : success(windowsUpdates(b.rng(), false), 300));
    }

    const DemoInvocation &stop = b.addInvocation(
        powerShell(QStringLiteral("stop-for-maintenance"),
                   QStringLiteral("Write-Output 'stopping for host maintenance'\r\nexit 3009\r\n")),
        140);
    for (const DemoInstance &instance : b.pick(QStringLiteral("win-build"), 2))
        run(b, stop, instance,
            failed(3009, crlf({QStringLiteral("stopping for host maintenance")})));
}

void linuxReboots(FleetBuilder &b)
{
    const DemoInvocation &patch =
        b.addInvocation(shell(QStringLiteral("kernel-patch-reboot"),
                              QStringLiteral("yum -y update kernel && exit 194\n")),
                        68);
    for (const DemoInstance &instance : b.pick(QStringLiteral("k8s-node"), 8))
        run(b, patch, instance,
            failed(194, "Installed:\n  kernel-5.10.134-17.2.al8.x86_64\nComplete!\nrebooting to "
                        "activate the new kernel\n"));

    const DemoInvocation &decommission =
        b.addInvocation(shell(QStringLiteral("decommission-shutdown"),
                              QStringLiteral("systemctl stop app && sync && exit 193\n")),
                        140);
    for (const DemoInstance &instance : b.pick(QStringLiteral("batch"), 3))
        run(b, decommission, instance, failed(193, "app stopped\nshutting down\n"));
}

void rotateLogsSchedule(FleetBuilder &b)
{
    DemoInvocation rotate =
        shell(QStringLiteral("rotate-logs"), QStringLiteral("logrotate -v /etc/logrotate.d/app\n"));
    rotate.repeatMode = QStringLiteral("Period");
    rotate.frequency = QStringLiteral("0 0 */6 * * ?");
    const DemoInvocation &invocation = b.addInvocation(rotate, 48.5);
    const int runs = 8;
    for (const DemoInstance &instance : b.pick(QStringLiteral("cache"), 6)) {
        for (int repeat = 1; repeat <= runs; ++repeat) {
            const QDateTime when =
                invocation.creationTime.addSecs(qint64(repeat - 1) * 6 * 3600 + 1800);
            const bool fails = repeat == 3 && b.chance(50);
            FleetResult &result = b.addResult(
                invocation, instance,
                fails ? failed(1, "error: skipping \"/var/log/app/access.log\" because parent "
                                  "directory has insecure permissions\n")
                      : success(logRotation(b.rng(), when), 2));
            result.final.startTime = when;
            result.final.finishedTime = when.addSecs(2);
            result.final.repeats = repeat;
            result.earlierRun = repeat < runs;
        }
    }
}

void otherSchedules(FleetBuilder &b)
{
    DemoInvocation backup =
        shell(QStringLiteral("nightly-backup"),
              QStringLiteral("/opt/backup/run.sh --target oss://ib-demo-backup/\n"));
    backup.repeatMode = QStringLiteral("Period");
    backup.frequency = QStringLiteral("0 0 2 * * ?");
    const DemoInvocation &scheduled = b.addInvocation(backup, 1);
    for (const DemoInstance &instance : b.pick(QStringLiteral("db-replica"), 4))
        run(b, scheduled, instance, undelivered(QStringLiteral("Scheduled"), {}, {}));

    DemoInvocation cleanup = shell(QStringLiteral("cleanup-tmp-weekly"),
                                   QStringLiteral("find /tmp -mtime +7 -delete\n"));
    cleanup.repeatMode = QStringLiteral("Period");
    cleanup.frequency = QStringLiteral("0 0 25 * * MON?");
    const DemoInvocation &invalid = b.addInvocation(cleanup, 150);
    for (const DemoInstance &instance : b.pick(QStringLiteral("web-staging"), 3))
        b.addResult(invalid, instance,
                    undelivered(QStringLiteral("Invalid"), QStringLiteral("BadCronExpression"),
                                QStringLiteral("the cron expression is invalid: 0 0 25 * * MON?")));
}

void sqlBackups(FleetBuilder &b)
{
    DemoInvocation backup = command(
        QStringLiteral("sql-backup"), QStringLiteral("RunBatScript"),
        QStringLiteral("sqlcmd -Q \"BACKUP DATABASE ERP TO DISK='D:\\Backup\\ERP.bak'\"\r\n"));
    backup.timeoutSeconds = 1800;
    const DemoInvocation &invocation = b.addInvocation(backup, 16);
    const QList<DemoInstance> targets = b.all(QStringLiteral("win-sql"));
    for (int i = 0; i < targets.size(); ++i) {
        if (i == 4)
            run(b, invocation, targets[i],
                {QStringLiteral("Timeout"), std::nullopt, gbk(QStringLiteral("已处理 10 %。\r\n")),
                 QStringLiteral("ExecutionTimeout"),
                 QStringLiteral("the command execution has timed out"), 1800});
        else
            run(b, invocation, targets[i], success(sqlBackupChinese(b.rng(), targets[i]), 420));
    }
}

} // namespace

void addMaintenanceScenarios(FleetBuilder &b)
{
    deployAppV1(b);
    deployAppV2(b);
    windowsUpdatesAndStops(b);
    linuxReboots(b);
    rotateLogsSchedule(b);
    otherSchedules(b);
    sqlBackups(b);
}

} // namespace ib::demo
