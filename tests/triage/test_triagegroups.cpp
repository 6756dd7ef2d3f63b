#include "demofleet.h"
#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "results/resultmeaning.h"

#include <QAbstractItemModelTester>

using namespace ib;

// The question triage answers, on the demo fleet through the real client: in how many ways
// did deploy-app-v2 fail, and where.
class TestTriageGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deployFailedInExactlyThreeWays();
    void choosingAGroupFiltersTheTableToIt();

private:
    QList<int> countsByOutput(bool nearEqual);

    std::unique_ptr<DemoFleet> m_fleet;
    ResultTableModel m_model;
};

void TestTriageGroups::initTestCase()
{
    m_fleet = std::make_unique<DemoFleet>();
    QVERIFY(m_fleet->started);
    api::ResultsQuery query;
    query.invokeIds = {m_fleet->invokeIdOf(QStringLiteral("deploy-app-v2"))};
    QCOMPARE(query.invokeIds.constFirst(), m_fleet->server.fleet().deploy.invokeId);
    QVERIFY(m_fleet->fetchInto(&m_model, query));
    QCOMPARE(m_model.rowCount(), 40);
}

QList<int> TestTriageGroups::countsByOutput(bool nearEqual)
{
    ResultGroupModel groups;
    QAbstractItemModelTester tester(&groups);
    groups.setNearEqual(nearEqual);
    groups.setSourceModel(&m_model);
    groups.refresh();
    QList<int> counts;
    for (int group = 0; group < groups.rowCount(); ++group)
        counts.append(groups.count(group));
    return counts;
}

void TestTriageGroups::deployFailedInExactlyThreeWays()
{
    ResultGroupModel groups;
    QAbstractItemModelTester tester(&groups);
    groups.setNearEqual(true);
    groups.setSourceModel(&m_model);
    QSignalSpy changed(&groups, &ResultGroupModel::groupsChanged);
    QVERIFY(changed.wait(5000));

    const demo::DeployFailures &deploy = m_fleet->server.fleet().deploy;
    QList<int> failureCounts;
    int successes = 0;
    for (int group = 0; group < groups.rowCount(); ++group) {
        const StatusKind kind = statusKind(effectiveStatus(groups.representative(group)));
        if (kind == StatusKind::Success)
            successes += groups.count(group);
        else
            failureCounts.append(groups.count(group));
    }
    QCOMPARE(failureCounts, (QList<int>{deploy.healthCheckFailed, deploy.migrationFailed,
                                        deploy.clientNotResponse}));
    QCOMPARE(failureCounts, (QList<int>{12, 7, 3}));
    QCOMPARE(successes, 18);
    QCOMPARE(groups.count(0), 18); // the successes, near-equal too, come first

    // Without near-equal, the migration failures (numbers and ids differ) fall apart.
    const QList<int> exact = countsByOutput(false);
    QVERIFY(exact.size() > 5);
    QVERIFY(!exact.contains(7));
}

void TestTriageGroups::choosingAGroupFiltersTheTableToIt()
{
    ResultGroupModel groups;
    groups.setSourceModel(&m_model);
    groups.refresh();
    ResultFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&m_model);

    for (int group = 0; group < groups.rowCount(); ++group) {
        proxy.setFilter(groups.filterFor(group));
        QCOMPARE(proxy.rowCount(), groups.count(group));
        QSet<QString> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.insert(proxy.index(row, ResultTableModel::InstanceIdColumn).data().toString());
        const QStringList ids = groups.instanceIds(group);
        QCOMPARE(shown, QSet<QString>(ids.cbegin(), ids.cend()));
    }
}

QTEST_GUILESS_MAIN(TestTriageGroups)
#include "test_triagegroups.moc"
