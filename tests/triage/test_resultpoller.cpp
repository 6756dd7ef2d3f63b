#include "demofleet.h"
#include "models/resultfilterproxy.h"
#include "results/resultmeaning.h"
#include "triage/resultpoller.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>

using namespace ib;

namespace {

// A fleet whose newest invocation settles within a second and a half.
demo::DemoOptions quickSettling()
{
    demo::DemoOptions options;
    options.settleMs = 1500;
    return options;
}

} // namespace

class TestResultPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningResultsSettleInPlace();
    void nothingToFollowWhenEverythingFinished();
    void cancelStopsFollowing();
    void clearingTheTableStopsFollowing();
    void countsSummary();
};

void TestResultPoller::runningResultsSettleInPlace()
{
    DemoFleet fleet(quickSettling());
    QVERIFY(fleet.started);
    ResultTableModel model;
    api::ResultsQuery query;
    const QString invokeId = fleet.invokeIdOf(QStringLiteral("collect-diagnostics"));
    query.invokeIds = {invokeId};
    QVERIFY(fleet.fetchInto(&model, query));
    QCOMPARE(model.rowCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(isSettling(model.result(row)));

    ResultFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    const QString selectedInstance = model.result(6).instanceId;
    selection.setCurrentIndex(proxy.mapFromSource(model.index(6, 0)),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

    ResultPoller poller(&model);
    poller.setClient(fleet.client.get());
    poller.setIntervalMs(200);
    QSignalSpy settled(&poller, &ResultPoller::invocationSettled);
    QSignalSpy active(&poller, &ResultPoller::activeChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(poller.follow());
    QCOMPARE(poller.followedInvokeIds(), QStringList{invokeId});

    QVERIFY(settled.wait(15000));
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.first().at(0).toString(), invokeId);
    const auto counts = settled.first().at(1).value<InvocationCounts>();
    QCOMPARE(counts.total, 8);
    QCOMPARE(counts.succeeded, 6);
    QCOMPARE(counts.failed, 2);
    QCOMPARE(counts.other, 0);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!isSettling(model.result(row)));
        QVERIFY(model.result(row).exitCode.has_value());
    }
    QCOMPARE(model.result(6).instanceId, selectedInstance);
    QCOMPARE(selection.currentIndex()
                 .data(ResultTableModel::ResultRole)
                 .value<InvocationResult>()
                 .instanceId,
             selectedInstance);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
    QVERIFY(!poller.isActive());
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().first().toBool(), false);
}

void TestResultPoller::nothingToFollowWhenEverythingFinished()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    api::ResultsQuery query;
    query.invokeIds = {fleet.invokeIdOf(QStringLiteral("deploy-app-v2"))};
    QVERIFY(fleet.fetchInto(&model, query));

    ResultPoller poller(&model);
    poller.setClient(fleet.client.get());
    QVERIFY(!poller.follow());
    QVERIFY(!poller.isActive());
}

void TestResultPoller::cancelStopsFollowing()
{
    DemoFleet fleet; // settles after the default 30 s: still running during this test
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    ResultPoller poller(&model);
    poller.setClient(fleet.client.get());
    poller.setIntervalMs(100);
    QVERIFY(poller.follow());
    QVERIFY(poller.followedInvokeIds().contains(
        fleet.invokeIdOf(QStringLiteral("collect-diagnostics"))));
    QSignalSpy polled(&poller, &ResultPoller::polled);
    QVERIFY(polled.wait(5000));

    QSignalSpy active(&poller, &ResultPoller::activeChanged);
    poller.cancel();
    QCOMPARE(active.count(), 1);
    QVERIFY(!poller.isActive());
    const int requests = fleet.server.requestCount();
    QVERIFY(!polled.wait(400));
    QCOMPARE(fleet.server.requestCount(), requests);
}

void TestResultPoller::clearingTheTableStopsFollowing()
{
    DemoFleet fleet;
    QVERIFY(fleet.started);
    ResultTableModel model;
    QVERIFY(fleet.fetchInto(&model));
    ResultPoller poller(&model);
    poller.setClient(fleet.client.get());
    poller.setIntervalMs(100);
    QVERIFY(poller.follow());

    model.clear();
    QVERIFY(!poller.isActive());
    QSignalSpy polled(&poller, &ResultPoller::polled);
    QVERIFY(!polled.wait(300));
    QCOMPARE(model.rowCount(), 0);
}

void TestResultPoller::countsSummary()
{
    InvocationCounts counts;
    counts.total = 8;
    counts.succeeded = 6;
    counts.failed = 2;
    QCOMPARE(counts.summary(), QStringLiteral("8 result(s): 6 succeeded, 2 failed"));
}

QTEST_GUILESS_MAIN(TestResultPoller)
#include "test_resultpoller.moc"
