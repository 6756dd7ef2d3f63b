#include "models/resulttablemodel.h"
#include "resultbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <ctime>

using namespace ib;

namespace {

using Model = ResultTableModel;

const QString web1 = QStringLiteral("i-bp1web000000000001");
const QString web2 = QStringLiteral("i-bp1web000000000002");

QList<InvocationResult> page(int count, const QString &invokeId)
{
    QList<InvocationResult> results;
    for (int i = 0; i < count; ++i) {
        results.append(
            ResultBuilder(QStringLiteral("i-bp1fleet%1").arg(i, 10, 10, QLatin1Char('0')),
                          QStringLiteral("Success"))
                .invokeId(invokeId)
                .exitCode(0)
                .output(QByteArrayLiteral("ok ") + QByteArray::number(i) + '\n'));
    }
    return results;
}

QVariant cell(const Model &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestResultTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hasTranslatedHeaders();
    void appendsOnePageInOneInsertion();
    void showsTimesLocallyAndUtcOnHover();
    void showsDurationAndRawMilliseconds();
    void runningWithoutExitCodeIsPendingNeverZero();
    void rawValuesAreTyped();
    void decodesOutputForTheColumnAndRole_data();
    void decodesOutputForTheColumnAndRole();
    void explainsErrorCodeAndDropsOnHover();
    void updatesRowsInPlaceByKey();
    void namesFillTheirColumns();
    void statusAppearanceComesFromTheWindow();
    void keepsFoldedOutputWithinItsBudget();
    void clearEmptiesTheModel();

private:
    Model *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestResultTableModel::initTestCase()
{
    // A zone with no daylight saving, eight hours ahead of UTC, so local times are known.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestResultTableModel::init()
{
    m_model = new Model(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestResultTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestResultTableModel::hasTranslatedHeaders()
{
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(m_model->columnCount(), 14);
    for (int column = 0; column < Model::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(m_model->headerData(Model::ExitCodeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Exit code"));
}

void TestResultTableModel::appendsOnePageInOneInsertion()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    m_model->appendResults(page(50, QStringLiteral("t-1")));
    m_model->appendResults(page(50, QStringLiteral("t-2")));
    m_model->appendResults({});

    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(1).at(2).toInt(), 99);
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->result(57).invokeId, QStringLiteral("t-2"));
    QCOMPARE(cell(*m_model, 57, Model::OutputColumn).toString(), QStringLiteral("ok 7"));
}

void TestResultTableModel::showsTimesLocallyAndUtcOnHover()
{
    m_model->appendResults(
        {ResultBuilder(web1, QStringLiteral("Success"))
             .exitCode(0)
             .times(QStringLiteral("2018-01-05T07:45:01"), QStringLiteral("2018-01-05T07:45:02"))});

    QCOMPARE(cell(*m_model, 0, Model::StartColumn).toString(),
             QStringLiteral("2018-01-05 15:45:01"));
    QCOMPARE(cell(*m_model, 0, Model::FinishColumn).toString(),
             QStringLiteral("2018-01-05 15:45:02"));
    QCOMPARE(cell(*m_model, 0, Model::StartColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("2018-01-05 07:45:01 UTC"));
}

void TestResultTableModel::showsDurationAndRawMilliseconds()
{
    m_model->appendResults(
        {ResultBuilder(web1, QStringLiteral("Success"))
             .exitCode(0)
             .times(QStringLiteral("2018-01-05T07:45:01"), QStringLiteral("2018-01-05T07:46:06")),
         ResultBuilder(web2, QStringLiteral("Running"))
             .times(QStringLiteral("2018-01-05T07:45:01"))});

    QCOMPARE(cell(*m_model, 0, Model::DurationColumn).toString(), formatDuration(65000));
    QCOMPARE(cell(*m_model, 0, Model::DurationColumn, Model::RawValueRole).toLongLong(), 65000);
    QCOMPARE(cell(*m_model, 1, Model::DurationColumn).toString(), QString());
    QVERIFY(!cell(*m_model, 1, Model::DurationColumn, Model::RawValueRole).isValid());
}

void TestResultTableModel::runningWithoutExitCodeIsPendingNeverZero()
{
    InvocationResult running = ResultBuilder(web1, QStringLiteral("Running")).output({});
    m_model->appendResults({running});

    const QString shown = cell(*m_model, 0, Model::ExitCodeColumn).toString();
    QCOMPARE(shown, exitCodeText(running));
    QVERIFY(shown.contains(QStringLiteral("pending"), Qt::CaseInsensitive));
    QVERIFY(!shown.contains(QLatin1Char('0')));
    QVERIFY(!cell(*m_model, 0, Model::ExitCodeColumn, Model::RawValueRole).isValid());
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn).toString(), QStringLiteral("Running"));
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn, Model::StatusKindRole).value<StatusKind>(),
             StatusKind::Running);
}

void TestResultTableModel::rawValuesAreTyped()
{
    m_model->appendResults({ResultBuilder(web1, QStringLiteral("Failed"))
                                .exitCode(3221225477)
                                .repeats(12)
                                .dropped(31000)
                                .times(QStringLiteral("2018-01-05T07:45:01"))});

    const QVariant exitCode = cell(*m_model, 0, Model::ExitCodeColumn, Model::RawValueRole);
    QCOMPARE(exitCode.userType(), int(QMetaType::LongLong));
    QCOMPARE(exitCode.toLongLong(), 3221225477);
    QCOMPARE(cell(*m_model, 0, Model::RepeatsColumn, Model::RawValueRole).toLongLong(), 12);
    QCOMPARE(cell(*m_model, 0, Model::DroppedColumn, Model::RawValueRole).toLongLong(), 31000);
    QCOMPARE(cell(*m_model, 0, Model::StartColumn, Model::RawValueRole).toDateTime(),
             ResultBuilder::utc(QStringLiteral("2018-01-05T07:45:01")));
    QVERIFY(!cell(*m_model, 0, Model::FinishColumn, Model::RawValueRole).isValid());
    QCOMPARE(cell(*m_model, 0, Model::InstanceIdColumn, Model::RawValueRole).toString(), web1);

    const InvocationResult whole =
        cell(*m_model, 0, Model::OutputColumn, Model::ResultRole).value<InvocationResult>();
    QCOMPARE(whole.dropped, 31000);
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn, Model::KeyRole).value<ResultKey>(),
             ResultKey::of(whole));
}

void TestResultTableModel::decodesOutputForTheColumnAndRole_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("plain");

    QTest::newRow("GBK from a Chinese Windows instance")
        << QByteArray::fromHex("C4E3BAC30D0A") << QStringLiteral("你好")
        << QStringLiteral("你好\n");
    QTest::newRow("colour escapes")
        << QByteArray("\x1b[31mERROR\x1b[0m done\r\n") << QStringLiteral("ERROR done")
        << QStringLiteral("ERROR done\n");
    QTest::newRow("first line with text")
        << QByteArray("\n\nsecond\r\nthird") << QStringLiteral("second")
        << QStringLiteral("\n\nsecond\nthird");
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void TestResultTableModel::decodesOutputForTheColumnAndRole()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, firstLine);
    QFETCH(QString, plain);

    m_model->appendResults(
        {ResultBuilder(web1, QStringLiteral("Success")).exitCode(0).output(output)});

    QCOMPARE(cell(*m_model, 0, Model::OutputColumn).toString(), firstLine);
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn, Model::PlainOutputRole).toString(), plain);
    QCOMPARE(m_model->plainOutput(0), plain);
    QCOMPARE(cell(*m_model, 0, Model::OutputColumn, Qt::ToolTipRole).toString(), plain);
}

void TestResultTableModel::explainsErrorCodeAndDropsOnHover()
{
    InvocationResult dropped = ResultBuilder(web1, QStringLiteral("Failed"))
                                   .errorCode(QStringLiteral("InstanceNotRunning"))
                                   .dropped(31000);
    dropped.errorInfo = QStringLiteral("the instance is stopped");
    m_model->appendResults({dropped});

    const QString errorTip = cell(*m_model, 0, Model::ErrorCodeColumn, Qt::ToolTipRole).toString();
    QVERIFY(!errorCodeExplanation(dropped.errorCode).isEmpty());
    QVERIFY(errorTip.startsWith(errorCodeExplanation(dropped.errorCode)));
    QVERIFY(errorTip.endsWith(dropped.errorInfo));
    QCOMPARE(cell(*m_model, 0, Model::DroppedColumn, Qt::ToolTipRole).toString(),
             dropNotice(dropped));
    QCOMPARE(cell(*m_model, 0, Model::DroppedColumn).toString(), QLocale().toString(31000));
}

void TestResultTableModel::updatesRowsInPlaceByKey()
{
    m_model->appendResults({ResultBuilder(web1, QStringLiteral("Running")).output("step 1\n"),
                            ResultBuilder(web2, QStringLiteral("Running")).output("step 1\n")});
    QCOMPARE(cell(*m_model, 1, Model::OutputColumn).toString(), QStringLiteral("step 1"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    const int replaced = m_model->updateResults(
        {ResultBuilder(web2, QStringLiteral("Success")).exitCode(0).output("done\n")});

    QCOMPARE(replaced, 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(*m_model, 1, Model::StatusColumn).toString(), QStringLiteral("Success"));
    QCOMPARE(cell(*m_model, 1, Model::OutputColumn).toString(), QStringLiteral("done"));
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn).toString(), QStringLiteral("Running"));

    // A later run of a scheduled task is a new row.
    QCOMPARE(m_model->updateResults({ResultBuilder(web1, QStringLiteral("Running")).repeats(1)}),
             0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(ResultKey{m_model->result(0).invokeId, web1, 1}), 2);
}

void TestResultTableModel::namesFillTheirColumns()
{
    m_model->appendResults({ResultBuilder(web1, QStringLiteral("Success")),
                            ResultBuilder(web2, QStringLiteral("Success"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->setInstanceNames({{web1, QStringLiteral("web-01")}});
    m_model->setCommandNames({{QStringLiteral("c-hz0jdfwd9f0002"), QStringLiteral("Deploy")}});

    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(Model::InstanceNameColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, Model::InstanceNameColumn));
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), int(Model::CommandNameColumn));
    QCOMPARE(cell(*m_model, 0, Model::InstanceNameColumn).toString(), QStringLiteral("web-01"));
    QCOMPARE(cell(*m_model, 1, Model::InstanceNameColumn).toString(), QString());
    QCOMPARE(cell(*m_model, 1, Model::CommandNameColumn).toString(), QStringLiteral("Deploy"));
}

void TestResultTableModel::statusAppearanceComesFromTheWindow()
{
    m_model->appendResults({ResultBuilder(web1, QStringLiteral("Failed"))});
    QVERIFY(!cell(*m_model, 0, Model::StatusColumn, Qt::ForegroundRole).isValid());

    m_model->setStatusAppearance([](StatusKind) { return QIcon(); },
                                 [](StatusKind kind) {
                                     return kind == StatusKind::Failure ? QColor(Qt::red)
                                                                        : QColor(Qt::gray);
                                 });

    QCOMPARE(cell(*m_model, 0, Model::StatusColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(Qt::red));
    QVERIFY(!cell(*m_model, 0, Model::ExitCodeColumn, Qt::ForegroundRole).isValid());
    // The word stays, so colour is never the only sign.
    QCOMPARE(cell(*m_model, 0, Model::StatusColumn).toString(), QStringLiteral("Failed"));
}

void TestResultTableModel::keepsFoldedOutputWithinItsBudget()
{
    QList<InvocationResult> results;
    for (int i = 0; i < 10; ++i) {
        results.append(ResultBuilder(web1, QStringLiteral("Success"))
                           .repeats(i)
                           .output(QByteArray(1000, 'X')));
    }
    results.append(ResultBuilder(web2, QStringLiteral("Failed")).output("执行失败 ÄB\n"));
    m_model->appendResults(results);

    m_model->setOutputCacheBudget(2500); // room for two rows of 1000 Latin-1 characters
    for (int row = 0; row < 10; ++row) {
        const FoldedText folded = m_model->foldedOutput(row);
        QVERIFY(folded.isLatin1());
        QCOMPARE(folded.latin1(), QByteArray(1000, 'x'));
    }
    QCOMPARE(m_model->outputCacheBytes(), 2000);

    m_model->setOutputCacheBudget(1024 * 1024);
    const FoldedText chinese = m_model->foldedOutput(10);
    QVERIFY(!chinese.isLatin1());
    QCOMPARE(chinese.wide(), QStringLiteral("执行失败 äb\n"));
    QCOMPARE(m_model->outputCacheBytes(), 2000 + chinese.bytes());
    QCOMPARE(m_model->plainOutput(10), QStringLiteral("执行失败 ÄB\n"));

    m_model->setOutputCacheBudget(0);
    QCOMPARE(m_model->outputCacheBytes(), 0);
    QCOMPARE(m_model->foldedOutput(5).latin1(), QByteArray(1000, 'x'));
    QCOMPARE(m_model->outputCacheBytes(), 0);
}

void TestResultTableModel::clearEmptiesTheModel()
{
    m_model->appendResults(page(5, QStringLiteral("t-1")));
    QVERIFY(m_model->foldedOutput(0).bytes() > 0);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->clear();

    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->outputCacheBytes(), 0);
    QCOMPARE(m_model->rowOf(ResultKey::of(page(1, QStringLiteral("t-1")).first())), -1);
}

QTEST_MAIN(TestResultTableModel)
#include "test_resulttablemodel.moc"
