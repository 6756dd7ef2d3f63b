#include "demofleet.h"
#include "triage/namedirectory.h"

using namespace ib;

class TestNameDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAppearAfterAFetch();
    void knownIdsAreNotAskedAgain();
    void releasedInstancesKeepTheirId();
    void anotherEndpointStartsOver();
    void failureIsASentence();
};

namespace {

bool waitIdle(NameDirectory &names)
{
    if (!names.isBusy())
        return true;
    QSignalSpy idle(&names, &NameDirectory::idle);
    return idle.wait(20000);
}

} // namespace

void TestNameDirectory::namesAppearAfterAFetch()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    QVERIFY(model.rowCount() > 100);
    QCOMPARE(model.instanceName(0), QString());

    NameDirectory names(&model);
    names.setClient(fleet.client.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    names.lookUpLoaded();
    QVERIFY(names.isBusy());
    QVERIFY(waitIdle(names));
    QVERIFY(!changed.isEmpty());

    int named = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const demo::DemoInstance *instance =
            fleet.server.fleet().instance(model.result(row).instanceId);
        if (!instance)
            continue;
        QCOMPARE(model.instanceName(row), instance->instanceName);
        QCOMPARE(model.index(row, ResultTableModel::InstanceNameColumn).data().toString(),
                 instance->instanceName);
        QCOMPARE(names.instanceOs(instance->instanceId), instance->osName);
        ++named;
    }
    QVERIFY(named > 100);

    const QString deploy = fleet.invokeIdOf(QStringLiteral("deploy-app-v2"));
    const api::Invocation *invocation = names.invocation(deploy);
    QVERIFY(invocation);
    QCOMPARE(invocation->commandName, QStringLiteral("deploy-app-v2"));
    QVERIFY(invocation->commandContent.contains("healthcheck.sh"));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.result(row).invokeId == deploy)
            QCOMPARE(model.commandName(row), QStringLiteral("deploy-app-v2"));
    }
}

void TestNameDirectory::knownIdsAreNotAskedAgain()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    NameDirectory names(&model);
    names.setClient(fleet.client.get());
    names.lookUpLoaded();
    QVERIFY(waitIdle(names));

    const int instances = fleet.requestsFor(QStringLiteral("DescribeInstances"));
    const int invocations = fleet.requestsFor(QStringLiteral("DescribeInvocations"));
    const QSet<QString> distinctInstances = [&model] {
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.result(row).instanceId);
        return ids;
    }();
    QCOMPARE(instances, int((distinctInstances.size() + 99) / 100)); // batches of 100
    QVERIFY(invocations > 0);

    names.lookUpLoaded();
    QVERIFY(!names.isBusy());
    QVERIFY(waitIdle(names));
    QCOMPARE(fleet.requestsFor(QStringLiteral("DescribeInstances")), instances);
    QCOMPARE(fleet.requestsFor(QStringLiteral("DescribeInvocations")), invocations);
}

void TestNameDirectory::releasedInstancesKeepTheirId()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    NameDirectory names(&model);
    names.setClient(fleet.client.get());
    names.lookUpLoaded();
    QVERIFY(waitIdle(names));

    int released = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.result(row).instanceId;
        if (fleet.server.fleet().instance(id))
            continue;
        ++released;
        QCOMPARE(model.instanceName(row), QString());
        QCOMPARE(model.index(row, ResultTableModel::InstanceIdColumn).data().toString(), id);
    }
    QVERIFY2(released > 0, "the demo fleet has results of released instances");
}

void TestNameDirectory::anotherEndpointStartsOver()
{
    DemoFleet fleet;
    DemoFleet other;
    QVERIFY(fleet.started && other.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    NameDirectory names(&model);
    names.setClient(fleet.client.get());
    names.lookUpLoaded();
    QVERIFY(waitIdle(names));
    const QString someId = model.result(0).instanceId;
    QVERIFY(!names.instanceName(someId).isEmpty());

    names.setClient(other.client.get());
    QCOMPARE(names.instanceName(someId), QString());
    names.lookUpLoaded();
    QVERIFY(waitIdle(names));
    QVERIFY(other.requestsFor(QStringLiteral("DescribeInstances")) > 0);
}

void TestNameDirectory::failureIsASentence()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));

    api::ClientConfig wrong = fleet.client->config();
    wrong.credentials.accessKeySecret = QStringLiteral("not-the-secret");
    api::EcsClient client(wrong);
    NameDirectory names(&model);
    names.setClient(&client);
    QSignalSpy failed(&names, &NameDirectory::failed);
    names.lookUpLoaded();
    QVERIFY(waitIdle(names));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("Names could not")));
    QCOMPARE(model.instanceName(0), QString());
}

QTEST_GUILESS_MAIN(TestNameDirectory)
#include "test_namedirectory.moc"
