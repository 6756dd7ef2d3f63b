#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "resultbuilder.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ib;

namespace {

using Model = ResultTableModel;

QString instance(int number)
{
    return QStringLiteral("i-bp1fleet%1").arg(number, 10, 10, QLatin1Char('0'));
}

} // namespace

class TestResultFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersByEveryCondition();
    void refiltersWhenNamesArrive();
    void tellsWhenTheFilterChanges();
    void invalidPatternShowsNoRows();
    void sortsExitCodesAsNumbers();
    void sortsDurationsAndDroppedAsNumbers();
    void sortsTimesAsTimes();
    void keepsNewRowsFilteredAndSorted();
    void filtersManyRowsByOutputText();

private:
    QStringList column(int column) const;

    Model *m_model = nullptr;
    ResultFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestResultFilterProxy::init()
{
    m_model = new Model(this);
    m_proxy = new ResultFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestResultFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestResultFilterProxy::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        values.append(m_proxy->index(row, column).data().toString());
    return values;
}

void TestResultFilterProxy::filtersByEveryCondition()
{
    m_model->appendResults({
        ResultBuilder(instance(1), QStringLiteral("Success")).exitCode(0).output("all good\n"),
        ResultBuilder(instance(2), QStringLiteral("Failed")).exitCode(1).output("disk full\n"),
        ResultBuilder(instance(3), QStringLiteral("Failed")).exitCode(2).output("Disk full\n"),
        ResultBuilder(instance(4), QStringLiteral("Running")),
    });
    QCOMPARE(m_proxy->rowCount(), 4);

    ResultFilter filter;
    filter.setOutputText(QStringLiteral("DISK"));
    m_proxy->setFilter(filter);
    QCOMPARE(column(Model::InstanceIdColumn), (QStringList{instance(2), instance(3)}));

    filter.setExitCode(ExitCodeCondition::exactly(2));
    m_proxy->setFilter(filter);
    QCOMPARE(column(Model::InstanceIdColumn), QStringList{instance(3)});

    filter = ResultFilter();
    filter.setExitCode(ExitCodeCondition::pending());
    m_proxy->setFilter(filter);
    QCOMPARE(column(Model::InstanceIdColumn), QStringList{instance(4)});

    m_proxy->setFilter(ResultFilter());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestResultFilterProxy::refiltersWhenNamesArrive()
{
    m_model->appendResults({ResultBuilder(instance(1), QStringLiteral("Success")),
                            ResultBuilder(instance(2), QStringLiteral("Success"))});
    ResultFilter filter;
    filter.setInstance(QStringLiteral("web-"));
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 0);

    m_model->setInstanceNames({{instance(2), QStringLiteral("web-02")}});

    QCOMPARE(column(Model::InstanceNameColumn), QStringList{QStringLiteral("web-02")});
}

void TestResultFilterProxy::tellsWhenTheFilterChanges()
{
    QSignalSpy changed(m_proxy, &ResultFilterProxy::filterChanged);
    ResultFilter filter;
    filter.setStatuses({QStringLiteral("Failed")});

    m_proxy->setFilter(filter);
    m_proxy->setFilter(filter);

    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<ResultFilter>() == filter);
    QVERIFY(m_proxy->filter() == filter);
}

void TestResultFilterProxy::invalidPatternShowsNoRows()
{
    m_model->appendResults({ResultBuilder(instance(1), QStringLiteral("Success")).output("(x\n")});
    ResultFilter filter;
    filter.setOutputText(QStringLiteral("(x"), ResultFilter::OutputMatch::RegularExpression);

    m_proxy->setFilter(filter);

    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(!m_proxy->filter().isValid());
}

void TestResultFilterProxy::sortsExitCodesAsNumbers()
{
    const QList<qint64> codes = {10, 9, -1, 3221225477, 0, 100};
    QList<InvocationResult> results;
    for (int i = 0; i < codes.size(); ++i)
        results.append(ResultBuilder(instance(i), QStringLiteral("Failed")).exitCode(codes[i]));
    results.append(ResultBuilder(instance(90), QStringLiteral("Running")));
    m_model->appendResults(results);

    m_proxy->sort(Model::ExitCodeColumn, Qt::AscendingOrder);

    QStringList shown = column(Model::ExitCodeColumn);
    QCOMPARE(shown.mid(0, 5),
             (QStringList{QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("9"),
                          QStringLiteral("10"), QStringLiteral("100")}));
    QVERIFY(shown.at(5).startsWith(QStringLiteral("3221225477")));
    QCOMPARE(column(Model::InstanceIdColumn).last(), instance(90)); // pending, apart at the end

    m_proxy->sort(Model::ExitCodeColumn, Qt::DescendingOrder);
    shown = column(Model::ExitCodeColumn);
    QVERIFY(shown.at(1).startsWith(QStringLiteral("3221225477")));
    QCOMPARE(shown.at(2), QStringLiteral("100"));
    QCOMPARE(shown.last(), QStringLiteral("-1"));
}

void TestResultFilterProxy::sortsDurationsAndDroppedAsNumbers()
{
    m_model->appendResults({
        ResultBuilder(instance(1), QStringLiteral("Success"))
            .times(QStringLiteral("2024-03-01T10:00:00"), QStringLiteral("2024-03-01T10:01:05"))
            .dropped(9),
        ResultBuilder(instance(2), QStringLiteral("Success"))
            .times(QStringLiteral("2024-03-01T10:00:00"), QStringLiteral("2024-03-01T10:00:09"))
            .dropped(31000),
        ResultBuilder(instance(3), QStringLiteral("Success"))
            .times(QStringLiteral("2024-03-01T10:00:00"), QStringLiteral("2024-03-01T10:00:10"))
            .dropped(100),
    });

    m_proxy->sort(Model::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(column(Model::InstanceIdColumn), (QStringList{instance(2), instance(3), instance(1)}));

    m_proxy->sort(Model::DroppedColumn, Qt::AscendingOrder);
    QCOMPARE(column(Model::InstanceIdColumn), (QStringList{instance(1), instance(3), instance(2)}));
}

void TestResultFilterProxy::sortsTimesAsTimes()
{
    // Unset times sort apart, after every time that is set.
    m_model->appendResults({
        ResultBuilder(instance(1), QStringLiteral("Success"))
            .times(QStringLiteral("2024-03-10T09:00:00")),
        ResultBuilder(instance(2), QStringLiteral("Pending")),
        ResultBuilder(instance(3), QStringLiteral("Success"))
            .times(QStringLiteral("2023-12-31T23:59:59")),
        ResultBuilder(instance(4), QStringLiteral("Success"))
            .times(QStringLiteral("2024-03-09T10:00:00")),
    });

    m_proxy->sort(Model::StartColumn, Qt::AscendingOrder);

    QCOMPARE(column(Model::InstanceIdColumn),
             (QStringList{instance(3), instance(4), instance(1), instance(2)}));
}

void TestResultFilterProxy::keepsNewRowsFilteredAndSorted()
{
    ResultFilter filter;
    filter.setStatuses({QStringLiteral("Failed")});
    m_proxy->setFilter(filter);
    m_proxy->sort(Model::ExitCodeColumn, Qt::AscendingOrder);

    m_model->appendResults({ResultBuilder(instance(1), QStringLiteral("Failed")).exitCode(10),
                            ResultBuilder(instance(2), QStringLiteral("Success")).exitCode(0)});
    m_model->appendResults({ResultBuilder(instance(3), QStringLiteral("Failed")).exitCode(9)});

    QCOMPARE(column(Model::InstanceIdColumn), (QStringList{instance(3), instance(1)}));
}

void TestResultFilterProxy::filtersManyRowsByOutputText()
{
    // The tester walks the whole model on every change: 400 pages of it would take an hour.
    delete m_tester;
    m_tester = nullptr;

    // 20,000 results of about 2 KB each, one page at a time (invocation-browser-bench goes to
    // 100,000).
    constexpr int count = 20000;
    const QByteArray padding(2000, 'x');
    QList<InvocationResult> pageOfResults;
    for (int i = 0; i < count; ++i) {
        QByteArray output = "host " + QByteArray::number(i) + "\n" + padding + "\n";
        if (i % 100 == 7)
            output += "ERROR: disk full\n";
        pageOfResults.append(
            ResultBuilder(instance(i), QStringLiteral("Success")).exitCode(0).output(output));
        if (pageOfResults.size() == 50) {
            m_model->appendResults(pageOfResults);
            pageOfResults.clear();
        }
    }
    ResultFilter filter;
    filter.setOutputText(QStringLiteral("error: DISK"));
    QElapsedTimer first;
    first.start();
    m_proxy->setFilter(filter);
    const qint64 firstMs = first.elapsed();
    QCOMPARE(m_proxy->rowCount(), count / 100);

    filter.setOutputText(QStringLiteral("host 4242\n"));
    QElapsedTimer second;
    second.start();
    m_proxy->setFilter(filter);
    const qint64 secondMs = second.elapsed();
    QCOMPARE(column(Model::InstanceIdColumn), QStringList{instance(4242)});

    qInfo("filtered %d rows: %lld ms decoding, %lld ms from the cache, %lld MB of output cached",
          count, firstMs, secondMs, m_model->outputCacheBytes() / (1024 * 1024));
    QVERIFY(m_model->outputCacheBytes() <= m_model->outputCacheBudget());
}

QTEST_MAIN(TestResultFilterProxy)
#include "test_resultfilterproxy.moc"
