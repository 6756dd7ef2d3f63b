// 100,000 results in the table model and its filter proxy.
#include "benchmarks.h"
#include "benchreport.h"
#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "models/resulttablemodel.h"
#include "models/statussummary.h"

namespace ib::bench {

namespace {

constexpr int resultCount = 100000;
constexpr int pageSize = 50;
constexpr double filterSortTargetMs = 100;

// Compute-bound work is held to its target on CPU time: the machine may be shared.
void addTimed(BenchReport &report, const QString &name, const Timing &timing, double targetMs)
{
    report.add(name, timing.text(), QStringLiteral("< %1 ms cpu").arg(targetMs),
               timing.cpuMs < targetMs);
}

void filterByOutput(BenchReport &report, ResultFilterProxy &proxy)
{
    ResultFilter filter;
    filter.setOutputText(QStringLiteral("error: DISK full"));
    const Timing coldMs = measure([&] { proxy.setFilter(filter); });
    const int matching = proxy.rowCount();
    addTimed(report,
             QStringLiteral("filter by output text, first time (%1 rows match)").arg(matching),
             coldMs, filterSortTargetMs);

    filter.setOutputText(QStringLiteral("host-4242:"));
    const Timing warmMs = measure([&] { proxy.setFilter(filter); });
    addTimed(
        report,
        QStringLiteral("filter by other output text, again (%1 rows match)").arg(proxy.rowCount()),
        warmMs, filterSortTargetMs);
    const ResultTableModel &model = *proxy.resultModel();
    report.add(
        QStringLiteral("folded output cached (budget %1 MB)").arg(model.outputCacheBudget() >> 20),
        QStringLiteral("%1 MB").arg(model.outputCacheBytes() >> 20));

    filter.setOutputText(QStringLiteral("^ERROR: disk full on /\\w+$"),
                         ResultFilter::OutputMatch::RegularExpression);
    const Timing patternMs = measure([&] { proxy.setFilter(filter); });
    addTimed(report,
             QStringLiteral("filter by output pattern (%1 rows match)").arg(proxy.rowCount()),
             patternMs, filterSortTargetMs);

    const Timing clearMs = measure([&] { proxy.setFilter(ResultFilter()); });
    addTimed(report, QStringLiteral("clear the filter"), clearMs, filterSortTargetMs);
}

void sortByColumns(BenchReport &report, ResultFilterProxy &proxy)
{
    const struct
    {
        int column;
        const char *name;
    } columns[] = {{ResultTableModel::StartColumn, "start time"},
                   {ResultTableModel::InstanceIdColumn, "instance id"},
                   {ResultTableModel::ExitCodeColumn, "exit code"},
                   {ResultTableModel::StatusColumn, "status"}};
    for (const auto &column : columns) {
        const Timing ms = measure([&] { proxy.sort(column.column, Qt::AscendingOrder); });
        addTimed(report, QStringLiteral("sort 100,000 rows by %1").arg(QLatin1String(column.name)),
                 ms, filterSortTargetMs);
    }
    proxy.sort(-1);
}

void groupByOutput(BenchReport &report, ResultTableModel &model)
{
    ResultGroupModel groups;
    groups.setSourceModel(&model);
    const Timing timing = measure([&] { groups.refresh(); });
    report.add(QStringLiteral("group by near-equal output (%1 groups, the largest of %2)")
                   .arg(groups.rowCount())
                   .arg(groups.rowCount() > 0 ? groups.count(0) : 0),
               timing.text());
}

} // namespace

void benchmarkModel(BenchReport &report)
{
    report.section(QStringLiteral("100,000 results in the model (2 KB outputs)"));
    const qint64 baseline = residentBytes();
    QList<InvocationResult> results = syntheticResults(resultCount, 2048);
    const qint64 generated = residentBytes();

    ResultTableModel model;
    ResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    StatusSummary summary(&proxy); // the window counts statuses as rows arrive
    const Timing insertMs = measure([&] {
        for (qsizetype first = 0; first < results.size(); first += pageSize)
            model.appendResults(results.mid(first, pageSize));
    });
    report.add(QStringLiteral("insert 100,000 rows in pages of 50 (model, proxy, summary)"),
               insertMs.text());
    results.clear(); // the model shares the outputs; what stays is the model's own cost
    const qint64 loaded = residentBytes();

    report.add(QStringLiteral("memory per result: the results themselves"),
               QStringLiteral("%1 bytes").arg((generated - baseline) / resultCount));
    const qint64 perResult = (loaded - baseline) / resultCount;
    report.add(QStringLiteral("memory per result: loaded in model and proxy"),
               QStringLiteral("%1 bytes").arg(perResult));

    filterByOutput(report, proxy);
    const qint64 perResultCached = (residentBytes() - baseline) / resultCount;
    report.add(QStringLiteral("memory per result: with the output search cache"),
               QStringLiteral("%1 bytes").arg(perResultCached));
    sortByColumns(report, proxy);
    groupByOutput(report, model);
}

} // namespace ib::bench
