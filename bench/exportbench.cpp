// CSV export of 100,000 rows with 2 KB outputs.
#include "benchmarks.h"
#include "benchreport.h"
#include "export/csvwriter.h"
#include "export/resultcsv.h"
#include "export/resultexport.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace ib::bench {

namespace {

constexpr int exportedRows = 100000;
constexpr double targetMBps = 50;

// Held to the target on CPU time: the machine may be shared.
void reportRate(BenchReport &report, const QString &how, const QString &path, const Timing &timing,
                bool ok)
{
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const double wallRate = megabytes / (timing.wallMs / 1000.0);
    const double cpuRate = megabytes / (timing.cpuMs / 1000.0);
    report.add(QStringLiteral("export, %1: %2 MB").arg(how).arg(megabytes, 0, 'f', 0),
               QStringLiteral("wall %1 / cpu %2 MB/s")
                   .arg(QString::number(wallRate, 'f', 1), QString::number(cpuRate, 'f', 1)),
               QStringLiteral(">= %1 MB/s cpu").arg(targetMBps), ok && cpuRate >= targetMBps);
}

// The window's path: the export job over the filter proxy, all columns, in event-loop slices.
void exportTable(BenchReport &report, const QList<InvocationResult> &results, const QString &dir)
{
    ResultTableModel model;
    ResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.appendResults(results);

    QList<int> columns;
    for (int column = 0; column < ResultTableModel::ColumnCount; ++column)
        columns.append(column);
    const QString path = dir + QStringLiteral("/table.csv");
    ResultExport job(&proxy, tableExportColumns(proxy, columns), path, CsvOptions());
    QEventLoop loop;
    bool written = false;
    QObject::connect(&job, &ResultExport::finished, &loop, [&](const ExportResult &result) {
        written =
            result.status == ExportResult::Status::Written && result.rowsWritten == exportedRows;
        loop.quit();
    });
    const Stopwatch stopwatch;
    job.start();
    loop.exec();
    reportRate(report, QStringLiteral("window (ResultExport, all columns)"), path,
               stopwatch.elapsed(), written);
}

// The command line's path: results straight to the file, the default fields.
void exportHeadless(BenchReport &report, const QList<InvocationResult> &results, const QString &dir)
{
    const QString path = dir + QStringLiteral("/headless.csv");
    QFile file(path);
    const Stopwatch stopwatch;
    const bool written = file.open(QIODevice::WriteOnly) &&
                         writeResultsCsv(file, results, defaultResultFields(), CsvOptions());
    file.close();
    reportRate(report, QStringLiteral("command line (CsvResultWriter, default fields)"), path,
               stopwatch.elapsed(), written);
}

// The writer alone: the default fields' cells with each output already decoded.
void exportWriterOnly(BenchReport &report, const QList<InvocationResult> &results,
                      const QString &dir)
{
    QList<QString> outputs;
    outputs.reserve(results.size());
    for (const InvocationResult &result : results)
        outputs.append(plainOutputText(result));

    const QString path = dir + QStringLiteral("/writer.csv");
    QFile file(path);
    const Stopwatch stopwatch;
    bool written = file.open(QIODevice::WriteOnly);
    CsvWriter writer(&file, CsvOptions());
    for (qsizetype row = 0; row < results.size(); ++row) {
        const InvocationResult &result = results.at(row);
        writer.addText(result.invokeId);
        writer.addText(result.instanceId);
        writer.addText(result.commandId);
        writer.addNumber(result.exitCode.value_or(0));
        writer.addText(result.invocationStatus);
        writer.addText(outputs.at(row));
        writer.endRecord();
    }
    written = writer.flush() && written;
    file.close();
    reportRate(report, QStringLiteral("CsvWriter alone (outputs decoded beforehand)"), path,
               stopwatch.elapsed(), written);
}

} // namespace

void benchmarkExport(BenchReport &report)
{
    report.section(QStringLiteral("CSV export of 100,000 rows (2 KB outputs)"));
    const QList<InvocationResult> results = syntheticResults(exportedRows, 2048);
    QTemporaryDir dir;
    exportTable(report, results, dir.path());
    exportHeadless(report, results, dir.path());
    exportWriterOnly(report, results, dir.path());
}

} // namespace ib::bench
