#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "models/statussummary.h"
#include "resultbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ib;

namespace {

InvocationResult result(const QString &instance, const QString &status,
                        const QByteArray &output = {})
{
    return ResultBuilder(instance, status).output(output);
}

} // namespace

class TestStatusSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsEachStatusInAFixedOrder();
    void countsFollowEveryFilterButStatus();
    void countsGrowAsPagesArrive();
    void countsFollowUpdatesInPlace();
    void countsFollowNamesWhenFilteredByName();
    void clearForgetsTheStatuses();
    void followsANewSourceModel();

private:
    QStringList shown() const;

    ResultTableModel *m_model = nullptr;
    ResultFilterProxy *m_proxy = nullptr;
    StatusSummary *m_summary = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestStatusSummary::init()
{
    m_model = new ResultTableModel(this);
    m_proxy = new ResultFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_summary = new StatusSummary(m_proxy, this);
    m_tester = new QAbstractItemModelTester(
        m_summary, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestStatusSummary::cleanup()
{
    delete m_tester;
    delete m_summary;
    delete m_proxy;
    delete m_model;
}

QStringList TestStatusSummary::shown() const
{
    QStringList rows;
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        const QModelIndex index = m_summary->index(row);
        rows.append(index.data(StatusSummary::StatusRole).toString() % QLatin1Char('=') %
                    QString::number(index.data(StatusSummary::CountRole).toInt()));
    }
    return rows;
}

void TestStatusSummary::countsEachStatusInAFixedOrder()
{
    m_model->appendResults({
        result(QStringLiteral("i-1"), QStringLiteral("Success")),
        result(QStringLiteral("i-2"), QStringLiteral("Quarantined")),
        result(QStringLiteral("i-3"), QStringLiteral("Running")),
        result(QStringLiteral("i-4"), QStringLiteral("Failed")),
        result(QStringLiteral("i-5"), QStringLiteral("Success")),
        result(QStringLiteral("i-6"), QStringLiteral("Archived")),
        result(QStringLiteral("i-7"), QStringLiteral("Timeout")),
        result(QStringLiteral("i-8"), QStringLiteral("Error")),
    });

    // Unknown statuses come last, in the order they appeared.
    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=1"), QStringLiteral("Error=1"),
                                   QStringLiteral("Timeout=1"), QStringLiteral("Running=1"),
                                   QStringLiteral("Success=2"), QStringLiteral("Quarantined=1"),
                                   QStringLiteral("Archived=1")}));
    QCOMPARE(m_summary->total(), 8);
    QCOMPARE(m_summary->count(QStringLiteral("success")), 2);
    QCOMPARE(m_summary->count(QStringLiteral("Cancelled")), 0);
    QCOMPARE(m_summary->index(0).data(StatusSummary::StatusKindRole).value<StatusKind>(),
             StatusKind::Failure);
    QVERIFY(m_summary->index(0).data().toString().contains(QLatin1String("Failed")));
}

void TestStatusSummary::countsFollowEveryFilterButStatus()
{
    m_model->appendResults({
        result(QStringLiteral("i-web1"), QStringLiteral("Failed"), "disk full\n"),
        result(QStringLiteral("i-web2"), QStringLiteral("Failed"), "timeout\n"),
        result(QStringLiteral("i-web3"), QStringLiteral("Success"), "disk ok\n"),
        result(QStringLiteral("i-db1"), QStringLiteral("Failed"), "disk full\n"),
    });
    QSignalSpy changed(m_summary, &StatusSummary::countsChanged);

    ResultFilter filter;
    filter.setInstance(QStringLiteral("web"));
    m_proxy->setFilter(filter);
    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=2"), QStringLiteral("Success=1")}));
    QCOMPARE(changed.count(), 1);

    filter.setOutputText(QStringLiteral("DISK"));
    m_proxy->setFilter(filter);
    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=1"), QStringLiteral("Success=1")}));
    QCOMPARE(changed.count(), 2);

    // Choosing a status narrows the table, not the counts: they are the choices.
    filter.setStatuses({QStringLiteral("Failed")});
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=1"), QStringLiteral("Success=1")}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_summary->total(), 2);
}

void TestStatusSummary::countsGrowAsPagesArrive()
{
    ResultFilter filter;
    filter.setOutputText(QStringLiteral("full"));
    m_proxy->setFilter(filter);
    QSignalSpy changed(m_summary, &StatusSummary::countsChanged);

    m_model->appendResults({result(QStringLiteral("i-1"), QStringLiteral("Success"), "full\n"),
                            result(QStringLiteral("i-2"), QStringLiteral("Success"), "ok\n")});
    QCOMPARE(shown(), QStringList{QStringLiteral("Success=1")});

    m_model->appendResults({result(QStringLiteral("i-3"), QStringLiteral("Failed"), "disk full\n"),
                            result(QStringLiteral("i-4"), QStringLiteral("Success"), "full\n")});

    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=1"), QStringLiteral("Success=2")}));
    QCOMPARE(changed.count(), 2);
}

void TestStatusSummary::countsFollowUpdatesInPlace()
{
    m_model->appendResults({result(QStringLiteral("i-1"), QStringLiteral("Running")),
                            result(QStringLiteral("i-2"), QStringLiteral("Running"))});
    QCOMPARE(shown(), QStringList{QStringLiteral("Running=2")});

    m_model->updateResults(
        {ResultBuilder(QStringLiteral("i-2"), QStringLiteral("Success")).exitCode(0)});

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(shown(), (QStringList{QStringLiteral("Running=1"), QStringLiteral("Success=1")}));
    QCOMPARE(m_summary->total(), 2);
}

void TestStatusSummary::countsFollowNamesWhenFilteredByName()
{
    m_model->appendResults({result(QStringLiteral("i-1"), QStringLiteral("Failed")),
                            result(QStringLiteral("i-2"), QStringLiteral("Success"))});
    ResultFilter filter;
    filter.setInstance(QStringLiteral("web"));
    m_proxy->setFilter(filter);
    QCOMPARE(m_summary->total(), 0);

    m_model->setInstanceNames({{QStringLiteral("i-1"), QStringLiteral("web-01")}});

    QCOMPARE(shown(), (QStringList{QStringLiteral("Failed=1"), QStringLiteral("Success=0")}));
}

void TestStatusSummary::clearForgetsTheStatuses()
{
    m_model->appendResults({result(QStringLiteral("i-1"), QStringLiteral("Failed"))});
    QSignalSpy changed(m_summary, &StatusSummary::countsChanged);

    m_model->clear();

    QCOMPARE(m_summary->rowCount(), 0);
    QCOMPARE(m_summary->total(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestStatusSummary::followsANewSourceModel()
{
    ResultTableModel other;
    other.appendResults({result(QStringLiteral("i-9"), QStringLiteral("Error"))});

    m_proxy->setSourceModel(&other);
    QCOMPARE(shown(), QStringList{QStringLiteral("Error=1")});

    m_model->appendResults({result(QStringLiteral("i-1"), QStringLiteral("Failed"))});
    QCOMPARE(shown(), QStringList{QStringLiteral("Error=1")});

    m_proxy->setSourceModel(m_model);
    QCOMPARE(shown(), QStringList{QStringLiteral("Failed=1")});
}

QTEST_MAIN(TestStatusSummary)
#include "test_statussummary.moc"
