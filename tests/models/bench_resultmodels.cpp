// Measures the result models at fleet scale: 100,000 results with 2 KB of output each,
// loaded page by page through the proxy and the status summary, then filtered and sorted.
// Not a test (it asserts nothing); run it on a Release build to choose budgets.

#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "models/statussummary.h"
#include "resultbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace ib;

namespace {

qint64 residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

QList<InvocationResult> fleet(int count)
{
    const QByteArray padding(1900, 'x');
    QList<InvocationResult> results;
    results.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray output = "host " + QByteArray::number(i) + " at 10.0.3." +
                            QByteArray::number(i % 250) + "\n" + padding + "\n";
        if (i % 100 == 7)
            output += "ERROR: disk full\n";
        const bool failed = i % 100 == 7;
        results.append(
            ResultBuilder(QStringLiteral("i-bp1fleet%1").arg(i, 10, 10, QLatin1Char('0')),
                          failed ? QStringLiteral("Failed") : QStringLiteral("Success"))
                .exitCode(failed ? 1 : 0)
                .times(QStringLiteral("2024-03-01T10:00:00"),
                       QStringLiteral("2024-03-01T10:00:%1").arg(i % 60, 2, 10, QLatin1Char('0')))
                .output(output));
    }
    return results;
}

void report(const char *step, const QElapsedTimer &timer)
{
    std::printf("%-40s %7lld ms  %6lld MB resident\n", step, timer.elapsed(), residentMegabytes());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    QElapsedTimer timer;
    timer.start();
    QList<InvocationResult> results = fleet(count);
    report("results built", timer);

    ResultTableModel model;
    ResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    StatusSummary summary(&proxy);

    timer.restart();
    for (qsizetype first = 0; first < results.size(); first += 50)
        model.appendResults(results.mid(first, 50));
    results.clear();
    report("appended in pages of 50", timer);

    ResultFilter filter;
    filter.setOutputText(QStringLiteral("error: DISK"));
    timer.restart();
    proxy.setFilter(filter);
    report("text filter, first (decodes)", timer);
    std::printf("  rows shown %d, failed counted %d, output cached %lld MB\n", proxy.rowCount(),
                summary.count(QStringLiteral("Failed")), model.outputCacheBytes() / (1024 * 1024));

    filter.setOutputText(QStringLiteral("host 4242\n"));
    timer.restart();
    proxy.setFilter(filter);
    report("text filter, second", timer);

    filter.setOutputText(QStringLiteral("^host \\d+ at 10\\.0\\.3\\.7$"),
                         ResultFilter::OutputMatch::RegularExpression);
    timer.restart();
    proxy.setFilter(filter);
    report("pattern filter", timer);

    proxy.setFilter(ResultFilter());
    timer.restart();
    proxy.sort(ResultTableModel::FinishColumn);
    report("sort by finish time", timer);
    timer.restart();
    proxy.sort(ResultTableModel::InstanceIdColumn);
    report("sort by instance id", timer);
    return 0;
}
