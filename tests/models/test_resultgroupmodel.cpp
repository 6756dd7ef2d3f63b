#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "models/resulttablemodel.h"
#include "resultbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ib;

namespace {

using GroupBy = ResultGroupModel::GroupBy;

QString instance(int number)
{
    return QStringLiteral("i-bp1fleet%1").arg(number, 10, 10, QLatin1Char('0'));
}

// The same deployment output written in the ways agents write it.
QByteArray outputA(int variant)
{
    switch (variant % 3) {
    case 0:
        return "Deploy finished\nservice nginx restarted\n";
    case 1:
        return "Deploy finished\r\nservice nginx restarted   \r\n\r\n";
    default:
        return "\x1b[32mDeploy finished\x1b[0m\nservice nginx restarted\n";
    }
}

// Outputs that differ only in numbers.
QByteArray outputB(int variant)
{
    return "Disk usage " + QByteArray::number(90 + variant) + "% on /dev/vda1, " +
           QByteArray::number(1000 + 37 * variant) + " MB free\n";
}

// 12 results with output A, 7 with output B, 3 that never ran for ClientNotRunning.
QList<InvocationResult> fleet()
{
    QList<InvocationResult> results;
    int number = 0;
    for (int i = 0; i < 12; ++i)
        results.append(ResultBuilder(instance(number++), QStringLiteral("Success"))
                           .exitCode(0)
                           .output(outputA(i)));
    for (int i = 0; i < 7; ++i)
        results.append(ResultBuilder(instance(number++), QStringLiteral("Failed"))
                           .exitCode(1)
                           .output(outputB(i)));
    for (int i = 0; i < 3; ++i) {
        results.append(ResultBuilder(instance(number++), QStringLiteral("Failed"))
                           .errorCode(QStringLiteral("ClientNotRunning")));
    }
    return results;
}

} // namespace

class TestResultGroupModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void groupsNearEqualOutputs();
    void keepsOutputsApartWithoutNearEqual();
    void groupsByExitCode();
    void groupsByErrorCode();
    void unfinishedRunsGroupApart();
    void groupFilterShowsExactlyItsResults();
    void followsNewPagesAndUpdates();
    void clearEmptiesTheGroups();

private:
    QList<int> counts() const;

    ResultTableModel *m_results = nullptr;
    ResultGroupModel *m_groups = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestResultGroupModel::init()
{
    m_results = new ResultTableModel(this);
    m_results->appendResults(fleet());
    m_groups = new ResultGroupModel(this);
    m_tester = new QAbstractItemModelTester(
        m_groups, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_groups->setSourceModel(m_results);
    m_groups->refresh();
}

void TestResultGroupModel::cleanup()
{
    delete m_tester;
    delete m_groups;
    delete m_results;
}

QList<int> TestResultGroupModel::counts() const
{
    QList<int> list;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        list.append(m_groups->index(row, 0).data(ResultGroupModel::CountRole).toInt());
    return list;
}

void TestResultGroupModel::groupsNearEqualOutputs()
{
    QVERIFY(m_groups->nearEqual());

    QCOMPARE(counts(), (QList<int>{12, 7, 3}));
    QCOMPARE(m_groups->sample(0), QStringLiteral("Deploy finished"));
    QCOMPARE(m_groups->sample(1), QStringLiteral("Disk usage <n>% on /dev/vda<n>, <n> MB free"));
    QVERIFY(m_groups->sample(2).contains(QLatin1String("ClientNotRunning")));

    QCOMPARE(m_groups->representative(1).instanceId, instance(12));
    QCOMPARE(m_groups->instanceIds(2), (QStringList{instance(19), instance(20), instance(21)}));
    QCOMPARE(m_groups->index(0, ResultGroupModel::CountColumn).data().toString(),
             QLocale().toString(12));
    QVERIFY(m_groups->index(0, ResultGroupModel::InstancesColumn)
                .data()
                .toString()
                .startsWith(instance(0) % QStringLiteral(", ") % instance(1)));
}

void TestResultGroupModel::keepsOutputsApartWithoutNearEqual()
{
    m_groups->setNearEqual(false);
    m_groups->refresh();

    // Line ends, colour and trailing blanks still do not split output A.
    QCOMPARE(counts(), (QList<int>{12, 3, 1, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(m_groups->sample(2), QStringLiteral("Disk usage 90% on /dev/vda1, 1000 MB free"));
}

void TestResultGroupModel::groupsByExitCode()
{
    m_groups->setGroupBy(GroupBy::ExitCode);
    m_groups->refresh();

    QCOMPARE(counts(), (QList<int>{12, 7, 3}));
    QCOMPARE(m_groups->sample(0), QStringLiteral("0"));
    QCOMPARE(m_groups->sample(1), QStringLiteral("1"));
    QCOMPARE(m_groups->sample(2), exitCodeText(m_results->result(21)));
    QCOMPARE(m_groups->headerData(ResultGroupModel::SampleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Exit code"));
}

void TestResultGroupModel::unfinishedRunsGroupApart()
{
    // Two runs still going, with no exit code and no output yet, beside the three that ended
    // without either.
    m_results->appendResults({ResultBuilder(instance(90), QStringLiteral("Running")),
                              ResultBuilder(instance(91), QStringLiteral("Pending"))});

    m_groups->setGroupBy(GroupBy::ExitCode);
    m_groups->refresh();
    QCOMPARE(counts(), (QList<int>{12, 7, 3, 2}));
    QCOMPARE(m_groups->sample(2), QStringLiteral("not reported"));
    QCOMPARE(m_groups->sample(3), QStringLiteral("pending"));

    m_groups->setGroupBy(GroupBy::Output);
    m_groups->refresh();
    QCOMPARE(counts(), (QList<int>{12, 7, 3, 2}));
    QCOMPARE(m_groups->sample(3), QStringLiteral("(no output yet)"));
    QCOMPARE(m_groups->instanceIds(3), (QStringList{instance(90), instance(91)}));
}

void TestResultGroupModel::groupsByErrorCode()
{
    m_groups->setGroupBy(GroupBy::ErrorCode);
    m_groups->refresh();

    QCOMPARE(counts(), (QList<int>{19, 3}));
    QCOMPARE(m_groups->sample(1), QStringLiteral("ClientNotRunning"));
}

void TestResultGroupModel::groupFilterShowsExactlyItsResults()
{
    ResultFilterProxy proxy;
    proxy.setSourceModel(m_results);

    proxy.setFilter(m_groups->filterFor(1));

    QCOMPARE(proxy.rowCount(), 7);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, ResultTableModel::InstanceIdColumn).data().toString());
    QCOMPARE(shown, m_groups->instanceIds(1));
    QCOMPARE(m_groups->memberKeys(1).size(), 7);
}

void TestResultGroupModel::followsNewPagesAndUpdates()
{
    QSignalSpy changed(m_groups, &ResultGroupModel::groupsChanged);

    m_results->appendResults(
        {ResultBuilder(instance(30), QStringLiteral("Failed")).output(outputB(40)),
         ResultBuilder(instance(31), QStringLiteral("Failed")).output(outputB(41))});
    QVERIFY(changed.wait());
    QCOMPARE(counts(), (QList<int>{12, 9, 3}));

    // The agent came back: one of the three now has output A.
    m_results->updateResults(
        {ResultBuilder(instance(20), QStringLiteral("Success")).output(outputA(0))});
    QVERIFY(changed.wait());
    QCOMPARE(counts(), (QList<int>{13, 9, 2}));
}

void TestResultGroupModel::clearEmptiesTheGroups()
{
    m_results->clear();

    QCOMPARE(m_groups->rowCount(), 0);
    m_groups->refresh();
    QCOMPARE(m_groups->rowCount(), 0);
}

QTEST_MAIN(TestResultGroupModel)
#include "test_resultgroupmodel.moc"
