#include "fleet.h"

#include <QSet>
#include <QTest>

using namespace ib;
using namespace ib::demo;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 12, 3), QTime(8, 30), Qt::UTC);

QList<InvocationResult> shownAt(const Fleet &fleet, qint64 elapsedMs, bool withHistory = false)
{
    QList<InvocationResult> shown;
    for (const FleetResult &result : fleet.results) {
        if (withHistory || !result.earlierRun)
            shown.append(resultAt(result, elapsedMs, 30000));
    }
    return shown;
}

const Fleet &fleet()
{
    static const Fleet generated = Fleet::generate(20261203, fixedNow);
    return generated;
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isDeterministicForASeed();
    void hasAFewHundredLinuxAndWindowsInstances();
    void hasInvocationsOfTheLastTwoWeeks();
    void representsEveryStatus();
    void representsEveryDocumentedErrorCode();
    void representsSpecialExitCodes();
    void deployAppV2FailedInThreeWays();
    void keepsOutputsLikeTheAgent();
    void hasOutputsInEveryEncoding();
    void scheduledTaskKeepsHistory();
    void settlingResultsMoveOn();
};

void TestFleet::isDeterministicForASeed()
{
    const Fleet again = Fleet::generate(20261203, fixedNow);
    QCOMPARE(again.results.size(), fleet().results.size());
    for (qsizetype i = 0; i < again.results.size(); ++i) {
        QCOMPARE(again.results[i].final.invokeId, fleet().results[i].final.invokeId);
        QCOMPARE(again.results[i].final.instanceId, fleet().results[i].final.instanceId);
        QCOMPARE(again.results[i].final.output, fleet().results[i].final.output);
        QCOMPARE(again.results[i].final.startTime, fleet().results[i].final.startTime);
    }

    const Fleet other = Fleet::generate(7, fixedNow);
    QVERIFY(other.instances.first().instanceId != fleet().instances.first().instanceId);
    QCOMPARE(other.deploy.healthCheckFailed, 12);
}

void TestFleet::hasAFewHundredLinuxAndWindowsInstances()
{
    const QList<DemoInstance> &instances = fleet().instances;
    QVERIFY(instances.size() >= 250 && instances.size() <= 400);
    QSet<QString> ids;
    QSet<QString> names;
    int windows = 0;
    for (const DemoInstance &instance : instances) {
        QVERIFY(instance.instanceId.startsWith(QLatin1String("i-bp1")));
        QVERIFY(!instance.hostName.isEmpty());
        QVERIFY(!instance.osName.isEmpty());
        QVERIFY(!instance.tags.isEmpty());
        ids.insert(instance.instanceId);
        names.insert(instance.instanceName);
        windows += instance.osType == QLatin1String("windows") ? 1 : 0;
    }
    QCOMPARE(ids.size(), instances.size());
    QCOMPARE(names.size(), instances.size());
    QVERIFY(windows > 10 && windows < instances.size() - 100);
    QVERIFY(names.contains(QStringLiteral("web-prod-017")));
    QVERIFY(names.contains(QStringLiteral("db-replica-03")));
    QVERIFY(names.contains(QStringLiteral("win-build-05")));
}

void TestFleet::hasInvocationsOfTheLastTwoWeeks()
{
    QVERIFY(fleet().invocations.size() >= 35 && fleet().invocations.size() <= 50);
    for (const DemoInvocation &invocation : fleet().invocations) {
        QVERIFY(invocation.creationTime <= fixedNow);
        QVERIFY(invocation.creationTime > fixedNow.addDays(-14));
        QVERIFY(!invocation.commandContent.isEmpty());
    }
    QVERIFY(!fleet().results.isEmpty());
    QVERIFY(std::is_sorted(fleet().invocations.cbegin(), fleet().invocations.cend(),
                           [](const DemoInvocation &a, const DemoInvocation &b) {
                               return a.creationTime > b.creationTime;
                           }));
}

void TestFleet::representsEveryStatus()
{
    const QStringList statuses{
        QStringLiteral("Pending"),  QStringLiteral("Invalid"),    QStringLiteral("Aborted"),
        QStringLiteral("Running"),  QStringLiteral("Success"),    QStringLiteral("Failed"),
        QStringLiteral("Error"),    QStringLiteral("Timeout"),    QStringLiteral("Cancelled"),
        QStringLiteral("Stopping"), QStringLiteral("Terminated"), QStringLiteral("Scheduled")};
    // At the start and after the newest results settled, every status is there.
    for (qint64 elapsed : {qint64(0), qint64(60000)}) {
        QSet<QString> seen;
        for (const InvocationResult &result : shownAt(fleet(), elapsed))
            seen.insert(result.invocationStatus);
        for (const QString &status : statuses)
            QVERIFY2(seen.contains(status), qPrintable(status));
    }
}

void TestFleet::representsEveryDocumentedErrorCode()
{
    const QStringList documented{
        QStringLiteral("InstanceNotExists"),      QStringLiteral("InstanceReleased"),
        QStringLiteral("InstanceNotRunning"),     QStringLiteral("CommandNotApplicable"),
        QStringLiteral("AccountNotExists"),       QStringLiteral("DirectoryNotExists"),
        QStringLiteral("BadCronExpression"),      QStringLiteral("ClientNotRunning"),
        QStringLiteral("ClientNotResponse"),      QStringLiteral("ClientIsUpgrading"),
        QStringLiteral("ClientNeedUpgrade"),      QStringLiteral("DeliveryTimeout"),
        QStringLiteral("ExecutionTimeout"),       QStringLiteral("ExecutionException"),
        QStringLiteral("ExecutionInterrupted"),   QStringLiteral("ExitCodeNonzero"),
        QStringLiteral("SecurityGroupRuleDenied")};
    QSet<QString> seen;
    for (const InvocationResult &result : shownAt(fleet(), 60000)) {
        seen.insert(result.errorCode);
        if (!result.errorCode.isEmpty())
            QVERIFY(!result.errorInfo.isEmpty());
    }
    for (const QString &code : documented)
        QVERIFY2(seen.contains(code), qPrintable(code));
    QVERIFY2(
        !(seen - QSet<QString>(documented.cbegin(), documented.cend()) - QSet<QString>{QString()})
             .isEmpty(),
        "an undocumented error code shows how unknown codes look");
}

void TestFleet::representsSpecialExitCodes()
{
    QSet<qint64> seen;
    for (const InvocationResult &result : shownAt(fleet(), 60000)) {
        if (result.exitCode)
            seen.insert(*result.exitCode);
    }
    for (qint64 code : {qint64(0), qint64(1), qint64(2), qint64(193), qint64(194), qint64(3009),
                        qint64(3010), qint64(-1), qint64(3221225477LL)})
        QVERIFY2(seen.contains(code), qPrintable(QString::number(code)));
}

void TestFleet::deployAppV2FailedInThreeWays()
{
    const DeployFailures &deploy = fleet().deploy;
    QCOMPARE(deploy.healthCheckFailed, 12);
    QCOMPARE(deploy.migrationFailed, 7);
    QCOMPARE(deploy.clientNotResponse, 3);
    QVERIFY(deploy.succeeded > 0);
    QCOMPARE(fleet().invocation(deploy.invokeId)->commandName, QStringLiteral("deploy-app-v2"));

    int exit1 = 0, exit2 = 0, noResponse = 0, success = 0;
    QSet<QByteArray> exit1Outputs;
    QSet<QByteArray> exit2Outputs;
    for (const InvocationResult &result : shownAt(fleet(), 60000)) {
        if (result.invokeId != deploy.invokeId)
            continue;
        if (result.errorCode == QLatin1String("ClientNotResponse")) {
            ++noResponse;
            QVERIFY(result.output.isEmpty());
        } else if (result.exitCode == 1) {
            ++exit1;
            exit1Outputs.insert(result.output);
        } else if (result.exitCode == 2) {
            ++exit2;
            exit2Outputs.insert(result.output);
        } else if (result.invocationStatus == QLatin1String("Success")) {
            ++success;
        }
    }
    QCOMPARE(exit1, deploy.healthCheckFailed);
    QCOMPARE(exit2, deploy.migrationFailed);
    QCOMPARE(noResponse, deploy.clientNotResponse);
    QCOMPARE(success, deploy.succeeded);
    QCOMPARE(exit1Outputs.size(), 1);
    QCOMPARE(exit2Outputs.size(),
             deploy.migrationFailed); // same failure, differing numbers and ids
}

void TestFleet::keepsOutputsLikeTheAgent()
{
    bool exactCase = false;
    int truncated = 0;
    int withOss = 0;
    for (const InvocationResult &result : shownAt(fleet(), 60000)) {
        QVERIFY(result.output.size() <= outputCap);
        if (result.dropped == 0)
            continue;
        ++truncated;
        QCOMPARE(result.output.size(), outputCap);
        withOss += result.ossOutputUri.isEmpty() ? 0 : 1;
        exactCase = exactCase || (result.dropped == 31000 && !result.ossOutputUri.isEmpty());
    }
    QVERIFY(truncated >= 3);
    QVERIFY(withOss >= 1);
    QVERIFY(withOss < truncated); // one delivery to object storage failed
    QVERIFY(exactCase);
}

void TestFleet::hasOutputsInEveryEncoding()
{
    bool gbkHello = false, escapes = false, crlf = false, utf16 = false, utf8Chinese = false;
    for (const InvocationResult &result : shownAt(fleet(), 60000)) {
        gbkHello = gbkHello || result.output.startsWith(QByteArray::fromHex("C4E3BAC30D0A"));
        escapes = escapes || result.output.contains("\x1b[31m");
        crlf = crlf || result.output.contains("\r\n");
        utf16 = utf16 || result.output.startsWith("\xff\xfe");
        utf8Chinese = utf8Chinese || result.output.contains(QStringLiteral("订单").toUtf8());
    }
    QVERIFY(gbkHello);
    QVERIFY(escapes);
    QVERIFY(crlf);
    QVERIFY(utf16);
    QVERIFY(utf8Chinese);
}

void TestFleet::scheduledTaskKeepsHistory()
{
    QHash<QString, int> runsPerInstance;
    for (const FleetResult &result : fleet().results) {
        if (fleet().invocation(result.final.invokeId)->commandName == QLatin1String("rotate-logs"))
            ++runsPerInstance[result.final.instanceId];
    }
    QCOMPARE(runsPerInstance.size(), 6);
    for (int runs : std::as_const(runsPerInstance))
        QCOMPARE(runs, 8);
    QCOMPARE(shownAt(fleet(), 0, true).size() - shownAt(fleet(), 0).size(), qsizetype(6 * 7));
}

void TestFleet::settlingResultsMoveOn()
{
    const auto settling = std::find_if(fleet().results.cbegin(), fleet().results.cend(),
                                       [](const FleetResult &r) { return r.settles; });
    QVERIFY(settling != fleet().results.cend());

    const InvocationResult pending = resultAt(*settling, 0, 30000);
    QCOMPARE(pending.invocationStatus, QStringLiteral("Pending"));
    QVERIFY(!pending.exitCode);
    const InvocationResult running = resultAt(*settling, 15000, 30000);
    QCOMPARE(running.invocationStatus, QStringLiteral("Running"));
    QVERIFY(!running.exitCode);
    QVERIFY(!running.finishedTime.isValid());
    QVERIFY(!running.output.isEmpty());
    const InvocationResult settled = resultAt(*settling, 30000, 30000);
    QCOMPARE(settled.invocationStatus, settling->final.invocationStatus);
    QVERIFY(settled.exitCode.has_value());
}

QTEST_GUILESS_MAIN(TestFleet)
#include "test_fleet.moc"
