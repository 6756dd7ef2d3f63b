// The invocations of the generated fleet: what operators ran over the last two weeks.
#include "fleetbuilder.h"
#include "fleetoutputs.h"

namespace ib::demo {

namespace scenario {

DemoInvocation command(const QString &name, const QString &type, const QString &content,
                       const QString &description)
{
    DemoInvocation invocation;
    invocation.commandName = name;
    invocation.commandType = type;
    invocation.commandContent = content;
    invocation.description = description;
    return invocation;
}

DemoInvocation shell(const QString &name, const QString &content, const QString &description)
{
    return command(name, QStringLiteral("RunShellScript"), content, description);
}

DemoInvocation powerShell(const QString &name, const QString &content)
{
    return command(name, QStringLiteral("RunPowerShellScript"), content);
}

Outcome success(const QByteArray &output, int seconds)
{
    return {QStringLiteral("Success"), 0, output, {}, {}, seconds};
}

Outcome failed(qint64 exitCode, const QByteArray &output, const QString &errorCode)
{
    return {QStringLiteral("Failed"),
            exitCode,
            output,
            errorCode,
            errorCode.isEmpty() ? QString()
                                : QStringLiteral("the command exited with a non-zero code"),
            7};
}

Outcome undelivered(const QString &status, const QString &errorCode, const QString &errorInfo)
{
    return {status, std::nullopt, {}, errorCode, errorInfo, 0};
}

// A command sent to a stopped instance never reaches it, whatever it would have printed.
FleetResult &run(FleetBuilder &b, const DemoInvocation &invocation, const DemoInstance &instance,
                 const Outcome &outcome)
{
    if (instance.status == QLatin1String("Stopped"))
        return b.addResult(
            invocation, instance,
            undelivered(QStringLiteral("Aborted"), QStringLiteral("InstanceNotRunning"),
                        QStringLiteral("the instance is not running when create task")));
    return b.addResult(invocation, instance, outcome);
}

void deliverToOss(FleetResult &result, const QString &status)
{
    InvocationResult &r = result.final;
    r.ossOutputDelivery = QStringLiteral("oss://ib-demo-logs/cloud-assistant/");
    r.ossOutputStatus = status;
    r.ossOutputUri = QStringLiteral("oss://ib-demo-logs/cloud-assistant/%1/%2/output.txt")
                         .arg(r.invokeId, r.instanceId);
    if (status == QLatin1String("Failed")) {
        r.ossOutputUri.clear();
        r.ossOutputErrorCode = QStringLiteral("OSSAccessDenied");
        r.ossOutputErrorInfo =
            QStringLiteral("AccessDenied: You have no right to access this object because of "
                           "bucket acl.");
    }
}

} // namespace scenario

namespace {

using namespace outputs;
using namespace scenario;

void diskChecks(FleetBuilder &b)
{
    const double hoursAgo[] = {12, 60, 108, 156, 204, 252, 300};
    for (double hours : hoursAgo) {
        const DemoInvocation &invocation = b.addInvocation(
            shell(QStringLiteral("check-disk-usage"),
                  QStringLiteral(
                      "#!/bin/bash\ndf -h -x overlay\nuse=$(df --output=pcent / | tail -1 "
                      "| tr -dc 0-9)\n[ \"$use\" -lt 90 ] || { du -sh /var/log/* | sort -rh "
                      "| head -2; exit 1; }\n"),
                  QStringLiteral("Daily disk check")),
            hours);
        const QList<DemoInstance> targets = b.pick(QStringLiteral("web-prod"), 12) +
                                            b.pick(QStringLiteral("worker"), 6) +
                                            b.pick(QStringLiteral("db-replica"), 2);
        for (const DemoInstance &instance : targets) {
            const int percent = b.chance(15) ? b.bounded(90, 97) : b.bounded(35, 85);
            const QByteArray output = diskUsage(b.rng(), instance, percent);
            run(b, invocation, instance,
                percent < 90
                    ? success(output, 1)
                    : failed(1, output,
                             b.chance(50) ? QStringLiteral("ExitCodeNonzero") : QString()));
        }
    }
}

void packageUpgrades(FleetBuilder &b)
{
    const double hoursAgo[] = {20, 92, 188, 284};
    for (int round = 0; round < 4; ++round) {
        DemoInvocation upgrade =
            shell(QStringLiteral("upgrade-packages"),
                  QStringLiteral("#!/bin/bash\nset -e\napt-get update\n"
                                 "DEBIAN_FRONTEND=noninteractive apt-get -y upgrade\n"));
        upgrade.timeoutSeconds = 600;
        upgrade.tags = {
            {QStringLiteral("change"), QStringLiteral("CHG-2026-11%1").arg(40 + round)}};
        const DemoInvocation &invocation = b.addInvocation(upgrade, hoursAgo[round]);
        const QList<DemoInstance> targets =
            b.pick(QStringLiteral("k8s-node"), 8) + b.pick(QStringLiteral("api-prod"), 10);
        for (int i = 0; i < targets.size(); ++i) {
            if (round == 0 && i == 0) {
                deliverToOss(
                    run(b, invocation, targets[i], success(packageUpgrade(b.rng(), 400), 240)));
            } else if (round == 1 && i == 1) {
                run(b, invocation, targets[i],
                    {QStringLiteral("Timeout"), -1, packageUpgrade(b.rng(), 12).left(900),
                     QStringLiteral("ExecutionTimeout"),
                     QStringLiteral("the command execution has timed out"), 600});
            } else if (b.chance(10)) {
                run(b, invocation, targets[i], failed(100, dpkgLocked(b.rng())));
            } else {
                run(b, invocation, targets[i],
                    success(packageUpgrade(b.rng(), b.bounded(3, 40)), 45));
            }
        }
    }
}

void nginxRestarts(FleetBuilder &b)
{
    const double hoursAgo[] = {6, 50, 170};
    for (int round = 0; round < 3; ++round) {
        const DemoInvocation &invocation = b.addInvocation(
            shell(
                QStringLiteral("restart-nginx"),
                QStringLiteral(
                    "nginx -t && systemctl restart nginx && systemctl status nginx --no-pager\n")),
            hoursAgo[round]);
        const QList<DemoInstance> targets = b.pick(QStringLiteral("web-prod"), 15);
        for (int i = 0; i < targets.size(); ++i) {
            Outcome outcome = success(nginxRestarted(b.rng()), 2);
            if (round == 0 && i < 2)
                outcome = failed(1, nginxFailed(b.rng(), targets[i]));
            else if (round == 0 && i == 2)
                outcome = {
                    QStringLiteral("Terminated"),
                    std::nullopt,
                    "nginx: the configuration file",
                    QStringLiteral("ExecutionInterrupted"),
                    QStringLiteral("the command execution was interrupted by an instance restart"),
                    1};
            else if (round == 0 && i == 3)
                outcome = {
                    QStringLiteral("Failed"),
                    std::nullopt,
                    {},
                    QStringLiteral("ClientRestarted"),
                    QStringLiteral(
                        "the Cloud Assistant client restarted while the command was running"),
                    4};
            else if (round == 2 && i < 5)
                outcome = {QStringLiteral("Cancelled"), std::nullopt, {}, {}, {}, 0};
            run(b, invocation, targets[i], outcome);
        }
    }
}

void logCollections(FleetBuilder &b)
{
    const double hoursAgo[] = {3, 75, 200};
    for (int round = 0; round < 3; ++round) {
        DemoInvocation collect = shell(QStringLiteral("collect-logs"),
                                       QStringLiteral("journalctl -u app --since -1d --no-pager\n"
                                                      "tail -n 2000 /var/log/app/app.log\n"));
        if (round == 0)
            collect.tags = {{QStringLiteral("env name"), QStringLiteral("a*b~c+d")}};
        const DemoInvocation &invocation = b.addInvocation(collect, hoursAgo[round]);
        const QList<DemoInstance> targets = b.pick(QStringLiteral("worker"), 8);
        for (int i = 0; i < targets.size(); ++i) {
            const int printed = round == 0 && i == 0 ? outputCap + 31000 : b.bounded(8000, 90000);
            FleetResult &result =
                run(b, invocation, targets[i], success(collectedLogs(b.rng(), printed), 20));
            if (result.final.dropped > 0)
                deliverToOss(result, round == 2 && i == 1 ? QStringLiteral("Failed")
                                                          : QStringLiteral("Finished"));
        }
    }
}

void windowsInventories(FleetBuilder &b)
{
    const double hoursAgo[] = {30, 130, 250};
    for (int round = 0; round < 3; ++round) {
        const DemoInvocation &invocation = b.addInvocation(
            powerShell(QStringLiteral("windows-inventory"),
                       QStringLiteral(
                           "systeminfo | Select-String 'Host Name','OS','Memory','Hotfix'\r\n"
                           "Get-Service W32Time,WinRM | Format-Table Name,Status,StartType\r\n")),
            hoursAgo[round]);
        const QList<DemoInstance> targets = b.pick(QStringLiteral("win-app"), 8) +
                                            b.pick(QStringLiteral("win-build"), 4) +
                                            b.pick(QStringLiteral("win-sql"), 2);
        for (int i = 0; i < targets.size(); ++i) {
            Outcome outcome = success(windowsInventory(b.rng(), targets[i]), 6);
            if (round == 0 && i == 8)
                outcome = success(windowsInventoryUtf16(targets[i]), 6);
            else if (round == 1 && i == 9)
                outcome =
                    failed(3221225477LL, crlf({QStringLiteral("Unhandled exception: "
                                                              "System.AccessViolationException")}));
            else if (round == 2 && i == 10)
                outcome =
                    failed(-1, crlf({QStringLiteral("powershell.exe : The term 'Get-ComputerInfo' "
                                                    "is not recognized")}));
            run(b, invocation, targets[i], outcome);
        }
    }
}

void batchReports(FleetBuilder &b)
{
    const double hoursAgo[] = {10, 106};
    for (double hours : hoursAgo) {
        const DemoInvocation &invocation = b.addInvocation(
            shell(QStringLiteral("run-batch-report"),
                  QStringLiteral("cd /opt/reports && java -jar report.jar daily-revenue\n"
                                 "python3 /opt/tools/export_metrics.py\n")),
            hours);
        const QList<DemoInstance> targets = b.pick(QStringLiteral("batch"), 6);
        for (int i = 0; i < targets.size(); ++i) {
            Outcome outcome = success("report daily-revenue written to /data/reports\n", 95);
            if (i == 0)
                outcome = failed(1, javaStackTrace(b.rng()));
            else if (i == 1)
                outcome = failed(1, pythonTraceback(b.rng()), QStringLiteral("ExitCodeNonzero"));
            else if (i == 2 && hours < 50)
                outcome = {
                    QStringLiteral("Error"),
                    std::nullopt,
                    {},
                    QStringLiteral("ExecutionException"),
                    QStringLiteral("an exception occurred during command execution: fork/exec "
                                   "/bin/sh: exec format error"),
                    0};
            run(b, invocation, targets[i], outcome);
        }
    }
}

} // namespace

void addMaintenanceScenarios(FleetBuilder &b);
void addTroubleScenarios(FleetBuilder &b);

void FleetBuilder::addInvocations()
{
    diskChecks(*this);
    packageUpgrades(*this);
    nginxRestarts(*this);
    logCollections(*this);
    windowsInventories(*this);
    batchReports(*this);
    addMaintenanceScenarios(*this);
    addTroubleScenarios(*this);
}

} // namespace ib::demo
