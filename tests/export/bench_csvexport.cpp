// Measures how fast exports are written: the CSV writer alone, the headless writer with output
// decoding, and the export job over the table model and its proxy. Prints MB/s; asserts nothing.
// Usage: bench_csvexport [rows [folder]]   (default 100000 rows with 2 KB outputs, in /tmp)
#include "export/csvwriter.h"
#include "export/resultcsv.h"
#include "export/resultexport.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace ib;

namespace {

// About 2 KB of output: log lines with quotes, commas, Chinese text and CRLF line ends.
QByteArray sampleOutput(int row)
{
    QByteArray output;
    while (output.size() < 2048) {
        output += "[" + QByteArray::number(row) + "] step \"install\", status ok ";
        output += QStringLiteral("执行成功").toUtf8() + "\r\n";
    }
    output.truncate(2048);
    return output;
}

QList<InvocationResult> sampleResults(int count)
{
    QList<InvocationResult> results;
    results.reserve(count);
    for (int row = 0; row < count; ++row) {
        InvocationResult result;
        result.invokeId = QStringLiteral("t-hz0jdfwd9f0001");
        result.instanceId = QStringLiteral("i-bp1%1").arg(row, 17, 10, QLatin1Char('0'));
        result.commandId = QStringLiteral("c-hz0jdfwcsr0002");
        result.invocationStatus = QStringLiteral("Success");
        result.invokeRecordStatus = QStringLiteral("Finished");
        result.exitCode = row % 7 == 0 ? 1 : 0;
        result.startTime = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
        result.finishedTime = result.startTime.addSecs(61);
        result.output = sampleOutput(row);
        result.outputPresent = true;
        results.append(result);
    }
    return results;
}

// Wall time and this process's CPU time since construction: the machine may be busy.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpuStart(std::clock())
    {
        m_wall.start();
    }
    qint64 wallMsecs() const { return m_wall.elapsed(); }
    qint64 cpuMsecs() const { return qint64(std::clock() - m_cpuStart) * 1000 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpuStart;
};

QString rate(double megabytes, qint64 msecs)
{
    return QString::number(megabytes * 1000.0 / double(qMax<qint64>(msecs, 1)), 'f', 1);
}

void report(const char *what, const QString &path, const Stopwatch &stopwatch)
{
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    const qint64 wall = stopwatch.wallMsecs();
    const qint64 cpu = stopwatch.cpuMsecs();
    QTextStream(stdout) << what << ": " << QString::number(megabytes, 'f', 1) << " MB, " << wall
                        << " ms wall = " << rate(megabytes, wall) << " MB/s, " << cpu
                        << " ms CPU = " << rate(megabytes, cpu) << " MB/s" << Qt::endl;
}

void benchWriter(const QList<InvocationResult> &results, const QString &path)
{
    // The same cells the headless export writes, with the output already decoded.
    QList<QString> outputs;
    for (const InvocationResult &result : results)
        outputs.append(plainOutputText(result));

    QFile file(path);
    file.open(QIODevice::WriteOnly);
    const Stopwatch stopwatch;
    CsvWriter writer(&file, CsvOptions());
    for (qsizetype row = 0; row < results.size(); ++row) {
        const InvocationResult &result = results.at(row);
        for (int cell = 0; cell < 3; ++cell)
            writer.addText(result.instanceId);
        writer.addNumber(*result.exitCode);
        writer.addText(result.invocationStatus);
        writer.addText(outputs.at(row));
        writer.endRecord();
    }
    writer.flush();
    file.close();
    report("CsvWriter, text already decoded", path, stopwatch);
}

void benchHeadless(const QList<InvocationResult> &results, const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    const Stopwatch stopwatch;
    writeResultsCsv(file, results, defaultResultFields(), CsvOptions());
    file.close();
    report("CsvResultWriter, default columns, decoding each output", path, stopwatch);
}

void benchTable(const QList<InvocationResult> &results, const QString &path)
{
    ResultTableModel model;
    model.appendResults(results);
    ResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    QList<int> columns;
    for (int column = 0; column < ResultTableModel::ColumnCount; ++column)
        columns.append(column);

    ResultExport job(&proxy, tableExportColumns(proxy, columns), path, CsvOptions());
    QEventLoop loop;
    QObject::connect(&job, &ResultExport::finished, &loop, &QEventLoop::quit);
    const Stopwatch stopwatch;
    job.start();
    loop.exec();
    report("ResultExport, every table column, through the proxy", path, stopwatch);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir(argc > 2 ? QFile::decodeName(argv[2]) + QStringLiteral("/bench-XXXXXX")
                               : QString());
    const QList<InvocationResult> results = sampleResults(rows);

    benchWriter(results, dir.filePath(QStringLiteral("writer.csv")));
    benchHeadless(results, dir.filePath(QStringLiteral("headless.csv")));
    benchTable(results, dir.filePath(QStringLiteral("table.csv")));
    return 0;
}
